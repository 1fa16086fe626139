"""`check` in one pass: every problem of every file in one run, sorted, with both places of a duplicate."""

from __future__ import annotations

import pytest

from bot.content.yamlload import YamlProblem, parse_yaml
from tests.unit.content.test_content import _copy, _errors

THREE_MISTAKES = """\
entries:
  - id: first-one
    title: ひとつめの項目
    questions: [ひとつめの質問です]
    answer: 答えです。
    desks: [fukushika]
  - id: first-one
    title: ふたつめの項目
    questions: [ふたつめの質問です]
    answer: 答えです。
    desks: [no-such-desk]
  - id: third-one
    title: みっつめの項目
    questions: [みっつめの質問です]
    answr: つづり間違い
    desks: [fukushika]
"""


def test_three_different_mistakes_in_one_file_are_all_named_in_one_run(tmp_path):
    root = _copy(tmp_path)
    (root / "faq/zz-bad.yaml").write_text(THREE_MISTAKES)
    errors = [e for e in _errors(root) if "zz-bad.yaml" in e]
    assert any(":7 " in e and "重複" in e and "zz-bad.yaml:2" in e for e in errors), errors  # names the first too
    assert any(":11 " in e and "no-such-desk" in e for e in errors), errors
    assert any(":15 " in e and "answr" in e for e in errors), errors
    lines = [int(e.split(":")[1].split()[0]) for e in errors]
    assert lines == sorted(lines)


def test_errors_of_several_files_come_in_one_run_sorted_by_file(tmp_path):
    root = _copy(tmp_path)
    (root / "faq/aa-bad.yaml").write_text(THREE_MISTAKES.replace("first-one", "aa-one"))
    (root / "faq/zz-bad.yaml").write_text("entries:\n  - id: x\n    title: [unclosed\n    answer: a\n")
    errors = _errors(root)
    files = [e.split(":")[0] for e in errors]
    assert "faq/aa-bad.yaml" in files and "faq/zz-bad.yaml" in files
    assert files == sorted(files)


def test_a_question_in_two_entries_names_both_places(tmp_path):
    root = _copy(tmp_path)
    text = THREE_MISTAKES.replace("ふたつめの質問です", "ひとつめの質問です").replace("id: first-one\n    title: ふたつめ",
                                                                            "id: second-one\n    title: ふたつめ")
    (root / "faq/zz-bad.yaml").write_text(text)
    errors = _errors(root)
    assert any("zz-bad.yaml:9" in e and "first-one(faq/zz-bad.yaml:4)" in e for e in errors), errors


@pytest.mark.parametrize(
    "text, line, needle",
    [
        ("entries:\n  - id: x\n    title: [unclosed\n    answer: a\n", 3, "]」で閉じていません"),
        ('entries:\n  - id: x\n    title: "abc\n    answer: a\n', 3, "引用符"),
        ("entries:\n  - id: x\n    title t\n    answer: a\n", 3, "「:」がありません"),
        ("entries:\n  - id: x\n    title: t\n   answer: a\n", 4, "字下げ"),
        ("entries:\n  - id: x\n\ttitle: t\n", 3, "タブ"),
        ("entries:\n  - id: x\n    title: a: b\n", 3, "囲んで"),
    ],
)
def test_yaml_syntax_errors_are_in_japanese_on_the_line_of_the_mistake(text, line, needle):
    with pytest.raises(YamlProblem) as caught:
        parse_yaml(text.encode(), "faq/x.yaml")
    assert caught.value.line == line and needle in caught.value.message, caught.value
