"""A second encoder's signals (bot.search.second): the learned ranker may read them, an index without a second
encoder still ranks with such a model, and the second encoder keeps the content's vectors on disk but never a
message's."""

from __future__ import annotations

import pytest

from bot.search import Index
from bot.search.encoders import HashingEncoder, MemoEncoder
from bot.search.hybrid import FEATURES, FusionConfig, HybridIndex
from bot.search.second import SECOND_FEATURES
from bot.store.vector_cache import CachedEncoder
from tests.unit.search.lambdarank import DOCS, TRAIN, train_ranker


def _second() -> HashingEncoder:
    return HashingEncoder(dim=128, ngrams=(2, 3))  # another reader than the main encoder's


def _index(tmp_path, fusion: FusionConfig | None = None, *, second: bool = True) -> HybridIndex:
    other = _second() if second else None
    return HybridIndex(Index.build(DOCS), CachedEncoder(HashingEncoder(), tmp_path / "v.sqlite"), DOCS, fusion,
                       second=other)


def _model(tmp_path, names: list[str]) -> str:
    return train_ranker(_index(tmp_path), [d.id for d in DOCS], TRAIN, names, tmp_path / "ranker.txt")


def test_a_model_reading_only_the_second_encoders_signals_orders_the_entries(tmp_path):
    model = _model(tmp_path, list(SECOND_FEATURES))
    index = _index(tmp_path, FusionConfig(model=model))
    assert index.features == FEATURES + SECOND_FEATURES
    assert index.search("食べ物がないです")[0].id == "food"
    assert index.search("ボランティアを始めたいです")[0].id == "volunteer"


def test_the_second_encoder_reads_a_documents_own_phrasing_as_its_best_match(tmp_path):
    index = _index(tmp_path)
    cand, feats = index.signals("乗合タクシーを使いたい")
    taxi = feats[[int(i) for i in cand].index(3)]
    col = {n: taxi[len(FEATURES) + i] for i, n in enumerate(SECOND_FEATURES)}
    assert col["second_phrasing"] == pytest.approx(1.0, abs=1e-5)
    assert col["second_phrasing_gap"] == pytest.approx(0.0, abs=1e-6)
    assert col["second_phrasing_rr"] == pytest.approx(1.0)


def test_without_a_second_encoder_a_model_that_reads_its_signals_still_ranks_on_the_others(tmp_path):
    # a main encoder with no second reader (bot.chat.knowledge.SECOND_ENCODERS) must still start and answer
    model = _model(tmp_path, ["lexical", "phrasing", "full", "second_phrasing", "second_full"])
    index = _index(tmp_path, FusionConfig(model=model), second=False)
    assert index.search("ボランティアを始めたい")[0].id == "volunteer"
    assert index.explain("ボランティアを始めたい")["hits"][0]["second_phrasing"] == 0.0


def test_the_second_encoder_keeps_the_contents_vectors_on_disk_but_never_a_message(tmp_path):
    path = tmp_path / "second.sqlite"
    content = CachedEncoder(_second(), path, persist_queries=True)
    messages = MemoEncoder(CachedEncoder(_second(), path))
    HybridIndex(Index.build(DOCS), HashingEncoder(), DOCS, second=messages, second_content=content)
    stored = len(content)
    assert stored > 0
    index = HybridIndex(Index.build(DOCS), HashingEncoder(), DOCS, second=messages, second_content=content)
    index.search("夫のことで誰にも言えない悩みがある")
    assert len(content) == stored
