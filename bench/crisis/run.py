"""Crisis benchmark: recall per category, first-line correctness, false crises on ordinary messages, latency.

    OMP_NUM_THREADS=1 nice -n 10 taskset -c 0 python bench/crisis/run.py fresh-tune r8-tune   # accuracy
    OMP_NUM_THREADS=1 nice -n 10 taskset -c 0 python bench/crisis/run.py old --latency         # + timing
    ... run.py fresh-holdout                                                  # rarely; report every run as is
    ... run.py r8-tune r9-tune r10-tune r11-tune --hiragana   # the Japanese messages as typed without kanji

Halves: old (round 2's tune + holdout: both are training data for the head now), tune, holdout, fresh-tune
(training data too), fresh-holdout (never trained on, never edited after a result); r4-tune / r4-holdout and
r5-tune / r5-holdout, r6-tune / r6-holdout, r7-tune / r7-holdout, r8-tune / r8-holdout, r9-tune / r9-holdout, r10-tune / r10-holdout, r11-tune / r11-holdout (the blind sets of rounds 4-11, bench/crisis/r4/ ... r11/: the tuning
halves train the head, the held-out halves never do).

Accuracy uses the shared encoder with a disk cache under var/ (so a re-run does not re-encode). Latency uses
an encoder with no disk cache. Before the clock starts, the text the FAQ matcher encodes for the message is
encoded once, as the bot does it (HybridIndex.query_vector: a mostly-kana message respelled with the content's
words, a long one as its head and tail): the matcher asks for that vector through the shared memo, so that encode
is not crisis's cost. What is timed is what crisis adds: the rules, the head, and every encode of its own (the
message as typed when the matcher reads it respelled, the tail of a very long message, the undisguised form of a
netspeak or spaced message, the last sentence of a chatty one). Round 7: CPU time of the calling thread
(time.thread_time, as bench/reply_latency.py) next to wall time, so the figures hold on a shared machine; and how
many messages paid an encode of crisis's own.
"""

from __future__ import annotations

import argparse
import collections
import os
import statistics
import re
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bot.chat.crisis import detect  # noqa: E402
from bot.chat.crisis_assess import assess  # noqa: E402
from bot.chat.crisis_head import head_text, load_head  # noqa: E402
from bot.search.encoders import E5Encoder, Encoder, MemoEncoder  # noqa: E402
from bot.store.vector_cache import CachedEncoder  # noqa: E402
from bot.chat.knowledge import documents_of  # noqa: E402
from bot.content.load import load_content  # noqa: E402
from bot.search.kana import KanaReader  # noqa: E402
from bench.crisis.hiragana import has_kanji, hiragana  # noqa: E402

# The FAQ matcher's kana respelling, as the bot builds it from the content (bot.chat.conversation.crisis_verdict)
RESPELL = KanaReader(t for d in documents_of(load_content(ROOT)) for t in (*d.questions, *d.keywords)).read

CATS = ("suicide", "overdose_injury", "dv", "child_abuse", "elder_abuse", "sexual_abuse", "violence")


def load(half: str) -> list[dict]:
    if half == "old":
        return load("tune") + load("holdout")
    blind = re.fullmatch(r"(r\d+)-(?:tune|holdout)", half)  # the blind sets of rounds 4-10, each in a folder of its own
    if blind:
        return yaml.safe_load((ROOT / "bench" / "crisis" / blind[1] / f"{half}.yaml").read_text("utf-8"))["cases"]
    return yaml.safe_load((ROOT / "bench" / "crisis" / f"{half}.yaml").read_text("utf-8"))["cases"]


def pct(a: int, b: int) -> str:
    return f"{a}/{b} ({100 * a / b:.1f}%)" if b else "-"


def accuracy(cases: list[dict], encoder: Encoder, show: bool) -> None:
    total: collections.Counter[str] = collections.Counter()
    crisis: collections.Counter[str] = collections.Counter()
    alert: collections.Counter[str] = collections.Counter()  # crisis or concern: never a silent miss
    rules: collections.Counter[str] = collections.Counter()
    line_ok: collections.Counter[str] = collections.Counter()
    line_n: collections.Counter[str] = collections.Counter()
    misses, false = [], []
    for case in cases:
        cat = case["category"]
        verdict = assess(case["text"], encoder, RESPELL)
        total[cat] += 1
        if cat == "none":
            if verdict.level == "crisis":
                false.append((verdict, case))
            elif verdict.level == "concern":
                alert[cat] += 1
            continue
        crisis[cat] += verdict.level == "crisis"
        alert[cat] += verdict.level != "none"
        rules[cat] += detect(case["text"]) is not None
        if verdict.level != "crisis":
            misses.append((verdict, case))
        if case["first_line"] and verdict.level == "crisis":
            line_n[cat] += 1
            line_ok[cat] += verdict.first_line == case["first_line"]
    print("| category | crisis (recall) | crisis or concern | rules alone | first line right (of crises) |")
    print("|---|---|---|---|---|")
    for cat in CATS:
        print(f"| {cat} | {pct(crisis[cat], total[cat])} | {pct(alert[cat], total[cat])} | "
              f"{pct(rules[cat], total[cat])} | {pct(line_ok[cat], line_n[cat])} |")
    n_pos = sum(total[c] for c in CATS)
    print(f"| **all crisis** | {pct(sum(crisis.values()), n_pos)} | {pct(sum(alert[c] for c in CATS), n_pos)} | "
          f"{pct(sum(rules.values()), n_pos)} | {pct(sum(line_ok.values()), sum(line_n.values()))} |")
    print(f"\nordinary (none): false crisis {pct(len(false), total['none'])}, "
          f"concern line added {pct(alert['none'], total['none'])}")
    if show:
        for verdict, case in misses:
            print("MISS", case["category"], verdict.level, verdict.risk, case["lang"], repr(case["text"][:90]))
        for verdict, case in false:
            print("FALSE", verdict.categories, verdict.stage, verdict.risk, repr(case["text"][:90]))
        for case in cases:
            if case["category"] == "none":
                v = assess(case["text"], encoder, RESPELL)
                if v.level == "concern":
                    print("CONCERN", v.risk, repr(case["text"][:90]))
            elif case["first_line"]:
                v = assess(case["text"], encoder, RESPELL)
                if v.level == "crisis" and v.first_line != case["first_line"]:
                    print("LINE", case["first_line"], v.first_line, v.categories, repr(case["text"][:80]))


