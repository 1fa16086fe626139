"""The staff door and notices from the page, through the real server and the fake LINE API."""

from __future__ import annotations

import httpx
import pytest

from bot.settings import Settings
from bot.store import subscriptions
from bot.store.db import Database
from tests.conftest import Server, user_id
from tests.e2e.test_reload import ADMIN, copy_content

BEARER = {"authorization": f"Bearer {ADMIN}"}
NAMED = "suzuki-token-0123456789abcdef"


@pytest.fixture
def door_server(settings: Settings, tmp_path):
    staff = settings.with_(content_dir=copy_content(tmp_path), admin_token=ADMIN, staff_tokens=f"suzuki:{NAMED}",
                           database_url=f"sqlite:///{tmp_path / 'door.db'}")
    db = Database.open(staff.database_url)
    for n in (1, 2, 3):
        subscriptions.set_area(db, user_id(n), "fukiage" if n < 3 else "kawasato")
    db.close()
    running = Server(staff).start()
    yield running
    running.stop()


def test_state_changes_from_another_origin_are_refused_and_tools_still_work(door_server):
    url = door_server.url
    for origin, site in (("http://127.0.0.1:1", None), ("null", None), (None, "same-site"), (None, "cross-site")):
        headers = {**BEARER, **({"origin": origin} if origin else {}), **({"sec-fetch-site": site} if site else {})}
        refused = httpx.post(f"{url}/admin/api/mode", json={"disaster": True}, headers=headers, timeout=10)
        assert refused.status_code == 403, (origin, site)
    same = httpx.post(f"{url}/admin/api/mode", json={"disaster": False},
                      headers={**BEARER, "origin": url, "sec-fetch-site": "same-origin"}, timeout=10)
    assert same.status_code == 200
    assert httpx.post(f"{url}/admin/reload", headers=BEARER, timeout=60).status_code == 200  # curl-style tool


def test_headers_login_limit_no_token_in_the_url_and_closed_extras(door_server):
    url = door_server.url
    page = httpx.get(f"{url}/admin", timeout=10)
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
    assert page.headers["x-content-type-options"] == "nosniff"
    big = httpx.post(f"{url}/admin/login", content="token=" + "x" * 10_000, timeout=10,
                     headers={"content-type": "application/x-www-form-urlencoded"})
    assert big.status_code == 413
    assert httpx.get(f"{url}/admin/api/status?token={ADMIN}", timeout=10).status_code == 400
    for path in ("/docs", "/openapi.json"):
        assert httpx.get(f"{url}{path}", timeout=10).status_code == 404
    assert httpx.get(f"{url}/metrics", timeout=10).status_code == 401
    assert "tsunagari_replies" in httpx.get(f"{url}/metrics", headers=BEARER, timeout=10).text


def test_named_tokens_log_in_and_the_audit_says_who(door_server):
    url = door_server.url
    assert httpx.get(f"{url}/admin/api/status", headers={"authorization": "Bearer nope"}, timeout=10).status_code == 401
    login = httpx.post(f"{url}/admin/login", content=f"token={NAMED}", timeout=10,
                       headers={"content-type": "application/x-www-form-urlencoded"})
    assert login.status_code == 303 and NAMED not in login.headers["set-cookie"]
    jar = {"tsunagari_admin": login.cookies["tsunagari_admin"]}
    status = httpx.get(f"{url}/admin/api/status", cookies=jar, timeout=10).json()
    assert status["staff"] == "suzuki"
    httpx.post(f"{url}/admin/api/mode", json={"disaster": True}, cookies=jar, timeout=30)
    audit = httpx.get(f"{url}/admin/api/audit", headers=BEARER, timeout=10).json()["audit"]
    assert audit[0]["actor"] == "suzuki" and audit[0]["action"] == "mode.disaster"
    forged = {"tsunagari_admin": "admin." + jar["tsunagari_admin"].split(".", 1)[1]}
    assert httpx.get(f"{url}/admin/api/status", cookies=forged, timeout=10).status_code == 401


def test_notices_list_count_test_to_me_and_send_exactly_once(door_server, fake_line):
    url = door_server.url
    notices = httpx.get(f"{url}/admin/api/notices", headers=BEARER, timeout=20).json()["notices"]
    salon = next(n for n in notices if n["id"] == "sample-salon-fukiage")
    assert salon["audience_count"] == 2 and salon["state"] == "未送信"
    assert salon["messages"][-1]["text"].startswith("【サンプル】") or "【お知らせ】" in salon["messages"][-1]["text"]
    me = user_id(99)
    bad = httpx.post(f"{url}/admin/api/notices/test", json={"id": salon["id"], "user": "me"}, headers=BEARER, timeout=10)
    assert bad.status_code == 400
    test = httpx.post(f"{url}/admin/api/notices/test", json={"id": salon["id"], "user": me}, headers=BEARER, timeout=20)
    assert test.status_code == 200 and test.json()["ok"]
    sent = fake_line.calls("/v2/bot/message/multicast")
    assert [c.json["to"] for c in sent] == [[me]] and sent[0].json["messages"] == salon["messages"]
    first = httpx.post(f"{url}/admin/api/notices/send", json={"id": salon["id"]}, headers=BEARER, timeout=60).json()
    assert first["ok"] and first["report"]["delivered"] == 2
    again = httpx.post(f"{url}/admin/api/notices/send", json={"id": salon["id"]}, headers=BEARER, timeout=60).json()
    assert not again.get("ok") or again["report"]["delivered"] == 2
    recipients = sorted(u for c in fake_line.calls("/v2/bot/message/multicast")[1:] for u in c.json["to"])
    assert recipients == sorted([user_id(1), user_id(2)])  # each resident once, never the test address
    stats = httpx.get(f"{url}/admin/api/stats", headers=BEARER, timeout=10).json()["notices"]
    assert {"id": salon["id"], "state": "done", "recipients": 2, "delivered": 2, "failed": 0} in stats


def test_a_notice_is_scheduled_into_its_file_checked_and_a_wrong_time_is_refused(door_server):
    url = door_server.url
    path = door_server.settings.content_dir / "plan_data/notices/samples.yaml"
    before = path.read_text(encoding="utf-8")
    ok = httpx.post(f"{url}/admin/api/notices/schedule", json={"id": "sample-salon-fukiage",
                    "send_at": "2027-02-03T08:30:00+09:00"}, headers=BEARER, timeout=30)
    assert ok.status_code == 200 and ok.json()["notice"]["send_at"] == "2027-02-03T08:30:00+09:00"
    after = path.read_text(encoding="utf-8")
    changed = [(a, b) for a, b in zip(before.splitlines(), after.splitlines(), strict=True) if a != b]
    assert len(changed) == 1 and "2027-02-03T08:30+09:00" in changed[0][1]  # one line; comments kept
    late = httpx.post(f"{url}/admin/api/notices/schedule", json={"id": "sample-salon-fukiage",
                      "send_at": "2030-01-01T09:00:00+09:00"}, headers=BEARER, timeout=30)
    assert late.status_code == 422 and "send_at" in " ".join(late.json()["errors"])
    assert path.read_text(encoding="utf-8") == after
    audit = httpx.get(f"{url}/admin/api/audit", headers=BEARER, timeout=10).json()["audit"]
    assert audit[0]["action"] == "notice.schedule" and audit[0]["actor"] == "admin"
