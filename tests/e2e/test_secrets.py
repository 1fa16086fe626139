"""S3/S4/P1: sentinel secrets appear in no log line, response or database row; raw LINE user IDs and message
text stay out of logs and out of every table except subscriptions; /docs and /openapi.json are off in production."""

from __future__ import annotations

import io
import json
import logging
import re
import sqlite3
import time
from pathlib import Path

import httpx
import pytest

from bot.chat import handlers
from bot.settings import Settings
from bot.web import logs
from tests.conftest import ROOT, Server, body_of, follow_event, postback_event, sign, text_event, user_id
from tests.fakeline import Fault

S_SECRET = "SENTINEL_S_4f1c2b9e7d0a6b3c5e8f1a2d"
S_TOKEN = "SENTINEL_T_9b8a7c6d5e4f3a2b1c0d9e8f"
S_ADMIN = "SENTINEL_A_0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d"
S_PSEUDO = "SENTINEL_P_77aa88bb99cc00dd11ee22ff"
SENTINELS = (S_SECRET, S_TOKEN, S_ADMIN, S_PSEUDO)
TEXT_MARK = "秘密の相談SENTINELTEXT"  # message text that must never reach a log line
REPLY = "/v2/bot/message/reply"
LINE_ID = re.compile(r"[UCR][0-9a-f]{32}")


@pytest.fixture
def secret_settings(tmp_path: Path, fake_line) -> Settings:
    return Settings(
        line_channel_secret=S_SECRET,
        line_channel_access_token=S_TOKEN,
        admin_token=S_ADMIN,
        pseudonym_key=S_PSEUDO,
        line_api_url=fake_line.url,
        line_data_api_url=fake_line.url,
        database_url=f"sqlite:///{tmp_path / 'secrets.db'}",
        content_dir=ROOT,
        line_timeout=1.0,
    )


@pytest.fixture
def everything_logged(caplog):
    """Raw records at DEBUG from every logger (caplog), plus the production handler's formatted output."""
    stream = io.StringIO()
    root = logging.getLogger()
    saved = (list(root.handlers), root.level)
    caplog.set_level(logging.DEBUG)
    handler = logs.configure(json_lines=True, level=logging.DEBUG, stream=stream)
    root.addHandler(caplog.handler)
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access", "aiohttp", "linebot", "httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    yield caplog, stream
    root.removeHandler(handler)
    for h in saved[0]:
        if h not in root.handlers:
            root.addHandler(h)
    root.setLevel(saved[1])


