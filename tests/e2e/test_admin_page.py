"""The staff page in a real browser (Debian's chromium) against the real server: charts, unanswered → phrasing,
the disaster switch, a notice preview, phone width, and CSRF from another origin. Screenshots go to docs/."""

from __future__ import annotations

import datetime as dt
import http.server
import os
import threading
from pathlib import Path

import httpx
import pytest

from bot.settings import Settings
from bot.store import stats
from bot.store.db import Database
from bot.store.unanswered import record_unanswered
from bot.text.clock import now_jst
from tests.conftest import ROOT, Server, body_of, free_port, text_event
from tests.e2e.test_admin import CHROMIUM, CHROMIUM_ARGS
from tests.e2e.test_reload import ADMIN, copy_content

DOCS = ROOT / "docs"
BEARER = {"authorization": f"Bearer {ADMIN}"}
NEW_WORDING = "点字を習いたいんだけど"  # no entry answers it today
REPLY = "/v2/bot/message/reply"

pytestmark = pytest.mark.slow


def _need_browser() -> None:
    if not Path(CHROMIUM).exists():
        missing = f"{CHROMIUM} is missing: install Debian's chromium (.ci/run does apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(missing)
        pytest.skip(missing)


@pytest.fixture
def page_server(settings: Settings, tmp_path: Path):
    root = copy_content(tmp_path)
    staff = settings.with_(content_dir=root, admin_token=ADMIN, staff_tokens="tanaka:tanaka-token-0123456789",
                           database_url=f"sqlite:///{tmp_path / 'staff.db'}")
    db = Database.open(staff.database_url)
    today = now_jst()
    for back, kinds in ((2, {"answer": 5, "fallback": 2}), (1, {"answer": 3, "clarify": 1, "fallback": 1})):
        for kind, n in kinds.items():
            for _ in range(n):
                stats.record_reply(db, kind, "volunteer-start" if kind == "answer" else None,
                                   now=today - dt.timedelta(days=back))
    for text in (NEW_WORDING, NEW_WORDING, "点字を習いたいんだけど。", "宇宙旅行の申し込み"):
        record_unanswered(db, user_key="k", message_id=None, kind="fallback", text=text, nearest_id=None,
                          nearest_score=None)
    db.close()
    running = Server(staff).start()
    yield running
    running.stop()


@pytest.fixture
def browser():
    _need_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


def _login(browser, url: str, token: str = ADMIN, width: int = 1280):
    from playwright.sync_api import expect

    page = browser.new_page(viewport={"width": width, "height": 900}, locale="ja-JP")
    page.on("dialog", lambda dialog: dialog.accept(dialog.default_value) if dialog.type == "prompt" else dialog.accept())
    page.goto(f"{url}/admin")
    page.fill("#token", token)
    page.click("button[type=submit]")
    expect(page.locator("#question")).to_be_visible()
    return page


