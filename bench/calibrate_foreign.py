"""Fit the cross-lingual answer rule (bot/chat/crosslingual.py CROSS_LINGUAL) on tuning halves only
(bench/foreign/tune.yaml, and since round 17 the topical questions of residents2-5's tuning halves).

    OMP_NUM_THREADS=1 nice -n 10 python bench/calibrate_foreign.py            # print the grid's best rows
    OMP_NUM_THREADS=1 nice -n 10 python bench/calibrate_foreign.py --write    # and rewrite the constant

Re-run after a change to the content, the encoder or the fusion (another engineer's merge): the cosines move,
and so does the margin that separates right leaders from wrong ones.

Which messages: the tuning half's questions whose reply language (bot.chat.language.reply_language, as for a
new resident) is not Japanese or やさしい日本語 (the rule only ever decides those), read as the bot reads them
(crosslingual.readable: romaji Japanese words also in the entries' spelling). For each number of averaged
phrasings (`top`), every message's first entry, its lead over the second and whether the fused ranking has the
same entry first are computed once. A rule (top, margin, agreed ≤ margin) answers a message whose lead is at
least `agreed` when the rankings agree, else at least `margin`. Utility: a right answer +1 (the expected entry or
one in `also`), a wrong answer −4; everything else stays a clarify (0). A rule is scored by the mean utility of
its 3 × 3 neighbourhood (each threshold one step either side), so a lucky spike does not win; ties go to the
larger thresholds (the safer rule). As in bot.chat.conversation.faq_reply, a message the fused (Japanese)
decision already answers is counted as that answer, and the rule decides the rest; the no-need gap stops both
(not an exact phrasing). The holdout half is never read here.

Requests that name no need (bench/foreign_generic/requests.yaml, written for this calibration) join the
questions: any answer to one counts as a wrong answer, so the no-need gap is fitted on both sides.

Small talk: the gap of a message is its best cosine to a hello / thank-you phrase (bot.text.greetings) minus its
best cosine to an entry phrasing. `everyday` is set midway between the tuning questions' highest gap and the
tuning hello / thanks messages' lowest, so no tuning question is taken for small talk.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.tuning_rows import MORE_SETS  # noqa: E402
from bot.chat import conversation, crosslingual, needs  # noqa: E402
from bot.chat.crosslingual import CrossLingualRule  # noqa: E402
from bot.chat.knowledge import Knowledge, load_knowledge  # noqa: E402
from bot.chat.language import reply_language  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.search import Hit, strip_boilerplate  # noqa: E402
from bot.text.language import JAPANESE  # noqa: E402
from bot.text.normalize import fold  # noqa: E402

TOPS = (1, 2, 3, 4, 5)
STEP = 0.0025
MARGINS = tuple(round(STEP * i, 4) for i in range(1, 25))
WRONG = -4.0
FUSED_STEP = 0.025
FUSED = tuple(round(FUSED_STEP * i, 3) for i in range(2, 17))  # 0.05 .. 0.40
FUSED_LEADS = tuple(round(FUSED_STEP * i, 3) for i in range(1, 9))  # 0.025 .. 0.20
NEAR = (1, 2, 3, 5)
GENERIC = tuple(round(STEP * i, 4) for i in range(-4, 17))  # -0.01 .. 0.04
RULE_LINE = re.compile(r"^CROSS_LINGUAL = CrossLingualRule\(.*\)$", re.M)


def foreign_cases() -> list[dict[str, Any]]:
    """Tuning-half messages whose reply language is neither Japanese nor やさしい日本語: the foreign set's, and (round 17)
    the topical ones of residents2-5's (their desk, place and act questions are taken by routes before the search)."""
    cases = yaml.safe_load((ROOT / "bench" / "foreign" / "tune.yaml").read_text(encoding="utf-8"))["cases"]
    for name in MORE_SETS:
        more = yaml.safe_load((ROOT / "bench" / name / "tune.yaml").read_text(encoding="utf-8"))["cases"]
        cases += [c for c in more if ":" not in c["expect"] and c["expect"] not in ("out-of-scope", "fallback")]
    return [{**c, "lang": lang} for c in cases if (lang := reply_language(None, None, c["q"])) not in JAPANESE]


