"""The fixed-text catalogue: every text in every served language, the same blanks, no desk facts, ja unchanged."""

from __future__ import annotations

import re

import pytest

from bot import replies
from bot.content.schema import Translation
from bot.replies import texts
from bot.text.language import SERVED


def test_every_fixed_text_exists_in_every_served_language():
    assert texts.missing() == []
    for key, versions in texts.catalogue().items():
        assert set(versions) == set(SERVED), f"{key}: {sorted(set(versions) ^ set(SERVED))}"


def test_every_language_fills_the_same_blanks():
    for key, versions in texts.catalogue().items():
        blanks = set(re.findall(r"{(\w+)}", versions["ja"]))
        for lang, words in versions.items():
            assert set(re.findall(r"{(\w+)}", words)) == blanks, (key, lang)


@pytest.mark.parametrize("lang", SERVED)
def test_no_fixed_text_carries_a_phone_number_hours_or_an_address(lang):
    for key, versions in texts.catalogue().items():
        Translation(answer=versions[lang])  # the same rule as staff translations; raises on a desk fact
        if lang not in ("ja", "easy"):
            # No untranslated Japanese sentence; Japanese names in brackets are there on purpose (福祉課).
            outside = re.sub(r"[（(【][^）)】]*[）)】]|「[^」]*」", "", versions[lang])
            assert not re.search(r"[ぁ-んァ-ン]{2,}", outside), (key, lang)


def test_japanese_replies_read_as_before():
    # issue 11: the fallback names the 断らない相談 desks instead of only apologising
    assert replies.fallback([])[0]["text"] == (
        "お話の内容に、ぴったり合う案内をここでは見つけられませんでした。\n"
        "でも大丈夫です。福祉課と社会福祉協議会(社協)は「断らない相談」の窓口です。"
        "どんなことでも、まずはそのまま電話でお話しください。"
    )
    assert replies.greeting("thanks", ["x"])[0]["text"].startswith("どういたしまして。またいつでも聞いてくださいね。\n")
    assert "・このトークは緊急の通報には使えません。命の危険があるときは 119 か 110 へ。\n" in replies.welcome([])[0]["text"]
    assert replies.SAMPLE_LABEL == "【サンプル】これは見本のデータです。実際の情報は窓口で確かめてください。"


def test_an_unknown_language_gets_japanese_never_nothing():
    assert texts.say("hello", "xx") == texts.say("hello", "ja")


def test_every_act_reply_is_in_the_catalogue_and_japanese_reads_as_the_acts_module_says():
    from bot.chat import acts

    for act, words in acts.WORDS.items():
        assert texts.catalogue()[f"act_{act}"]["ja"] == words, act  # one wording; the others translate it


def test_every_place_kind_and_area_has_a_name_in_the_catalogue():
    from bot.content.schema import AREAS, PLACE_KINDS
    from bot.replies import places

    assert set(places.KIND_KEYS) == set(PLACE_KINDS) and set(places.AREA_KEYS) == set(AREAS)
    for key in (*places.KIND_KEYS.values(), *places.AREA_KEYS.values()):
        assert key in texts.catalogue(), key
