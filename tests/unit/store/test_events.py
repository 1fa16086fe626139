"""The event log on SQLite and PostgreSQL: dedupe across owners, leases and take-over, crisis first, sealed bodies."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from bot.store import events as store
from bot.store.db import Database
from tests.conftest import text_event
from tests.dbs import db_url  # noqa: F401 - fixture

SEALER = store.Sealer(b"test-key")


def incoming(event: dict, priority: int = store.ORDINARY, redelivery: bool = False) -> store.Incoming:
    return store.Incoming(event["webhookEventId"], SEALER.seal(event["webhookEventId"], event), priority, redelivery)


def record(db: Database, items: list[store.Incoming], owner: str | None, lease: float = 10.0):
    with db.transaction() as cur:
        return store.record_received(cur, items, owner=owner, lease=lease)


def test_an_event_is_answered_by_one_owner_and_an_orphan_is_taken_over(db_url):  # noqa: F811
    db = Database.open(db_url)
    try:
        event = text_event("こんにちは")
        claimed, dups = record(db, [incoming(event)], "A", lease=0.2)
        assert [c.fresh for c in claimed] == [True] and dups == 0
        claimed, dups = record(db, [incoming(event, redelivery=True)], "B")
        assert claimed == [] and dups == 1  # A is alive (its lease runs): B must not answer it too
        time.sleep(0.3)  # A "died": its lease runs out
        claimed, dups = record(db, [incoming(event, redelivery=True)], "B")
        assert [c.fresh for c in claimed] == [False] and dups == 0  # the redelivery is not dropped
        store.finish(db, event["webhookEventId"], store.REPLIED, via="reply")
        claimed, dups = record(db, [incoming(event, redelivery=True)], "C", lease=0.01)
        assert claimed == [] and dups == 1
        assert db.query("SELECT state, body, owner FROM event_log") == [("replied", None, None)]
    finally:
        db.close()


def test_waiting_events_are_taken_crisis_first_once_and_released_at_shutdown(db_url):  # noqa: F811
    db = Database.open(db_url)
    try:
        ordinary, crisis, owned = text_event("質問"), text_event("もう死にたい"), text_event("別の質問")
        record(db, [incoming(ordinary), incoming(crisis, store.CRISIS)], None)  # queue full: nobody owns them
        record(db, [incoming(owned)], "A")
        taken = store.claim_waiting(db, owner="B", lease=10, limit=10)
        assert [w.event_id for w in taken] == [crisis["webhookEventId"], ordinary["webhookEventId"]]
        assert SEALER.open(taken[0].event_id, taken[0].sealed) == crisis
        assert store.claim_waiting(db, owner="C", lease=10, limit=10) == []
        assert store.release(db, owner="A") == 1
        assert [w.event_id for w in store.claim_waiting(db, owner="C", lease=10, limit=10)] == [owned["webhookEventId"]]
    finally:
        db.close()


def test_one_retry_key_per_reply_and_purge_keeps_waiting_events(db_url):  # noqa: F811
    db = Database.open(db_url)
    try:
        done, waiting = text_event("a"), text_event("b")
        record(db, [incoming(done), incoming(waiting)], "A")
        assert store.remember_retry_key(db, done["webhookEventId"], "k1") == "k1"
        assert store.remember_retry_key(db, done["webhookEventId"], "k2") == "k1"
        store.finish(db, done["webhookEventId"], store.UNDELIVERABLE, detail="status=400")
        later = dt.datetime.now(dt.UTC) + dt.timedelta(days=30)
        assert store.purge_events(db, older_than=dt.timedelta(days=7), now=later) == 1
        assert [r[0] for r in db.query("SELECT event_id FROM event_log")] == [waiting["webhookEventId"]]
    finally:
        db.close()


def test_a_sealed_body_holds_neither_the_user_id_nor_the_text_and_needs_its_key():
    event = text_event("秘密の相談 090-1234-5678")
    sealed = SEALER.seal(event["webhookEventId"], event)
    assert event["source"]["userId"].encode() not in sealed and "秘密".encode() not in sealed
    with pytest.raises(Exception):  # noqa: B017 - cryptography's InvalidTag
        store.Sealer(b"another-key").open(event["webhookEventId"], sealed)
    with pytest.raises(Exception):  # noqa: B017 - bound to its row
        SEALER.open("another-event-id", sealed)


def _stats_total(db: Database) -> int:
    return int(db.query("SELECT COALESCE(SUM(count), 0) FROM reply_stats")[0][0])


def test_a_reply_is_counted_with_its_finish_once_however_often_it_is_finished(db_url):  # noqa: F811
    db = Database.open(db_url)
    try:
        first, second = text_event("a"), text_event("b")
        record(db, [incoming(first), incoming(second)], "A")
        counted = {first["webhookEventId"]: ("answer", "e1", "ja"), second["webhookEventId"]: ("fallback", None, "en")}
        rows = [(first["webhookEventId"], store.REPLIED, "reply", None),
                (second["webhookEventId"], store.REPLIED, "push", None)]
        assert store.finish_many(db, rows, counted=counted) == 2
        # The same replies finished again (two processes whose leases crossed, or a second handling): no-op.
        assert store.finish_many(db, rows, counted=counted) == 0
        assert store.finish(db, first["webhookEventId"], store.FAILED) is None
        assert _stats_total(db) == 2
        assert sorted(db.query("SELECT kind, entry_id, lang, count FROM reply_stats")) == [
            ("answer", "e1", "ja", 1), ("fallback", "", "en", 1)]
        assert db.query("SELECT state FROM event_log WHERE event_id = ?", (first["webhookEventId"],)) == [("replied",)]
    finally:
        db.close()


def test_a_side_effect_runs_once_per_event_and_returns_its_first_result(db_url):  # noqa: F811
    from bot.store import subscriptions

    db = Database.open(db_url)
    try:
        user = "U" + "1" * 32
        with store.handling("event-1"):
            assert subscriptions.toggle_tag(db, user, "kosodate") is True
        with store.handling("event-1"):  # the same event handled again after a crash: not toggled back
            assert subscriptions.toggle_tag(db, user, "kosodate") is True
        assert subscriptions.get(db, user) == ("all", ["kosodate"])
        with store.handling("event-2"):  # the resident's next tap does toggle it off
            assert subscriptions.toggle_tag(db, user, "kosodate") is False
        assert subscriptions.get(db, user) == ("all", [])
        assert subscriptions.toggle_tag(db, user, "kosodate") is True  # outside an event: applied as asked
        later = dt.datetime.now(dt.UTC) + dt.timedelta(days=30)
        store.purge_events(db, older_than=dt.timedelta(days=7), now=later)
        assert db.query("SELECT COUNT(*) FROM event_effects") == [(0,)]
    finally:
        db.close()


def test_an_unanswered_question_is_kept_once_per_message(db_url):  # noqa: F811
    from bot.store.unanswered import record_unanswered

    db = Database.open(db_url)
    try:
        for _ in range(2):  # the same LINE message handled twice
            record_unanswered(db, user_key="k", message_id="m1", kind="fallback", text="火星の話",
                              nearest_id=None, nearest_score=None)
        record_unanswered(db, user_key="k", message_id="m2", kind="fallback", text="火星の話",
                          nearest_id=None, nearest_score=None)
        assert db.query("SELECT message_id FROM unanswered ORDER BY message_id") == [("m1",), ("m2",)]
    finally:
        db.close()