def no_need_cases() -> list[dict[str, Any]]:
    """Requests that name no need (bench/foreign_generic/requests.yaml): any answer to one is a wrong answer."""
    table = yaml.safe_load((ROOT / "bench" / "foreign_generic" / "requests.yaml").read_text(encoding="utf-8"))
    return [{"q": q, "lang": lang, "expect": "fallback"} for lang, said in table["requests"].items() for q in said]


def everyday_threshold(knowledge: Knowledge, cases: list[dict[str, Any]]) -> tuple[float, float, float]:
    """(threshold, highest question gap, lowest hello/thanks gap): the gap is how much nearer a message is to an
    everyday hello / thanks phrase than to any entry; the threshold is midway between questions and greetings
    (or just above the questions when they overlap), so no question of the tuning half reads as small talk."""
    gaps = [(c, crosslingual.small_talk_gap(knowledge, c["q"])) for c in cases]
    asked = [g[1] for c, g in gaps if g and not str(c["expect"]).startswith("act:")]
    greeted = [g[1] for c, g in gaps if g and c["expect"] in ("act:greeting", "act:thanks")]
    top, low = max(asked), min(greeted)
    return round((top + low) / 2 if low > top else top + STEP, 3), top, low


@dataclass(frozen=True)
class Case:
    right: bool  # the cross-lingual ranking's first entry is right
    lead: float  # its lead over the second
    agree: bool  # the fused ranking has the same entry first
    fused_right: bool  # the fused ranking's first entry is right
    fused: float  # its score
    fused_lead: float  # its lead over the fused second
    fused_at: int  # where the fused first stands in the cross-lingual ranking (0 = first)
    generic: float  # how much nearer to a request that names no need than to the first entry
    japanese: bool | None  # the Japanese decision (fused thresholds) answers it: rightly or not; None: it does not
    exact: bool  # that answer is an exact phrasing (no guard stops it)


def japanese_decision(knowledge: Knowledge, query: str, hits: list[Hit]) -> tuple[str | None, bool]:
    """(the entry the fused decision answers before the cross-lingual rule is asked, or None; whether it is an
    exact phrasing), as bot.chat.conversation.faq_reply decides it."""
    exact = knowledge.exact.get(fold(strip_boilerplate(query)) or fold(query))
    if exact and hits[0].id == exact:
        return exact, True
    if conversation.decide(hits, knowledge.thresholds) != "answer":
        return None, False
    vague = needs.too_vague(query, needs.phrasings_of(knowledge.content.entry_by_id.get(hits[0].id)))
    return (None if vague else hits[0].id), False


def leads(knowledge: Knowledge, cases: list[dict[str, Any]], top: int) -> list[Case]:
    """The signals of the rule, per case."""
    rule = CrossLingualRule(top=top, margin=0.0, agreed=0.0)
    out = []
    for case in cases:
        query = needs.main_need(knowledge.index, crosslingual.readable(knowledge, case["q"], case["lang"]))[0]
        both = crosslingual.scores(knowledge, query, case["lang"], rule)
        ranked = [entry for entry, _ in both]
        values = [value for _, value in both]
        hits = knowledge.index.search(query, limit=5)
        if not ranked or not hits:
            out.append(Case(False, 0.0, False, False, 0.0, 0.0, 99, 0.0, None, False))
            continue
        ok = {case["expect"], *(case.get("also") or [])}
        lead = values[0] - (values[1] if len(values) > 1 else -1.0)
        fused_lead = hits[0].score - (hits[1].score if len(hits) > 1 else 0.0)
        at = ranked.index(hits[0].id) if hits[0].id in ranked else 99
        scored = list(zip(ranked, values, strict=True))
        gap = crosslingual.generic_gap(knowledge, query, case["lang"], scored)
        japanese, exact = japanese_decision(knowledge, query, hits)
        out.append(Case(ranked[0] in ok, lead, hits[0].id == ranked[0], hits[0].id in ok, hits[0].score, fused_lead,
                        at, -9.0 if gap is None else gap, None if japanese is None else japanese in ok, exact))
    return out


