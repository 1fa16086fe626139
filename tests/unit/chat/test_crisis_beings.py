"""A pet, a machine or a game character that collapsed, stopped breathing or swallowed something is not a person
in danger: no 119 crisis card, but the usual answer under the line that says to call 119 if a life is in danger.
The same signs of a person, or a person bitten or bleeding, stay a crisis with 119 first. Phrasings are written
for these tests (not from any benchmark, probe or training statement)."""

from __future__ import annotations

import pytest

from bot.chat.routing import respond_text
from bot.replies.render import render
from tests.unit.chat.crisis_cards import first_number


@pytest.mark.parametrize("text", [
    "うちの犬が急に倒れて動かない",
    "飼い猫が殺鼠剤を食べちゃった",
    "ワンちゃんが薬を全部飲み込んじゃった",
    "うちのねこちゃんが息してない",
    "ウサギが横になったまま息してないように見える",  # 「なったまま」 is not ママ (mum)
    "ロボット掃除機が倒れて動かない",
    "ゲームのキャラが倒れて息してない",
    "My dog collapsed and is not breathing",
    "My cat ate rat poison",
])
def test_a_pet_a_machine_or_a_character_gets_no_crisis_card_but_keeps_the_119_sentence(knowledge, text):
    reply = respond_text(knowledge, text)
    assert reply.kind != "crisis"
    assert "119" in render(reply.messages[:1])  # the line on top still says to call 119 if a life is in danger


@pytest.mark.parametrize("text", [
    "散歩させてたら犬に手をかまれて血がとまらない",
    "犬のリードに引っぱられて母が転んで動かない",
    "犬が倒れてそのまま母も倒れて動かない",
    "猫が倒れて、祖母も意識がない",
    "犬がいて、うちのママが倒れて動かない",
])
def test_a_person_hurt_beside_an_animal_is_still_a_crisis_with_119_first(knowledge, text):
    reply = respond_text(knowledge, text)
    assert reply.kind == "crisis" and first_number(reply) == "119"
