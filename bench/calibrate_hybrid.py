"""Fit the bot's answer / clarify / fallback thresholds on the residents' and foreign tuning halves (and
tests/regression.yaml, the project's own tuning set).

    python bench/calibrate_hybrid.py [--half tune] [--show]

Only messages that reach the FAQ search count (acts, desk fields, other city services and directory searches
are decided before it). Each is searched as the bot searches it (the main need of a long message), and the
grid of calibrate.py is searched for the best utility, with the labels' `also` entries counting as right; then,
with those fixed, the `sure` level (a top score answered whatever the margin: near-twin entries):

    need        answer right +1, clarify offering a right entry +0.5, fallback -0.25, clarify without -0.25,
                answer wrong -2 (a confident wrong answer)
    no entry    fallback +1, clarify -1, answer -2

Before the thresholds, the logit shift of long messages (FusionConfig.long_shift, a message over long_chars) is
chosen from LONG_SHIFTS with the bot's thresholds fixed; each shift's refitted thresholds are printed too.

Never run it on the holdout halves to choose thresholds; --half holdout only reports.

With a decider in BOT_FUSION (round 6), the top score is the decider's, and bench/decider.py fits the thresholds
with it; the long-shift search here moves the scores as the ranking's own probability would move, so read its
shift figures as approximate then.
"""

from __future__ import annotations

import argparse
import math
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.calibrate import middle_of_plateau  # noqa: E402
from bench.run_residents import label_class, load_cases  # noqa: E402
from bot.chat import needs  # noqa: E402
from bot.chat.knowledge import load_knowledge  # noqa: E402
from bot.chat.routing import TEXT_ROUTES, Turn  # noqa: E402
from bot.search import Thresholds  # noqa: E402
from bot.search.hybrid import FusionConfig, HybridIndex, length_shift  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.text.clock import now_jst  # noqa: E402

# An apology for a need the bot could have offered costs (issue 11: "a need whose entry is in the top 3 gets
# clarify, not the apology"); a clarify without the right entry still shows どれでもない and the desks.
UTILITY = {"answer_right": 1.0, "clarify_right": 0.5, "fallback": -0.25, "clarify_wrong": -0.25, "answer_wrong": -2.0,
           "out_fallback": 1.0, "out_clarify": -1.0, "out_answer": -2.0}


LONG_SHIFTS = (0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5)


def collect(knowledge, cases):
    turn = Turn(knowledge, now_jst())
    out = []
    for case in cases:
        if any(route(turn, case["q"]) is not None for name, route in TEXT_ROUTES if name != "faq"):
            continue
        cls = label_class(case["expect"])
        right = {case["expect"], *(case.get("also") or [])} if cls == "topical" else set(case.get("also") or [])
        query, _ = needs.main_need(knowledge.index, case["q"])
        hits = knowledge.index.search(query, limit=3)
        top = knowledge.content.entry_by_id.get(hits[0].id) if hits else None
        out.append((case["q"], right, [(h.id, h.score) for h in hits], needs.too_vague(query, needs.phrasings_of(top)),
                    len(query)))
    return out


def shifted(items, fusion: FusionConfig, shift: float):
    """The items as they would score with `shift` as FusionConfig.long_shift instead of the bot's (the shift is
    one logit added to every candidate of a long message, so the ranking stays; only the scores move)."""
    out = []
    for q, right, top, vague, n in items:
        d = length_shift("x" * n, replace(fusion, long_shift=shift)) - length_shift("x" * n, fusion)
        top = [(i, 1.0 / (1.0 + math.exp(-(math.log(s / (1 - s)) + d)))) if 0 < s < 1 else (i, s) for i, s in top]
        out.append((q, right, top, vague, n))
    return out


def outcome(item, t: Thresholds) -> str:
    _, right, top, vague, _n = item
    s1 = top[0][1] if top else 0.0
    s2 = top[1][1] if len(top) > 1 else 0.0
    kind = "fallback" if not top or s1 < t.clarify else (
        "answer" if ((s1 >= t.answer and s1 - s2 >= t.margin) or s1 >= t.sure) and not vague else "clarify")
    if not right:
        return f"out_{kind}"
    if kind == "fallback":
        return "fallback"
    ok = top[0][0] in right if kind == "answer" else bool(right & {i for i, s in top if s >= t.clarify})
    return f"{kind}_{'right' if ok else 'wrong'}"


def utility(items, t: Thresholds) -> float:
    return sum(UTILITY[outcome(i, t)] for i in items)


def grid(items) -> tuple[Thresholds, float]:
    steps = [round(0.025 * i, 3) for i in range(1, 39)]
    margins = [0.0, 0.02, 0.05, 0.1, 0.15, 0.2]
    scored = [(utility(items, Thresholds(a, m, c)), Thresholds(a, m, c))
              for c in steps for a in steps if a >= c for m in margins]
    t, best = middle_of_plateau(scored, steps, margins, lambda t: utility(items, t))
    # then the level at which the margin no longer matters (near-twin entries), with the others fixed
    sure = max((0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.01),
               key=lambda s: (utility(items, Thresholds(t.answer, t.margin, t.clarify, s)), s))
    t = Thresholds(t.answer, t.margin, t.clarify, sure)
    return t, utility(items, t)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--half", choices=("tune", "holdout"), default="tune")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    knowledge = load_knowledge(Settings(content_dir=ROOT))
    if knowledge.intents is not None:
        knowledge.intents.wait()  # the routes before the search read meaning too
    items = []
    for name in ("residents", "foreign") + (("regression",) if args.half == "tune" else ()):
        items += collect(knowledge, load_cases(name, args.half))
    current = knowledge.thresholds
    need = [i for i in items if i[1]]
    top1 = sum(1 for i in need if i[2] and i[2][0][0] in i[1])
    top3 = sum(1 for i in need if {h for h, _ in i[2]} & i[1])
    print(f"needs: top-1 right {top1}/{len(need)}, right entry in the top 3 {top3}/{len(need)}")
    print(f"{len(items)} messages reach the search; current {current} utility {utility(items, current):.1f}")
    counts: dict[str, int] = {}
    fusion = knowledge.index.fusion if isinstance(knowledge.index, HybridIndex) else FusionConfig()
    if args.half == "tune":
        # the long-message shift, first with the bot's thresholds, then with thresholds refitted for each shift
        for shift in LONG_SHIFTS:
            moved = shifted(items, fusion, shift)
            refit, best = grid(moved)
            print(f"long_shift {shift}: bot's thresholds utility {utility(moved, current):.1f}; refitted {refit} "
                  f"utility {best:.1f}")
        shift = max(LONG_SHIFTS, key=lambda v: (utility(shifted(items, fusion, v), current), -v))
        items = shifted(items, fusion, shift)
        t, best = grid(items)
        print(f"chosen long_shift {shift} (bot's thresholds); refitted there: best {t} utility {best:.1f}")
    else:
        t = current
    for item in items:
        counts[outcome(item, t)] = counts.get(outcome(item, t), 0) + 1
    print("  " + "  ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    if args.show:
        for item in items:
            o = outcome(item, t)
            if o not in ("answer_right", "out_fallback"):
                print(f"  [{o}] {item[0][:60]} -> {sorted(item[1])}; {[(i, round(s, 3)) for i, s in item[2]]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
