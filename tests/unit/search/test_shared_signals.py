"""One query's candidates and signals are computed once for all its readers, and never served for another query,
another snapshot or another encoder."""

from __future__ import annotations

import numpy as np
import pytest

from bot.search import Document, Index
from bot.search.encoders import HashingEncoder, MemoEncoder
from bot.search.hybrid import LAST_SIGNALS, FusionConfig, HybridIndex

DOCS = [
    Document("kaigo", ("介護保険のサービスを使いたい", "ヘルパーさんに来てほしい"), "要介護認定の申請をします。"),
    Document("volunteer", ("ボランティアを始めたい", "地域の役に立ちたい"), "社協のボランティアセンターへ。"),
    Document("food", ("食べ物がない", "ごはんが買えない"), "フードバンクがあります。"),
]
FUSION = FusionConfig(weights=(2.0, 5.0, 1.0, 5.0, 1.0, 1.0, 3.0, 2.0, 4.0), bias=-9.0)


class Counted(HybridIndex):
    """The real index, with its signal computations counted."""

    computed = 0

    def signals(self, query: str) -> tuple[np.ndarray, np.ndarray]:
        Counted.computed += 1
        return super().signals(query)


def build() -> Counted:
    return Counted(Index.build(DOCS), MemoEncoder(HashingEncoder()), DOCS, FUSION)


def test_a_query_read_twice_is_computed_once_and_ranks_the_same():
    LAST_SIGNALS.clear()
    index = build()
    Counted.computed = 0
    first = index.search("ボランティアを始めたい")
    again = index.search("ボランティアを始めたい")
    assert Counted.computed == 1
    assert first == again and first[0].id == "volunteer"


def test_another_query_or_snapshot_gets_its_own_signals():
    LAST_SIGNALS.clear()
    index, other = build(), build()
    Counted.computed = 0
    assert index.search("ボランティアを始めたい")[0].id == "volunteer"
    assert index.search("ごはんが買えない")[0].id == "food"
    assert other.search("ごはんが買えない")[0].id == "food"
    other.encoder = MemoEncoder(HashingEncoder())  # a fresh encoder (bench/reply_latency.py swaps one in)
    other.search("ごはんが買えない")
    assert Counted.computed == 4


def test_the_shared_signals_cannot_be_changed_by_a_reader():
    LAST_SIGNALS.clear()
    cand, feats = build().shared_signals("食べ物がない")
    with pytest.raises(ValueError):
        feats[0, 0] = 1.0
    with pytest.raises(ValueError):
        cand[0] = 0
