"""Never lose a resident's message: `tsunagari serve` killed (SIGKILL) or stopped (SIGTERM) in the middle of a
burst, restarted on the same database, and LINE-style redelivery of whatever got no 200; a lock held on the
SQLite file by another process; a crisis message behind a flood of long ones."""

from __future__ import annotations

import concurrent.futures
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import PSEUDONYM_KEY, ROOT, SECRET, TOKEN, body_of, free_port, sign, text_event, user_id
from tests.e2e.test_multiworker import _start_worker, _wait_healthy

REPLY = "/v2/bot/message/reply"
BURST = 80
WORKERS = 4
SLOW = 1.0  # seconds the fake LINE takes per call during a burst: the queue fills however busy the machine is
pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True)
def _warm_vectors(warm_vector_cache: Path) -> None:
    """The servers here start from the session's warm vector cache (a cold one takes about a minute)."""


class Serving:
    """One `tsunagari serve` process at a time on one database file (restart = a new process, same file)."""

    def __init__(self, tmp: Path, fake_url: str, **env: str):
        self.tmp = tmp
        self.env = {
            **os.environ,
            "LINE_CHANNEL_SECRET": SECRET,
            "LINE_CHANNEL_ACCESS_TOKEN": TOKEN,
            "TSUNAGARI_LINE_API_URL": fake_url,
            "TSUNAGARI_LINE_DATA_API_URL": fake_url,
            "TSUNAGARI_DATABASE_URL": f"sqlite:///{tmp / 'durable.db'}",
            "TSUNAGARI_CONTENT_DIR": str(ROOT),
            "TSUNAGARI_EVENT_WORKERS": str(WORKERS),
            "TSUNAGARI_EVENT_LEASE": "3",
            "TSUNAGARI_WATCH": "false",
            "TSUNAGARI_PSEUDONYM_KEY": PSEUDONYM_KEY,  # required whenever the LINE channel is configured
            "TSUNAGARI_VECTOR_CACHE": str(ROOT / "var" / "vectors.sqlite"),  # warm: a server must start in seconds
            "PYTHONPATH": str(ROOT),
            **env,
        }
        self.proc: subprocess.Popen[bytes] | None = None
        self.starts = 0

    def start(self) -> Serving:
        self.port = free_port()
        self.log = self.tmp / f"serve{self.starts}.log"
        self.starts += 1
        self.proc = _start_worker(self.port, self.env, self.log)
        _wait_healthy(self.url, self.proc, self.log)
        return self

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=30)


@pytest.fixture
def serving(tmp_path: Path, fake_line) -> Iterator[Serving]:
    running = Serving(tmp_path, fake_line.url)
    yield running
    running.stop()


def post(url: str, event: dict) -> bool:
    """True when the server acknowledged with 200 (what LINE counts as delivered)."""
    body = body_of(event)
    try:
        return httpx.post(f"{url}/callback", content=body, headers={"x-line-signature": sign(body)},
                          timeout=10).status_code == 200
    except httpx.HTTPError:
        return False


def burst_then(serving: Serving, fake_line, stop_with: signal.Signals,
               events: list[dict] | None = None) -> tuple[list[dict], set[str]]:
    """80 events (by default texts from 80 senders) from 8 senders at a time; once half are acknowledged and 20
    wait for a reply and a reply call is open at the fake LINE, the server gets `stop_with`."""
    events = events or [text_event(f"ボランティアを始めたい {i}", user=user_id(i)) for i in range(BURST)]
    acked: set[str] = set()
    lock = threading.Lock()
    half = threading.Event()
    assert serving.proc is not None

    def send(event: dict) -> None:
        if post(serving.url, event):
            with lock:
                acked.add(event["webhookEventId"])
                # Half acknowledged and at least 20 of them still waiting (replies take 1 s each, 4 at a time, so
                # this holds however busy the machine is).
                if len(acked) >= BURST // 2 and len(acked) - len(fake_line.answered()) >= 20:
                    half.set()

    def stopper() -> None:
        half.wait(timeout=120)
        # ... and a reply call open at the fake LINE (each takes SLOW seconds), so the signal finds a reply in
        # flight even when a busy machine has the bot's workers still matching rather than calling LINE.
        deadline = time.monotonic() + 60
        while not fake_line.in_flight(REPLY) and time.monotonic() < deadline:
            time.sleep(0.01)
        serving.proc.send_signal(stop_with)  # type: ignore[union-attr]

    killer = threading.Thread(target=stopper)
    killer.start()
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(send, events))
    killer.join()
    serving.proc.wait(timeout=60)
    return events, acked


def redeliver_and_wait(serving: Serving, fake_line, events: list[dict], acked: set[str]) -> None:
    """LINE redelivers what got no 200 (isRedelivery, same id and token) until it gets one."""
    for event in events:
        if event["webhookEventId"] not in acked:
            event["deliveryContext"]["isRedelivery"] = True
            deadline = time.monotonic() + 30
            while not post(serving.url, event):
                assert time.monotonic() < deadline, "redelivery never acknowledged"
    tokens = {e["replyToken"] for e in events}
    deadline = time.monotonic() + 120
    while not tokens <= set(fake_line.answered()):
        assert time.monotonic() < deadline, f"unanswered: {len(tokens - set(fake_line.answered()))}"
        time.sleep(0.1)


