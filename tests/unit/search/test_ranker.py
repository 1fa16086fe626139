"""The learned ranker: a stored LightGBM model orders the candidates, and the bot's own model file is usable."""

from __future__ import annotations

import lightgbm
import numpy as np
import pytest

from bot.search import Index
from bot.search.encoders import HashingEncoder
from bot.search.hybrid import FEATURES, FusionConfig, HybridIndex
from bot.store.vector_cache import CachedEncoder
from tests.unit.search.lambdarank import DOCS, TRAIN, train_ranker


def _index(tmp_path, fusion: FusionConfig | None = None) -> HybridIndex:
    return HybridIndex(Index.build(DOCS), CachedEncoder(HashingEncoder(), tmp_path / "v.sqlite"), DOCS, fusion)


def _model(tmp_path, names: list[str]) -> str:
    return train_ranker(_index(tmp_path), [d.id for d in DOCS], TRAIN, names, tmp_path / "ranker.txt")


def test_a_stored_model_orders_the_entries_and_its_scores_read_as_probabilities(tmp_path):
    model = _model(tmp_path, list(FEATURES))
    index = _index(tmp_path, FusionConfig(model=model, scale=1.0, bias=0.0))
    hits = index.search("食べ物がないです")
    assert hits[0].id == "food"
    assert all(0.0 <= h.score <= 1.0 for h in hits)
    assert hits[0].score > hits[-1].score


def test_a_model_may_read_a_subset_of_the_signals(tmp_path):
    model = _model(tmp_path, ["lexical", "phrasing", "full"])
    index = _index(tmp_path, FusionConfig(model=model))
    assert index.search("ボランティアを始めたい")[0].id == "volunteer"


def test_a_model_that_reads_a_signal_the_index_lacks_is_refused_with_its_name(tmp_path):
    path = tmp_path / "odd.txt"
    data = lightgbm.Dataset(np.random.default_rng(0).normal(size=(40, 2)), np.arange(40) % 3, group=[20, 20],
                            feature_name=["lexical", "chive_cosine"])
    lightgbm.train({"objective": "lambdarank", "verbosity": -1, "num_threads": 1, "min_data_in_leaf": 1}, data,
                   num_boost_round=2).save_model(str(path))
    with pytest.raises(ValueError, match="chive_cosine"):
        _index(tmp_path, FusionConfig(model=str(path)))
