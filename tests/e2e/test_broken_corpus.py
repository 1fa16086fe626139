"""≥ 100 broken content files, generated from the real ones: each is refused with a located message, and a
live reload with each leaves the served version and the replies to a probe set byte-identical."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import httpx
import pytest

from bot.cli import main as cli
from tests.broken_corpus import FAQ_FILES, cases
from tests.conftest import ROOT, Server
from tests.e2e.test_reload import ADMIN, PROBES, ask_all, copy_content, health, reload


def corpus_root(tmp_path: Path) -> Path:
    """The real plan_data/ and the real FAQ files the corpus damages (fewer files: each reload is faster)."""
    root = tmp_path / "corpus"
    shutil.copytree(ROOT / "plan_data", root / "plan_data")
    (root / "faq").mkdir()
    for rel in FAQ_FILES:
        shutil.copy(ROOT / rel, root / rel)
    return root


@pytest.fixture
def corpus_server(settings, tmp_path):
    root = corpus_root(tmp_path)
    running = Server(settings.with_(content_dir=root, admin_token=ADMIN)).start()
    yield running, root
    running.stop()


def located(case, errors: list[dict]) -> bool:
    for e in errors:
        if e["path"] != case.path or (case.line and e["line"] <= 0):
            continue
        if case.entry is not None and e["entry"] != case.entry:
            continue
        if case.field and case.field not in (e["field"] or ""):
            continue
        if case.needle and case.needle not in e["text"]:
            continue
        return True
    return False


def test_the_corpus_has_at_least_100_distinct_broken_files(tmp_path):
    corpus = cases(ROOT)
    assert len(corpus) >= 100
    assert len({c.name for c in corpus}) == len(corpus)
    assert len({(c.path, c.data) for c in corpus}) == len(corpus)


@pytest.mark.slow
def test_every_broken_file_is_refused_with_a_located_message_and_serving_is_unchanged(corpus_server, fake_line):
    staff_server, content_root = corpus_server
    corpus = cases(content_root)
    before = ask_all(staff_server, fake_line, PROBES)
    version = health(staff_server)["version"]
    unlocated = []
    for n, case in enumerate(corpus):
        target = content_root / case.path
        good = target.read_bytes()
        target.write_bytes(case.data)
        try:
            response = reload(staff_server)
        finally:
            target.write_bytes(good)
        assert response.status_code == 422, (case.name, response.text[:300])
        result = response.json()
        assert result["version"] == version and result["errors"], case.name
        if not located(case, result["errors"]):
            unlocated.append((case.name, [e["text"] for e in result["errors"]][:3]))
        if n % 25 == 0:
            assert health(staff_server)["version"] == version
            assert ask_all(staff_server, fake_line, PROBES[:2]) == {q: before[q] for q in PROBES[:2]}
    assert not unlocated, json.dumps(unlocated, ensure_ascii=False, indent=1)
    assert health(staff_server)["version"] == version
    assert ask_all(staff_server, fake_line, PROBES) == before
    status = httpx.get(f"{staff_server.url}/admin/api/status", headers={"authorization": f"Bearer {ADMIN}"}, timeout=10).json()
    assert status["failures"] == len(corpus)
    print(f"\nbroken corpus: {len(corpus)} files refused with located messages; version {version} kept serving")


def test_check_names_both_entries_when_two_phrasings_collide(tmp_path, capsys):
    root = copy_content(tmp_path)
    faq = root / "faq/volunteer.yaml"
    text = faq.read_text()
    from tests.broken_corpus import _ids, set_field

    first, second = _ids(text)[:2]
    faq.write_text(set_field(text, first, "questions", "[ボランティアを始めたい, ほかの質問]"))
    faq.write_text(set_field(faq.read_text(), second, "questions", "[ぼらんてぃあを　始めたい！]"))
    assert cli(["check", "--content", str(root)]) == 1
    err = capsys.readouterr().err
    line = next(line for line in err.splitlines() if "同じです" in line)
    assert "faq/volunteer.yaml:" in line and second in line and first in line, err


def test_check_explains_malformed_phone_date_and_url_in_plain_japanese(tmp_path, capsys):
    from tests.broken_corpus import DESKS, _ids, set_field

    root = copy_content(tmp_path)
    desks = root / DESKS
    text = desks.read_text()
    first = _ids(text)[0]
    text = set_field(text, first, "phones", "[{number: '0485411321'}]")
    text = set_field(text, first, "url", "www.example.jp")
    text = set_field(text, first, "checked", "令和8年11月28日")
    desks.write_text(text)
    assert cli(["check", "--content", str(root)]) == 1
    err = capsys.readouterr().err
    assert "ハイフン区切り" in err and "https:// で始め" in err and "2026-11-28 のように" in err
    assert "pattern" not in err and "Input should" not in err
