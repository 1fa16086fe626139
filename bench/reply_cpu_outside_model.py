"""A reply's CPU outside the sentence encoder: every message's vectors memoised first, then 5 passes, and the
minimum per message (steady enough to compare two versions of the code on a shared machine).

    OMP_NUM_THREADS=1 nice -n 10 taskset -c 1 python bench/reply_cpu_outside_model.py

It uses the 818 messages of bench/reply_latency.py, in the reply language a new resident gets, and prints all,
Japanese (ja / easy) and other languages separately.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.run_residents import load_cases  # noqa: E402
from bot.chat.knowledge import load_knowledge  # noqa: E402
from bot.chat.language import reply_language  # noqa: E402
from bot.chat.routing import respond_text  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.staff.evaluate import percentile  # noqa: E402

PASSES = 5


def _line(values: list[float]) -> str:
    return (f"median {statistics.median(values):.2f} ms, p95 {percentile(values, 95):.2f}, "
            f"p99 {percentile(values, 99):.2f}, mean {statistics.mean(values):.2f}")


def main() -> int:
    knowledge = load_knowledge(Settings(content_dir=ROOT))
    if knowledge.intents is not None:
        knowledge.intents.wait()
    texts = [c["q"] for name in ("residents", "foreign") for half in ("tune", "holdout")
             for c in load_cases(name, half)]
    langs = [reply_language(None, None, t) for t in texts]
    for text, lang in zip(texts, langs, strict=True):
        respond_text(knowledge, text, lang=lang)  # every vector into the memo
    best = [float("inf")] * len(texts)
    for _ in range(PASSES):
        for i, text in enumerate(texts):
            c = time.thread_time()
            respond_text(knowledge, text, lang=reply_language(None, None, text))
            best[i] = min(best[i], (time.thread_time() - c) * 1000)
    japanese = [b for b, lang in zip(best, langs, strict=True) if lang in ("ja", "easy")]
    other = [b for b, lang in zip(best, langs, strict=True) if lang not in ("ja", "easy")]
    print(f"all ({len(best)}): {_line(best)}")
    print(f"Japanese ({len(japanese)}): {_line(japanese)}")
    print(f"other languages ({len(other)}): {_line(other)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
