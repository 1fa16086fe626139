"""Load benchmark for POST /callback (not a test): signed webhooks against the real server, on loopback only.

Processes: the bot (`python -m bot serve`), a bare FastAPI app under the same uvicorn (the baseline), a fake LINE
API (tests/fakeline.py) that timestamps every reply, and this process as the load generator (aiohttp).

Phases, each reported with requests/s and p50/p99 of the 200 answer:
  1. bare      closed loop, --concurrency connections, --seconds long: POST /bare (reads the body, answers OK)
  2. webhook   the same against /callback with one signed text event per request
  3. paced     /callback at a fixed --rate (open loop), also reporting the time from POST to LINE receiving
               the reply, and counting events whose reply never arrived ("lost")
  4. soak      paced load for --soak seconds (default 60; use --soak 600 for the 10-minute soak), sampling the
               bot's RSS every 5 s

    python bench/load_webhook.py                       # ~2 minutes
    python bench/load_webhook.py --soak 600 --json out.json
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import hashlib
import hmac
import json
import multiprocessing as mp
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
SECRET = "bench-channel-secret-0123456789abcdef"
TOKEN = "bench-access-token"
QUESTIONS = ["ボランティアを始めたい", "一人暮らしの親が心配", "生活に困っている", "介護保険の申請は？",
             "子育ての相談窓口", "こんにちは🌸", "成年後見制度とは", "フードバンクはどこ"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# --- the other processes -------------------------------------------------------------------------------------

def _fake_line_main(port_out: Any, commands: Any) -> None:
    sys.path.insert(0, str(ROOT))
    from tests.fakeline import FakeLine

    fake = FakeLine().start()
    port_out.send(fake.port)
    while True:
        command = commands.recv()
        if command == "dump":
            with fake._lock:
                rows = [(r.json.get("replyToken") if r.json else None, r.at, r.status) for r in fake.requests]
            commands.send(rows)
        elif command == "stop":
            fake.stop()
            return


BARE_APP = """
import sys
import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import PlainTextResponse
app = FastAPI()

@app.post("/bare")
async def bare(request: Request):
    await request.body()
    return PlainTextResponse("OK")

uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="info")
"""


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def cpu_seconds(pid: int | None = None) -> float:
    """User + system CPU seconds a process used so far (this process when pid is None)."""
    if pid is None:
        t = os.times()
        return t.user + t.system
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class CpuMeter:
    """CPU seconds each process of the bench used during one phase: where the machine's time went."""

    def __init__(self, pids: dict[str, int | None]):
        self.pids = pids
        self.start = {name: cpu_seconds(pid) for name, pid in pids.items()}

    def per_request(self, requests: int) -> dict[str, float]:
        """Milliseconds of CPU per acknowledged request, per process."""
        return {name: round((cpu_seconds(pid) - self.start[name]) * 1000 / max(requests, 1), 2)
                for name, pid in self.pids.items()}


def wait_up(url: str, timeout: float = 120) -> None:
    import urllib.error
    import urllib.request

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=1):  # noqa: S310 - loopback URL built here
                return
        except urllib.error.HTTPError:
            return  # 404/405: the server is up
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not come up")


# --- load generation -------------------------------------------------------------------------------------------

def signed_event() -> tuple[bytes, str, str]:
    token = uuid.uuid4().hex
    event = {
        "type": "message", "mode": "active", "timestamp": int(time.time() * 1000),
        "source": {"type": "user", "userId": "U" + uuid.uuid4().hex},
        "webhookEventId": "01" + uuid.uuid4().hex[:24].upper(),
        "deliveryContext": {"isRedelivery": False}, "replyToken": token,
        "message": {"type": "text", "id": str(uuid.uuid4().int)[:18], "quoteToken": "q",
                    "text": QUESTIONS[hash(token) % len(QUESTIONS)]},
    }
    body = json.dumps({"destination": "U" + "f" * 32, "events": [event]}, ensure_ascii=False).encode()
    signature = base64.b64encode(hmac.new(SECRET.encode(), body, hashlib.sha256).digest()).decode()
    return body, signature, token


