"""Round 17: do the later blind resident sets' tuning halves (residents2-5) help the learned ranker with phrasings it
has not seen? Their rows are ranked two ways, each half by a ranker that did not see it:

    A  trained on the localgovFAQ dev half (x dev weight) and the shipped tuning rows (bench/tuning_rows.TUNING_SETS)
    B  the same, plus the other half of residents2-5's rows

    OMP_NUM_THREADS=1 python bench/ltr_more_rows.py [--dev-weight 2] [--models gbdt-3x500-reg gbdt-5x300-reg]

Printed: top-1 / top-3 right on residents2-5's rows under A and under B. (The localgovFAQ two-fold figures with
those rows added come from bench/ltr.py with the same rows; docs/notes/matching.md, "Round 17".)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.fusion import DEFAULT_DATA  # noqa: E402
from bench.ltr import columns, dev_labels, dev_signals, grades, resident_rows, trainer  # noqa: E402
from bench.tuning_rows import MORE_SETS, Rows  # noqa: E402


def top(score, rows: Rows) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    r1 = r3 = 0
    for f, g in rows:
        order = np.argsort(-score(f), kind="stable")
        r1 += int(g[order[0]] > 0)
        r3 += int((g[order[:3]] > 0).any())
    return r1, r3


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dev-weight", type=int, default=2)
    ap.add_argument("--models", nargs="+", default=["gbdt-3x500-reg", "gbdt-5x300-reg"])
    args = ap.parse_args()
    qrels, ids = dev_labels(DEFAULT_DATA)
    _, names = columns("use-m3", [])
    sig = dev_signals(DEFAULT_DATA, ROOT / "var" / "bench-vectors.sqlite", 100, "use-m3")
    dev = [(f, grades(qrels, ids, q, c)) for q, (c, f) in sig.items() if q in qrels and len(c)]
    shipped = resident_rows(100, "use-m3")
    more = resident_rows(100, "use-m3", MORE_SETS)
    print(f"shipped tuning rows {len(shipped)}, residents2-5 rows {len(more)}")
    for name in args.models:
        a = b = (0, 0)
        for half in (0, 1):
            test, other = more[half::2], more[1 - half::2]
            ta = top(trainer(name, names)(dev * args.dev_weight + shipped), test)
            tb = top(trainer(name, names)(dev * args.dev_weight + shipped + other), test)
            a, b = (a[0] + ta[0], a[1] + ta[1]), (b[0] + tb[0], b[1] + tb[1])
        print(f"{name}, dev x{args.dev_weight}: residents2-5 top-1 / top-3 right: A (shipped rows) {a[0]} / {a[1]}, "
              f"B (+ the other half) {b[0]} / {b[1]}, of {len(more)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
