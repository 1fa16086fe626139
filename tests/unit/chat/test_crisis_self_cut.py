"""Round 14: someone cutting themselves, told in Spanish or Chinese, gets the suicide and self-harm lines (it had
a menu, or the elder-abuse line); a haircut or a cut finger does not. Phrasings are written for these tests (not
from any benchmark, probe or training statement)."""

from __future__ import annotations

import pytest

from tests.unit.chat.crisis_cards import first_number, reply_as_written


@pytest.mark.parametrize("text", ["Mi hija de 15 años se corta los brazos", "Creo que mi novia se corta las muñecas",
                                  "我儿子经常划自己的胳膊"])
def test_cutting_oneself_gets_the_listening_lines(knowledge, text):
    reply = reply_as_written(knowledge, text)
    assert reply.kind == "crisis" and "0120-279-338" in str(reply.messages)  # よりそいホットライン
    assert first_number(reply) != "189"  # a child who cuts themself is no child-abuse report


@pytest.mark.parametrize("text", ["Me corté el pelo, ¿hay peluquería barata en Konosu?",
                                  "Cortei o dedo cozinhando, precisa ir ao hospital?"])
def test_a_haircut_or_a_cut_finger_is_no_crisis(knowledge, text):
    assert reply_as_written(knowledge, text).kind != "crisis"
