"""The hybrid index: sentence vectors find what words miss, and a rebuild encodes only what changed."""

from __future__ import annotations

import numpy as np
import pytest

from bot.search import Document, Index
from bot.search.encoders import HashingEncoder, MemoEncoder
from bot.search.hybrid import LAST_SIGNALS, FusionConfig, HybridIndex, kana_share
from bot.store.vector_cache import CachedEncoder

DOCS = [
    Document("kaigo", ("介護保険のサービスを使いたい", "ヘルパーさんに来てほしい"), "要介護認定の申請をします。"),
    Document("volunteer", ("ボランティアを始めたい", "地域の役に立ちたい"), "社協のボランティアセンターへ。"),
    Document("food", ("食べ物がない", "ごはんが買えない"), "フードバンクがあります。"),
]
FUSION = FusionConfig(weights=(2.0, 5.0, 1.0, 5.0, 1.0, 1.0, 3.0, 2.0, 4.0), bias=-9.0)


def test_the_best_entry_comes_first_and_scores_are_probabilities(tmp_path):
    encoder = CachedEncoder(HashingEncoder(), tmp_path / "v.sqlite")
    index = HybridIndex(Index.build(DOCS), encoder, DOCS, FUSION)
    hits = index.search("ボランティアを始めたいです")
    assert hits[0].id == "volunteer"
    assert all(0.0 <= h.score <= 1.0 for h in hits)
    assert hits[0].score > hits[-1].score
    assert index.search("   ") == []


def test_a_rebuild_encodes_only_new_or_changed_texts(tmp_path):
    encoder = CachedEncoder(HashingEncoder(), tmp_path / "v.sqlite", persist_queries=True)  # as for content
    HybridIndex(Index.build(DOCS), encoder, DOCS, FUSION)
    first = encoder.stats().misses
    assert first > 0
    encoder.reset_stats()
    changed = [*DOCS[:2], Document("food", ("食べ物がない", "今日食べるものがない"), DOCS[2].answer)]
    HybridIndex(Index.build(changed), encoder, changed, FUSION)
    # one new phrasing; the whole-document text of "food" starts with its first phrasing, unchanged
    assert encoder.stats().misses == 1


def test_a_fresh_content_cache_is_filled_so_a_restart_encodes_nothing(tmp_path):
    # As the bot runs it: residents' messages through an encoder that keeps nothing, content through its own cache,
    # which starts empty on a fresh deployment.
    path = tmp_path / "v.sqlite"
    content = CachedEncoder(HashingEncoder(), path, persist_queries=True)
    assert len(content) == 0
    HybridIndex(Index.build(DOCS), CachedEncoder(HashingEncoder(), ":memory:"), DOCS, FUSION, content_encoder=content)
    assert len(content) > 0
    restarted = CachedEncoder(HashingEncoder(), path, persist_queries=True)
    HybridIndex(Index.build(DOCS), CachedEncoder(HashingEncoder(), ":memory:"), DOCS, FUSION, content_encoder=restarted)
    assert restarted.stats().misses == 0


def test_kana_share_tells_kana_spellings_from_kanji():
    assert kana_share("せいねんこうけん") == 1.0
    assert kana_share("ｾｲﾈﾝｺｳｹﾝ") == 1.0
    assert kana_share("成年後見制度") == 0.0


def test_a_long_message_is_read_by_its_head_and_its_tail():
    from bot.search.hybrid import vector_text

    background = "母は八十八歳で、" * 40
    need = "介護保険のサービスを増やせるのか、誰に聞けばいいのでしょうか。"
    read = vector_text(background + need, 320, 200)
    assert len(read) <= 323
    assert read.endswith(need)  # the question at the end is what the vector reads, not only the background
    assert vector_text(need, 320, 200) == need


def test_near_twin_entries_that_both_score_high_get_an_answer_not_a_question():
    from bot.chat.conversation import decide
    from bot.search import Hit, Thresholds

    t = Thresholds(answer=0.3, margin=0.05, clarify=0.03, sure=0.9)
    assert decide([Hit("shokudo", 0.95), Hit("shokudo-help", 0.93)], t) == "answer"
    assert decide([Hit("a", 0.6), Hit("b", 0.58)], t) == "clarify"  # close and not sure: ask which
    assert decide([Hit("a", 0.6), Hit("b", 0.58)], Thresholds(0.3, 0.05, 0.03)) == "clarify"


def test_a_mostly_kana_message_is_read_with_the_entries_spelling_of_its_words():
    from bot.search.kana import KanaReader

    reader = KanaReader(["ボランティアの登録", "乗合タクシーを使いたい", "障がいの相談"])
    assert reader.read("ぼらんてぃあ とうろく どこ") == "ボランティア 登録 どこ"
    assert reader.read("のりあいたくしー つかいたい") == "乗合タクシー つかいたい"
    # a word no entry uses stays as typed, and a message mostly in kanji is left alone
    assert reader.read("ぼうさい くんれん") == "ぼうさい くんれん"
    assert reader.read("障害者手帳の相談、そうだん") == "障害者手帳の相談、そうだん"


def test_kana_inside_an_inflection_is_not_read_as_a_word():
    from bot.search.kana import KanaReader

    reader = KanaReader(["内科に行きたい", "市内のバス", "委員に相談", "心配なこと"])
    # 「いけないかも」 holds ナイカ (内科), 「しないと」 シナイ (市内), 「いいんだ」 イイン (委員)
    assert reader.read("もう いけないかもしれない") == "もう いけないかもしれない"
    assert reader.read("分別しないとだめ？") == "分別しないとだめ？"
    assert reader.read("どうすればいいんだろう") == "どうすればいいんだろう"
    assert reader.read("むすこが しんぱい") == "むすこが 心配"  # a word after a space or a particle is read


def test_spelling_a_kana_message_as_the_entries_do_helps_the_sentence_vectors_find_it(tmp_path):
    docs = [*DOCS, Document("taxi", ("乗合タクシーを予約したい",), "予約して乗るタクシーです。")]
    encoder = CachedEncoder(HashingEncoder(), tmp_path / "v.sqlite")
    plain = HybridIndex(Index.build(docs), encoder, docs, FusionConfig(FUSION.weights, FUSION.bias, kana=False))
    read = HybridIndex(Index.build(docs), encoder, docs, FusionConfig(FUSION.weights, FUSION.bias))
    query = "のりあいたくしー よやく"
    assert read.search(query)[0].id == "taxi"
    assert read.search(query)[0].score > plain.search(query)[0].score


def test_a_long_message_is_surer_of_its_best_entry_but_ranks_the_same(tmp_path):
    encoder = CachedEncoder(HashingEncoder(), tmp_path / "v.sqlite")
    flat = HybridIndex(Index.build(DOCS), encoder, DOCS, FUSION)
    shifted = HybridIndex(Index.build(DOCS), encoder, DOCS,
                          FusionConfig(FUSION.weights, FUSION.bias, long_shift=0.5))
    long = "母が年をとってきて、家のことも少しずつできなくなってきました。" * 2 + "ヘルパーさんに来てほしいです。"
    assert len(long) > shifted.fusion.long_chars
    before, after = flat.search(long), shifted.search(long)
    assert [h.id for h in after] == [h.id for h in before]
    assert after[0].score > before[0].score
    short = "ヘルパーさんに来てほしい"
    assert shifted.search(short) == flat.search(short)


# One query's candidates and signals are computed once for all its readers (the search, the cross-lingual stage),
# and never served for another query, another snapshot or another encoder.

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
