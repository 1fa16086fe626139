"""The tsunagari command as staff use it: ask, ask --json, check."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from types import SimpleNamespace

import pytest

from bot.cli import main
from tests.conftest import ROOT


def run_process(*args: str, stdin: str | None = None, cwd=ROOT, env_extra: dict[str, str] | None = None):
    """The real entry point in its own process (`python -m bot`), for the one test that proves it works."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TSUNAGARI_", "LINE_"))}
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True, cwd=cwd, env=env,
        timeout=120,
    )


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """`tsunagari …` in this process (bot.cli.main), with a clean environment, a working directory and stdin."""

    def call(*args: str, stdin: str | None = None, cwd=ROOT, env_extra: dict[str, str] | None = None):
        for key in list(os.environ):
            if key.startswith(("TSUNAGARI_", "LINE_")):
                monkeypatch.delenv(key)
        for key, value in (env_extra or {}).items():
            monkeypatch.setenv(key, value)
        monkeypatch.chdir(cwd)
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin or ""))
        capsys.readouterr()
        code = main(list(args))
        out, err = capsys.readouterr()
        return SimpleNamespace(returncode=code, stdout=out, stderr=err)

    return call


def test_ask_prints_the_reply_as_a_person_reads_it():
    result = run_process("ask", "ボランティアを始めたい")
    assert result.returncode == 0, result.stderr
    assert "ボランティア" in result.stdout
    assert "tel:" in result.stdout  # the desk card's call button


def test_ask_json_gives_one_object_per_question_with_line_messages(run):
    result = run("ask", "--json", stdin="せいねんこうけん\n今日の天気は？\n死にたい\nこんにちは\n")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["question"] for r in records] == ["せいねんこうけん", "今日の天気は？", "死にたい", "こんにちは"]
    assert records[2]["kind"] == "crisis" and records[3]["kind"] == "greeting"
    assert records[1]["kind"] == "fallback"
    for record in records:
        assert set(record) == {"question", "kind", "messages", "candidates"}
        assert 1 <= len(record["messages"]) <= 5
        assert all(m["type"] in ("text", "flex") for m in record["messages"])
    assert "kouken" in records[0]["candidates"][0]["id"]


def test_check_passes_on_real_content_and_fails_with_located_errors(run, tmp_path):
    ok = run("check")
    assert ok.returncode == 0, ok.stderr
    assert "OK" in ok.stdout
    assert "募集期限" in ok.stdout  # the sample opening that already expired is pointed out, not fatal

    shutil.copytree(ROOT / "faq", tmp_path / "faq")
    shutil.copytree(ROOT / "plan_data", tmp_path / "plan_data")
    (tmp_path / "faq" / "broken.yaml").write_text("entries:\n  - id: x\n    title: t\n    questions: [q]\n    anser: a\n")
    bad = run("check", "--content", str(tmp_path))
    assert bad.returncode == 1
    assert "faq/broken.yaml:5" in bad.stderr and "anser" in bad.stderr


def test_unknown_setting_is_refused(run):
    result = run("check", env_extra={"TSUNAGARI_DATABSE_URL": "sqlite:///x.db"})
    assert result.returncode == 2 and "TSUNAGARI_DATABSE_URL" in result.stderr


def test_ask_shows_the_version_in_the_language_staff_ask_for(run):
    english = run("ask", "--lang", "en", "介護保険の申請をしたい")
    assert english.returncode == 0, english.stderr
    assert "long-term care insurance" in english.stdout and "tel:" in english.stdout
    assert run("ask", "--lang", "fr", "x").returncode == 2