def test_sigkill_mid_burst_then_restart_and_redelivery_answers_every_event(serving, fake_line):
    fake_line.delay = SLOW
    serving.start()
    events, acked = burst_then(serving, fake_line, signal.SIGKILL)
    fake_line.delay = 0.05
    answered_before = set(fake_line.answered())
    assert len(acked) > len(answered_before & {e["replyToken"] for e in events if e["webhookEventId"] in acked})

    serving.start()
    redeliver_and_wait(serving, fake_line, events, acked)
    answered = fake_line.answered()
    twice = {t: n for t, n in answered.items() if n > 1}
    # At most the replies in flight when the process died go out again (the reply API has no retry key).
    assert len(twice) <= WORKERS, twice
    health = httpx.get(f"{serving.url}/healthz", timeout=5).json()["counts"]
    assert health.get("recovered", 0) > 0  # acknowledged before the kill, answered after the restart
    print(f"\nSIGKILL: {len(acked)} acknowledged, {len(answered_before)} answered before the kill, "
          f"{health.get('recovered', 0)} recovered after the restart, {len(twice)} answered twice")


def test_sigterm_mid_burst_drains_leaves_the_rest_and_answers_each_event_exactly_once(tmp_path, fake_line):
    serving = Serving(tmp_path, fake_line.url, TSUNAGARI_SHUTDOWN_DRAIN="0.3")
    fake_line.delay = SLOW  # 4 replies/s: the 0.3 s drain cannot answer all that is queued
    try:
        serving.start()
        events, acked = burst_then(serving, fake_line, signal.SIGTERM)
        fake_line.delay = 0.05
        # uvicorn re-raises SIGTERM after a clean shutdown, so the exit status is -15 (0 on older uvicorn).
        assert serving.proc is not None and serving.proc.returncode in (0, -signal.SIGTERM)
        assert "Application shutdown complete" in serving.log.read_text(errors="replace")
        log = serving.log.read_text(errors="replace")
        answered_at_stop = set(fake_line.answered())
        left = {e["replyToken"] for e in events if e["webhookEventId"] in acked} - answered_at_stop

        serving.start()
        redeliver_and_wait(serving, fake_line, events, acked)
        assert fake_line.answered() == {e["replyToken"]: 1 for e in events}
        # Acknowledged but not answered within the drain window: kept for the next start, answered after it.
        assert left and "left for the next start" in log
        print(f"\nSIGTERM: {len(acked)} acknowledged, {len(answered_at_stop)} answered before stopping, "
              f"{len(left)} left for the next start; every event answered exactly once")
    finally:
        serving.stop()


LOCKER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.read()
conn.execute("ROLLBACK")
"""


def test_a_lock_held_by_another_process_gives_503_quickly_then_the_redelivery_is_answered(server, fake_line,
                                                                                          settings):
    event = text_event("ボランティアを始めたい")
    path = settings.database_url.removeprefix("sqlite:///")
    locker = subprocess.Popen([sys.executable, "-c", LOCKER, path], stdin=subprocess.PIPE,  # noqa: S603
                              stdout=subprocess.PIPE)
    try:
        assert locker.stdout is not None and locker.stdout.readline().strip() == b"locked"
        started = time.monotonic()
        response = server.post(body_of(event))
        waited = time.monotonic() - started
        assert response.status_code == 503 and response.headers["retry-after"] == "1"
        assert waited < settings.db_busy_timeout + 3  # bounded, never the 30 s of a stalled request
        health_started = time.monotonic()
        assert httpx.get(f"{server.url}/healthz", timeout=5).status_code == 200
        assert time.monotonic() - health_started < 1.0  # nothing on the event loop waits for the lock
    finally:
        assert locker.stdin is not None
        locker.stdin.close()
        locker.wait(timeout=30)
    event["deliveryContext"]["isRedelivery"] = True
    assert server.post(body_of(event)).status_code == 200
    deadline = time.monotonic() + 30
    while event["replyToken"] not in fake_line.answered():
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert fake_line.answered()[event["replyToken"]] == 1


def _reply_time(server, fake_line, event: dict) -> float:
    started = time.monotonic()
    assert server.post(body_of(event)).status_code == 200
    deadline = started + 120
    while event["replyToken"] not in fake_line.answered():
        assert time.monotonic() < deadline
        time.sleep(0.005)
    return time.monotonic() - started


def test_a_crisis_reply_after_a_flood_of_long_messages_leaves_first(server, fake_line):
    alone = min(_reply_time(server, fake_line, text_event("もう死にたい", user=user_id(700 + i))) for i in range(3))
    long_text = ("相談したいことがあります。介護と仕事の両立に悩んでいて、" * 200)[:5000]
    flood = [text_event(long_text + str(i), user=user_id(800 + i)) for i in range(30)]
    with concurrent.futures.ThreadPoolExecutor(max_workers=6) as pool:
        assert all(s == 200 for s in pool.map(lambda e: server.post(body_of(e)).status_code, flood))
    crisis = text_event("もう死にたい", user=user_id(999))
    behind_flood = _reply_time(server, fake_line, crisis)
    unanswered_flood = {e["replyToken"] for e in flood} - set(fake_line.answered())
    assert behind_flood <= max(1.5, 3 * alone), (behind_flood, alone, len(unanswered_flood))
    print(f"\ncrisis alone {alone:.3f}s, behind 30 long messages {behind_flood:.3f}s "
          f"({len(unanswered_flood)} of them still unanswered)")