class Recorder:
    def __init__(self) -> None:
        self.latencies: list[float] = []
        self.sent_at: dict[str, float] = {}
        self.errors: dict[str, int] = {}

    def error(self, kind: str) -> None:
        self.errors[kind] = self.errors.get(kind, 0) + 1


async def _one(session: aiohttp.ClientSession, url: str, webhook: bool, rec: Recorder) -> None:
    if webhook:
        body, signature, token = signed_event()
        headers = {"content-type": "application/json", "x-line-signature": signature}
    else:
        body, signature, token = b'{"destination":"x","events":[]}', "", ""
        headers = {"content-type": "application/json"}
    wall = time.time()
    started = time.perf_counter()
    try:
        async with session.post(url, data=body, headers=headers) as response:
            await response.read()
            elapsed = time.perf_counter() - started
            if response.status == 200:
                rec.latencies.append(elapsed)
                if token:
                    rec.sent_at[token] = wall
            else:
                rec.error(str(response.status))
    except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
        rec.error(type(exc).__name__)


async def closed_loop(url: str, *, webhook: bool, seconds: float, concurrency: int) -> tuple[Recorder, float]:
    rec = Recorder()
    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=30)) as session:
        stop = time.perf_counter() + seconds

        async def worker() -> None:
            while time.perf_counter() < stop:
                await _one(session, url, webhook, rec)

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return rec, time.perf_counter() - started


async def paced(url: str, *, rate: float, seconds: float, sample: Any = None) -> tuple[Recorder, float]:
    """Open loop: start a request every 1/rate s whatever the server does (no coordinated omission)."""
    rec = Recorder()
    connector = aiohttp.TCPConnector(limit=256)
    async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=30)) as session:
        tasks = []
        started = time.perf_counter()
        n = int(rate * seconds)
        next_sample = started
        for i in range(n):
            due = started + i / rate
            delay = due - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(_one(session, url, True, rec)))
            if sample and time.perf_counter() >= next_sample:
                sample()
                next_sample += 5
        await asyncio.gather(*tasks)
        return rec, time.perf_counter() - started


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def summary(name: str, rec: Recorder, elapsed: float) -> dict[str, Any]:
    ok = len(rec.latencies)
    row = {
        "phase": name, "ok": ok, "errors": rec.errors, "seconds": round(elapsed, 1),
        "rps": round(ok / elapsed, 1), "p50_ms": round(pct(rec.latencies, 0.50) * 1000, 1),
        "p99_ms": round(pct(rec.latencies, 0.99) * 1000, 1), "max_ms": round(max(rec.latencies or [0]) * 1000, 1),
    }
    print(f"{name:8} {row['rps']:8.1f} req/s  p50 {row['p50_ms']:7.1f} ms  p99 {row['p99_ms']:7.1f} ms  "
          f"max {row['max_ms']:7.1f} ms  ok {ok}  errors {rec.errors}", flush=True)
    return row


def reply_times(rec: Recorder, dump: list[tuple[str | None, float, int]]) -> dict[str, Any]:
    got = {token: at for token, at, status in dump if token in rec.sent_at and status == 200}
    delays = [got[t] - rec.sent_at[t] for t in got]
    counts: dict[str, int] = {}
    for token, _, _ in dump:
        if token in rec.sent_at:
            counts[token] = counts.get(token, 0) + 1
    return {
        "accepted": len(rec.sent_at), "replied": len(got), "lost": len(rec.sent_at) - len(got),
        "replied_twice": sum(1 for c in counts.values() if c > 1),
        "reply_p50_ms": round(pct(delays, 0.5) * 1000, 1), "reply_p99_ms": round(pct(delays, 0.99) * 1000, 1),
    }


def drain(base: str, accepted: int, timeout: float = 600) -> float:
    """Wait until every event the bot acknowledged so far (`accepted`, over all phases) is finished: replied,
    or marked undeliverable/failed, nothing queued or in flight; return seconds."""
    import urllib.request

    started = time.monotonic()
    while time.monotonic() - started < timeout:
        with urllib.request.urlopen(f"{base}/healthz", timeout=5) as response:  # noqa: S310 - loopback
            health = json.loads(response.read())
        counts = health["counts"]
        idle = health["queued_events"] == 0 and health.get("events_in_flight", 0) == 0
        if idle and counts.get("finished", 0) >= accepted:
            return time.monotonic() - started
        time.sleep(0.25)
    return float("nan")