def counts(rows: list[Case], margin: float, agreed: float, fused: float = 9.0, fused_lead: float = 9.0,
           near: int = 0, generic: float = 9.0) -> tuple[int, int]:
    """(right, wrong) answers of the rule: none for a request that names no need, then the meaning leader, else
    the fused leader."""
    right = wrong = 0
    for c in rows:
        if c.exact and c.japanese is not None:
            right, wrong = right + c.japanese, wrong + (not c.japanese)
            continue
        if c.generic >= generic:
            continue
        if c.japanese is not None:  # the Japanese decision answers first (unless the message names no need)
            right, wrong = right + c.japanese, wrong + (not c.japanese)
            continue
        if c.lead >= (agreed if c.agree else margin):
            right, wrong = right + c.right, wrong + (not c.right)
        elif c.fused >= fused and c.fused_lead >= fused_lead and c.fused_at < near:
            right, wrong = right + c.fused_right, wrong + (not c.fused_right)
    return right, wrong


def utility(right_wrong: list[tuple[int, int]]) -> float:
    return sum(r + WRONG * w for r, w in right_wrong) / len(right_wrong)


def around(count: Callable[[float, float], tuple[int, int]], x: float, y: float, step: float) -> float:
    """The utility of two thresholds judged with their neighbours (each one step either side), so that a lucky
    spike does not win."""
    return utility([count(x + dx, y + dy) for dx in (-step, 0, step) for dy in (-step, 0, step)])


def fit(signals: dict[int, list[Case]], generic: float) -> tuple[Any, ...]:
    """One round of the three stages, each judged with its neighbours, ties to the safer rule."""
    grid = []
    for top, rows in signals.items():
        for margin in MARGINS:
            for agreed in (m for m in MARGINS if m <= margin):
                right, wrong = counts(rows, margin, agreed, generic=generic)
                score = around(lambda m, a: counts(rows, m, a, generic=generic), margin, agreed, STEP)
                grid.append((score, margin, agreed, top, right, wrong))
    grid.sort(key=lambda g: (-g[0], -g[1], -g[2], g[3]))
    print("meaning leader: utility (with neighbours)  top  margin  agreed  right  wrong")
    for score, margin, agreed, top, right, wrong in grid[:5]:
        print(f"{score:40.2f}  {top:3d}  {margin:6.4f}  {agreed:6.4f}  {right:5d}  {wrong:5d}")
    _, margin, agreed, top, right, wrong = grid[0]
    # then the fused leader, for what the meaning leader leaves (its thresholds judged with their neighbours too)
    rows = signals[top]
    second = []
    for near in NEAR:
        for fused in FUSED:
            for fused_lead in FUSED_LEADS:
                r, w = counts(rows, margin, agreed, fused, fused_lead, near, generic)
                score = around(lambda f, lead: counts(rows, margin, agreed, f, lead, near, generic),
                               fused, fused_lead, FUSED_STEP)
                second.append((score, fused, fused_lead, near, r, w))
    second.sort(key=lambda g: (-g[0], -g[1], -g[2], g[3]))
    print("with the fused leader: utility (with neighbours)  fused  lead  near  right  wrong")
    for score, fused, fused_lead, near, r, w in second[:5]:
        print(f"{score:47.2f}  {fused:5.3f}  {fused_lead:4.3f}  {near:4d}  {r:5d}  {w:5d}")
    fused, fused_lead, near = 9.0, 9.0, 0
    if second[0][0] > utility([counts(rows, margin, agreed, generic=generic)] * 9):
        _, fused, fused_lead, near, right, wrong = second[0]
    # last, how near to a request that names no need ("help me") keeps a message from being answered: the
    # smallest gap (the safer rule: more such messages asked back) whose utility, with two neighbours either side
    # (one threshold alone: it can afford the wider look), is the best
    third = []
    for gap in GENERIC:
        wider = [counts(rows, margin, agreed, fused, fused_lead, near, gap + d * STEP) for d in range(-2, 3)]
        third.append((utility(wider), -gap, *counts(rows, margin, agreed, fused, fused_lead, near, gap)))
    third.sort(reverse=True)
    print("no need named: utility (with neighbours)  generic  right  wrong")
    for score, gap, r, w in third[:5]:
        print(f"{score:40.2f}  {-gap:7.4f}  {r:5d}  {w:5d}")
    score, gap, right, wrong = third[0]
    return top, margin, agreed, fused, fused_lead, near, -gap, right, wrong, score


