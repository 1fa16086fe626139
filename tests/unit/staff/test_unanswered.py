"""Unanswered questions: kept masked and pseudonymised, deleted on unfollow/unsend, purged after retention."""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
import time
from pathlib import Path

import pytest

from bot.chat.knowledge import load_knowledge
from bot.cli import main as cli
from bot.settings import Settings
from bot.staff import unanswered
from bot.store.db import Database
from bot.store.unanswered import record_unanswered
from bot.text.clock import utcnow
from tests.conftest import ROOT, base_event, body_of, text_event, user_id

REPLY = "/v2/bot/message/reply"
ODD = "宇宙旅行の申し込み方法を知りたい"  # nothing in the content fits: a fallback (or clarification)


def db_path(settings: Settings) -> Path:
    return Path(settings.database_url.removeprefix("sqlite:///"))


def rows(settings: Settings) -> list[tuple]:
    with sqlite3.connect(db_path(settings)) as conn:
        return conn.execute("SELECT user_key, message_id, kind, text FROM unanswered").fetchall()


def send(server, fake_line, *events) -> None:
    before = len(fake_line.calls(REPLY, status=None))
    assert server.post(body_of(*events)).status_code == 200
    expected = sum(1 for e in events if "replyToken" in e)
    fake_line.wait_for(REPLY, before + expected, timeout=20)
    time.sleep(0.3)  # events without a reply (unfollow, unsend) finish on the workers


def unfollow(user: str) -> dict:
    return base_event("unfollow", user=user)


def unsend(user: str, message_id: str) -> dict:
    event = base_event("unsend", user=user)
    event["unsend"] = {"messageId": message_id}
    return event


def test_unfollow_deletes_the_users_rows_and_unsend_deletes_one_message(server, fake_line, settings):
    alice, bob = user_id(101), user_id(102)
    a1, a2, b1 = text_event(ODD, user=alice), text_event(ODD + "です", user=alice), text_event(ODD, user=bob)
    send(server, fake_line, a1, a2, b1)
    assert len(rows(settings)) == 3

    send(server, fake_line, unsend(alice, a1["message"]["id"]))
    left = rows(settings)
    assert len(left) == 2 and a1["message"]["id"] not in {r[1] for r in left}

    send(server, fake_line, unfollow(alice))
    left = rows(settings)
    assert [r[1] for r in left] == [b1["message"]["id"]]


def test_purge_removes_rows_older_than_the_retention_with_an_injected_clock(tmp_path):
    db = Database.open(f"sqlite:///{tmp_path / 'p.db'}")
    now = dt.datetime(2026, 11, 28, 12, tzinfo=dt.UTC)
    for days in (0, 30, 89, 91, 400):
        record_unanswered(db, user_key="k", message_id=str(days), kind="fallback", text=f"q{days}",
                                nearest_id=None, nearest_score=None, now=now - dt.timedelta(days=days))
    removed = unanswered.purge(db, retention_days=90, now=now)
    assert removed["unanswered"] == 2
    assert sorted(int(r[0]) for r in db.query("SELECT message_id FROM unanswered")) == [0, 30, 89]
    # a day later, the 89-day-old row is still inside; 2 days later it is gone
    assert unanswered.purge(db, retention_days=90, now=now + dt.timedelta(days=1))["unanswered"] == 0
    assert unanswered.purge(db, retention_days=90, now=now + dt.timedelta(days=2))["unanswered"] == 1
    db.close()


def test_startup_purges_old_rows(settings, tmp_path):
    from tests.conftest import Server

    db = Database.open(settings.database_url)
    record_unanswered(db, user_key="k", message_id="old", kind="fallback", text="古い質問",
                            nearest_id=None, nearest_score=None, now=utcnow() - dt.timedelta(days=120))
    record_unanswered(db, user_key="k", message_id="new", kind="fallback", text="新しい質問",
                            nearest_id=None, nearest_score=None)
    db.close()
    running = Server(settings).start()
    try:
        assert [r[1] for r in rows(settings)] == ["new"]
    finally:
        running.stop()


