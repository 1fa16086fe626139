"""The cross-lingual path: romaji Japanese words bridged to the entries' spelling, romaji messages searched as
kana, the language moved out of the way before the cosine, and the decision rule."""

from __future__ import annotations

import numpy as np
import pytest

from bot.chat import crosslingual
from bot.chat.knowledge import load_knowledge
from bot.chat.routing import respond_text
from bot.settings import Settings
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def knowledge():
    loaded = load_knowledge(Settings(content_dir=ROOT))
    if loaded.intents is not None:
        loaded.intents.wait()
    return loaded


@pytest.mark.parametrize("text, spelled", [
    ("Can I borrow money from shakyo?", "社協"),
    ("Gusto kong magtanong tungkol sa kaigo hoken", "介護保険"),
    ("Onde fica o kodomo shokudo?", "子ども食堂"),
    ("My uncle needs seinen kouken", "成年後見"),
])
def test_a_japanese_word_in_romaji_is_also_written_as_the_entries_write_it(knowledge, text, spelled):
    read = crosslingual.readable(knowledge, text, "en")
    assert spelled in read and read.startswith(text.split()[0])  # the message stays, the Japanese comes beside it


@pytest.mark.parametrize("text", ["How do I register as a volunteer?", "I lost my job and cannot pay the rent",
                                  "Tôi muốn làm tình nguyện viên"])
def test_a_message_without_japanese_words_is_read_as_typed(knowledge, text):
    assert crosslingual.readable(knowledge, text, "en") == text


def test_a_romaji_message_is_searched_as_kana_and_japanese_as_typed(knowledge):
    assert crosslingual.readable(knowledge, "hinan basho doko desu ka", "easy") == "ひなん ばしょ どこ です か"
    assert crosslingual.readable(knowledge, "介護保険の申請をしたい", "ja") == "介護保険の申請をしたい"


def test_every_served_language_has_a_direction_from_the_parallel_texts(knowledge):
    shifts = knowledge.intents.vectors.shifts
    assert set(shifts) == {"en", "zh-Hans", "vi", "pt-BR", "tl", "ko", "ne"}
    assert all(np.linalg.norm(v) > 0.01 for v in shifts.values())


def test_an_entry_scores_by_meaning_in_any_language(knowledge):
    for text, lang in (("I want to use long-term care services for my mother", "en"),
                       ("Quero usar os serviços de cuidados para idosos para minha mãe", "pt-BR")):
        ranked = crosslingual.scores(knowledge, text, lang)
        assert "kaigo-hoken" in [entry for entry, _ in ranked[:3]], ranked[:3]


def test_a_romaji_word_brings_its_entry_first(knowledge):
    ranked = crosslingual.scores(knowledge, crosslingual.readable(knowledge, "Where is the kodomo shokudo?", "en"),
                                 "en")
    assert ranked[0][0] == "kodomo-shokudo"


def test_a_question_with_a_romaji_word_is_answered_in_its_language(knowledge):
    reply = respond_text(knowledge, "Onde fica o kodomo shokudo?", lang="pt-BR")
    assert (reply.kind, reply.entry_id, reply.lang) == ("answer", "kodomo-shokudo", "pt-BR")


def test_a_romaji_message_finds_its_entry(knowledge):
    reply = respond_text(knowledge, "yachin ga haraenai desu", lang="easy")
    assert "yachin" in [reply.entry_id, *(c.id for c in reply.candidates[:3])]


def test_the_fused_leader_needs_its_score_its_lead_and_the_meaning_near():
    from bot.search import Hit

    rule = crosslingual.CrossLingualRule(top=2, margin=0.02, agreed=0.01, fused=0.2, fused_lead=0.1, near=2)
    meaning = [("a", 0.90), ("b", 0.899), ("c", 0.80)]
    assert crosslingual.fused_leader(meaning, [Hit("b", 0.35), Hit("a", 0.2)], rule) == "b"
    assert crosslingual.fused_leader(meaning, [Hit("b", 0.19), Hit("a", 0.05)], rule) is None  # not sure enough
    assert crosslingual.fused_leader(meaning, [Hit("b", 0.35), Hit("a", 0.3)], rule) is None  # too close
    assert crosslingual.fused_leader(meaning, [Hit("c", 0.5), Hit("a", 0.1)], rule) is None  # meaning disagrees
    assert crosslingual.fused_leader(meaning, [], rule) is None


@pytest.mark.parametrize("text, lang", [("Tôi cần giúp đỡ", "vi"), ("帮帮我", "zh-Hans"), ("I have a question", "en"),
                                        ("Preciso de ajuda", "pt-BR"), ("도와주세요", "ko")])
def test_a_request_that_names_no_need_is_asked_back_in_any_language(knowledge, text, lang):
    reply = respond_text(knowledge, text, lang=lang)
    assert reply.kind in ("clarify", "fallback") and reply.entry_id is None, (reply.kind, reply.entry_id)
    assert reply.lang == lang
