"""Reply time per message and start-up time with a warm vector cache, on one core.

    OMP_NUM_THREADS=1 taskset -c 0 python bench/reply_latency.py

Start-up: load_knowledge (content, lexical index, every content vector read from var/vectors.sqlite, which an
earlier run filled). Replies: every message of the residents' and foreign sets (both halves) through
respond_text, with the query vectors NOT cached (a fresh in-memory encoder for queries, as for a message the bot
has never seen); after one warm-up message. Figures are CPU time of the calling thread and wall time.
"""

from __future__ import annotations

import dataclasses
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.run_residents import load_cases  # noqa: E402
from bot.chat.crisis_head import load_head  # noqa: E402
from bot.chat.knowledge import cache_path, load_knowledge  # noqa: E402
from bot.chat.routing import respond_text  # noqa: E402
from bot.search.encoders import MemoEncoder, load_encoder  # noqa: E402
from bot.search.hybrid import HybridIndex  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.store.vector_cache import CachedEncoder  # noqa: E402
from bot.staff.evaluate import percentile  # noqa: E402


def main() -> int:
    t0, c0 = time.perf_counter(), time.process_time()
    settings = Settings(content_dir=ROOT)
    knowledge = load_knowledge(settings)
    print(f"start-up (warm cache): {time.perf_counter() - t0:.2f} s wall, {time.process_time() - c0:.2f} s CPU")
    if isinstance(knowledge.index, HybridIndex):
        # Queries never cached: one fresh in-memory encoder, shared by every stage as in the bot (the crisis stage,
        # the acts / scope meaning stage and the FAQ matcher ask for the same message's vector; it is encoded once).
        # Like the bot's encoder, it reads the disk cache for content vectors (passages) and never keeps queries;
        # the crisis head (package data) is loaded before timing.
        fresh = MemoEncoder(CachedEncoder(load_encoder("e5-small"), cache_path(settings)))  # type: ignore[arg-type]
        knowledge.index.encoder = fresh
        knowledge = dataclasses.replace(knowledge, encoder=fresh)
        load_head()
        if knowledge.intents is not None:
            knowledge.intents.wait()
    texts = [c["q"] for name in ("residents", "foreign") for half in ("tune", "holdout")
             for c in load_cases(name, half)]
    respond_text(knowledge, "ウォームアップ")
    cpu, wall = [], []
    for text in texts:
        t, c = time.perf_counter(), time.thread_time()
        respond_text(knowledge, text)
        cpu.append((time.thread_time() - c) * 1000)
        wall.append((time.perf_counter() - t) * 1000)
    print(f"{len(texts)} messages: CPU median {statistics.median(cpu):.1f} ms, p99 {percentile(cpu, 99):.1f} ms, "
          f"max {max(cpu):.1f} ms; wall median {statistics.median(wall):.1f} ms, p99 {percentile(wall, 99):.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
