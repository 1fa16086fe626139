"""Foreign-resident and plain-Japanese messages through the bot's own reply path: language, top-1, desk phone.

    nice -n 10 python bench/foreign_run.py            # both halves, prints a Markdown report
    nice -n 10 python bench/foreign_run.py --misses   # also list every miss of the tune half

Data: bench/foreign/tune.yaml and holdout.yaml (copied unchanged from the eval set written for issue 12; the
holdout half is never edited after a result is seen). Each message goes through
bot.chat.language.reply_language (detection, no saved setting) and bot.chat.routing.respond_text, exactly as
a new resident's first message would. It measures whatever matcher this branch has.

Per case:
- language: the reply's language is the message's (en, zh-Hans, vi, pt-BR, tl, ko, ne; romaji and
  kana-spaced Japanese → easy or ja);
- detection: bot.text.language.detect alone gives the expected language (confident, or likely: a 3+ word guess);
- top-1: the bot answers with the expected entry (or one in `also`); `fallback` cases count when the bot falls back;
- with clarify: top-1, or a clarify that offers the expected entry (or one in `also`) among its options;
- wrong answers: the bot answers with an entry that is not expected (for an act or a `fallback` case: any entry);
- retrieval top-1: the first candidate is expected/also, whatever the bot then decides (what matching finds);
- served: the reply is in the resident's language and gives a desk phone (tel:), or for thanks/hello a greeting
  in that language — the "done when" figure of issue 12.
"""

from __future__ import annotations

import argparse
import collections
import json
import statistics
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.chat import crosslingual  # noqa: E402
from bot.chat.knowledge import load_knowledge  # noqa: E402
from bot.chat.language import reply_language  # noqa: E402
from bot.chat.routing import respond_text  # noqa: E402
from bot.search.hybrid import LAST_SIGNALS  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.staff.evaluate import percentile  # noqa: E402
from bot.text.language import detect  # noqa: E402

EXPECTED_LANG = {"en": "en", "zh": "zh-Hans", "vi": "vi", "pt": "pt-BR", "tl": "tl", "ko": "ko", "ne": "ne",
                 "ja-Latn": "easy", "ja-easy": "easy"}
ORDER = ("en", "zh", "vi", "pt", "tl", "ko", "ne", "ja-Latn", "ja-easy")


def lang_ok(case_lang: str, got: str) -> bool:
    want = EXPECTED_LANG[case_lang]
    return got == want or (want == "easy" and got == "ja")


def score(knowledge, case: dict) -> dict:
    q, expect = case["q"], case["expect"]
    ok_ids = {expect, *case.get("also", [])}
    found = detect(q)
    started = time.thread_time()
    lang = reply_language(None, None, q)
    reply = respond_text(knowledge, q, lang=lang)
    cpu_ms = (time.thread_time() - started) * 1000.0
    # what the cross-lingual stage adds to a reply: its own candidate signals, small talk and the rule (the query
    # vector is already in memory, as it is when the stage runs inside a reply)
    LAST_SIGNALS.clear()
    started = time.thread_time()
    crosslingual.small_talk(knowledge, q, lang)
    crosslingual.confident_entry(knowledge, q, lang)
    stage_ms = (time.thread_time() - started) * 1000.0
    has_phone = "tel:" in json.dumps(reply.messages)
    in_lang = lang_ok(case["lang"], reply.lang)
    act = expect.startswith("act:")
    if act:
        top1 = reply.kind == "greeting" if expect in ("act:greeting", "act:thanks") else None
        retrieval = None
    elif expect == "fallback":
        top1 = reply.kind == "fallback"
        retrieval = None
    else:
        top1 = reply.kind == "answer" and reply.entry_id in ok_ids
        retrieval = bool(reply.candidates) and reply.candidates[0].id in ok_ids
    answered = reply.kind == "answer" and reply.entry_id is not None
    # a wrong answer: an entry that is not the expected one (or any entry for an act or a "fallback" case)
    wrong = answered and (act or expect == "fallback" or reply.entry_id not in ok_ids)
    offered = {c.id for c in reply.candidates[:3] if c.score >= knowledge.thresholds.clarify} \
        if reply.kind == "clarify" else set()
    with_clarify = top1 if act or expect == "fallback" else bool(top1 or offered & ok_ids)
    served = in_lang and (reply.kind == "greeting" if expect in ("act:greeting", "act:thanks") else
                          has_phone or act)
    return {
        "q": q, "lang": case["lang"], "expect": expect, "kind": reply.kind, "got": reply.entry_id,
        "first": reply.candidates[0].id if reply.candidates else None, "reply_lang": reply.lang,
        "detect_ok": bool(found and (found.confident or found.likely) and lang_ok(case["lang"], found.lang)),
        "in_lang": in_lang, "phone": has_phone, "top1": top1, "retrieval": retrieval, "served": served, "act": act,
        "wrong": wrong, "with_clarify": with_clarify, "cpu_ms": cpu_ms, "stage_ms": stage_ms,
    }