def main() -> int:
    global WRONG
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", action="store_true", help="rewrite CROSS_LINGUAL in bot/chat/crosslingual.py")
    ap.add_argument("--wrong", type=float, default=WRONG, help="what a wrong answer costs (a right one gains 1)")
    args = ap.parse_args()
    WRONG = args.wrong
    knowledge = load_knowledge(Settings(content_dir=ROOT))
    if knowledge.intents is not None:
        knowledge.intents.wait()  # a cold cache builds the exemplar bank (and the language shifts) in the background
    everything = foreign_cases()
    everyday, top, low = everyday_threshold(knowledge, everything)
    print(f"small talk: questions' highest gap {top:.3f}, hello/thanks lowest {low:.3f} -> everyday={everyday}")
    small = CrossLingualRule(top=1, margin=0.0, agreed=0.0, everyday=everyday)
    cases = [c for c in everything if not str(c["expect"]).startswith("act:")
             and crosslingual.small_talk(knowledge, c["q"], c["lang"], small) is None]
    print(f"{len(cases)} non-Japanese questions in the tuning half")
    vague = no_need_cases()
    print(f"{len(vague)} requests that name no need (bench/foreign_generic): never to be answered")
    cases = cases + vague
    signals = {}
    for top in TOPS:
        rows = signals[top] = leads(knowledge, cases, top)
        print(f"top {top}: first entry right for {sum(r.right for r in rows)} of {len(rows)}, "
              f"rankings agree on {sum(r.agree for r in rows)} ({sum(r.right and r.agree for r in rows)} of them "
              f"right); fused first right for {sum(r.fused_right for r in rows)}")
    now = crosslingual.CROSS_LINGUAL
    if now.top in signals:
        r, w = counts(signals[now.top], now.margin, now.agreed, now.fused, now.fused_lead, now.near, now.generic)
        print(f"the rule in the bot now, {now}: {r} right, {w} wrong of {len(cases)}")
    # The stages depend on each other (the no-need gap decides which messages the leaders see): fitted in turn,
    # twice, starting from no gap at all.
    generic = 9.0
    rounds = []
    for _ in range(2):
        rounds.append(fit(signals, generic))
        generic = rounds[-1][6]
    # the better round (by its last stage's utility with neighbours; the first on a tie)
    score, top, margin, agreed, fused, fused_lead, near, generic, right, wrong = max(
        ((r[-1], *r[:-1]) for r in rounds), key=lambda r: r[0])
    print(f"chosen round: utility {score:.2f}")
    extra = f", fused={fused}, fused_lead={fused_lead}, near={near}" if near else ""
    extra += f", generic={generic}"
    line = f"CROSS_LINGUAL = CrossLingualRule(top={top}, margin={margin}, agreed={agreed}, everyday={everyday}{extra})"
    print(f"chosen: {line}  ({right} right, {wrong} wrong of {len(cases)})")
    if args.write:
        path = ROOT / "bot" / "chat" / "crosslingual.py"
        source = path.read_text(encoding="utf-8")
        path.write_text(RULE_LINE.sub(line, source, count=1), encoding="utf-8")
        print(f"written to {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
