"""Violence at work, at school or from a landlord, told in another language, is a crisis with 110 first; and a
crisis reply is in the language the resident wrote (Portuguese with ê or ô is not Vietnamese, 「me」 is not
English). Phrasings are written for these tests (not from any benchmark, probe or training statement)."""

from __future__ import annotations

import pytest

from bot.replies.render import render
from tests.unit.chat.crisis_cards import first_number, reply_as_written


@pytest.mark.parametrize("text", [
    "My supervisor at the plant punches us when we work too slowly",
    "The manager of the restaurant kicked me in the kitchen again today",
    "Quản lý xưởng đấm tôi vì tôi làm sai",
    "Ông chủ dọa giết tôi nếu tôi bỏ trốn",
    "O gerente me espancou no depósito ontem",
    "工厂的组长天天打我们",
])
def test_someone_at_work_who_hits_is_a_crisis_with_110_first(knowledge, text):
    reply = reply_as_written(knowledge, text)
    assert reply.kind == "crisis" and first_number(reply) == "110"


@pytest.mark.parametrize("text", [
    "The landlord kicked me out last month, where can I find cheap housing?",
    "My boss beat me at golf again, haha",
])
def test_an_eviction_or_a_game_is_not_violence(knowledge, text):
    assert reply_as_written(knowledge, text).kind != "crisis"


@pytest.mark.parametrize("text, words", [
    ("O chefe me bate quando erro", "110"),
    ("Meu avô caiu e não responde, está sem respirar", "119"),
    ("Minha mãe tomou todos os remédios do mês e não acorda, você pode ajudar?", "119"),
])
def test_a_portuguese_crisis_reply_is_in_portuguese(knowledge, text, words):
    reply = reply_as_written(knowledge, text)
    assert reply.kind == "crisis" and first_number(reply) == words
    shown = render(reply.messages[:1])
    assert "agora" in shown or "Ligue" in shown, shown  # Portuguese, not English or Vietnamese
