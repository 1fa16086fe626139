"""Matcher behaviour a resident would notice, on a small hand-made corpus."""

from __future__ import annotations

import threading

import pytest

from bot.search import DEFAULT_THRESHOLDS, Document, Hit, Index, Thresholds, strip_boilerplate

DOCS = [
    Document(
        "seinen-kouken",
        ("成年後見制度について知りたい", "成年後見の申立てはどうすればいい", "認知症の親のお金の管理が心配"),
        "成年後見制度は、判断能力が不十分な方の財産管理や契約を支援する制度です。",
        ("後見人",),
    ),
    Document(
        "seikatsu-hogo",
        ("生活保護を受けたい", "生活が苦しくてお金がない", "せいかつほご"),
        "生活保護の相談は福祉課で受け付けています。",
    ),
    Document(
        "gomi",
        ("粗大ごみの出し方", "大きいごみを捨てたい", "そだいごみ"),
        "粗大ごみは予約制です。",
    ),
    Document(
        "kosodate",
        ("子育ての相談をしたい", "育児に疲れた", "子どもの発達が気になる"),
        "子育て世代包括支援センターで相談できます。",
    ),
    Document(
        "mynumber",
        ("マイナンバーカードをなくした", "マイナンバーカードの再発行", "個人番号カードを紛失した"),
        "マイナンバーカードを紛失したときは、まず警察に届け出てください。",
    ),
]


# The default uses chiVe vectors when ja-ginza is installed; the bot must behave without them.
@pytest.fixture(scope="module", params=["default", "no-vectors"])
def index(request: pytest.FixtureRequest) -> Index:
    if request.param == "no-vectors":
        return Index.build(DOCS, vector_weight=0.0, vector_expand=0.0)
    return Index.build(DOCS)


def top(index: Index, query: str) -> str | None:
    hits = index.search(query)
    return hits[0].id if hits else None


def test_len_and_types(index: Index) -> None:
    assert len(index) == 5
    hits = index.search("成年後見")
    assert hits and all(isinstance(h, Hit) for h in hits)
    assert isinstance(DEFAULT_THRESHOLDS, Thresholds)


@pytest.mark.parametrize(
    "query",
    [
        "成年後見",
        "せいねんこうけん",  # hiragana only
        "ｾｲﾈﾝｺｳｹﾝ",  # half-width katakana
        "成年後見について教えてください",  # boilerplate
        "せいねんこうけんについておしえてください",
        "成年後健の申し立て",  # typo
        "後見人",  # keyword
    ],
)
def test_finds_seinen_kouken(index: Index, query: str) -> None:
    assert top(index, query) == "seinen-kouken"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("生活保護を受けたいのですが", "seikatsu-hogo"),
        ("せいかつほご", "seikatsu-hogo"),
        ("粗大ゴミを出したい", "gomi"),
        ("ソダイゴミ", "gomi"),
        ("マイナンバーカードを紛失しました", "mynumber"),
        ("子育てについて相談したいです", "kosodate"),
    ],
)
def test_other_entries(index: Index, query: str, expected: str) -> None:
    assert top(index, query) == expected


def test_scores_are_sorted_and_bounded(index: Index) -> None:
    hits = index.search("マイナンバーカードの再発行", limit=5)
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 <= s <= 1.0 for s in scores)
    assert hits[0].id == "mynumber"


def test_exact_phrasing_scores_high_and_clear(index: Index) -> None:
    hits = index.search("粗大ごみの出し方")
    assert hits[0].id == "gomi"
    assert hits[0].score >= DEFAULT_THRESHOLDS.answer
    second = hits[1].score if len(hits) > 1 else 0.0
    assert hits[0].score - second >= DEFAULT_THRESHOLDS.margin


def test_limit(index: Index) -> None:
    assert len(index.search("相談", limit=2)) <= 2
    assert index.search("相談", limit=0) == []


def test_deterministic(index: Index) -> None:
    again = Index.build(DOCS, **index.config.describe())
    for q in ["お金", "相談したい", "カード", "せいねんこうけん"]:
        assert index.search(q) == index.search(q) == again.search(q)


@pytest.mark.parametrize("query", ["", "   ", "。。。", "!!!???", "😀😀", "について教えてください"])
def test_empty_or_garbage_query(index: Index, query: str) -> None:
    hits = index.search(query)
    assert hits == [] or hits[0].score < DEFAULT_THRESHOLDS.clarify


def test_out_of_scope_scores_low(index: Index) -> None:
    hits = index.search("明日の天気はどうですか")
    assert not hits or hits[0].score < DEFAULT_THRESHOLDS.clarify


def test_explain(index: Index) -> None:
    info = index.explain("せいねんこうけんについて教えてください", limit=3)
    assert "セイネン" in "".join(info["readings"])
    assert "教え" not in info["normalised"]
    assert info["hits"][0]["id"] == "seinen-kouken"
    assert {"score", "lexical", "fuzzy"} <= set(info["hits"][0])


def test_strip_boilerplate() -> None:
    assert "教え" not in strip_boilerplate("ごみの出し方について教えてください")
    assert strip_boilerplate("について教えてください")  # never empty
    # filler words are removed only where they are filler
    assert strip_boilerplate("かなしい気持ちです").startswith("かなしい")
    assert "さかな" in strip_boilerplate("さかなを釣りたい")
    assert "かな" not in strip_boilerplate("ごみの日はいつかな")
    assert "あの人" in strip_boilerplate("あの人に相談したい")


def test_empty_index() -> None:
    idx = Index.build([])
    assert len(idx) == 0
    assert idx.search("ごみ") == []


def test_unknown_option() -> None:
    with pytest.raises(TypeError):
        Index.build(DOCS, no_such_option=1)


def test_threads_one_at_a_time(index: Index) -> None:
    results: list[str | None] = []

    def work() -> None:
        for _ in range(5):
            results.append(top(index, "せいねんこうけん"))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == ["seinen-kouken"] * 20


def test_question_modes_agree_on_clear_cases() -> None:
    idx = Index.build(DOCS, question_mode="max")
    assert top(idx, "せいねんこうけん") == "seinen-kouken"
    assert top(idx, "マイナンバーカードを紛失しました") == "mynumber"


def test_long_query_is_not_dominated_by_fuzzy(index: Index) -> None:
    q = "先月から母の物忘れがひどくなってきて、通帳や印鑑の管理ができなくなってきたので成年後見を考えています"
    assert top(index, q) == "seinen-kouken"


def test_vectors_optional() -> None:
    from bot.text.japanese import load_vectors, spacy_hash

    loaded = load_vectors()
    if loaded is None:
        pytest.skip("ja-ginza not installed")
    key2row, matrix = loaded
    assert matrix.shape[1] == 300
    assert key2row.get(spacy_hash("後見")) is not None
    idx = Index.build(DOCS)
    assert idx.uses_vectors and idx.explain("お金")["uses_vectors"]


def test_works_without_ja_ginza(monkeypatch: pytest.MonkeyPatch) -> None:
    import bot.search.analysis as analysis
    import bot.search.vectors as matcher

    monkeypatch.setattr(matcher, "load_vectors", lambda: None)
    monkeypatch.setattr(analysis, "load_vectors", lambda: None)
    analysis.vector_row.cache_clear()
    try:
        idx = Index.build(DOCS)
        assert not idx.uses_vectors
        assert top(idx, "せいねんこうけん") == "seinen-kouken"
        assert top(idx, "粗大ゴミを出したい") == "gomi"
    finally:
        analysis.vector_row.cache_clear()
