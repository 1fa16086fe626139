"""The rich menu: its definition as data, its image drawn by the project, and an idempotent deploy.

Six buttons (相談窓口 / 居場所 / ボランティア / お知らせ / 計画について / 使い方) send `dir:...` postbacks that
bot.chat.routing answers. The image (2500×843 PNG) is drawn with Pillow: coloured tiles, a simple
icon per button and its label in a Japanese font found on the machine (IPAGothic / Noto Sans CJK; `.ci/run`
installs fonts-ipafont-gothic). Without a Japanese font the labels cannot be drawn, so the build refuses
rather than upload a menu residents cannot read.

Deploy is idempotent: the menu's name carries a hash of the definition and of the image, so a second deploy
of the same menu finds it through get_rich_menu_list and changes nothing. A new menu is created, given its
image (on the blob host), made the default, and only then are our older menus deleted.

A menu found by name is not trusted to have its image: an upload that failed last time leaves a named menu
without one. Deploy asks LINE for the image (GET /v2/bot/richmenu/{id}/content on the data host), uploads it
when missing, and reads it back after every upload; a menu whose image LINE cannot return is never made the
default (the ApiException stops the deploy before set_default_rich_menu).
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.text import postbacks

WIDTH, HEIGHT = 2500, 843
COLUMNS, ROWS = 3, 2
NAME_PREFIX = "tsunagari-main"
IMAGE_VERSION = "1"  # bump when the drawing code changes, so deploy notices
MAX_IMAGE_BYTES = 1_000_000


@dataclass(frozen=True)
class Button:
    label: str
    data: str
    display: str
    color: str
    icon: str


BUTTONS: tuple[Button, ...] = (
    Button("相談窓口", postbacks.directory("desks"), "相談窓口を知りたい", "#2E7D32", "phone"),
    Button("居場所", postbacks.directory("places"), "居場所をさがす", "#EF6C00", "house"),
    Button("ボランティア", postbacks.directory("v"), "ボランティア募集を見る", "#1565C0", "hands"),
    Button("お知らせ", postbacks.directory("news"), "お知らせ", "#6A1B9A", "bell"),
    Button("計画について", postbacks.directory("plan"), "地域福祉計画について", "#00838F", "book"),
    Button("使い方", postbacks.directory("help"), "使い方", "#5D4037", "question"),
)

# Disaster mode (issue 16): the same six places, led by the disaster FAQ (faq/bousai.yaml) and the desks.
DISASTER_PREFIX = "tsunagari-disaster"
DISASTER_BUTTONS: tuple[Button, ...] = (
    Button("避難の手助け", postbacks.faq("hinan-tedasuke"), "避難のとき手助けがほしい", "#C62828", "hands"),
    Button("災害時の支援", postbacks.faq("saigai-shien"), "災害のとき支援が必要", "#D84315", "house"),
    Button("相談窓口", postbacks.directory("desks"), "相談窓口を知りたい", "#2E7D32", "phone"),
    Button("お知らせ", postbacks.directory("news"), "お知らせ", "#6A1B9A", "bell"),
    Button("災害ボランティア", postbacks.faq("saigai-volunteer"), "災害ボランティアをしたい", "#1565C0", "hands"),
    Button("使い方", postbacks.directory("help"), "使い方", "#5D4037", "question"),
)


def buttons_for(mode: str) -> tuple[Button, ...]:
    """The menu for the bot's mode (bot.store.mode): the disaster menu while disaster mode is on."""
    return DISASTER_BUTTONS if mode == "disaster" else BUTTONS


FONT_CANDIDATES = (
    "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
    "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc",
)


class FontMissing(RuntimeError):
    pass


def definition(buttons: Sequence[Button] = BUTTONS) -> dict[str, Any]:
    """The rich menu object for the Messaging API, without its name (see `named`)."""
    cell_w, cell_h = WIDTH // COLUMNS, HEIGHT // ROWS
    areas = []
    for i, button in enumerate(buttons):
        col, row = i % COLUMNS, i // COLUMNS
        width = WIDTH - col * cell_w if col == COLUMNS - 1 else cell_w
        height = HEIGHT - row * cell_h if row == ROWS - 1 else cell_h
        areas.append(
            {
                "bounds": {"x": col * cell_w, "y": row * cell_h, "width": width, "height": height},
                "action": {"type": "postback", "label": button.label, "data": button.data,
                           "displayText": button.display},
            }
        )
    return {
        "size": {"width": WIDTH, "height": HEIGHT},
        "selected": True,
        "chatBarText": "メニュー",
        "areas": areas,
    }


