"""Staff translations on FAQ entries: `tsunagari check` refuses desk facts and unknown language codes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from bot.content import load_content
from bot.text.language import SERVED
from tests.conftest import ROOT

ENTRY = """\
entries:
  - id: zz-translated
    title: 訳のある項目
    questions: [訳のある項目の質問です]
    answer: まず福祉課に連絡してください。
    desks: [fukushika]
    translations:
{translations}
"""


def check(tmp_path, translations: str) -> subprocess.CompletedProcess[str]:
    shutil.copytree(ROOT / "faq", tmp_path / "faq")
    shutil.copytree(ROOT / "plan_data", tmp_path / "plan_data")
    (tmp_path / "faq" / "zz.yaml").write_text(ENTRY.format(translations=translations), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TSUNAGARI_", "LINE_"))}
    return subprocess.run([sys.executable, "-m", "bot", "check", "--content", str(tmp_path)], capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=120)


@pytest.mark.parametrize(
    "translation, problem",
    [
        ("      en: Please call the Welfare Division at 048-541-1321.", "電話番号"),
        ("      en: 'The desk is open from 8:30 on weekdays.'", "時間"),
        ("      pt-BR: A Prefeitura fica em 〒365-8601.", "住所"),
        ("      easy: 福祉課(ふくしか)に 午前9時に 電話(でんわ)して ください。", "時間"),
        ("      en:\n        title: Ask the city\n        answer: Call 0485411321 please.", "電話番号"),
    ],
)
def test_check_refuses_a_translation_with_a_desk_fact_naming_file_line_and_entry(tmp_path, translation, problem):
    result = check(tmp_path, translation)
    assert result.returncode == 1, result.stdout
    assert "faq/zz.yaml" in result.stderr and "zz-translated" in result.stderr and problem in result.stderr


def test_check_refuses_an_unknown_language_code(tmp_path):
    result = check(tmp_path, "      fr: Contactez d'abord la Division du bien-être.")
    assert result.returncode == 1 and "fr" in result.stderr and "zz-translated" in result.stderr


def test_check_accepts_a_plain_translation_and_the_bot_can_read_it(tmp_path):
    result = check(tmp_path, "      en: Please contact the Welfare Division (福祉課) first. In an emergency, call 119.")
    assert result.returncode == 0, result.stderr
    entry = load_content(tmp_path).entry_by_id["zz-translated"]
    assert entry.translations["en"].answer.startswith("Please contact")


def test_the_entries_residents_need_most_have_english_and_easy_japanese():
    content = load_content(ROOT)
    both = [e.id for e in content.entries if {"en", "easy"} <= set(e.translations)]
    assert len(both) >= 25
    assert all(set(e.translations) <= set(SERVED) - {"ja"} for e in content.entries)


def test_a_desk_translation_names_the_desk_but_never_carries_its_facts():
    from pydantic import ValidationError

    from bot.content.schema import Desk

    base = {"id": "d", "name": "福祉課", "description": "窓口です", "source": "s", "checked": "2026-11-28"}
    Desk.model_validate({**base, "translations": {"en": {"name": "Welfare Division (福祉課)"}}})
    for bad in ({"en": {"name": "Welfare", "note": "Open 8:30 to 17:15"}}, {"xx": {"name": "Welfare"}},
                {"ko": {"name": "복지과", "description": "전화 048-541-1321"}}):
        with pytest.raises(ValidationError):
            Desk.model_validate({**base, "translations": bad})
