"""A small child's own words (round 14): a parent who hits or kicks "at me" (〜てくる), and being put out of the
house at night or in the cold by a parent or a parent's partner: child abuse, 189 first. Phrasings are written for
these tests (not from any benchmark, probe or training statement)."""

from __future__ import annotations

import pytest

from bot.chat.routing import respond_text
from tests.unit.chat.crisis_cards import first_number


@pytest.mark.parametrize("text", [
    "ままが すぐ けってくるの",
    "おとうさんに よる そとに しめだされる こわい",
    "パパが まいにち なぐってくる",
])
def test_a_childs_words_about_a_parent_are_child_abuse_with_189_first(knowledge, text):
    reply = respond_text(knowledge, text)
    assert reply.kind == "crisis" and first_number(reply) == "189"


@pytest.mark.parametrize("text", [
    "パパが投げてくるボールがとれない",
    "父が毎日電話してくるのがうるさい",
])
def test_a_parent_who_throws_a_ball_or_calls_is_not_a_crisis(knowledge, text):
    assert respond_text(knowledge, text).kind != "crisis"
