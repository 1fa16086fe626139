"""Choose the answer / clarify / fallback thresholds from the bot's own content.

    python bench/calibrate.py [--root .] [--regression tests/regression.yaml] [--option k=v ...]

Loads faq/ with bot.content.load_content, builds the same Index the bot builds (title + phrasings
as the question field, answer, keywords), runs every resident phrasing of tests/regression.yaml
(crisis cases are skipped: crisis rules run before the matcher) and grid-searches
(answer, margin, clarify) for the best utility:

    in-scope case   answered directly with the right entry      +1
                    clarify, right entry among the 3 offered    +0.5
                    fallback                                     0
                    clarify without the right entry             -0.5
                    answered directly with a wrong entry        -2   (a confident wrong answer)
    out-of-scope    fallback                                    +1
                    clarify                                     -1
                    answered directly                           -2

Ties are broken towards the middle of the widest plateau (thresholds far from any case). It
prints the distribution of top-1 scores (right / wrong / out of scope), the chosen thresholds and
what they do on the set; --write-docs appends nothing: copy the figures to docs/benchmarks.md.
Without a regression file it prints the score distribution of the content's own phrasings only.
"""

from __future__ import annotations

import argparse
import ast
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.search import Document, Index, Thresholds  # noqa: E402

UTILITY = {
    ("in", "answer_right"): 1.0,
    ("in", "clarify_right"): 0.5,
    ("in", "fallback"): 0.0,
    ("in", "clarify_wrong"): -0.5,
    ("in", "answer_wrong"): -2.0,
    ("out", "fallback"): 1.0,
    ("out", "clarify"): -1.0,
    ("out", "answer"): -2.0,
}


@dataclass(frozen=True)
class Case:
    query: str
    expect: str  # entry id, or "fallback"
    top: tuple[tuple[str, float], ...]  # (id, score) of the top 3


def documents_from_content(root: Path) -> list[Document]:
    from bot.content import load_content

    content = load_content(root)
    return [
        Document(id=e.id, questions=(e.title, *e.questions), answer=e.answer, keywords=tuple(e.keywords))
        for e in content.entries
    ]


def load_cases(path: Path) -> list[dict]:
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    cases = data["cases"] if isinstance(data, dict) else data
    return [c for c in cases if c.get("expect") not in ("crisis", "greeting")]


def run_cases(index: Index, raw: list[dict]) -> list[Case]:
    out = []
    for c in raw:
        hits = index.search(c["q"], limit=3)
        out.append(Case(c["q"], c["expect"], tuple((h.id, h.score) for h in hits)))
    return out


def outcome(case: Case, t: Thresholds) -> str:
    top = case.top[0][1] if case.top else 0.0
    second = case.top[1][1] if len(case.top) > 1 else 0.0
    if not case.top or top < t.clarify:
        kind = "fallback"
    elif top >= t.answer and top - second >= t.margin:
        kind = "answer"
    else:
        kind = "clarify"
    if case.expect == "fallback":
        return kind
    if kind == "fallback":
        return "fallback"
    right = case.top[0][0] == case.expect if kind == "answer" else case.expect in [i for i, _ in case.top]
    return f"{kind}_{'right' if right else 'wrong'}"


def utility(cases: list[Case], t: Thresholds) -> float:
    return sum(UTILITY[("out" if c.expect == "fallback" else "in", outcome(c, t))] for c in cases)


def grid(cases: list[Case]) -> tuple[Thresholds, float]:
    steps = [round(0.05 * i, 2) for i in range(2, 19)]  # 0.10 .. 0.90
    margins = [0.0, 0.02, 0.05, 0.08, 0.10, 0.15]
    scored: list[tuple[float, Thresholds]] = []
    for clarify in steps:
        for answer in steps:
            if answer < clarify:
                continue
            for margin in margins:
                t = Thresholds(answer=answer, margin=margin, clarify=clarify)
                scored.append((utility(cases, t), t))
    return middle_of_plateau(scored, steps, margins, lambda t: utility(cases, t))


