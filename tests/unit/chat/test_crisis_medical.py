"""Round 13: a medical emergency happening now, told in everyday Japanese, gets the crisis reply with 119 first
(a product in a child's mouth, a fall and not getting up, a stroke's signs, a chest pain with a cold sweat, a breath
gone wrong after a food or a sting, choking, a bath or a pool, a seizure going on, a heater's fumes, someone lying
in the street, heatstroke with a weak response); everyday messages with the same words (a spilt detergent, a
drunk's slurring, a seizure of long ago, a fallen signboard, nerves, a course) get none. Phrasings are written
for these tests (not from any benchmark, probe or training statement)."""

from __future__ import annotations

import pytest

from bot.chat.crisis import detect
from bot.chat.routing import respond_text
from tests.unit.chat.crisis_cards import first_number


@pytest.mark.parametrize("text", [
    # a household product in a child's mouth
    "こどもが せんざいの パック くちに いれちゃった",
    "赤ん坊が防虫剤をしゃぶってた",
    "1歳の息子がトイレの芳香ビーズをなめてしまいました",
    # a fall, and not getting up; a limb at a wrong angle
    "じいちゃん、玄関でこけて起きられんみたい",
    "おやじが屋根から落ちた、足が動かない",
    "夫がはしごから落ちて腕が変な方向にまがってる",
    # a stroke's signs
    "夫の話し方が急におかしい、ろれつがまわってない",
    "父が急にしゃべれなくなった、言葉が出てこない",
    "突然右半身がしびれて動かせないんです",
    "母の顔が片方だけゆがんで、左手に力が入らない",
    # a chest pain with what makes it a heart attack
    "急に胸がしめつけられるように痛くて冷や汗が止まりません",
    "おかんが台所で急にしゃがみこんで、胸いたいって言うとる",
    # breath after a food or a sting, choking
    "娘が卵を食べたあと、唇が腫れてゼイゼイしてる",
    "ハチにさされて 体中にぶつぶつが出て息苦しい",
    "じいちゃんが団子をのどにつまらせた",
    "赤ちゃんがビー玉をのみこんで、せきこんで息ができない",
    # found in the water
    "子どもがプールでしずんでた、引き上げたけどぐったりしてる",
    # a seizure going on
    "娘のけいれんがもう10分つづいてる",
    "子がひきつけおこしとる、止まらん",
    "夫が急に全身をがくがくさせてけいれんしてます",
    # a heater's or a grill's fumes
    "締め切った部屋で七輪を使ってたら、みんな頭が痛くて気持ち悪い",
    # someone lying there now
    "公園のトイレの前で人が倒れています",
    "隣の家の庭でおじさんが倒れてるのが見える",
    # heatstroke, a weak response
    "熱中症みたいで祖母が返事もろくにできない",
    "畑で父がぐったりして呼びかけても反応がにぶい",
])
def test_a_medical_emergency_now_gets_the_crisis_reply_with_119_first(knowledge, text):
    reply = respond_text(knowledge, text)
    assert reply.kind == "crisis"
    assert first_number(reply) == "119"


@pytest.mark.parametrize("text", [
    # a product handled as it is meant
    "入浴剤をもらったので使ってみた",
    "洗剤をこぼしたので床を拭いた",
    # a drunk's slurring
    "酒に酔った父がろれつの回らない口調で電話してきた",
    # a seizure of long ago
    "娘は小さいころよくひきつけを起こしていた",
])
def test_an_everyday_message_the_meaning_read_as_an_emergency_gets_no_crisis_reply(knowledge, text):
    assert respond_text(knowledge, text).kind != "crisis"


@pytest.mark.parametrize("text", [
    "去年、母が階段から落ちて入院したので、手すりの補助について聞きたい",
    "高齢の父が転んだときに起き上がれないと困るので、緊急通報の装置を付けたい",
    "発表会で緊張して言葉が出てこなかった",
    "笑いすぎてお腹が痛くて息が苦しい",
    "まぶたがピクピク痙攣して気になる",
    "エンジンの音がうるさくて頭が痛い",
    "台風で看板が倒れてる",
    "部活で疲れてベッドに倒れ込んでる",
    "熱中症で倒れた友達のお見舞いに行った",
    "熱中症対策の講座に参加したい",
    "頭を打ったけどたんこぶだけで元気です",
])
def test_the_same_words_told_of_the_past_a_figure_or_a_thing_are_no_emergency(text):
    """The medical rules' own guards: a fall of last year, a device asked for in case, nerves, a laugh, an
    eyelid, an engine's noise, a signboard, a tired fall onto a bed, a hospital visit, a course, a bump now fine."""
    found = detect(text)
    assert found is None or "overdose_injury" not in found.categories


@pytest.mark.parametrize("text", [
    "じしんで本だなの下じきになって動けない、たすけて",
    "大雨で裏の崖が崩れて、じいちゃんが家に閉じ込められてる",
    "川があふれて水が上がってきて、母と二人で逃げられません",
])
def test_someone_trapped_in_a_disaster_now_gets_119_first(knowledge, text):
    reply = respond_text(knowledge, text)
    assert reply.kind == "crisis" and first_number(reply) == "119"


@pytest.mark.parametrize("text", [
    "地震のとき家具の下敷きにならないための固定金具がほしい",
    "おととしの台風で車が流された。保険はおりるかな",
    "台風で水が入ってきたときのために土のうを準備したい",
])
def test_a_disaster_prepared_for_or_long_past_is_no_emergency(text):
    found = detect(text)
    assert found is None or "overdose_injury" not in found.categories
