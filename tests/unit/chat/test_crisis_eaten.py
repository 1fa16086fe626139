"""Round 14: in English, Portuguese and Spanish, a small child who swallowed a battery or medicine, and someone
bleeding heavily, are 119 first; a child who ate too many sweets, or someone who swallowed their pride, is no
crisis. Phrasings are written for these tests (not from any benchmark, probe or training statement)."""

from __future__ import annotations

import pytest

from bot.chat.language import reply_language
from bot.chat.routing import respond_text
from tests.unit.chat.crisis_cards import first_number


def _reply(knowledge, text):
    return respond_text(knowledge, text, lang=reply_language(None, None, text))


@pytest.mark.parametrize("text", [
    "Mi niño de un año se tragó una pila, ¿qué hago?",
    "The neighbour's dog attacked my husband and he is bleeding so much",
    "Meu pai cortou a mão com a serra e está sangrando demais",
])
def test_a_swallowed_battery_or_heavy_bleeding_is_119_first(knowledge, text):
    reply = _reply(knowledge, text)
    assert reply.kind == "crisis" and first_number(reply) == "119"


@pytest.mark.parametrize("text", [
    "My daughter ate way too much chocolate at the party haha",
    "My son finally swallowed his pride and called his brother",
    "My kids ate all the cookies again, any cooking class for children in Konosu?",
])
def test_too_many_sweets_or_swallowed_pride_is_no_crisis(knowledge, text):
    assert _reply(knowledge, text).kind != "crisis"