def test_sentinel_secrets_user_ids_and_text_leak_nowhere(secret_settings, fake_line, everything_logged, monkeypatch,
                                                          tmp_path):
    caplog, stream = everything_logged
    users = [user_id(900 + i) for i in range(5)]
    responses: list[httpx.Response] = []
    server = Server(secret_settings).start()
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    try:
        with httpx.Client(timeout=10) as client:
            def post(body: bytes, signature: str | None, **headers: str) -> None:
                sent = {"content-type": "application/json", **headers}
                if signature == "auto-fill":
                    signature = sign(body, S_SECRET)
                if signature is not None:
                    sent["x-line-signature"] = signature
                responses.append(client.post(f"{server.url}/callback", content=body, headers=sent))

            # Genuine traffic, including unanswerable text (stored, masked, in the unanswered log).
            for i, user in enumerate(users):
                text = f"{TEXT_MARK} {user} 090-1234-5678 foo@example.com 123456789012 うつ病 {i}"
                post(body_of(text_event(text, user=user), follow_event(user=user),
                             postback_event("none:", user=user)), "auto-fill")
            # A failing LINE API that echoes junk, a dropped connection and a timeout.
            fake_line.fail(REPLY, Fault(status=401), Fault(status=500), Fault(drop=True), Fault(delay=2.0))
            for user in users[:4]:
                post(body_of(text_event(f"{TEXT_MARK} こんにちは", user=user)), "auto-fill")
            # Forged, malformed, oversized.
            body = body_of(text_event(TEXT_MARK, user=users[0]))
            post(body, sign(body, "wrong"))
            post(body, None)
            post(b"{not json " + TEXT_MARK.encode(), "auto-fill")
            post(b"\xff\xfe" + body, "auto-fill")
            post(b"x" * (secret_settings.max_body_bytes + 1), "auto-fill")
            # A handler that blows up quoting the event (user id and text) in its exception.
            real = handlers.handle

            def explode(event, deps):
                if TEXT_MARK + "BOOM" in getattr(getattr(event, "message", None), "text", ""):
                    raise RuntimeError(f"cannot handle {event!r}")
                return real(event, deps)

            monkeypatch.setattr(handlers, "handle", explode)
            post(body_of(text_event(TEXT_MARK + "BOOM", user=users[1])), "auto-fill")
            # Other surfaces, including the staff pages (right and wrong token, bearer and login form).
            for path in ("/healthz", "/metrics", "/docs", "/openapi.json", "/nope", "/callback", "/admin"):
                responses.append(client.get(f"{server.url}{path}"))
            for token in (S_ADMIN, S_ADMIN[:-1] + "x", "nope"):
                responses.append(client.get(f"{server.url}/admin/api/status",
                                            headers={"authorization": f"Bearer {token}"}))
                responses.append(client.post(f"{server.url}/admin/login", content=f"token={token}",
                                             headers={"content-type": "application/x-www-form-urlencoded"}))
                responses.append(client.get(f"{server.url}/admin/api/unanswered",
                                            headers={"authorization": f"Bearer {token}"}))
            assert any(r.status_code == 200 and "/admin/api/status" in str(r.url) for r in responses)
        fake_line.wait_for(REPLY, 5 * 3 + 4, timeout=15)
        time.sleep(2.5)
        counts = server.runtime.events.counts
        assert counts["errors"] == 1 and counts["replies.failed"] == 4
        settings_repr = repr(server.settings) + repr(server.runtime.settings)
    finally:
        server.stop()

    raw_records = "\n".join(
        f"{r.name} {r.getMessage()} {r.exc_text or ''} {logging.Formatter().formatException(r.exc_info) if r.exc_info else ''}"
        for r in caplog.records
    )
    formatted = stream.getvalue()
    bodies = "\n".join(r.text + json.dumps(dict(r.headers)) + json.dumps(dict(r.cookies)) for r in responses)
    db_rows = _all_rows(tmp_path / "secrets.db")

    assert caplog.records, "nothing was logged: the capture is broken"
    assert any("reply failed" in r.getMessage() for r in caplog.records)
    for sentinel in SENTINELS:
        assert sentinel not in raw_records, f"{sentinel} in a log record"
        assert sentinel not in formatted
        assert sentinel not in bodies, f"{sentinel} in a response"
        assert sentinel not in settings_repr
        assert all(sentinel not in repr(row) for _, row in db_rows), f"{sentinel} in the database"
    # The token did go where it must: to LINE, in the Authorization header, and nowhere else.
    assert all(c.headers["authorization"] == f"Bearer {S_TOKEN}" for c in fake_line.calls(REPLY, status=None))

    # Production log output (scrubbed): no raw user IDs, no message text.
    assert not LINE_ID.search(formatted), LINE_ID.search(formatted)
    assert TEXT_MARK not in formatted
    assert all(json.loads(line) for line in formatted.splitlines())
    # Our own loggers never write user IDs or message text even before scrubbing.
    ours = [r for r in caplog.records if r.name.startswith("tsunagari") and not r.exc_info]
    assert ours and not any(LINE_ID.search(r.getMessage()) or TEXT_MARK in r.getMessage() for r in ours)

    # Database: raw user IDs only in subscriptions; unanswered text is masked.
    for table, row in db_rows:
        if table == "subscriptions":
            continue
        assert not any(u in repr(row) for u in users), (table, row)
        assert not LINE_ID.search(repr(row)), (table, row)
        assert "090-1234-5678" not in repr(row) and "foo@example.com" not in repr(row)
        assert "123456789012" not in repr(row)
    assert any(table == "unanswered" for table, _ in db_rows), "the unanswered log stayed empty: test is vacuous"


def _all_rows(path: Path) -> list[tuple[str, tuple]]:
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return [(t, row) for t in tables for row in conn.execute(f'SELECT * FROM "{t}"')]  # noqa: S608
    finally:
        conn.close()


def test_docs_and_openapi_are_off_in_production(tmp_path, fake_line, monkeypatch):
    monkeypatch.setenv("TSUNAGARI_PRODUCTION", "true")
    monkeypatch.setenv("TSUNAGARI_PSEUDONYM_KEY", S_PSEUDO)
    monkeypatch.setenv("TSUNAGARI_DATABASE_URL", f"sqlite:///{tmp_path / 'p.db'}")
    monkeypatch.setenv("TSUNAGARI_CONTENT_DIR", str(ROOT))
    settings = Settings.from_env()
    assert settings.production
    server = Server(settings).start()
    try:
        for path in ("/docs", "/redoc", "/openapi.json", "/docs/oauth2-redirect"):
            assert httpx.get(f"{server.url}{path}", timeout=5).status_code == 404, path
        assert httpx.get(f"{server.url}/healthz", timeout=5).status_code == 200
    finally:
        server.stop()


def test_settings_repr_and_env_errors_hide_secrets(monkeypatch):
    settings = Settings(line_channel_secret=S_SECRET, line_channel_access_token=S_TOKEN, admin_token=S_ADMIN,
                        pseudonym_key=S_PSEUDO)
    assert not any(s in repr(settings) or s in str(settings) for s in SENTINELS)
    with pytest.raises(ValueError) as caught:
        Settings.from_env({"LINE_CHANNEL_SECRET": S_SECRET, "TSUNAGARI_LINE_TIMEOUT": "soon",
                           "TSUNAGARI_ADMIN_TOKEN": S_ADMIN})
    assert S_SECRET not in str(caught.value)


def test_log_scrubber_masks_ids_and_bearer_tokens():
    assert logs.scrub(f"user U{'a' * 32} said hi; Authorization: Bearer {S_TOKEN}") == (
        "user [line-id] said hi; Authorization: Bearer [redacted]"
    )
