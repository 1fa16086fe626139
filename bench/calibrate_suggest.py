"""Calibrate the score above which the staff page suggests an entry for an unanswered question.

    nice -n 10 python bench/calibrate_suggest.py [--regression tests/regression.yaml] [--precision 0.8]

Every non-crisis case of the regression set is searched with the bot's own index (the snapshot the bot
runs); the cases it would answer outright are left out, since only clarify and fallback questions reach the
unanswered list. A suggestion is right when the top entry is the expected one; for out-of-scope cases (expect:
fallback) any suggestion is wrong. The set is split before tuning: even-numbered cases tune, odd-numbered
cases are held out. The threshold is the lowest top-1 score at which suggestions on the tuning half are
right at least `--precision` of the time; both halves are reported (precision, and how many questions get
a suggestion at all).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.chat.knowledge import Knowledge  # noqa: E402
from bot.chat.conversation import decide  # noqa: E402
from bot.chat.knowledge import load_knowledge  # noqa: E402
from bot.settings import Settings  # noqa: E402


def scored(cases: list[dict], knowledge: Knowledge) -> list[tuple[float, bool]]:
    """(top-1 score, top-1 right) for the cases the bot did not answer outright: those are what staff see."""
    out = []
    for case in cases:
        hits = knowledge.index.search(case["q"], limit=5)
        if decide(hits, knowledge.thresholds) == "answer":
            continue
        score = hits[0].score if hits else 0.0
        out.append((score, bool(hits) and hits[0].id == case["expect"]))
    return out


def at(points: list[tuple[float, bool]], threshold: float) -> tuple[float, float]:
    kept = [right for score, right in points if score >= threshold]
    precision = sum(kept) / len(kept) if kept else 1.0
    return precision, len(kept) / len(points)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--regression", default=str(ROOT / "tests/regression.yaml"))
    parser.add_argument("--precision", type=float, default=0.8)
    args = parser.parse_args()
    cases = [c for c in yaml.safe_load(Path(args.regression).read_text())["cases"] if c["expect"] != "crisis"]
    tune, held = cases[0::2], cases[1::2]
    # the bot's own snapshot (hybrid index, its score scale), not words alone: the staff page shows these scores
    knowledge = load_knowledge(Settings(content_dir=ROOT))
    tune_points, held_points = scored(tune, knowledge), scored(held, knowledge)
    candidates = sorted({round(s, 3) for s, _ in tune_points})
    threshold = next((t for t in candidates if at(tune_points, t)[0] >= args.precision), candidates[-1])
    for name, points in (("tuning", tune_points), ("held-out", held_points)):
        precision, coverage = at(points, threshold)
        print(f"{name:9s} n={len(points):3d}  threshold={threshold:.3f}  precision={precision:.1%}  "
              f"suggested for {coverage:.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
