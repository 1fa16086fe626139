"""Where a reply's CPU goes: per message, the encodes (how many texts, how many tokens, their CPU) and the rest.

    OMP_NUM_THREADS=1 nice -n 10 taskset -c 1 python bench/reply_profile.py [--top 15] [--cprofile 20]

Set up as bench/reply_latency.py (query vectors never cached, one core, the reply language a new resident's
message gets). Every e5 call is counted below the caches, so only real encodes count. Prints, for the messages
around the median, the 95th and the 99th percentile of reply CPU, the mean number of encodes and tokens and the
share of CPU spent encoding; then the slowest messages; then (``--cprofile N``) the N functions with the most
own time outside the encoder.
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import pstats
import statistics
import sys
import time
import traceback
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from bench.reply_latency import with_fresh_encoder  # noqa: E402
from bench.run_residents import load_cases  # noqa: E402
from bot.chat.knowledge import load_knowledge  # noqa: E402
from bot.chat.language import reply_language  # noqa: E402
from bot.chat.routing import respond_text  # noqa: E402
from bot.search.encoders import E5Encoder, Kind  # noqa: E402
from bot.search.hybrid import HybridIndex  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.staff.evaluate import percentile  # noqa: E402


@dataclasses.dataclass
class Call:
    texts: list[str]
    tokens: list[int]
    cpu_ms: float
    site: str


class Counting:
    """The e5 encoder with every call recorded (texts, tokens, thread CPU)."""

    def __init__(self, inner: E5Encoder) -> None:
        self.inner = inner
        self.name, self.dim, self.revision = inner.name, inner.dim, inner.revision
        self.calls: list[Call] = []

    def encode(self, texts: Sequence[str], *, kind: Kind = "query") -> np.ndarray:
        c = time.thread_time()
        out = self.inner.encode(texts, kind=kind)
        cpu = (time.thread_time() - c) * 1000
        model = self.inner._load()
        self.calls.append(Call(list(texts), [model.token_count(t, kind == "query") for t in texts], cpu, _site()))
        return out


def _site() -> str:
    """The stage that asked: the innermost caller in bot/chat (else bot/search) above the encoders."""
    frames = traceback.extract_stack()
    for part in ("/bot/chat/", "/bot/search/"):
        for frame in reversed(frames):
            if part in frame.filename and "encoders" not in frame.filename:
                return f"{Path(frame.filename).stem}.{frame.name}"
    return "?"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--top", type=int, default=15, help="slowest messages to list")
    ap.add_argument("--cprofile", type=int, default=0, help="functions to list from cProfile (0: no profile)")
    ap.add_argument("--min-chars", type=int, default=0, help="only messages at least this long")
    args = ap.parse_args()
    settings = Settings(content_dir=ROOT)
    knowledge = load_knowledge(settings)
    assert isinstance(knowledge.index, HybridIndex)
    counting = Counting(E5Encoder())
    knowledge = with_fresh_encoder(knowledge, settings, counting)
    texts = [c["q"] for name in ("residents", "foreign") for half in ("tune", "holdout")
             for c in load_cases(name, half) if len(c["q"]) >= args.min_chars]
    respond_text(knowledge, "ウォームアップ", lang=reply_language(None, None, "ウォームアップ"))
    rows: list[dict[str, Any]] = []
    profile = cProfile.Profile() if args.cprofile else None
    for text in texts:
        before = len(counting.calls)
        c = time.thread_time()
        if profile is not None:
            profile.enable()
        lang = reply_language(None, None, text)
        reply = respond_text(knowledge, text, lang=lang)
        if profile is not None:
            profile.disable()
        cpu = (time.thread_time() - c) * 1000
        calls = counting.calls[before:]
        rows.append({"text": text, "lang": lang, "kind": reply.kind, "cpu": cpu,
                     "encodes": sum(len(k.texts) for k in calls), "calls": len(calls),
                     "tokens": sum(sum(k.tokens) for k in calls), "encode_ms": sum(k.cpu_ms for k in calls),
                     "read": [(t, n) for k in calls for t, n in zip(k.texts, k.tokens, strict=True)],
                     "sites": [k.site for k in calls]})
    cpu = [r["cpu"] for r in rows]
    print(f"{len(rows)} messages: CPU median {statistics.median(cpu):.1f} ms, p95 {percentile(cpu, 95):.1f}, "
          f"p99 {percentile(cpu, 99):.1f}, max {max(cpu):.1f}")
    print(f"encodes per message {np.mean([r['encodes'] for r in rows]):.2f}, e5 calls {np.mean([r['calls'] for r in rows]):.2f}, "
          f"tokens {np.mean([r['tokens'] for r in rows]):.1f}; encode share of CPU "
          f"{sum(r['encode_ms'] for r in rows) / sum(cpu):.0%}")
    ordered = sorted(rows, key=lambda r: r["cpu"])
    for label, lo, hi in (("p40-p60", 0.4, 0.6), ("p90-p97", 0.9, 0.97), ("p97-p100", 0.97, 1.0)):
        band = ordered[int(lo * len(rows)):max(int(hi * len(rows)), int(lo * len(rows)) + 1)]
        print(f"{label}: {len(band)} msgs, CPU {np.mean([r['cpu'] for r in band]):.1f} ms; "
              f"encodes {np.mean([r['encodes'] for r in band]):.2f} ({np.mean([r['calls'] for r in band]):.2f} calls), "
              f"tokens {np.mean([r['tokens'] for r in band]):.0f}, encode {np.mean([r['encode_ms'] for r in band]):.1f} ms, "
              f"other {np.mean([r['cpu'] - r['encode_ms'] for r in band]):.1f} ms, "
              f"chars {np.mean([len(r['text']) for r in band]):.0f}, foreign {sum(r['lang'] != 'ja' for r in band)}")
    reads: Counter[str] = Counter()
    read_tokens: Counter[str] = Counter()
    for r in rows:
        for n, ((_, tokens), site) in enumerate(zip(r["read"], r["sites"], strict=True)):
            label = "first read (crisis head, shared)" if n == 0 else f"more: {site}"
            reads[label] += 1
            read_tokens[label] += tokens
    print("e5 reads (count, tokens):", "; ".join(f"{k} {v}, {read_tokens[k]}" for k, v in reads.most_common()))
    sites: Counter[str] = Counter(site for r in rows for site in r["sites"])
    slow_sites: Counter[str] = Counter(site for r in ordered[int(0.9 * len(rows)):] for site in r["sites"])
    print("encodes by stage (all messages / slowest 10%):",
          ", ".join(f"{s} {n}/{slow_sites[s]}" for s, n in sites.most_common()))
    print("slowest:")
    for r in ordered[::-1][:args.top]:
        reads = "; ".join(f"{n}t {site}:{t[:20]!r}" for (t, n), site in zip(r["read"], r["sites"], strict=True))
        print(f"  {r['cpu']:6.1f} ms enc {r['encode_ms']:6.1f} [{r['lang']}/{r['kind']}] {len(r['text'])}c | {reads}")
    if profile is not None:
        stats = pstats.Stats(profile)
        stats.sort_stats("tottime").print_stats(args.cprofile)
        stats.sort_stats("cumulative").print_stats(args.cprofile * 2)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
