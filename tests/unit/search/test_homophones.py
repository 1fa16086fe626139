"""Kanji-conversion slips (same reading, wrong kanji) are read by the sentence encoders as the entries' words."""

from __future__ import annotations

from bot.search import Document, Index
from bot.search.encoders import HashingEncoder
from bot.search.hybrid import FusionConfig, HybridIndex
from bot.store.vector_cache import CachedEncoder
from bot.text.homophones import HomophoneReader

CONTENT = ["認知症の相談をしたい", "障害者手帳を取りたい", "民生委員に来てもらう", "後見人を頼みたい", "講座に出たい",
           "同性のパートナーのこと"]


def test_a_slip_with_the_reading_of_an_entrys_compound_is_spelled_as_the_entry_spells_it():
    reader = HomophoneReader(CONTENT)
    assert reader.read("父の認知賞がひどくなった") == "父の認知症がひどくなった"
    assert reader.read("傷害者の手帳はどこで") == "障害者の手帳はどこで"
    assert reader.read("民政委員さんに会いたい") == "民生委員さんに会いたい"


def test_real_words_and_the_entries_own_words_stay_as_typed():
    reader = HomophoneReader(CONTENT)
    # the entries' own compound, and a message with no kanji, are untouched (the same object back: no re-encode)
    text = "認知症の母のこと"
    assert reader.read(text) is text
    assert reader.read("にんちしょう かも") == "にんちしょう かも"
    # a same-reading word that shares no kanji with the entries' word is another word, not a slip (口座 / 講座 is
    # also too short a reading to trust)
    assert reader.read("銀行の口座") == "銀行の口座"
    assert reader.read("会場はどこ") == "会場はどこ"
    # a word of the dictionary is what the resident meant, even when an entry writes its homophone (同棲 / 同性)
    assert reader.read("同棲中の彼のこと") == "同棲中の彼のこと"


def test_the_sentence_vectors_read_the_slip_as_the_entries_word(tmp_path):
    docs = [
        Document("ninchi", ("認知症の検査を受けたい",), "かかりつけ医に相談してください。"),
        Document("prize", ("表彰を受けたい",), "賞の案内です。"),
    ]
    encoder = CachedEncoder(HashingEncoder(), tmp_path / "v.sqlite")
    plain = HybridIndex(Index.build(docs), encoder, docs, FusionConfig(homophones=False))
    read = HybridIndex(Index.build(docs), encoder, docs, FusionConfig())
    query = "認知賞の検査"
    assert plain.read_text(query) == query
    assert read.read_text(query) == "認知症の検査"
    assert read.query_vector(query) @ read.phrasing_vectors[0] > plain.query_vector(query) @ plain.phrasing_vectors[0]
