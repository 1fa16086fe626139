"""Romaji Japanese: told apart from other Latin-script languages, and read back into kana."""

import pytest

from bot.text import romaji


@pytest.mark.parametrize("text", ["okane ga nai, yachin haraenai", "hinan basho doko desu ka",
                                  "byouin ni iku basu arimasu ka", "kaigo no soudan shitai desu",
                                  # no ending like desu: told by their dictionary words
                                  "kaigo no soudan", "hinan basho", "shakyo no denwa bangou", "sabishii",
                                  "borantia no touroku"])
def test_a_romaji_message_is_japanese(text):
    assert romaji.is_romaji(text)


@pytest.mark.parametrize("text", ["Can I borrow money from shakyo?", "Onde fica o kodomo shokudo?",
                                  "Gusto kong magtanong tungkol sa kaigo hoken", "cho minh hoi ve kaigo hoken voi",
                                  "I need help with my rent", "same game", "make it", "Me ajuda", "Saan ako pupunta",
                                  "Obrigada pela ajuda", "I have no time"])
def test_another_language_with_a_japanese_word_is_not_romaji(text):
    assert not romaji.is_romaji(text)


def test_a_romaji_message_reads_as_the_kana_it_spells():
    assert romaji.as_kana("okane ga nai, yachin haraenai") == "おかね が ない, やちん はらえない"
    assert romaji.as_kana("hinan basho doko desu ka?") == "ひなん ばしょ どこ です か?"


@pytest.mark.parametrize("typed", ["shakyo", "shakyou", "shakyō", "SHAKYO"])
def test_long_vowels_written_or_dropped_meet_the_reading(typed):
    assert romaji.loose(romaji.to_kana(typed)) == romaji.loose("シャキョウ")


def test_words_of_other_languages_are_not_syllables():
    assert not romaji.syllabic("want")
    assert not romaji.syllabic("rent")
    assert romaji.syllabic("kaigo")
