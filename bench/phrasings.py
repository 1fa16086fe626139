"""Resident-phrasing figures of the bot itself: the regression set and the held-out set.

    python bench/phrasings.py            # prints a Markdown table (docs/benchmarks.md, "The bot's own FAQ")

tests/regression.yaml is a test (and was used to add phrasings to faq/); bench/holdout.yaml was written
independently and is only measured here, so its figures are the honest estimate for new phrasings.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.chat.knowledge import load_knowledge  # noqa: E402
from bot.chat.routing import respond_text  # noqa: E402
from bot.settings import Settings  # noqa: E402


def measure(knowledge, path: Path) -> dict[str, object]:
    cases = yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
    c: Counter[str] = Counter()
    for case in cases:
        reply = respond_text(knowledge, case["q"])
        expect = case["expect"]
        top = reply.candidates[0].id if reply.candidates else None
        if expect == "crisis":
            c["crisis"] += 1
            c["crisis_ok"] += reply.kind == "crisis"
        elif expect == "fallback":
            c["out"] += 1
            c["out_ok"] += reply.kind == "fallback"
        else:
            c["in"] += 1
            right = top == expect and reply.kind != "crisis"
            c["top1"] += right
            c[f"in_{reply.kind}_{'right' if right else 'wrong'}"] += 1
            c["false_crisis"] += reply.kind == "crisis"
    return {"file": str(path.relative_to(ROOT)), **c}


def main() -> int:
    started = time.perf_counter()
    knowledge = load_knowledge(Settings(content_dir=ROOT))
    rows = [measure(knowledge, ROOT / "tests/regression.yaml"), measure(knowledge, ROOT / "bench/holdout.yaml")]
    print("| set | in-scope top-1 | answered right | answered wrong | clarify | fallback (in-scope) "
          "| crisis → hotlines | out-of-scope → fallback | ordinary → crisis |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        n = r["in"]
        clarify = r.get("in_clarify_right", 0) + r.get("in_clarify_wrong", 0)
        fallback = r.get("in_fallback_right", 0) + r.get("in_fallback_wrong", 0)
        print(
            f"| {r['file']} | {r['top1']}/{n} = {r['top1'] / n:.1%} | {r.get('in_answer_right', 0)} "
            f"| {r.get('in_answer_wrong', 0)} | {clarify} | {fallback} | {r['crisis_ok']}/{r['crisis']} "
            f"| {r['out_ok']}/{r['out']} | {r.get('false_crisis', 0)} |"
        )
    print(f"\n({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