def _shot(page, locator: str | None, name: str) -> None:
    DOCS.mkdir(exist_ok=True)
    target = page.locator(locator) if locator else page
    target.screenshot(path=str(DOCS / name), **({} if locator else {"full_page": True}))
    assert (DOCS / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_charts_show_the_counted_replies_per_day_top_entries_and_fallback_rate(page_server, browser, fake_line):
    from playwright.sync_api import expect

    events = [text_event("ボランティアを始めたい"), text_event("明日の天気を教えて")]
    assert page_server.post(body_of(*events)).status_code == 200
    fake_line.wait_for(REPLY, 2)
    page = _login(browser, page_server.url)
    page.select_option("#stats-days", "7")
    bars = page.locator("#chart-days g.day-bar")
    expect(bars).to_have_count(7)
    today = now_jst().date().isoformat()
    expect(page.locator(f"#chart-days g.day-bar[data-date='{today}']")).to_have_attribute("data-total", "2", timeout=15_000)
    yesterday = (now_jst().date() - dt.timedelta(days=1)).isoformat()
    assert page.locator(f"#chart-days g.day-bar[data-date='{yesterday}']").get_attribute("data-total") == "5"
    assert page.locator(f"#chart-days g.day-bar[data-date='{yesterday}'] rect[data-kind=fallback]").count() == 1
    expect(page.locator("#chart-fallback circle.rate-point")).to_have_count(3)
    top = page.locator("#chart-top g.bar-row").first
    expect(top).to_contain_text("ボランティアを始めたい")
    expect(top).to_contain_text("9")
    expect(page.locator("#stats-summary")).to_contain_text("案内できず 4")
    _shot(page, "section[aria-label=統計]", "staff-charts.png")


def test_an_unanswered_group_becomes_a_phrasing_that_then_answers(page_server, browser):
    from playwright.sync_api import expect

    root = page_server.settings.content_dir
    before = (root / "faq/volunteer.yaml").read_text(encoding="utf-8")
    page = _login(browser, page_server.url, token="tanaka-token-0123456789")
    expect(page.locator("#whoami")).to_have_text("tanaka さん")
    group = page.locator(".group").filter(has_text=NEW_WORDING).first
    expect(group).to_contain_text("3 件")
    expect(group).to_contain_text("近い項目はありません")  # no suggestion below the calibrated score
    group.locator("select").select_option("fukushi-manabu")
    _shot(page, "section[aria-label=答えられなかった質問]", "staff-unanswered.png")
    group.get_by_role("button", name="言い方として追加").click()
    expect(group.locator(".result")).to_contain_text("faq/volunteer.yaml に追加して読み直しました", timeout=60_000)
    after = (root / "faq/volunteer.yaml").read_text(encoding="utf-8")
    added = [line for line in after.splitlines() if line not in before.splitlines()]
    assert added == [f"      - {NEW_WORDING}"] and after.startswith("# ボランティア")  # comment and order kept
    groups = httpx.get(f"{page_server.url}/admin/api/unanswered", headers=BEARER, timeout=30).json()["groups"]
    assert [g["text"] for g in groups] == ["宇宙旅行の申し込み"]  # the handled group's questions are gone

    page.fill("#question", NEW_WORDING)
    page.press("#question", "Enter")
    expect(page.locator("[data-testid=kind]").last).to_contain_text("answer", timeout=20_000)
    reply = httpx.post(f"{page_server.url}/admin/api/ask", json={"text": NEW_WORDING}, headers=BEARER, timeout=20).json()
    assert reply["kind"] == "answer" and reply["entry_id"] == "fukushi-manabu"
    audit = httpx.get(f"{page_server.url}/admin/api/audit", headers=BEARER, timeout=10).json()["audit"]
    assert audit[0]["actor"] == "tanaka" and audit[0]["action"] == "unanswered.phrasing"


def test_the_disaster_switch_changes_every_reply_and_the_menu_and_off_restores_them(page_server, browser):
    from playwright.sync_api import expect

    page = _login(browser, page_server.url)
    expect(page.locator("#richmenu button").first).to_have_text("相談窓口")
    page.check("#disaster-switch")
    expect(page.locator("#disaster-banner")).to_be_visible()
    expect(page.locator("#richmenu button").first).to_have_text("避難の手助け")
    page.fill("#question", "ボランティアを始めたい")
    page.press("#question", "Enter")
    expect(page.locator("#chat .row.bot .bubble-text").first).to_contain_text("災害時のお知らせ", timeout=20_000)
    expect(page.locator("#chat .row.bot .bubble-text").first).to_contain_text("119")
    page.locator("#richmenu button").filter(has_text="避難の手助け").click()
    expect(page.locator("#chat .row.user").last).to_have_text("避難のとき手助けがほしい")
    expect(page.locator("[data-testid=kind]")).to_have_count(2, timeout=20_000)
    expect(page.locator("#chart-days g.day-bar").first).to_be_attached()
    page.evaluate("document.getElementById('chat').scrollTop = 0")  # the notice at the top, for the picture
    _shot(page, None, "staff-disaster.png")

    page.uncheck("#disaster-switch")
    expect(page.locator("#disaster-banner")).to_be_hidden()
    expect(page.locator("#richmenu button").first).to_have_text("相談窓口")
    reply = httpx.post(f"{page_server.url}/admin/api/ask", json={"text": "ボランティアを始めたい"}, headers=BEARER,
                       timeout=20).json()
    assert "災害時のお知らせ" not in str(reply["messages"])
    actions = [a["action"] for a in httpx.get(f"{page_server.url}/admin/api/audit", headers=BEARER, timeout=10).json()["audit"]]
    assert actions[:2] == ["mode.normal", "mode.disaster"]


def test_a_notice_preview_shows_what_residents_receive_and_its_audience(page_server, browser):
    from playwright.sync_api import expect

    page = _login(browser, page_server.url)
    card = page.locator(".notice[data-notice=sample-salon-fukiage]")
    expect(card.locator("[data-testid=notice-preview]")).to_contain_text("【お知らせ】")
    expect(card.locator("[data-testid=notice-preview]")).to_contain_text("サンプル")
    expect(card.locator(".audience")).to_contain_text("0 人")
    expect(card.locator("[data-testid=notice-preview] .chip")).to_have_text(["お知らせ設定"])
    _shot(page, "section[aria-label=お知らせ]", "staff-notices.png")


def test_the_page_fits_a_phone(page_server, browser):
    from playwright.sync_api import expect

    page = _login(browser, page_server.url, width=390)
    expect(page.locator("#chart-days g.day-bar").first).to_be_attached()
    expect(page.locator(".group").first).to_be_visible()
    overflow = page.evaluate("document.documentElement.scrollWidth")
    assert overflow <= 390, overflow
    width = page.locator(".group .examples").first.bounding_box()["width"]
    assert width > 250  # text runs across the card, not one character per line
    _shot(page, None, "staff-phone.png")


def test_a_form_on_another_origin_cannot_change_anything(page_server, browser):
    """Another port of 127.0.0.1 is the same site (the SameSite cookie goes along) but another origin."""
    from playwright.sync_api import expect

    target = page_server.url
    evil_page = (f'<form id="f" method="post" action="{target}/admin/reload"></form>'
                 f'<iframe id="frame" src="{target}/admin"></iframe>'
                 "<script>document.getElementById('f').submit()</script>").encode()

    class Evil(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the stdlib's name
            self.send_response(200)
            self.send_header("content-type", "text/html")
            self.end_headers()
            self.wfile.write(evil_page)

        def log_message(self, *args):
            pass

    evil = http.server.HTTPServer(("127.0.0.1", free_port()), Evil)
    threading.Thread(target=evil.serve_forever, daemon=True).start()
    try:
        page = _login(browser, target)
        attempts = page_server.app.state.reloader.attempts
        page.goto(f"http://127.0.0.1:{evil.server_port}/")
        expect(page.locator("body")).to_contain_text("cross-origin request refused")
        assert page_server.app.state.reloader.attempts == attempts
    finally:
        evil.shutdown()
    headers = httpx.get(f"{target}/admin", timeout=10).headers
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff" and headers["x-frame-options"] == "DENY"


def test_the_simulator_shares_a_location_like_line(page_server, browser):
    from playwright.sync_api import expect

    page = _login(browser, page_server.url)  # the prompt is accepted with its default (central Kōnosu)
    page.click("#share-location")
    expect(page.locator("#chat .row.user").last).to_contain_text("位置情報")
    expect(page.locator("[data-testid=kind]").last).to_contain_text("directory", timeout=20_000)
