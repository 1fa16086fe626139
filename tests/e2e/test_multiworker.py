"""Two server processes (`tsunagari serve`) sharing one SQLite file and one fake LINE API: an event delivered to
both at the same moment, and redelivered later to either, is answered exactly once (dedupe lives in the database,
not in process memory)."""

from __future__ import annotations

import collections
import concurrent.futures
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from bot.store.db import Database
from tests.conftest import PSEUDONYM_KEY, ROOT, SECRET, TOKEN, body_of, free_port, sign, text_event

REPLY = "/v2/bot/message/reply"
pytestmark = pytest.mark.slow


def _start_worker(port: int, env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    out = log.open("wb")
    return subprocess.Popen(  # noqa: S603 - our own CLI, fixed arguments
        [sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1", "--port", str(port), "--log-json"],
        env=env, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT,
    )


def _wait_healthy(url: str, proc: subprocess.Popen[bytes], log: Path, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"worker exited {proc.returncode}:\n{log.read_text(errors='replace')[-3000:]}")
        try:
            if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"worker at {url} did not start:\n{log.read_text(errors='replace')[-3000:]}")


@pytest.fixture
def two_workers(tmp_path: Path, fake_line, warm_vector_cache: Path) -> Iterator[list[str]]:
    # warm_vector_cache: both workers read the repository's warm cache (the default path under ROOT)
    env = {
        **os.environ,
        "LINE_CHANNEL_SECRET": SECRET,
        "LINE_CHANNEL_ACCESS_TOKEN": TOKEN,
        "TSUNAGARI_PSEUDONYM_KEY": PSEUDONYM_KEY,
        "TSUNAGARI_LINE_API_URL": fake_line.url,
        "TSUNAGARI_LINE_DATA_API_URL": fake_line.url,
        "TSUNAGARI_DATABASE_URL": f"sqlite:///{tmp_path / 'shared.db'}",
        "TSUNAGARI_CONTENT_DIR": str(ROOT),
        "TSUNAGARI_ACCESS_LOG": "true",  # uvicorn's request lines too go through the JSON handler (asserted below)
        "PYTHONPATH": str(ROOT),
    }
    # Migrate once before the workers start. Two processes migrating the same *empty* database at the same
    # instant can collide (see test_two_processes_migrating_a_fresh_database_at_once below).
    Database.open(env["TSUNAGARI_DATABASE_URL"]).close()
    ports = [free_port(), free_port()]
    logs = [tmp_path / f"worker{i}.log" for i in range(2)]
    # Started together, as a process manager (uvicorn --workers, gunicorn, systemd) would.
    procs = [_start_worker(port, env, log) for port, log in zip(ports, logs)]
    urls = [f"http://127.0.0.1:{port}" for port in ports]
    try:
        for url, proc, log in zip(urls, procs, logs):
            _wait_healthy(url, proc, log)
        yield urls
        # `serve --log-json`: log records (ours and uvicorn's) are JSON objects, one a line.
        records = [json.loads(line) for log in logs for line in log.read_text().splitlines() if line.startswith("{")]
        assert any(r["logger"] == "uvicorn.access" for r in records), records[:3]
        assert all({"time", "level", "logger", "message"} <= set(r) for r in records)
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()


def test_same_event_posted_to_two_workers_is_answered_once(two_workers, fake_line):
    n = 60
    events = [text_event(f"ボランティアを始めたい {i}") for i in range(n)]
    bodies = [body_of(e) for e in events]
    statuses: list[int] = []
    lock = threading.Lock()

    def deliver_to_both(body: bytes) -> None:
        barrier = threading.Barrier(2)

        def one(url: str) -> int:
            barrier.wait()
            return httpx.post(f"{url}/callback", content=body, headers={"x-line-signature": sign(body)},
                              timeout=30).status_code

        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pair:
            got = list(pair.map(one, two_workers))
        with lock:
            statuses.extend(got)

    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(deliver_to_both, bodies))
    assert statuses == [200] * (2 * n)

    fake_line.wait_for(REPLY, n, timeout=60)
    # Redelivery later, to the "other" worker, with isRedelivery set: still nothing new.
    for i, event in enumerate(events[:20]):
        event["deliveryContext"]["isRedelivery"] = True
        body = body_of(event)
        url = two_workers[i % 2]
        assert httpx.post(f"{url}/callback", content=body, headers={"x-line-signature": sign(body)},
                          timeout=30).status_code == 200
    time.sleep(1.5)

    answered = collections.Counter(c.json["replyToken"] for c in fake_line.calls(REPLY, status=None))
    assert set(answered) == {e["replyToken"] for e in events}
    assert set(answered.values()) == {1}, {t: c for t, c in answered.items() if c > 1}

    # Both workers did real work, and the duplicates were spread over them.
    counts = [httpx.get(f"{url}/healthz", timeout=5).json()["counts"] for url in two_workers]
    assert sum(c.get("replies.sent", 0) for c in counts) == n
    assert sum(c.get("duplicates", 0) for c in counts) == n + 20
    assert all(c.get("replies.sent", 0) > 0 for c in counts), counts


RACE = """
import sys, time
from bot.store.db import Database
start = float(sys.argv[2])
while time.time() < start:
    pass
try:
    Database.open("sqlite:///" + sys.argv[1]).close()
    print("ok")
except Exception as exc:
    print("FAIL", type(exc).__name__, exc)
"""


def test_two_processes_migrating_a_fresh_database_at_once(tmp_path):
    failures = []
    for trial in range(6):
        path = tmp_path / f"race{trial}.db"
        start = time.time() + 1.0
        procs = [subprocess.Popen([sys.executable, "-c", RACE, str(path), str(start)],  # noqa: S603
                                  stdout=subprocess.PIPE, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
                 for _ in range(2)]
        failures += [out for p in procs if not (out := p.communicate(timeout=60)[0].decode()).startswith("ok")]
    assert failures == []
