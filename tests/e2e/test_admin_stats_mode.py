"""Statistics and disaster mode through a real server, the real SDK and the fake LINE API; the CLI in-process."""

from __future__ import annotations

import json
import os
import time

import pytest

from bot.cli.main import main
from bot.store.db import Database
from tests.conftest import base_event, body_of, follow_event, postback_event, text_event


def location_event() -> dict:
    event = base_event("message")
    event["replyToken"] = "r" + event["webhookEventId"]
    event["message"] = {"type": "location", "id": "l" + event["webhookEventId"], "title": "鴻巣市",
                        "address": "鴻巣市", "latitude": 36.0657, "longitude": 139.5222}
    return event

REPLY = "/v2/bot/message/reply"


@pytest.fixture
def cli_env(settings, monkeypatch):
    monkeypatch.setenv("TSUNAGARI_DATABASE_URL", settings.database_url)
    monkeypatch.setenv("TSUNAGARI_CONTENT_DIR", str(settings.content_dir))
    monkeypatch.setenv("TSUNAGARI_LINE_API_URL", settings.line_api_url)
    monkeypatch.setenv("TSUNAGARI_LINE_DATA_API_URL", settings.line_data_api_url)
    monkeypatch.setenv("LINE_CHANNEL_ACCESS_TOKEN", settings.line_channel_access_token or "")
    keep = ("TSUNAGARI_DATABASE_URL", "TSUNAGARI_CONTENT_DIR", "TSUNAGARI_LINE_API_URL", "TSUNAGARI_LINE_DATA_API_URL")
    for name in [k for k in os.environ if k.startswith("TSUNAGARI_") and k not in keep]:
        monkeypatch.delenv(name)
    return settings


def _stats(capsys) -> dict:
    capsys.readouterr()
    assert main(["stats", "--json", "--days", "3"]) == 0
    return json.loads(capsys.readouterr().out)


def _send(server, fake_line, events, total):
    assert server.post(body_of(*events)).status_code == 200
    return fake_line.wait_for(REPLY, total)


def test_stats_count_todays_replies_by_kind_and_hold_no_text(server, fake_line, cli_env, capsys):
    texts = {
        "ボランティアを始めたい": "answer",
        "こんにちは": "greeting",
        "明日の天気を教えて": "fallback",
        "もう死にたい": "crisis",
    }
    events = [text_event(t) for t in texts]
    _send(server, fake_line, events, len(events))
    deadline = time.monotonic() + 20
    while True:  # replies are counted just after LINE accepts them: wait on the condition
        today = _stats(capsys)["days"][-1]
        if sum(today[k] for k in ("answer", "greeting", "fallback", "crisis")) >= 4 or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    assert (today["answer"], today["greeting"], today["fallback"], today["crisis"]) == (1, 1, 1, 1)
    assert today["clarify"] == 0 and today["directory"] == 0
    found = _stats(capsys)
    assert found["top_entries"][0]["count"] == 1 and found["top_entries"][0]["title"]
    db = Database.open(cli_env.database_url)
    dump = json.dumps(db.query("SELECT * FROM reply_stats"), ensure_ascii=False)
    db.close()
    for text in texts:
        assert text not in dump
    assert "crisis" in dump and dump.count('"crisis", ""') == 1  # crisis: a count, no entry, no language


def test_disaster_mode_leads_every_reply_of_the_running_bot_and_off_restores_it(server, fake_line, cli_env, capsys):
    asks = ["ボランティアを始めたい", "こんにちは", "明日の天気を教えて"]
    _send(server, fake_line, [text_event(t) for t in asks], 3)
    before = [c.json["messages"] for c in fake_line.calls(REPLY)]
    assert all("災害時のお知らせ" not in json.dumps(m, ensure_ascii=False) for m in before)

    assert main(["mode", "disaster", "on"]) == 0
    disaster_menu = fake_line.rich_menus[fake_line.default_rich_menu]
    assert disaster_menu["name"].startswith("tsunagari-disaster-")
    assert [a["action"]["label"] for a in disaster_menu["areas"]][0] == "避難の手助け"
    during = [text_event(t) for t in asks] + [postback_event("dir:help"), follow_event(), location_event(),
                                              text_event("もう死にたい")]
    calls = _send(server, fake_line, during, 3 + len(during))
    for call in calls[3:]:
        messages = call.json["messages"]
        assert len(messages) <= 5
        assert any("災害時のお知らせ" in m.get("text", "") for m in messages), messages
        notice = next(m for m in messages if "災害時のお知らせ" in m.get("text", ""))
        assert "quickReply" not in notice or notice is messages[-1]
    crisis = next(c.json["messages"] for c in calls if c.json["replyToken"] == during[-1]["replyToken"])
    assert "災害時のお知らせ" not in crisis[0].get("text", "")  # the hotlines stay first

    assert main(["mode", "disaster", "off"]) == 0
    assert fake_line.rich_menus[fake_line.default_rich_menu]["name"].startswith("tsunagari-main-")
    calls = _send(server, fake_line, [text_event(t) for t in asks], 3 + len(during) + 3)
    for call in calls[-3:]:
        assert "災害時のお知らせ" not in json.dumps(call.json["messages"], ensure_ascii=False)
    db = Database.open(cli_env.database_url)
    actions = [r[0] for r in db.query("SELECT action FROM staff_audit ORDER BY id")]
    db.close()
    assert actions == ["mode.disaster", "mode.normal"]
