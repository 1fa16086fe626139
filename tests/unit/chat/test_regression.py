"""The resident-phrasing regression set: top-1 accuracy, crisis recall, and fallbacks for out-of-scope."""

from __future__ import annotations

import pytest
import yaml

from bot.chat.knowledge import load_knowledge
from bot.chat.routing import respond_text
from bot.settings import Settings
from tests.conftest import ROOT

CASES = yaml.safe_load((ROOT / "tests" / "regression.yaml").read_text(encoding="utf-8"))["cases"]


@pytest.fixture(scope="module")
def results():
    knowledge = load_knowledge(Settings(content_dir=ROOT))
    return [(case, respond_text(knowledge, case["q"])) for case in CASES]


def test_regression_set_is_large_enough():
    assert len(CASES) >= 150
    kinds = {c["expect"] if c["expect"] in ("crisis", "fallback") else "entry" for c in CASES}
    assert kinds == {"crisis", "fallback", "entry"}


def test_expected_entries_exist(results):
    knowledge = load_knowledge(Settings(content_dir=ROOT))
    missing = [c["expect"] for c in CASES if c["expect"] not in ("crisis", "fallback", "greeting")
               and c["expect"] not in knowledge.content.entry_by_id]
    assert missing == []


def test_top1_accuracy_is_at_least_95_percent(results):
    scored = [(c, r) for c, r in results if c["expect"] not in ("crisis", "fallback", "greeting")]
    # A desk's phone asked for (「福祉課 電話番号」) is answered with that desk's number: right for 連絡先.
    wrong = [(c["q"], c["expect"], r.candidates[0].id if r.candidates else r.kind) for c, r in scored
             if not (r.kind == "desk" and c["expect"] == "bot-renrakusaki")
             and (not r.candidates or r.candidates[0].id != c["expect"] or r.kind == "crisis")]
    accuracy = 1 - len(wrong) / len(scored)
    assert accuracy >= 0.95, f"top-1 {accuracy:.1%}; wrong: {wrong}"


def test_every_crisis_phrasing_gets_hotlines(results):
    missed = [c["q"] for c, r in results if c["expect"] == "crisis" and r.kind != "crisis"]
    assert missed == []
    for c, r in results:
        if c["expect"] == "crisis":
            assert "tel:" in str(r.messages[1]), c["q"]


def test_no_ordinary_question_gets_a_crisis_reply(results):
    wrong = [c["q"] for c, r in results if c["expect"] != "crisis" and r.kind == "crisis"]
    assert wrong == []


def test_out_of_scope_questions_fall_back_to_a_human_desk(results):
    out_of_scope = [(c, r) for c, r in results if c["expect"] == "fallback"]
    wrong = [(c["q"], r.kind, r.candidates[0].id if r.candidates else None) for c, r in out_of_scope
             if r.kind == "answer"]
    # Never a confident answer: other city services (「パスポートの申請」) get the "not a welfare question" reply
    # with the city's line; other messages fall back, or (weak evidence; thresholds fitted on the tuning
    # halves, docs/benchmarks-matching.md) ask back with どれでもない leading to the desks.
    assert len(wrong) <= len(out_of_scope) // 20, wrong
    for c, r in results:
        if r.kind == "fallback":
            flat = str(r.messages)
            assert "048-541-1321" in flat and "048-597-2100" in flat