# --- orchestration -------------------------------------------------------------------------------------------

def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=15, help="length of each closed-loop phase")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=3, help="bare/webhook closed-loop rounds (median ratio)")
    parser.add_argument("--rate", type=float, default=50, help="requests/s for the paced and soak phases")
    parser.add_argument("--paced-seconds", type=float, default=20)
    parser.add_argument("--soak", type=float, default=60, help="soak seconds (600 = the 10-minute soak)")
    parser.add_argument("--workers", type=int, default=4, help="TSUNAGARI_EVENT_WORKERS for the bot")
    parser.add_argument("--builders", type=int, default=2, help="TSUNAGARI_REPLY_BUILDERS for the bot")
    parser.add_argument("--warmup", type=float, default=3, help="seconds of paced load before measuring")
    parser.add_argument("--json", help="also write the results here")
    args = parser.parse_args()

    ctx = mp.get_context("spawn")
    port_in, port_out = ctx.Pipe()
    cmd_parent, cmd_child = ctx.Pipe()
    fake = ctx.Process(target=_fake_line_main, args=(port_out, cmd_child), daemon=True)
    fake.start()
    fake_port = port_in.recv()

    tmp = Path(tempfile.mkdtemp(prefix="tsunagari-bench-"))
    bot_port, bare_port = free_port(), free_port()
    env = {**os.environ, "LINE_CHANNEL_SECRET": SECRET, "LINE_CHANNEL_ACCESS_TOKEN": TOKEN,
           "TSUNAGARI_LINE_API_URL": f"http://127.0.0.1:{fake_port}", "TSUNAGARI_CONTENT_DIR": str(ROOT),
           "TSUNAGARI_DATABASE_URL": f"sqlite:///{tmp / 'bench.db'}", "TSUNAGARI_EVENT_WORKERS": str(args.workers),
           "TSUNAGARI_PSEUDONYM_KEY": "bench-pseudonym-key-0123456789",
           "TSUNAGARI_REPLY_BUILDERS": str(args.builders),
           "PYTHONPATH": str(ROOT)}
    bot = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--port", str(bot_port), "--log-json"],  # noqa: S603
                           env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=(tmp / "bot.log").open("wb"))
    bare = subprocess.Popen([sys.executable, "-c", BARE_APP, str(bare_port)], cwd=ROOT,  # noqa: S603
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    results: dict[str, Any] = {"args": vars(args), "cpus": os.cpu_count(), "python": sys.version.split()[0]}
    try:
        wait_up(f"http://127.0.0.1:{bot_port}/healthz")
        wait_up(f"http://127.0.0.1:{bare_port}/bare")
        results["rss_start_kib"] = rss_kib(bot.pid)
        callback = f"http://127.0.0.1:{bot_port}/callback"
        print(f"bot pid {bot.pid}, RSS {results['rss_start_kib'] / 1024:.1f} MiB; "
              f"{args.concurrency} connections, {args.seconds:.0f} s per closed-loop phase", flush=True)

        # Warm-up, not measured: a server's first replies load the dictionary, the indexes and the crisis banks
        # (seconds of CPU), which would otherwise land in the first round's webhook phase only.
        base = f"http://127.0.0.1:{bot_port}"
        rec, _ = asyncio.run(paced(callback, rate=20, seconds=args.warmup))
        accepted = len(rec.sent_at)
        drain(base, accepted)

        # Closed loop, bare and webhook alternating for --rounds rounds: on a shared machine the load of other jobs
        # moves between phases, so each round's ratio compares neighbours and the median ratio is reported.
        ratios = []
        pids = {"bot": bot.pid, "bare": bare.pid, "fake_line": fake.pid, "load": None}
        for round_no in range(args.rounds):
            meter = CpuMeter(pids)
            rec, elapsed = asyncio.run(closed_loop(f"http://127.0.0.1:{bare_port}/bare", webhook=False,
                                                   seconds=args.seconds, concurrency=args.concurrency))
            bare_row = summary("bare", rec, elapsed)
            bare_row["cpu_ms_per_request"] = meter.per_request(len(rec.latencies))
            meter = CpuMeter(pids)
            rec, elapsed = asyncio.run(closed_loop(callback, webhook=True, seconds=args.seconds,
                                                   concurrency=args.concurrency))
            hook_row = summary("webhook", rec, elapsed)
            # CPU during the load only (the bot keeps replying to the backlog after it; see drain_after_load_s).
            hook_row["cpu_ms_per_request"] = meter.per_request(len(rec.latencies))
            print(f"         CPU ms per request: bare {bare_row['cpu_ms_per_request']}, "
                  f"webhook {hook_row['cpu_ms_per_request']}", flush=True)
            accepted += len(rec.sent_at)
            drained = drain(base, accepted)
            # Acks outrun replies under saturation: the backlog is answered after the load stops.
            hook_row["drain_after_load_s"] = round(drained, 1)
            hook_row["reply_rps"] = round(len(rec.sent_at) / (elapsed + drained), 1)
            time.sleep(0.5)
            cmd_parent.send("dump")
            hook_row.update(reply_times(rec, cmd_parent.recv()))
            print(f"         replies: {hook_row}", flush=True)
            ratios.append(round(hook_row["rps"] / bare_row["rps"], 2))
            print(f"round {round_no + 1}: webhook/bare = {ratios[-1]}", flush=True)
            results.setdefault("rounds", []).append({"bare": bare_row, "webhook": hook_row})
        results["bare"], results["webhook"] = results["rounds"][-1]["bare"], results["rounds"][-1]["webhook"]
        results["ratios"] = ratios
        results["ratio_webhook_to_bare"] = sorted(ratios)[len(ratios) // 2]
        print(f"webhook/bare per round {ratios}, median {results['ratio_webhook_to_bare']}", flush=True)

        rec, elapsed = asyncio.run(paced(callback, rate=args.rate, seconds=args.paced_seconds))
        results["paced"] = summary("paced", rec, elapsed)
        accepted += len(rec.sent_at)
        results["paced"]["drain_after_load_s"] = round(drain(base, accepted), 1)
        time.sleep(0.5)
        cmd_parent.send("dump")
        results["paced"].update(reply_times(rec, cmd_parent.recv()))
        print(f"         replies: {results['paced']}", flush=True)

        rss: list[tuple[float, int]] = []
        t0 = time.monotonic()
        rec, elapsed = asyncio.run(paced(callback, rate=args.rate, seconds=args.soak,
                                         sample=lambda: rss.append((round(time.monotonic() - t0), rss_kib(bot.pid)))))
        results["soak"] = summary("soak", rec, elapsed)
        accepted += len(rec.sent_at)
        results["soak"]["drain_after_load_s"] = round(drain(base, accepted), 1)
        time.sleep(0.5)
        cmd_parent.send("dump")
        results["soak"].update(reply_times(rec, cmd_parent.recv()))
        results["soak"]["rss_kib"] = rss
        rss_values = [v for _, v in rss[len(rss) // 4:]] or [0]
        results["soak"]["rss_first_quarter_mib"] = round(rss[0][1] / 1024, 1) if rss else None
        results["soak"]["rss_end_mib"] = round(rss_kib(bot.pid) / 1024, 1)
        results["soak"]["rss_spread_after_warmup_mib"] = round((max(rss_values) - min(rss_values)) / 1024, 1)
        print(f"         replies: {dict((k, v) for k, v in results['soak'].items() if k != 'rss_kib')}", flush=True)
        print(f"         RSS samples (s, MiB): {[(s, round(v / 1024, 1)) for s, v in rss]}", flush=True)
    finally:
        for proc in (bot, bare):
            proc.send_signal(signal.SIGTERM)
        for proc in (bot, bare):
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
        cmd_parent.send("stop")
        fake.join(timeout=10)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
