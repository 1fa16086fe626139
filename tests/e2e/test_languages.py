"""The reply language through the real webhook: a chosen language is stored under the pseudonym only, used for
later replies, and deleted on unfollow."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from bot.replies import fixed
from tests.conftest import base_event, body_of, postback_event, text_event, user_id

REPLY = "/v2/bot/message/reply"


def _rows(settings) -> list[tuple]:
    with sqlite3.connect(Path(settings.database_url.removeprefix("sqlite:///"))) as conn:
        return conn.execute("SELECT user_key, lang, chosen FROM languages").fetchall()


def _until(condition, timeout: float = 20.0):
    deadline = time.monotonic() + timeout
    while not (value := condition()):
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.05)
    return value


def test_a_chosen_language_is_used_for_later_replies_and_forgotten_on_unfollow(server, fake_line, settings):
    resident = user_id(1201)
    assert server.post(body_of(postback_event("lang:en", user=resident))).status_code == 200
    sent = fake_line.wait_for(REPLY, 1)[0].json
    assert sent["messages"][0]["text"] == fixed("language_set", "en")
    [(key, lang, chosen)] = _rows(settings)
    assert lang == "en" and chosen == 1 and resident not in key  # pseudonymised, never the LINE id

    assert server.post(body_of(text_event("ok", user=resident))).status_code == 200
    reply = fake_line.wait_for(REPLY, 2)[1].json["messages"]
    assert any("tel:" in str(m) for m in reply)
    assert not any("ごめんなさい" in m.get("text", "") for m in reply)

    assert server.post(body_of(base_event("unfollow", user=resident))).status_code == 200
    _until(lambda: _rows(settings) == [])


def test_the_language_a_resident_writes_in_is_noticed_but_nothing_is_kept_from_a_crisis(server, fake_line, settings):
    writer, in_crisis = user_id(1202), user_id(1203)
    assert server.post(body_of(text_event("Where can I get help paying my rent?", user=writer))).status_code == 200
    fake_line.wait_for(REPLY, 1)
    [(_key, lang, chosen)] = _until(lambda: _rows(settings))
    assert (lang, chosen) == ("en", 0)

    assert server.post(body_of(text_event("I can't go on. 死にたい", user=in_crisis))).status_code == 200
    crisis_reply = fake_line.wait_for(REPLY, 2)[1].json["messages"]
    assert any("tel:" in str(m) for m in crisis_reply)
    # The handler notices the language before it returns the reply, so the row would exist by now.
    assert len(_rows(settings)) == 1
