"""Round 12: an everyday message with an alarming sign beside an everyday context gets no crisis reply (a nap told
as harmless, a collapse in a lesson or a drill, a game of hide-and-seek, things given away for good before a move,
a worry the message resolves, a baby's touch), while the crisis told beside the same context keeps the crisis
reply and its first line. Phrasings are written for these tests (not from any benchmark, probe or training
statement)."""

from __future__ import annotations

import pytest

from bot.chat.routing import respond_text
from tests.unit.chat.crisis_cards import first_number


@pytest.mark.parametrize("text", [
    # a nap told as harmless
    "うちの夫、休みの日はソファで昼寝して、呼んでも起きない。毎回笑っちゃう",
    # a collapse that a lesson or a drill taught
    "救命講習に行ってきた。倒れて反応がない人を見つけたらまず119と教わった",
    "防災訓練で、倒れて意識がない人役をやりました",
    # a game
    "We're playing hide and seek, I'm hiding in the bathroom right now haha",
    "孫とかくれんぼしてて、いま物置に隠れてます",
    # things given away for good because of a move
    "Giving away all my books for good before the move overseas, said goodbye to my colleagues",
    # a worry the message resolves
    "母が施設でご飯をもらえていないのかと心配したけど、ダイエット中なだけだった",
    "隣の子が叩かれているのかと思ったけど、太鼓の練習の音だった",
    # a baby's touch
    "The baby keeps touching my cheeks and giggling",
])
def test_an_everyday_context_beside_an_alarming_sign_gets_no_crisis_reply(knowledge, text):
    reply = respond_text(knowledge, text)
    assert reply.kind != "crisis"


@pytest.mark.parametrize(("text", "number"), [
    # a lesson recalled while someone falls now
    ("講習で習ったけど、いま目の前で人が倒れて意識がない。どうすれば", "119"),
    # a nap that ends with a bad breath
    ("孫が昼寝から起きない。呼んでも反応がなくて、息が浅い", "119"),
    ("My grandson fell asleep and won't wake up, his lips are blue and he is not breathing properly", "119"),
    # hiding from a partner, not in a game
    ("夫が暴れていて、いまトイレに隠れてます。怖い", "110"),
    # a child put out, not a ball
    ("義父がまた孫を夜中に外に放り出して、泣き声が聞こえる", "189"),
])
def test_the_crisis_beside_the_same_context_keeps_its_first_line(knowledge, text, number):
    reply = respond_text(knowledge, text)
    assert reply.kind == "crisis"
    assert first_number(reply) == number


@pytest.mark.parametrize("text", [
    "猫はもう一生妹に預けることにした。練炭も買ったし、みんな今までありがとう",
    "施設で祖父がご飯をもらえていない。痩せてきて心配",
    "My boss keeps touching my thighs at work and I can't say no",
])
def test_a_plan_or_harm_told_beside_the_same_words_stays_a_crisis(knowledge, text):
    assert respond_text(knowledge, text).kind == "crisis"