def find_font() -> str:
    for path in FONT_CANDIDATES:
        if Path(path).is_file():
            return path
    if shutil.which("fc-match"):
        try:
            found = subprocess.run(
                ["fc-match", "-f", "%{file}", ":lang=ja"], capture_output=True, text=True, timeout=10, check=False
            ).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            found = ""
        if found and Path(found).is_file() and _has_japanese(found):
            return found
    raise FontMissing(
        "日本語フォントが見つかりません。apt-get install -y fonts-ipafont-gothic(または fonts-noto-cjk)で入れてください"
    )


def _has_japanese(path: str) -> bool:
    from PIL import ImageFont

    try:
        font = ImageFont.truetype(path, 40)
        return font.getmask("相").getbbox() is not None and font.getbbox("相") != font.getbbox("\uffff")
    except OSError:
        return False


def build_image(buttons: Sequence[Button] = BUTTONS, *, font_path: str | None = None) -> bytes:
    """The menu picture as PNG bytes: deterministic for the same buttons and font."""
    from PIL import Image, ImageDraw, ImageFont

    font_file = font_path or find_font()
    image = Image.new("RGB", (WIDTH, HEIGHT), "#FFFFFF")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(font_file, 92)
    small = ImageFont.truetype(font_file, 92 if all(len(b.label) <= 5 for b in buttons) else 80)
    cell_w, cell_h = WIDTH // COLUMNS, HEIGHT // ROWS
    for i, button in enumerate(buttons):
        col, row = i % COLUMNS, i // COLUMNS
        x0, y0 = col * cell_w, row * cell_h
        x1 = WIDTH if col == COLUMNS - 1 else x0 + cell_w
        y1 = HEIGHT if row == ROWS - 1 else y0 + cell_h
        draw.rectangle([x0, y0, x1 - 1, y1 - 1], fill=button.color, outline="#FFFFFF", width=6)
        cx, cy = (x0 + x1) // 2, y0 + 150
        _icon(draw, button.icon, cx, cy, 80)
        label_font = font if len(button.label) <= 4 else small
        box = draw.textbbox((0, 0), button.label, font=label_font)
        tw = box[2] - box[0]
        draw.text((cx - tw // 2, y0 + 255), button.label, font=label_font, fill="#FFFFFF")
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    data = out.getvalue()
    if len(data) > MAX_IMAGE_BYTES:
        raise ValueError(f"rich menu image is {len(data)} bytes; LINE accepts at most 1 MB")
    return data


def _icon(draw: Any, kind: str, cx: int, cy: int, r: int) -> None:
    """Simple white pictograms, so the buttons read even before the words do."""
    white = "#FFFFFF"
    w = 12
    if kind == "phone":
        draw.rounded_rectangle([cx - r * 0.55, cy - r, cx + r * 0.55, cy + r], radius=20, outline=white, width=w)
        draw.ellipse([cx - 10, cy + r - 40, cx + 10, cy + r - 20], fill=white)
    elif kind == "house":
        draw.polygon([(cx - r, cy), (cx, cy - r), (cx + r, cy)], outline=white, fill=None, width=w)
        draw.rectangle([cx - r * 0.7, cy, cx + r * 0.7, cy + r], outline=white, width=w)
        draw.rectangle([cx - 15, cy + r * 0.4, cx + 15, cy + r], fill=white)
    elif kind == "hands":
        draw.ellipse([cx - r, cy - r * 0.6, cx + r * 0.1, cy + r * 0.6], outline=white, width=w)
        draw.ellipse([cx - r * 0.1, cy - r * 0.6, cx + r, cy + r * 0.6], outline=white, width=w)
    elif kind == "bell":
        draw.pieslice([cx - r * 0.8, cy - r, cx + r * 0.8, cy + r * 0.6], 180, 360, fill=white)
        draw.rectangle([cx - r * 0.8, cy - r * 0.2, cx + r * 0.8, cy + r * 0.5], fill=white)
        draw.ellipse([cx - 18, cy + r * 0.55, cx + 18, cy + r * 0.95], fill=white)
    elif kind == "book":
        draw.rectangle([cx - r, cy - r * 0.7, cx - 6, cy + r * 0.7], outline=white, width=w)
        draw.rectangle([cx + 6, cy - r * 0.7, cx + r, cy + r * 0.7], outline=white, width=w)
    else:  # question
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=white, width=w)
        draw.arc([cx - r * 0.45, cy - r * 0.6, cx + r * 0.45, cy + r * 0.2], 200, 90, fill=white, width=w)
        draw.ellipse([cx - 10, cy + r * 0.45, cx + 10, cy + r * 0.65], fill=white)


def fingerprint(menu: dict[str, Any], image: bytes) -> str:
    raw = json.dumps(menu, ensure_ascii=False, sort_keys=True).encode() + b"\0" + image
    return hashlib.sha256(raw).hexdigest()[:12]


def named(menu: dict[str, Any], image: bytes, prefix: str = NAME_PREFIX) -> dict[str, Any]:
    return {**menu, "name": f"{prefix}-{fingerprint(menu, image)}"}


@dataclass(frozen=True)
class DeployResult:
    rich_menu_id: str
    created: bool
    deleted: tuple[str, ...] = ()
    default_changed: bool = False
    image_uploaded: bool = False


def deploy(*, access_token: str, api_url: str, data_api_url: str, timeout: float = 10.0,
           image: bytes | None = None, buttons: Sequence[Button] = BUTTONS,
           prefix: str = NAME_PREFIX) -> DeployResult:
    """Create (if needed) and set as default; delete our older menus of the same prefix. Safe to run again."""
    from linebot.v3.messaging import (
        ApiClient,
        ApiException,
        Configuration,
        MessagingApi,
        MessagingApiBlob,
        RichMenuRequest,
    )

    png = image if image is not None else build_image(buttons)
    menu = named(definition(buttons), png, prefix)
    api_client = ApiClient(Configuration(access_token=access_token, host=api_url.rstrip("/")))
    blob_client = ApiClient(Configuration(access_token=access_token, host=data_api_url.rstrip("/")))
    with api_client, blob_client:
        api = MessagingApi(api_client)
        blob = MessagingApiBlob(blob_client)
        ours = [m for m in api.get_rich_menu_list(_request_timeout=timeout).richmenus
                if m.name.startswith(prefix + "-")]
        same = next((m for m in ours if m.name == menu["name"]), None)
        created = same is None
        if same is not None:
            menu_id = same.rich_menu_id
        else:
            menu_id = api.create_rich_menu(RichMenuRequest.from_dict(menu), _request_timeout=timeout).rich_menu_id
        uploaded = created or not _has_image(blob, menu_id, timeout, ApiException)
        if uploaded:
            blob.set_rich_menu_image(menu_id, png, _headers={"Content-Type": "image/png"}, _request_timeout=timeout)
            # Read it back: if LINE cannot return the image, this raises (404) and the menu is not made default.
            blob.get_rich_menu_image(menu_id, _request_timeout=timeout)
        try:
            current = api.get_default_rich_menu_id(_request_timeout=timeout).rich_menu_id
        except ApiException as exc:
            if exc.status != 404:
                raise
            current = None
        changed = current != menu_id
        if changed:
            api.set_default_rich_menu(menu_id, _request_timeout=timeout)
        deleted = []
        for old in ours:
            if old.rich_menu_id != menu_id:
                api.delete_rich_menu(old.rich_menu_id, _request_timeout=timeout)
                deleted.append(old.rich_menu_id)
    return DeployResult(menu_id, created, tuple(deleted), changed, uploaded)


def _has_image(blob: Any, menu_id: str, timeout: float, api_exception: type[Exception]) -> bool:
    """Whether LINE has an image for the menu (the content endpoint answers 404 when it has none)."""
    try:
        blob.get_rich_menu_image(menu_id, _request_timeout=timeout)
    except api_exception as exc:
        if getattr(exc, "status", None) == 404:
            return False
        raise
    return True


def switch(mode: str, **line: Any) -> DeployResult:
    """Make the menu of the bot's mode the default (disaster mode: DISASTER_BUTTONS; normal: BUTTONS).

    Each mode's menu is kept under its own name prefix, so switching back finds the normal menu again and
    only makes it the default. `line`: access_token, api_url, data_api_url, timeout (as for deploy)."""
    if mode == "disaster":
        return deploy(buttons=DISASTER_BUTTONS, prefix=DISASTER_PREFIX, **line)
    return deploy(buttons=BUTTONS, prefix=NAME_PREFIX, **line)
