"""Time the grouping of unanswered questions (bot.staff.unanswered.cluster) on synthetic rows.

    nice -n 10 python bench/unanswered_grouping.py [--rows 1600 6400] [--old old_unanswered.py]

--old times another version of bot/staff/unanswered.py too (e.g. `git show e45131f:bot/staff/unanswered.py`).

Rows: half resident phrasings from tests/regression.yaml (many repeats, as real misses repeat), half
random three-word questions with a number (mostly distinct). Prints seconds and groups for each size;
the median of 3 runs.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.staff.unanswered import cluster  # noqa: E402

WORDS = ("ごみ 出し方 介護 保険 子ども 食堂 ボランティア 相談 窓口 どこ 知りたい 申し込み 年金 病院 バス 時刻 税金 "
         "引っ越し 住民票 サロン 見守り 手すり 車いす 手続き").split()


def rows(n: int, seed: int = 1) -> list[tuple[str, str, str]]:
    rng = random.Random(seed)
    phrasings = [c["q"] for c in yaml.safe_load((ROOT / "tests/regression.yaml").read_text())["cases"]]
    out = []
    for i in range(n):
        text = rng.choice(phrasings) if i % 2 else "".join(rng.sample(WORDS, 3)) + str(i)
        out.append((text, "fallback", f"2026-11-{1 + i % 28:02d}T00:00:00+00:00"))
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, nargs="+", default=[1600, 6400])
    parser.add_argument("--old", help="another version of bot/staff/unanswered.py to time beside this one")
    args = parser.parse_args()
    versions = [("now", cluster)]
    if args.old:
        import importlib.util

        spec = importlib.util.spec_from_file_location("old_unanswered", args.old)
        assert spec and spec.loader
        old = importlib.util.module_from_spec(spec)
        sys.modules["old_unanswered"] = old
        spec.loader.exec_module(old)
        versions.append(("old", old.cluster))
    for n in args.rows:
        items = rows(n)
        for name, run in versions:
            times = []
            for _ in range(3):
                started = time.perf_counter()
                found = run(items)
                times.append(time.perf_counter() - started)
            print(f"{name}: {n:6d} rows: {statistics.median(times):.2f} s, {len(found)} groups")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
