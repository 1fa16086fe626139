"""Round 14: in English, Portuguese and Spanish, a small child who swallowed a battery or medicine, and someone
bleeding heavily, are 119 first; a child who ate too many sweets, or someone who swallowed their pride, is no
crisis. Phrasings are written for these tests (not from any benchmark, probe or training statement)."""

from __future__ import annotations

import pytest

from tests.unit.chat.crisis_cards import first_number, reply_as_written


@pytest.mark.parametrize("text", [
    "Mi niño de un año se tragó una pila, ¿qué hago?",
    "The neighbour's dog attacked my husband and he is bleeding so much",
    "Meu pai cortou a mão com a serra e está sangrando demais",
])
def test_a_swallowed_battery_or_heavy_bleeding_is_119_first(knowledge, text):
    reply = reply_as_written(knowledge, text)
    assert reply.kind == "crisis" and first_number(reply) == "119"


@pytest.mark.parametrize("text", [
    "My daughter ate way too much chocolate at the party haha",
    "My son finally swallowed his pride and called his brother",
    "My kids ate all the cookies again, any cooking class for children in Konosu?",
])
def test_too_many_sweets_or_swallowed_pride_is_no_crisis(knowledge, text):
    assert reply_as_written(knowledge, text).kind != "crisis"