def middle_of_plateau(scored: list[tuple[float, Thresholds]], steps: list[float], margins: list[float],
                      score: Any) -> tuple[Thresholds, float]:
    """The best thresholds, far from any case: the median of each coordinate among the best, on the grid."""
    best = max(u for u, _ in scored)
    top = [t for u, t in scored if u == best]
    pick = Thresholds(
        answer=min(steps, key=lambda x: abs(x - statistics.median(t.answer for t in top))),
        margin=min(margins, key=lambda x: abs(x - statistics.median(t.margin for t in top))),
        clarify=min(steps, key=lambda x: abs(x - statistics.median(t.clarify for t in top))),
    )
    if pick.answer < pick.clarify or score(pick) < best:
        pick = top[len(top) // 2]
    return pick, best


def summary(cases: list[Case], t: Thresholds) -> dict[str, float]:
    counts: dict[str, int] = {}
    for c in cases:
        key = ("out:" if c.expect == "fallback" else "in:") + outcome(c, t)
        counts[key] = counts.get(key, 0) + 1
    return counts


def describe(cases: list[Case]) -> str:
    right = [c.top[0][1] for c in cases if c.expect != "fallback" and c.top and c.top[0][0] == c.expect]
    wrong = [
        c.top[0][1] if c.top else 0.0
        for c in cases
        if c.expect != "fallback" and (not c.top or c.top[0][0] != c.expect)
    ]
    out = [c.top[0][1] if c.top else 0.0 for c in cases if c.expect == "fallback"]

    def q(v: list[float]) -> str:
        if not v:
            return "n=0"
        v = sorted(v)
        return (
            f"n={len(v)} min {v[0]:.2f} p10 {v[len(v) // 10]:.2f} median {statistics.median(v):.2f} "
            f"p90 {v[min(len(v) - 1, 9 * len(v) // 10)]:.2f} max {v[-1]:.2f}"
        )

    n_in = sum(1 for c in cases if c.expect != "fallback")
    lines = [
        f"in-scope top-1 accuracy {len(right)}/{n_in} = {len(right) / max(n_in, 1):.1%}",
        f"top-1 score, right entry:   {q(right)}",
        f"top-1 score, wrong entry:   {q(wrong)}",
        f"top-1 score, out of scope:  {q(out)}",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--root", type=Path, default=ROOT)
    p.add_argument("--regression", type=Path, default=None)
    p.add_argument("--option", action="append", default=[], metavar="NAME=VALUE")
    p.add_argument("--show-wrong", action="store_true")
    p.add_argument("--thresholds", metavar="ANSWER,MARGIN,CLARIFY", help="also report these thresholds")
    args = p.parse_args(argv)
    options = {}
    for o in args.option:
        k, _, v = o.partition("=")
        try:
            options[k] = ast.literal_eval(v)
        except (ValueError, SyntaxError):
            options[k] = v
    docs = documents_from_content(args.root)
    index = Index.build(docs, **options)
    print(
        f"content: {len(docs)} entries, {sum(len(d.questions) for d in docs)} phrasings; vectors: {index.uses_vectors}"
    )
    reg = args.regression or args.root / "tests" / "regression.yaml"
    if not reg.exists():
        # no regression set yet: phrasings against an index without them is not possible here,
        # so report each entry's phrasings' own scores (an upper bound) and keep the defaults
        print(f"{reg} not found: nothing to calibrate on; keeping DEFAULT_THRESHOLDS")
        return 0
    cases = run_cases(index, load_cases(reg))
    print(describe(cases))
    t, best = grid(cases)
    print(f"chosen {t}  utility {best:.1f} of {len(cases)}")
    for k, v in sorted(summary(cases, t).items()):
        print(f"  {k:20s} {v}")
    from bot.search import DEFAULT_THRESHOLDS

    others = [("DEFAULT_THRESHOLDS", DEFAULT_THRESHOLDS)]
    if args.thresholds:
        a, m, c = (float(x) for x in args.thresholds.split(","))
        others.append(("given", Thresholds(answer=a, margin=m, clarify=c)))
    for label, other in others:
        print(f"{label} {other}  utility {utility(cases, other):.1f}")
        for k, v in sorted(summary(cases, other).items()):
            print(f"  {k:20s} {v}")
    if args.show_wrong:
        for c in cases:
            o = outcome(c, t)
            if o not in ("answer_right", "fallback") or (c.expect != "fallback" and o == "fallback"):
                print(f"  [{o}] {c.query} -> expect {c.expect}; got {[(i, round(s, 3)) for i, s in c.top]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