def test_no_raw_user_id_or_phone_number_reaches_the_database_or_the_logs(server, fake_line, settings, caplog):
    caplog.set_level(logging.INFO)
    users = [user_id(200 + i) for i in range(3)]
    secrets = ["090-1234-5678", "048-541-9999", "０８０１２３４５６７８", "yamada.taro@example.jp", "03 1234 5678"]
    events = [text_event(f"{ODD} 連絡先は{s} です", user=users[i % 3]) for i, s in enumerate(secrets)]
    events.append(text_event(f"{users[0]} {ODD}", user=users[1]))  # a user id typed into a message
    events.append(text_event("もう死にたい 090-8765-4321", user=users[2]))  # crisis: never stored
    send(server, fake_line, *events)
    stored = rows(settings)
    assert len(stored) == len(events) - 1
    assert all(r[0] not in users and len(r[0]) == 32 for r in stored)  # pseudonyms only

    server.stop()  # checkpoint the WAL so every byte is in the files we read
    raw = b"".join(p.read_bytes() for p in db_path(settings).parent.glob(db_path(settings).name + "*"))
    with sqlite3.connect(db_path(settings)) as conn:
        tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        dump = json.dumps([conn.execute(f"SELECT * FROM {t}").fetchall() for t in tables], ensure_ascii=False)
    logs = caplog.text
    needles = users + ["09012345678", "090-1234-5678", "048-541-9999", "08012345678", "yamada.taro@example.jp",
                       "03 1234 5678", "12345678", "090-8765-4321", "死にたい"]
    for needle in needles:
        assert needle not in dump, needle
        assert needle.encode() not in raw, needle
        assert needle not in logs, needle
    assert "[電話]" in dump and "[メール]" in dump


def test_crisis_messages_are_never_stored(server, fake_line, settings):
    send(server, fake_line, text_event("虐待されていてつらい"), text_event("夫に殴られる 助けて"))
    assert rows(settings) == []


def test_unanswered_command_groups_similar_questions_with_the_nearest_entry(tmp_path, monkeypatch, capsys):
    url = f"sqlite:///{tmp_path / 'u.db'}"
    db = Database.open(url)
    asked = ["ボランティアの保険はどこで入れる", "ぼらんてぃあ保険 どこで入れる？", "ボランティアの保険はどこで入れる",
             "ボランティア保険はどこで入れるの", ODD, ODD + "!", "ゴミの分別表がほしい"]
    for i, text in enumerate(asked):
        record_unanswered(db, user_key=f"k{i}", message_id=str(i), kind="clarify" if i % 2 else "fallback",
                                text=text, nearest_id=None, nearest_score=None)
    db.close()
    monkeypatch.setenv("TSUNAGARI_DATABASE_URL", url)
    assert cli(["unanswered", "--json", "--content", str(ROOT)]) == 0
    groups = json.loads(capsys.readouterr().out)["groups"]
    assert [g["count"] for g in groups] == [4, 2, 1]
    assert groups[0]["kinds"] == {"fallback": 2, "clarify": 2}
    assert groups[0]["nearest"] and groups[0]["nearest"]["id"]
    knowledge = load_knowledge(Settings(content_dir=ROOT))
    assert "ボランティア" in knowledge.content.entry_by_id[groups[0]["nearest"]["id"]].title + \
        knowledge.content.entry_by_id[groups[0]["nearest"]["id"]].answer

    assert cli(["unanswered", "--days", "7", "--content", str(ROOT)]) == 0
    out = capsys.readouterr().out
    assert "4 件" in out and "近い項目" in out


@pytest.mark.parametrize("days", ["0", "-3"])
def test_unanswered_refuses_a_silly_window(days, capsys):
    assert cli(["unanswered", "--days", days]) == 2
