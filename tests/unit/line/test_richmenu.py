"""The rich menu: definition as data, the image the project draws, and an idempotent deploy via the fake LINE API."""

from __future__ import annotations

import io

import pytest

from bot.chat.routing import respond_postback
from bot.chat.knowledge import load_knowledge
from bot.cli import main as cli_main
from bot.line import richmenu
from bot.settings import Settings
from tests.conftest import ROOT, TOKEN

LIST = "/v2/bot/richmenu/list"
CREATE = "/v2/bot/richmenu"
DEFAULT = "/v2/bot/user/all/richmenu"


def test_definition_has_six_labelled_postback_areas_covering_the_image_without_overlap():
    menu = richmenu.definition()
    assert menu["size"] == {"width": 2500, "height": 843}
    labels = [a["action"]["label"] for a in menu["areas"]]
    assert labels == ["相談窓口", "居場所", "ボランティア", "お知らせ", "計画について", "使い方"]
    covered = 0
    cells = set()
    for area in menu["areas"]:
        b = area["bounds"]
        assert b["x"] + b["width"] <= 2500 and b["y"] + b["height"] <= 843
        covered += b["width"] * b["height"]
        cells.add((b["x"], b["y"]))
        assert area["action"]["type"] == "postback" and area["action"]["data"].startswith("dir:")
        assert len(area["action"]["label"]) <= 20
    assert covered == 2500 * 843 and len(cells) == 6
    assert len(menu["chatBarText"]) <= 14


def test_every_menu_button_gets_a_real_answer():
    knowledge = load_knowledge(Settings(content_dir=ROOT))
    for area in richmenu.definition()["areas"]:
        data = area["action"]["data"]
        reply = respond_postback(knowledge, data)
        assert reply.messages, data
        assert reply.kind == ("greeting" if data == "dir:help" else "directory"), data


def test_image_is_a_png_of_the_right_size_under_1mb_and_deterministic():
    from PIL import Image

    data = richmenu.build_image()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) <= 1_000_000
    with Image.open(io.BytesIO(data)) as image:
        assert image.size == (2500, 843)
        # the first tile is the green of 相談窓口 with white drawing on it
        assert image.getpixel((400, 20)) == (0x2E, 0x7D, 0x32)
        colours = {image.getpixel((x, 300)) for x in range(100, 733, 3)}
        assert (255, 255, 255) in colours  # label text is drawn
    assert richmenu.build_image() == data


def test_missing_japanese_font_is_refused_with_instructions(monkeypatch):
    monkeypatch.setattr(richmenu, "FONT_CANDIDATES", ("/nonexistent/font.ttf",))
    monkeypatch.setattr(richmenu.shutil, "which", lambda name: None)
    with pytest.raises(richmenu.FontMissing, match="fonts-ipafont-gothic"):
        richmenu.build_image()


def deploy(fake_line, **kw):
    return richmenu.deploy(access_token=TOKEN, api_url=fake_line.url, data_api_url=fake_line.url, timeout=3, **kw)


def test_deploy_creates_uploads_sets_default_and_is_idempotent(fake_line):
    first = deploy(fake_line)
    assert first.created and first.default_changed and first.deleted == ()
    created = fake_line.calls(CREATE)
    assert len(created) == 1
    body = created[0].json
    assert body["name"].startswith("tsunagari-main-") and len(body["areas"]) == 6
    assert created[0].headers["authorization"] == f"Bearer {TOKEN}"
    content = fake_line.calls(f"/v2/bot/richmenu/{first.rich_menu_id}/content")
    upload = [c for c in content if c.method == "POST"]
    assert len(upload) == 1 and upload[0].headers["content-type"] == "image/png"
    assert upload[0].body[:8] == b"\x89PNG\r\n\x1a\n"
    assert [c.method for c in content] == ["POST", "GET"]  # read back before it is made the default
    assert fake_line.calls(f"{DEFAULT}/{first.rich_menu_id}")
    assert fake_line.default_rich_menu == first.rich_menu_id

    before = len(fake_line.requests)
    again = deploy(fake_line)
    assert again == richmenu.DeployResult(first.rich_menu_id, created=False)
    new_calls = fake_line.requests[before:]
    image = f"/v2/bot/richmenu/{first.rich_menu_id}/content"
    # Idempotent: the second deploy only reads (list, image, default) and writes nothing. (The fake once recorded
    # an image read after answering it, so a busy run saw it late, in the next deploy's share or not at all.)
    assert [(r.method, r.path) for r in new_calls] == [("GET", LIST), ("GET", image), ("GET", DEFAULT)]
    assert list(fake_line.rich_menus) == [first.rich_menu_id]