LINGUA_ALONE = {"ENGLISH": "en", "PORTUGUESE": "pt-BR", "VIETNAMESE": "vi", "TAGALOG": "tl", "CHINESE": "zh-Hans",
                "KOREAN": "ko", "JAPANESE": "ja"}


def lingua_alone():
    """lingua restricted to the served languages it knows (it has no Nepali and no romaji Japanese)."""
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name in LINGUA_ALONE]
    return LanguageDetectorBuilder.from_languages(*languages).with_preloaded_language_models().build()


def detector_table(rows: list[dict], detector) -> str:
    out = ["| language | n | lingua alone | bot.text.language.detect |", "|---|---|---|---|"]
    groups = collections.defaultdict(list)
    for r in rows:
        groups[r["lang"]].append(r)
    totals = [0, 0, 0]
    for name in ORDER:
        group = groups.get(name, [])
        if not group:
            continue
        alone = 0
        for r in group:
            best = detector.detect_language_of(r["q"])
            alone += bool(best and lang_ok(r["lang"], LINGUA_ALONE[best.name]))
        ours = sum(r["detect_ok"] for r in group)
        totals = [totals[0] + len(group), totals[1] + alone, totals[2] + ours]
        out.append(f"| {name} | {len(group)} | {pct(alone, len(group))} | {pct(ours, len(group))} |")
    out.append(f"| **all** | {totals[0]} | {pct(totals[1], totals[0])} | {pct(totals[2], totals[0])} |")
    return "\n".join(out)


def pct(hits: int, n: int) -> str:
    return f"{100 * hits / n:.0f}% ({hits}/{n})" if n else "–"


def table(rows: list[dict]) -> str:
    out = ["| language | n | detection | reply in language | served (lang + phone / greeting) | top-1 answer "
           "| with clarify | wrong answers | retrieval top-1 |", "|---|---|---|---|---|---|---|---|---|"]
    groups = collections.defaultdict(list)
    for r in rows:
        groups[r["lang"]].append(r)
    foreign = [r for r in rows if not r["lang"].startswith("ja")]
    for name, group in [*((k, groups[k]) for k in ORDER if k in groups), ("**non-Japanese**", foreign),
                        ("**all**", rows)]:
        topical = [r for r in group if r["top1"] is not None]
        retrieval = [r for r in group if r["retrieval"] is not None]
        out.append(
            f"| {name} | {len(group)} | {pct(sum(r['detect_ok'] for r in group), len(group))} "
            f"| {pct(sum(r['in_lang'] for r in group), len(group))} | {pct(sum(r['served'] for r in group), len(group))} "
            f"| {pct(sum(bool(r['top1']) for r in topical), len(topical))} "
            f"| {pct(sum(bool(r['with_clarify']) for r in topical), len(topical))} "
            f"| {sum(r['wrong'] for r in group)} "
            f"| {pct(sum(bool(r['retrieval']) for r in retrieval), len(retrieval))} |"
        )
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the tune half's misses")
    args = parser.parse_args()
    started = time.perf_counter()
    knowledge = load_knowledge(Settings(content_dir=ROOT))
    detector = lingua_alone()
    for half in ("tune", "holdout"):
        cases = yaml.safe_load((ROOT / "bench" / "foreign" / f"{half}.yaml").read_text(encoding="utf-8"))["cases"]
        rows = [score(knowledge, c) for c in cases]
        foreign = sum(1 for r in rows if not r["lang"].startswith("ja") and not r["act"])
        print(f"\n### {half} half: {len(rows)} messages ({foreign} non-Japanese questions)\n")
        print(table(rows))
        cpu = [r["cpu_ms"] for r in rows[1:]]  # the first message of a process builds lingua's models
        stage = [r["stage_ms"] for r in rows[1:] if not r["lang"].startswith("ja")]
        print(f"\nCPU per message (detection + reply, query vectors not cached; after the first): median "
              f"{statistics.median(cpu):.1f} ms, p99 {percentile(cpu, 99):.1f} ms, max {max(cpu):.1f} ms; "
              f"of which the cross-lingual stage (bot/chat/crosslingual.py): median "
              f"{statistics.median(stage):.2f} ms, p99 {percentile(stage, 99):.2f} ms")
        print(f"\nLanguage detection alone ({half}; romaji and kana-spaced Japanese count as Japanese):\n")
        print(detector_table(rows, detector))
        if args.misses and half == "tune":
            for r in rows:
                if not r["served"] or r["top1"] is False or r["wrong"]:
                    print(f"- [{r['lang']}] {r['q']} → {r['kind']} {r['got'] or ''} (first {r['first']}, "
                          f"reply {r['reply_lang']}, want {r['expect']})")
    print(f"\n(run time {time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
