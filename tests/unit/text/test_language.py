"""Which language a resident wrote in, and which one the bot answers in."""

from __future__ import annotations

import pytest

from bot.text.language import Detected, choose, detect


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Can someone help me find a doctor who speaks English?", "en"),
        ("我的母亲一个人住，我很担心", "zh-Hans"),
        ("Tôi muốn hỏi về bảo hiểm chăm sóc", "vi"),
        ("Minha mãe mora sozinha e eu estou preocupada", "pt-BR"),
        ("Saan po ako puwedeng magpakonsulta tungkol sa pera", "tl"),
        ("어머니 혼자 사셔서 걱정이에요", "ko"),
        ("मेरो आमा एक्लै बस्नुहुन्छ", "ne"),
        ("介護保険の申請について教えてください", "ja"),
        ("介護保険申請", "ja"),  # kanji only is still Japanese
        ("こども しょくどう は どこ に あります か", "easy"),  # kana with spaces between words
        ("kodomo shokudou wa doko desu ka", "easy"),  # romaji Japanese
        ("Where is the 福祉課 office?", "en"),  # mixed scripts: the sentence is English
        ("福祉課の場所 where", "ja"),
        ("alright, I see it now", "en"),  # two English function words: not Tagalog, however short
        ("Você pode me ajudar com o cartão do ônibus?", "pt-BR"),  # me / do are Portuguese words too
        # a Japanese name without hiragana inside another language: the sentence around it decides
        ("Tôi muốn hỏi về 介護保険", "vi"),
        ("I want ボランティア", "en"),
        ("介護保険 how to apply", "en"),
        ("Gusto kong magtanong tungkol sa 介護保険", "tl"),
        ("社協 no denwa bangou", "easy"),
        ("Onde fica o 子ども食堂?", "pt-BR"),  # a little hiragana inside a name
        ("社協の電話番号 please", "ja"),
        ("NPO法人 LINE相談", "ja"),  # capitals are names, not a sentence
        ("ボランティア ok です", "easy"),  # hiragana: the grammar is Japanese
        # romaji with no ending like desu
        ("kaigo no soudan", "easy"),
        ("hinan basho", "easy"),
    ],
)
def test_detects_the_language_of_short_messages(text, lang):
    found = detect(text)
    assert found is not None and found.lang == lang and found.confident, found


def test_too_short_to_tell_keeps_the_setting():
    assert detect("👍") is None
    assert choose(detect("👍"), "vi") == "vi"
    found = detect("ok")
    assert found is None or not found.confident
    assert choose(found, "en") == "en" and choose(found, None) == "ja"


def test_one_message_in_another_language_overrides_the_setting_for_that_reply():
    assert choose(Detected("pt-BR", True), "en") == "pt-BR"
    assert choose(Detected("ja", True), "easy") == "easy"  # やさしい日本語 stays on for Japanese messages
    assert choose(Detected("en", True), None) == "en"


def test_an_unsure_sentence_is_a_better_guess_than_japanese_only_without_a_setting():
    guess = Detected("pt-BR", False, likely=True)
    assert choose(guess, None) == "pt-BR" and choose(guess, "en") == "en"


def test_vietnamese_typed_without_diacritics_is_still_vietnamese():
    found = detect("toi muon hoi ve tien nha")
    assert found is not None and found.lang == "vi" and found.confident
    assert detect("I can help you with that").lang == "en"
