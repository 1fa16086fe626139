"""Round 14: at the edge now (a foot on the railing), a friend's goodbye that came and then silence, and one's
insurance money as the only way left are suicide crises; hanging washing on the railing, a goodbye I sent, or
buying a policy are not. Phrasings are written for these tests (not from any benchmark, probe or training
statement)."""

from __future__ import annotations

import pytest

from bot.chat.routing import respond_text


@pytest.mark.parametrize("text", [
    "いま屋上のフェンスに足をかけてる",
    "後輩から『いままでありがとう』ってLINEが届いて、それから電話に出ない",
    "もう返せる当てがない。保険金を残すほうが家族のためだと思う",
])
def test_the_edge_a_goodbye_and_silence_or_insurance_as_the_way_are_suicide_crises(knowledge, text):
    reply = respond_text(knowledge, text)
    assert reply.kind == "crisis"
    assert "0120-279-338" in str(reply.messages)  # よりそいホットライン


@pytest.mark.parametrize("text", [
    "ベランダの柵に洗濯物をかけてる",
    "さよならって送ったのに既読がつかない。嫌われたかな",
    "子どものために保険金を残せる保険を探しています",
])
def test_washing_a_goodbye_i_sent_or_buying_a_policy_are_not_crises(knowledge, text):
    assert respond_text(knowledge, text).kind != "crisis"


@pytest.mark.parametrize("text", ["生きとっても なんの得もないけん", "いきちょったって しょうがない"])
def test_no_point_living_in_western_dialect_is_a_suicide_crisis(knowledge, text):
    reply = respond_text(knowledge, text)
    assert reply.kind == "crisis" and "0120-279-338" in str(reply.messages)


def test_wishing_someone_a_long_life_in_dialect_is_no_crisis(knowledge):
    assert respond_text(knowledge, "ばあちゃんには ずっと生きとってもらいたい").kind != "crisis"
