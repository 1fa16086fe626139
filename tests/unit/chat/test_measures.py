"""Plan measures say something, and `check` refuses an answer that only repeats its title."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.content import ContentInvalid, load_content
from bot.content.load import repeats_title

ROOT = Path(__file__).resolve().parents[3]


def test_no_plan_measure_answers_with_only_its_title():
    content = load_content(ROOT)
    measures = [e for e in content.entries if e.id.startswith("plan-measure-")]
    assert len(measures) == 24
    for entry in measures:
        assert not repeats_title(entry), entry.id
        assert "説明" in entry.answer or "目指す姿" in entry.answer, entry.id  # marked as an explanation


def test_check_refuses_an_entry_whose_answer_repeats_its_title(tmp_path):
    for part in ("faq", "plan_data"):
        shutil.copytree(ROOT / part, tmp_path / part)
    path = tmp_path / "faq" / "bot.yaml"
    text = path.read_text(encoding="utf-8")
    first_answer = text.index("answer:")
    end = text.index("\n    desks:", first_answer)
    title_line = next(line for line in text[:first_answer].splitlines()[::-1] if line.strip().startswith("title:"))
    title = title_line.split(":", 1)[1].strip()
    path.write_text(text[:first_answer] + f"answer: 「{title}」" + text[end:], encoding="utf-8")
    with pytest.raises(ContentInvalid) as caught:
        load_content(tmp_path)
    assert any("タイトルをくり返している" in str(e) and "faq/bot.yaml" in str(e) for e in caught.value.errors)
