"""`tsunagari ask --explain` and `tsunagari schema`."""

from __future__ import annotations

import json

from bot.cli import main as cli
from bot.content import load_content
from tests.conftest import ROOT


def test_explain_shows_normalised_query_candidates_scores_decision_and_thresholds(capsys):
    assert cli(["ask", "--explain", "--content", str(ROOT), "ボランティアを始めたい"]) == 0
    out = capsys.readouterr().out
    assert "正規化:" in out and "候補" in out and "しきい値:" in out and "answer ≥ 0." in out
    assert "判定:       answer" in out and "volunteer-start" in out
    assert " 1. 0." in out


def test_explain_says_when_crisis_rules_win(capsys):
    assert cli(["ask", "--explain", "--content", str(ROOT), "もう死にたい"]) == 0
    out = capsys.readouterr().out
    assert "判定:       crisis" in out and "危機" in out


def test_explain_fallback_names_the_threshold(capsys):
    assert cli(["ask", "--explain", "--content", str(ROOT), "宇宙旅行の申し込み方法を知りたい"]) == 0
    out = capsys.readouterr().out
    assert ("判定:       fallback" in out and "<" in out) or "判定:       clarify" in out


def test_schema_writes_json_schemas_that_match_the_real_files(tmp_path, capsys):
    assert cli(["schema", "--out", str(tmp_path)]) == 0
    written = {p.name: json.loads(p.read_text()) for p in tmp_path.glob("*.json")}
    assert {"faq.schema.json", "desks.schema.json", "plan.schema.json"} <= set(written)
    faq = written["faq.schema.json"]
    entry = faq["$defs"]["Entry"]
    assert faq["required"] == ["entries"] and entry["additionalProperties"] is False
    assert {"id", "title", "questions", "answer"} <= set(entry["required"])
    assert entry["properties"]["id"]["pattern"]
    desk = written["desks.schema.json"]["$defs"]["Desk"]
    assert {"source", "checked"} <= set(desk["required"])
    assert written["desks.schema.json"]["$defs"]["Phone"]["properties"]["number"]["pattern"]
    # every field staff use in the real content is described, so the editor does not flag good files
    content = load_content(ROOT)
    used = {k for e in content.entries if not e.id.startswith("plan-") for k in e.model_fields_set}
    assert used <= set(entry["properties"])
