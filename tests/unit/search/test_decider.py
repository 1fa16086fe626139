"""The decider: the ranking orders the candidates, the decider says how sure the top one is."""

from __future__ import annotations

import numpy as np

from bot.search import Document, Index
from bot.search.decider import DECIDER_FEATURES, inputs, scores
from bot.search.encoders import HashingEncoder
from bot.search.hybrid import FEATURES, FusionConfig, HybridIndex
from bot.store.vector_cache import CachedEncoder

DOCS = [
    Document("kaigo", ("介護保険のサービスを使いたい", "ヘルパーさんに来てほしい"), "要介護認定の申請をします。"),
    Document("volunteer", ("ボランティアを始めたい", "地域の役に立ちたい"), "社協のボランティアセンターへ。"),
    Document("food", ("食べ物がない", "ごはんが買えない"), "フードバンクがあります。"),
]


def _index(tmp_path, fusion: FusionConfig | None = None) -> HybridIndex:
    return HybridIndex(Index.build(DOCS), CachedEncoder(HashingEncoder(), tmp_path / "v.sqlite"), DOCS, fusion)


def _decider(**weights: float) -> tuple[float, ...]:
    return tuple(weights.get(n, 0.0) for n in DECIDER_FEATURES)


def test_the_decider_keeps_the_ranking_order_and_sets_the_top_score(tmp_path):
    plain = _index(tmp_path).search("食べ物がないです")
    # a decider that reads only the top candidate's lead over the second: sure when far ahead
    decided = _index(tmp_path, FusionConfig(decider=_decider(gap2=2.0), decider_bias=-1.0)).search("食べ物がないです")
    assert [h.id for h in decided] == [h.id for h in plain]
    assert decided[0].id == "food"
    assert [h.score for h in decided] == sorted((h.score for h in decided), reverse=True)
    assert decided[0].score != plain[0].score


def test_a_word_match_without_a_lead_is_less_sure_than_a_clear_lead():
    names = FEATURES
    feats = np.zeros((3, len(names)))
    weights = _decider(logit=1.0, gap2=1.0)
    close = scores(np.array([2.0, 1.9, -3.0]), feats, names, weights, 0.0)
    clear = scores(np.array([2.0, -2.0, -3.0]), feats, names, weights, 0.0)
    assert clear[0] > close[0]
    # the others keep their distance behind the top, in the ranking's logit
    assert np.isclose(np.log(close[0] / (1 - close[0])) - np.log(close[1] / (1 - close[1])), 0.1)


def test_a_lone_candidate_reads_a_capped_lead():
    x = inputs(np.array([3.0]), np.zeros((1, len(FEATURES))), FEATURES)
    assert x[DECIDER_FEATURES.index("gap2")] == x[DECIDER_FEATURES.index("gap3")] > 0
    assert np.isfinite(x).all()


def _reader_columns(**columns: list[float]) -> tuple[tuple[str, ...], np.ndarray]:
    names = FEATURES + ("second_phrasing", "second_phrasing_rr", "second_full_rr")
    feats = np.zeros((3, len(names)))
    for name, values in columns.items():
        feats[:, names.index(name)] = values
    return names, feats


def test_readers_that_put_the_top_candidate_first_count_as_agreeing():
    # the lexical index and USE's phrasings rank the top candidate first; e5 ranks it second
    names, feats = _reader_columns(lexical_rr=[1.0, 10 / 11, 0.5], phrasing_rr=[10 / 11, 1.0, 0.5],
                                   second_phrasing_rr=[1.0, 0.5, 10 / 11])
    x = inputs(np.array([2.0, 1.0, 0.0]), feats, names)
    assert x[DECIDER_FEATURES.index("agree")] == 2.0
    assert 0 < x[DECIDER_FEATURES.index("agree_rr")] < 1


def test_a_reader_margin_is_negative_when_another_candidate_leads_it_and_capped():
    names, feats = _reader_columns(lexical=[0.4, 0.9, 0.1], phrasing=[0.95, 0.10, 0.05])
    x = inputs(np.array([2.0, 1.0, 0.0]), feats, names)
    assert np.isclose(x[DECIDER_FEATURES.index("lexical_margin")], -0.3)  # behind by 0.5, read as the cap
    assert np.isclose(x[DECIDER_FEATURES.index("phrasing_margin")], 0.3)
    # an index without the second encoder reads its reader as not first, its margin as 0
    x = inputs(np.array([2.0, 1.0, 0.0]), np.zeros((3, len(FEATURES))), FEATURES)
    assert x[DECIDER_FEATURES.index("second_phrasing_margin")] == 0.0
