"""Metric functions on hand-made cases, and the eval command end to end."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from bot.staff.evaluate import (
    evaluate_rankings,
    hit_at_k,
    main,
    mrr_at_k,
    ndcg_at_k,
    parse_benchmark_doc,
    percentile,
    recall_at_k,
)


def test_ndcg_perfect() -> None:
    assert ndcg_at_k(["a", "b", "c"], {"a": 2, "b": 1}) == pytest.approx(1.0)


def test_ndcg_single_relevant_at_rank_2() -> None:
    assert ndcg_at_k(["x", "a"], {"a": 2}) == pytest.approx(1 / math.log2(3))


def test_ndcg_gain_is_grade() -> None:
    # ideal: 2, 1 ; got: 1, 2
    got = 1 / 1 + 2 / math.log2(3)
    ideal = 2 / 1 + 1 / math.log2(3)
    assert ndcg_at_k(["b", "a"], {"a": 2, "b": 1}) == pytest.approx(got / ideal)


def test_ndcg_cut_at_k_and_no_relevant() -> None:
    assert ndcg_at_k(["x"] * 10 + ["a"], {"a": 2}, k=10) == 0.0
    assert ndcg_at_k(["a"], {"a": 0}) is None


def test_recall() -> None:
    q = {"a": 2, "b": 1, "c": 1, "z": 0}
    assert recall_at_k(["a", "x", "c"], q) == pytest.approx(2 / 3)
    assert recall_at_k(["x"] * 10 + ["a"], {"a": 1}, k=10) == 0.0
    assert recall_at_k(["a"], {}) is None


def test_hit_and_mrr_count_grade_2_only() -> None:
    q = {"a": 1, "b": 2}
    ranking = ["a", "x", "b"]
    assert hit_at_k(ranking, q, 1) == 0.0
    assert hit_at_k(ranking, q, 3) == 1.0
    assert mrr_at_k(ranking, q) == pytest.approx(1 / 3)
    assert hit_at_k(ranking, {"a": 1}, 1) is None  # no grade-2: not counted
    assert mrr_at_k([], q) == 0.0


def test_evaluate_rankings_averages_only_judged_queries() -> None:
    rankings = {"1": ["a"], "2": ["x", "b"], "3": ["c"]}
    qrels = {"1": {"a": 2}, "2": {"b": 2}, "3": {"c": 1}}
    m = evaluate_rankings(rankings, qrels)
    assert m["queries"] == 3
    assert m["hit@1"] == pytest.approx(0.5)  # query 3 has no grade-2 document
    assert m["mrr@10"] == pytest.approx((1 + 0.5) / 2)
    assert m["recall@10"] == pytest.approx(1.0)


def test_percentile() -> None:
    assert percentile([1, 2, 3, 4], 50) == 2
    assert percentile(list(range(1, 101)), 99) == 99
    assert percentile([5.0], 99) == 5.0


def test_parse_benchmark_doc() -> None:
    d = parse_benchmark_doc("7", "Question: ごみの出し方は？\nAnswer: 月曜日です。\n")
    assert d.id == "7" and d.questions == ("ごみの出し方は？",) and d.answer == "月曜日です。"
    d = parse_benchmark_doc("8", "plain text")
    assert d.questions == ("plain text",) and d.answer == ""


def test_main_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = {
        "1": "Question: 粗大ごみの出し方\nAnswer: 予約制です。",
        "2": "Question: 生活保護の相談\nAnswer: 福祉課へ。",
        "3": "Question: 成年後見制度について\nAnswer: 財産管理を支援します。",
    }
    queries = {"10": "そだいごみを出したい", "11": "せいねんこうけん"}
    qrels = {"10": {"1": 2}, "11": {"3": 2, "2": 1}}
    paths = {}
    for name, obj in (("c", corpus), ("q", queries), ("r", qrels)):
        paths[name] = tmp_path / f"{name}.json"
        paths[name].write_text(json.dumps(obj, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "rank.jsonl"
    rc = main(
        [
            "--corpus",
            str(paths["c"]),
            "--queries",
            str(paths["q"]),
            "--qrels",
            str(paths["r"]),
            "--rankings",
            str(out),
            "--k",
            "3",
        ]
    )
    assert rc == 0
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["qid"] for x in lines] == ["10", "11"]
    assert lines[0]["ids"][0] == "1" and lines[1]["ids"][0] == "3"
    printed = capsys.readouterr().out
    assert "Recall@3" in printed and "Hit@1 100.0%" in printed and "p99" in printed


def test_main_bad_path(tmp_path: Path) -> None:
    assert main(["--corpus", str(tmp_path / "none.json"), "--queries", str(tmp_path / "q.json")]) == 2


def test_eval_keeps_the_corpus_vectors_on_disk_and_never_the_queries(tmp_path: Path, monkeypatch) -> None:
    """A second `tsunagari eval` reads the corpus's vectors from the cache instead of encoding it again (the
    localgovFAQ corpus took ~47 min to encode each run); the queries, like residents' words, are not kept."""
    import sqlite3

    from bot.staff.evaluate import main

    corpus = {f"d{i}": f"Question: 質問{i}について教えて\nAnswer: 答え{i}です" for i in range(6)}
    queries = {"q1": "質問3が知りたい", "q2": "答え5はどこ"}
    (tmp_path / "corpus.json").write_text(json.dumps(corpus, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "queries.json").write_text(json.dumps(queries, ensure_ascii=False), encoding="utf-8")
    cache = tmp_path / "vectors.sqlite"
    monkeypatch.setenv("TSUNAGARI_ENCODER", "hashing")
    monkeypatch.setenv("TSUNAGARI_VECTOR_CACHE", str(cache))
    args = ["--corpus", str(tmp_path / "corpus.json"), "--queries", str(tmp_path / "queries.json")]
    assert main(args) == 0
    with sqlite3.connect(cache) as db:
        tables = [name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        rows = sum(db.execute(f"SELECT COUNT(*) FROM {name}").fetchone()[0] for name in tables)  # noqa: S608
    assert rows >= len(corpus)  # every document, at least once (title and questions may be apart)
    assert rows < len(corpus) * 4 + len(queries)
    assert main(args) == 0
