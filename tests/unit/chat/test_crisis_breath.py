"""Round 14: lying limp with a breath gone wrong, or a hand on the chest and in pain, is 119 first (not a child
abuse card, not a menu); "better if I were not here", in dialect too, is a suicide crisis. A run, a cold, a pet
and a heartbreak are not. Phrasings are written for these tests (not from any benchmark, probe or training
statement)."""

from __future__ import annotations

import pytest

from bot.chat.routing import respond_text
from tests.unit.chat.crisis_cards import first_number


@pytest.mark.parametrize("text", [
    "赤ちゃんがぐったりして呼吸がおかしい気がする",
    "祖父がぐったりしていて、息が弱い",
    "母が胸を押さえて苦しそうにうずくまってる",
])
def test_a_breath_gone_wrong_or_a_chest_held_in_pain_is_119_first(knowledge, text):
    reply = respond_text(knowledge, text)
    assert reply.kind == "crisis" and first_number(reply) == "119"


@pytest.mark.parametrize("text", ["わしなんか おらん方が ええんじゃ", "ぼくなんかいないほうがよかった"])
def test_better_if_i_were_not_here_is_a_suicide_crisis(knowledge, text):
    reply = respond_text(knowledge, text)
    assert reply.kind == "crisis" and "0120-279-338" in str(reply.messages)


@pytest.mark.parametrize("text", [
    "マラソンのあと、ぐったりして息が荒かった",
    "犬がぐったりして呼吸がおかしい",
    "胸が苦しそうな顔で失恋の話をしてた",
])
def test_a_run_a_pet_or_a_heartbreak_is_no_crisis(knowledge, text):
    assert respond_text(knowledge, text).kind != "crisis"
