"""What a resident's events change is changed once, even when the server is killed (SIGKILL) mid-burst and the
events it had acknowledged but not finished are handled again after the restart: the staff statistics count each
event once, an unanswered question is listed once, and an interest toggled by one tap stays toggled."""

from __future__ import annotations

import signal
import sqlite3
import time
from pathlib import Path

import pytest

from bot.store.subscriptions import TAGS
from bot.text import postbacks
from tests.conftest import postback_event, text_event, user_id
from tests.e2e.test_durable import BURST, SLOW, WORKERS, Serving, burst_then, post, redeliver_and_wait

pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True)
def _warm_vectors(warm_vector_cache: Path) -> None:
    """The servers start from the session's warm vector cache (a cold one takes about a minute)."""


def _events(count: int, first: int) -> tuple[list[dict], dict[str, str]]:
    """Half questions the bot cannot answer well (kept for staff), half one tap on an interest button each; one
    sender per event (from user number `first` on)."""
    tags = list(TAGS)
    events, toggled = [], {}
    for i in range(count):
        user = user_id(first + i)
        if i % 2:
            tag = tags[i % len(tags)]
            events.append(postback_event(postbacks.settings("tag", tag), user=user))
            toggled[user] = tag
        else:
            events.append(text_event(f"ピアノの調律をしてくれる人を探しています {i}", user=user))
    return events, toggled


def _wait_answered(fake_line, events: list[dict], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not {e["replyToken"] for e in events} <= set(fake_line.answered()):
        assert time.monotonic() < deadline, "the first events were never answered"
        time.sleep(0.05)


def _read(path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchall()


def test_after_sigkill_and_redelivery_each_event_is_counted_and_applied_once(tmp_path, fake_line):
    serving = Serving(tmp_path, fake_line.url)
    db = tmp_path / "durable.db"
    warm, toggled = _events(WORKERS, 2000)
    events, more = _events(BURST, 1000)
    toggled.update(more)
    try:
        serving.start()
        # A first few events answered at full speed, so that the kill finds replies in flight (a server's first
        # replies also load the dictionary and the indexes, which can take longer than the burst on a busy machine).
        assert all(post(serving.url, event) for event in warm)
        _wait_answered(fake_line, warm)
        fake_line.delay = SLOW  # 4 replies/s: replies are in flight and events wait when the kill comes
        events, acked = burst_then(serving, fake_line, signal.SIGKILL, events)
        fake_line.delay = 0.05
        serving.start()
        redeliver_and_wait(serving, fake_line, events, acked)
        events += warm
        deadline = time.monotonic() + 60  # every reply LINE accepted is also finished in the bot's own books
        while _read(db, "SELECT COUNT(*) FROM event_log WHERE state = 'received'") != [(0,)]:
            assert time.monotonic() < deadline, "events still waiting"
            time.sleep(0.1)
    finally:
        serving.stop()

    answered = fake_line.answered()
    assert set(answered) == {e["replyToken"] for e in events}  # every event answered
    twice = [t for t, n in answered.items() if n > 1]
    # Replies that were in flight at the kill went out twice (the reply API has no retry key) ...
    assert twice, "nothing was in flight at the kill: the re-handling this test is about did not happen"
    # ... but the statistics count each event once.
    assert _read(db, "SELECT SUM(count) FROM reply_stats") == [(len(events),)]
    # A question kept for staff is kept once, also when its event was handled twice.
    kept = _read(db, "SELECT message_id, COUNT(*) FROM unanswered GROUP BY message_id")
    assert kept and all(n == 1 for _, n in kept), kept
    # One tap on an interest = that interest chosen (a second handling would have toggled it off again).
    chosen = dict(_read(db, "SELECT user_id, tag FROM subscription_tags"))
    assert chosen == toggled
    print(f"\nSIGKILL: {len(acked)} acknowledged, {len(twice)} replies sent twice; statistics "
          f"{len(events)} for {len(events)} events, {len(kept)} unanswered questions once each, {len(chosen)} interests set once")
