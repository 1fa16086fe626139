"""Input that used to crash a worker gets a clear, friendly reply instead: a lone surrogate in a text (Sudachi
and SQLite cannot encode it), a location of 1e308, NaN or Infinity. Through the real server and the fake LINE."""

from __future__ import annotations

import json
import sqlite3
import time
import uuid
from pathlib import Path

import pytest

from tests.conftest import base_event, sign, text_event

REPLY = "/v2/bot/message/reply"
ODD = "宇宙旅行の申し込み方法を知りたい"  # unanswerable: stored (masked) for staff


def post_raw(server, body: str) -> None:
    """`body` is JSON text written by hand, so it can carry what json.dumps would refuse (NaN, lone \\ud800)."""
    data = body.encode("ascii")
    assert server.post(data, signature=sign(data)).status_code == 200


def wrap(*events: dict) -> str:
    # ensure_ascii keeps a lone surrogate as the escape \ud800, exactly as another client's JSON would carry it
    return json.dumps({"destination": "U" + "f" * 32, "events": list(events)}, ensure_ascii=True)


def replies_to(fake_line, token: str, *, timeout: float = 20.0) -> list[dict]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for call in fake_line.calls(REPLY, status=None):
            body = call.json
            if body.get("replyToken") == token:
                return list(body["messages"])
        time.sleep(0.05)
    raise AssertionError(f"no reply for {token}")


def texts_of(messages: list[dict]) -> str:
    return json.dumps(messages, ensure_ascii=False)


def test_a_lone_surrogate_in_a_text_is_answered_and_stored_without_it(server, fake_line, settings):
    events = [text_event("生活保護の申請\ud800について"), text_event(f"{ODD}\udfff", user="U" + "1" * 32),
              text_event("\ud83d")]
    post_raw(server, wrap(*events))
    for event in events:
        assert replies_to(fake_line, event["replyToken"]), event
    assert "生活保護" in texts_of(replies_to(fake_line, events[0]["replyToken"]))
    assert server.runtime.events.counts.get("errors", 0) == 0
    path = Path(settings.database_url.removeprefix("sqlite:///"))
    deadline = time.monotonic() + 60  # a bound for a busy machine; the loop ends when the condition holds
    stored: list[str] = []
    while time.monotonic() < deadline and len(stored) < 2:
        with sqlite3.connect(path) as conn:
            stored = [r[0] for r in conn.execute("SELECT text FROM unanswered")]
        time.sleep(0.05)
    assert any(ODD in t for t in stored), stored
    assert all("\ufffd" in t for t in stored), stored  # kept, with U+FFFD where the broken character was


def location_event(latitude: str, longitude: str) -> tuple[str, str]:
    event = base_event("location-placeholder")
    token = uuid.uuid4().hex
    event.update(type="message", replyToken=token)
    event["message"] = {"type": "location", "id": "1", "latitude": 0, "longitude": 0, "address": "x"}
    raw = json.dumps(event).replace('"latitude": 0', f'"latitude": {latitude}').replace(
        '"longitude": 0', f'"longitude": {longitude}')
    return raw, token


@pytest.mark.parametrize(("latitude", "longitude"), [
    ("1e308", "139.5"), ("36.06", "-1e308"), ("NaN", "139.5"), ("36.06", "Infinity"), ("-Infinity", "NaN"),
    ("91", "139.5"), ("36.06", "181"), ("1e400", "139.5"),
])
def test_a_location_off_the_earth_gets_a_friendly_reply_not_a_crash(server, fake_line, latitude, longitude):
    raw, token = location_event(latitude, longitude)
    post_raw(server, '{"destination": "U' + "f" * 32 + '", "events": [' + raw + "]}")
    messages = replies_to(fake_line, token)
    assert "位置情報がうまく読み取れませんでした" in texts_of(messages)
    assert messages[-1].get("quickReply"), "never a dead end: other ways to look are offered"
    assert server.runtime.events.counts.get("errors", 0) == 0


def test_a_real_location_in_konosu_is_still_answered_as_before(server, fake_line):
    raw, token = location_event("36.0659", "139.5222")
    post_raw(server, '{"destination": "U' + "f" * 32 + '", "events": [' + raw + "]}")
    assert "うまく読み取れません" not in texts_of(replies_to(fake_line, token))
