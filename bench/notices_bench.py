"""Benchmark: send one segmented notice to N subscribers through the fake LINE API on loopback.

    python bench/notices_bench.py [--subscribers 100000] [--database sqlite|postgresql-URL] [--profile]

Reports planning time (freezing recipients into the ledger), send time, and the overhead per batch: our
time per batch (ledger commits, request building, SDK) apart from the time the fake LINE server spends.
Not a test: figures depend on the machine (record them in docs/benchmarks.md with the command).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.test_delivery import SEGMENT, expected, make_notice, resident  # noqa: E402

from bot.line.gateway import LineGateway as SendGateway  # noqa: E402
from bot.notices.retry import RetryPolicy  # noqa: E402
from bot.notices.sender import Sender  # noqa: E402
from bot.store import subscriptions  # noqa: E402
from bot.store.db import Database  # noqa: E402
from tests.fakeline import FakeLine  # noqa: E402


class TimedGateway(SendGateway):
    """Measures the wall time of each HTTP call, so that our own overhead can be told apart."""

    calls: list[float]

    async def multicast(self, to, msgs, retry_key):  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        try:
            return await super().multicast(to, msgs, retry_key)
        finally:
            self.calls.append(time.perf_counter() - started)


EVERYONE = {"areas": ["konosu", "fukiage", "kawasato"], "tags": []}  # every subscriber matches


async def run(db: Database, fake: FakeLine, n: int, segment: dict) -> dict[str, float]:
    gateway = TimedGateway(access_token="bench-token", api_url=fake.url, timeout=10)
    gateway.calls = []
    sender = Sender(db, gateway, policy=RetryPolicy())
    notice = make_notice("bench-notice", audience=segment)
    try:
        t0 = time.perf_counter()
        people = sender.recipients_for(notice)
        t1 = time.perf_counter()
        sender.plan(notice, actor="bench", recipients=people)
        t2 = time.perf_counter()
        report = await sender.send(notice, actor="bench", check_quota=False)
        t3 = time.perf_counter()
    finally:
        await gateway.close()
    assert report.delivered == len(expected(n, segment)) and report.state == "done", report
    got = fake.delivered()
    assert len(got) == report.delivered and max(got.values()) == 1
    http = sum(gateway.calls)
    return {
        "subscribers": n,
        "recipients": report.delivered,
        "batches": report.batches,
        "select_s": t1 - t0,
        "plan_s": t2 - t1,
        "send_s": t3 - t2,
        "http_per_batch_ms": 1000 * statistics.mean(gateway.calls),
        "overhead_per_batch_ms": 1000 * (t3 - t2 - http) / report.batches,
        "total_s": t3 - t0,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=100_000)
    parser.add_argument("--database", default="sqlite", help="sqlite (a temp file) or a postgresql:// URL")
    parser.add_argument("--segment", action="store_true",
                        help="a narrower segment (about 58%% of subscribers) instead of every subscriber")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/bench.db" if args.database == "sqlite" else args.database
        db = Database.open(url)
        for table in ("notice_recipients", "notice_batches", "notice_deliveries", "subscription_tags", "subscriptions"):
            db.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed names
        t0 = time.perf_counter()
        subscriptions.bulk_subscribe(db, (resident(i) for i in range(args.subscribers)))
        load = time.perf_counter() - t0
        fake = FakeLine().start()
        try:
            profile = cProfile.Profile() if args.profile else None
            if profile:
                profile.enable()
            segment = SEGMENT if args.segment else EVERYONE
            figures = asyncio.run(run(db, fake, args.subscribers, segment))
            if profile:
                profile.disable()
                pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
        finally:
            fake.stop()
            db.close()
    print(f"database: {db.dialect}  (loading {args.subscribers:,} subscriptions took {load:.2f}s)")
    for key, value in figures.items():
        print(f"  {key:<22} {value:,.3f}" if isinstance(value, float) else f"  {key:<22} {value:,}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