def test_a_changed_menu_replaces_ours_but_leaves_other_menus(fake_line, monkeypatch):
    fake_line.rich_menus["richmenu-someone-else"] = {"richMenuId": "richmenu-someone-else", "name": "campaign",
                                                    "size": {"width": 2500, "height": 843}, "selected": False,
                                                    "chatBarText": "x", "areas": []}
    first = deploy(fake_line)
    changed = (*richmenu.BUTTONS[:5], richmenu.Button("ヘルプ", "dir:help", "使い方", "#5D4037", "question"))
    monkeypatch.setattr(richmenu, "BUTTONS", changed)
    monkeypatch.setattr(richmenu, "definition", lambda buttons=changed, _d=richmenu.definition: _d(buttons))
    second = deploy(fake_line, image=richmenu.build_image(changed))
    assert second.created and second.rich_menu_id != first.rich_menu_id
    assert second.deleted == (first.rich_menu_id,)
    assert set(fake_line.rich_menus) == {"richmenu-someone-else", second.rich_menu_id}
    assert fake_line.default_rich_menu == second.rich_menu_id


def test_cli_richmenu_deploy_uses_the_configured_hosts(fake_line, monkeypatch, capsys):
    monkeypatch.setenv("LINE_CHANNEL_ACCESS_TOKEN", TOKEN)
    monkeypatch.setenv("LINE_CHANNEL_SECRET", "s")
    monkeypatch.setenv("TSUNAGARI_LINE_API_URL", fake_line.url)
    monkeypatch.setenv("TSUNAGARI_LINE_DATA_API_URL", fake_line.url)
    assert cli_main(["richmenu", "deploy"]) == 0
    assert "既定にしました" in capsys.readouterr().out
    assert cli_main(["richmenu", "deploy"]) == 0
    assert "変更なし" in capsys.readouterr().out
    assert len(fake_line.calls(CREATE)) == 1


def test_a_failed_image_upload_never_leaves_an_imageless_default_and_the_next_deploy_mends_it(fake_line):
    from linebot.v3.messaging import ApiException

    from tests.fakeline import Fault

    before = deploy(fake_line)  # a working menu is the default
    fake_line.rich_menus.clear()
    fake_line.rich_menu_images.clear()
    fake_line.default_rich_menu = None
    failed: list[str] = []

    def fail_the_first_upload(path, body):  # the menu id is not known before the deploy creates it
        if path.endswith("/content") and not failed:
            failed.append(path)
            return Fault(status=500)
        return None

    fake_line.rule(fail_the_first_upload)
    with pytest.raises(ApiException):
        deploy(fake_line)
    (menu_id,) = fake_line.rich_menus
    assert menu_id not in fake_line.rich_menu_images
    assert fake_line.default_rich_menu is None  # the imageless menu was not made the default
    assert not fake_line.calls(f"{DEFAULT}/{menu_id}", status=None)

    fake_line.rule(None)
    again = deploy(fake_line)  # finds the menu by name, sees no image, uploads it, then makes it default
    assert again.rich_menu_id == menu_id and not again.created and again.image_uploaded
    assert menu_id in fake_line.rich_menu_images and fake_line.default_rich_menu == menu_id
    assert fake_line.rich_menu_image_bytes[menu_id][:8] == b"\x89PNG\r\n\x1a\n"
    assert before.rich_menu_id not in fake_line.rich_menus


def test_an_imageless_default_left_by_an_older_deploy_gets_its_image(fake_line):
    menu = richmenu.named(richmenu.definition(), richmenu.build_image())
    fake_line.rich_menus["richmenu-old"] = {**menu, "richMenuId": "richmenu-old"}
    fake_line.default_rich_menu = "richmenu-old"  # what the old deploy did after a failed upload
    result = deploy(fake_line)
    assert result.rich_menu_id == "richmenu-old" and result.image_uploaded and not result.created
    assert "richmenu-old" in fake_line.rich_menu_images


def test_a_menu_whose_image_cannot_be_read_back_is_not_made_default(fake_line):
    from linebot.v3.messaging import ApiException

    from tests.fakeline import Fault

    def lose_the_image(path, body):
        return Fault(status=404) if path.endswith("/content") and fake_line.rich_menu_images else None

    fake_line.rule(lose_the_image)
    with pytest.raises(ApiException):
        deploy(fake_line)
    assert fake_line.default_rich_menu is None