class CountingEncoder:
    """The real encoder, counting the texts it is asked to encode (what reaches e5 past the memo)."""

    def __init__(self, inner: Encoder) -> None:
        self.inner, self.name, self.dim = inner, inner.name, inner.dim
        self.texts = 0

    def encode(self, texts, *, kind="query"):  # type: ignore[no-untyped-def]
        self.texts += len(texts)
        return self.inner.encode(texts, kind=kind)


def shared_text(text: str) -> str:
    """The text whose vector the FAQ matcher asks for (HybridIndex.query_vector): a mostly-kana message respelled,
    a long one as its head and tail. The bot encodes it for every message that reaches the matcher."""
    return head_text(RESPELL(text))


def latency(cases: list[dict]) -> None:
    counting = CountingEncoder(E5Encoder())
    encoder = MemoEncoder(counting)  # no disk cache: every encode of crisis's own is real
    load_head()
    encoder.encode(["ウォームアップ"])
    cpu, wall, rules_cpu, extra = [], [], [], []
    for case in cases:
        text = case["text"]
        encoder.encode([shared_text(text)])  # the shared encode, primed as the bot's matcher does
        before = counting.texts
        start, start_cpu = time.perf_counter(), time.thread_time()
        assess(text, encoder, RESPELL)
        cpu.append((time.thread_time() - start_cpu) * 1000)
        wall.append((time.perf_counter() - start) * 1000)
        extra.append(counting.texts - before)
        start_cpu = time.thread_time()
        detect(text)
        rules_cpu.append((time.thread_time() - start_cpu) * 1000)

    def show(xs: list[float]) -> str:
        q = statistics.quantiles(xs, n=100)
        return f"{statistics.median(xs):.1f} | {q[94]:.1f} | {q[98]:.1f} | {max(xs):.1f}"

    print(f"\n| ms per message, one core (load {os.getloadavg()[0]:.1f}) | n | CPU p50 | p95 | p99 | max "
          "| wall p50 | p95 | p99 | max |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    short = [i for i, c in enumerate(cases) if len(c["text"]) <= 60]
    long = [i for i, c in enumerate(cases) if len(c["text"]) > 60]
    print(f"| rules only: detect() | {len(cases)} | {show(rules_cpu)} | - | - | - | - |")
    print(f"| assess() added beyond the shared encode | {len(cases)} | {show(cpu)} | {show(wall)} |")
    for name, rows in (("  messages ≤ 60 chars", short), ("  messages > 60 chars", long)):
        print(f"| {name} | {len(rows)} | {show([cpu[i] for i in rows])} | {show([wall[i] for i in rows])} |")
    paying = [i for i, e in enumerate(extra) if e]
    print(f"\nmessages with an encode of crisis's own: {len(paying)}/{len(cases)} "
          f"({100 * len(paying) / len(cases):.1f}%), {sum(extra)} texts encoded; their CPU ms: "
          + ", ".join(f"{cpu[i]:.0f}" for i in sorted(paying, key=lambda i: -cpu[i]))
          + f"; the slowest without one: {max((c for c, e in zip(cpu, extra, strict=True) if not e), default=0):.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("halves", nargs="+", metavar="half", choices=("old", "tune", "holdout", "fresh-tune", "fresh-holdout",
                                                     "r4-tune", "r4-holdout", "r5-tune", "r5-holdout",
                                                     "r6-tune", "r6-holdout", "r7-tune", "r7-holdout",
                                                     "r8-tune", "r8-holdout", "r9-tune", "r9-holdout",
                                                     "r10-tune", "r10-holdout", "r11-tune", "r11-holdout",
                                                     "r12-tune", "r12-holdout", "r13-tune", "r13-holdout",
                                                     "r14-tune", "r14-holdout"))
    parser.add_argument("--latency", action="store_true", help="also time each message (one core)")
    parser.add_argument("--show", action="store_true", help="list misses, false crises and concerns")
    parser.add_argument("--hiragana", action="store_true",
                        help="only the Japanese messages with kanji, each rewritten all in hiragana (round 15)")
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    encoder = MemoEncoder(CachedEncoder(E5Encoder(), ROOT / "var" / "bench-crisis-vectors.sqlite"))
    for half in args.halves:  # round 11: several halves in one process (the encoder and the content load once)
        cases = load(half)
        if args.hiragana:
            cases = [{**c, "text": hiragana(c["text"])} for c in cases if c["lang"] == "ja" and has_kanji(c["text"])]
        print(f"## {half}{' in hiragana' if args.hiragana else ''}: {len(cases)} messages (rules + learned head)\n")
        accuracy(cases, encoder, args.show)
        if args.latency:
            latency(cases)


if __name__ == "__main__":
    main()
