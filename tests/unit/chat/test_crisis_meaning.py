"""The semantic stage is a learned head over the shared sentence vector: what a resident notices is that a
crisis described in their own words reaches the hotlines even when no rule knows the words, that ordinary
messages with alarming words stay ordinary, and that this holds from the first message after start-up.
Phrasings are written for these tests (not from the benchmark, the training bank or the issue)."""

from __future__ import annotations

import json

import pytest

from bot.chat import crisis_head
from bot.chat.crisis import detect
from bot.chat.routing import respond_text
from bot.search.encoders import HashingEncoder

HOTLINE = "0120-279-338"  # よりそいホットライン, in every crisis reply


def everything(reply) -> str:
    return json.dumps(reply.messages, ensure_ascii=False)


@pytest.mark.parametrize("text", [
    "毎晩、家族が寝たあとに遺品になりそうな物の整理をしてる。もう誰にも会わなくていい",
    "ホームの端に立つと、このまま一歩前に出れば全部終わるのにって思う",
    "職場の人に言ってないけど、もう長くこの世にいるつもりはない",
    "Nobody would notice if I stopped being here. I've given away my things",
])
def test_a_wish_to_die_in_words_no_rule_knows_reaches_the_hotlines(knowledge, text):
    assert detect(text) is None  # the rules alone would have let it through
    reply = respond_text(knowledge, text)
    # a crisis reply, or (when the meaning is less sure) the caring line on top: a hotline first either way
    first = json.dumps(reply.messages[0], ensure_ascii=False)
    assert (reply.kind == "crisis" and HOTLINE in everything(reply)) or HOTLINE in first
    assert not reply.unanswered


@pytest.mark.parametrize(("text", "number", "rules_know_it"), [
    ("連れ子の娘が、夜中に義父が布団に入ってくると泣いている", "189", False),
    # round 4: a parent who cannot stop hurting a child, in other languages, is a rule now too
    ("Mahal ko ang anak ko pero minsan hindi ko mapigilan na sampalin siya nang malakas", "189", True),
])
def test_abuse_described_as_behaviour_gets_the_right_first_line(knowledge, text, number, rules_know_it):
    assert (detect(text) is not None) == rules_know_it
    reply = respond_text(knowledge, text)
    assert reply.kind == "crisis"
    flat = json.dumps(reply.messages[1], ensure_ascii=False)
    assert flat.split('"uri": "tel:')[1].split('"')[0] == number


def test_sexual_abuse_in_vietnamese_without_a_named_act_is_answered_in_vietnamese(knowledge):
    text = "Bố dượng hay vào phòng em ban đêm và sờ vào người em"
    assert detect(text) is None
    reply = respond_text(knowledge, text)
    assert reply.kind == "crisis"
    assert "Đường dây Yorisoi" in reply.messages[0]["text"]  # the lead sentence is in Vietnamese


def test_a_suicide_attempt_that_left_an_injury_puts_119_first(knowledge):
    reply = respond_text(knowledge, "ベランダから飛び降りたけど死ねなかった。足が変な方向に曲がってて動けない")
    assert reply.kind == "crisis"
    assert reply.messages[0]["text"].startswith("いますぐ 119")


def test_the_head_ships_with_the_package_and_only_reads_the_vectors_it_was_trained_on(knowledge):
    assert crisis_head.head_for(knowledge.encoder) is not None  # package data, no warm-up, nothing encoded
    assert crisis_head.head_for(HashingEncoder()) is None  # another encoder's vectors mean nothing to it


@pytest.mark.parametrize("text", [
    # someone found unresponsive, in a message the head first reads as a partner's trouble
    "同棲してる彼の部屋に帰ったら、缶チューハイと睡眠薬の空き箱が散らばってて、揺すっても目を開けない",
])
def test_when_the_meaning_says_someone_may_be_hurt_now_119_leads(knowledge, text):
    assert detect(text) is None  # the head alone finds these, and reads them first as a partner's or an elder's
    reply = respond_text(knowledge, text)
    assert reply.kind == "crisis"
    flat = json.dumps(reply.messages[1], ensure_ascii=False)
    assert flat.split('"uri": "tel:')[1].split('"')[0] == "119"


def test_an_elder_harmed_is_not_read_as_a_child(knowledge):
    text = "ひいおばあちゃん、デイサービスから帰ってくると毎回腕に青いあざがあって「あそこ嫌だ」って言う"
    reply = respond_text(knowledge, text)
    assert reply.kind in ("crisis", "concern")
    flat = everything(reply)
    assert "#7171" in flat or "7171" in flat  # the elder-abuse line (and 福祉課), not the children's 189 first
    first_tel = flat.split('"uri": "tel:')[1].split('"')[0] if '"uri": "tel:' in flat else ""
    assert first_tel != "189"


def test_the_head_alone_gives_a_crisis_only_where_the_nearest_written_statements_are_crises(knowledge):
    """Round 5's nearest-statement check, with the shipped vectors: even a head that read every message as a
    crisis (its threshold near zero) holds a plain welfare question back from the crisis reply, because the
    hand-written statements nearest to it are ordinary; without the check it would have been a crisis."""
    import dataclasses

    head = crisis_head.head_for(knowledge.encoder)
    assert head is not None and head.neighbours is not None
    eager = dataclasses.replace(head, crisis_at=1e-9, concern_at=0.0)
    question = ["介護保険の認定を受けるにはどこに申し込めばいいですか"]
    assert crisis_head.read(dataclasses.replace(eager, neighbours=None), knowledge.encoder, question).risk >= 1e-9
    assert crisis_head.read(eager, knowledge.encoder, question).risk < eager.crisis_at  # the caring line at most
    wish = ["もう生きていたくない。今夜で終わりにしたい"]
    assert crisis_head.read(eager, knowledge.encoder, wish).risk >= eager.crisis_at  # its neighbours are crises


@pytest.mark.parametrize("text", [
    # round 6: chatty sentences first, the crisis last, in words no rule knows
    "お疲れさまです。今日は朝から雨で、洗濯物が乾きませんでした。夕飯はカレーにしました。でも、もう明日の朝を迎えるつもりはありません。",
    "Good morning! The bus was late again and my boss was grumpy. I had a sandwich for lunch. I have decided that tonight is my last night.",
])
def test_a_crisis_in_the_last_sentence_of_a_chatty_message_reaches_the_hotlines(knowledge, text):
    assert detect(text) is None
    reply = respond_text(knowledge, text)
    assert reply.kind == "crisis" and HOTLINE in everything(reply)


def test_a_child_telling_of_a_parent_the_head_reads_as_something_else_gets_189_first(knowledge):
    # the head may read a parent shutting a child out as an elder's neglect or a partner's control
    text = "My stepmom makes me sleep outside on the balcony when she is angry and I am only ten"
    reply = respond_text(knowledge, text)
    assert reply.kind == "crisis"
    flat = json.dumps(reply.messages[1], ensure_ascii=False)
    assert flat.split('"uri": "tel:')[1].split('"')[0] == "189"


@pytest.mark.parametrize("text", [
    # e5 reads spaced kana poorly: as typed these read dark enough for the caring line on top
    "くるま が ない ので びょういん に いけない",
    "みんせいいん さん に あいたい",
])
def test_a_question_typed_in_spaced_kana_gets_its_answer_without_a_hotline_on_top(knowledge, text):
    reply = respond_text(knowledge, text)
    assert reply.kind != "crisis" and HOTLINE not in json.dumps(reply.messages[0], ensure_ascii=False)


def test_a_crisis_typed_in_spaced_kana_still_reaches_the_hotlines(knowledge):
    text = "ずっと ねむって いたい もう めざめたく ない"  # no rule knows it: the meaning, as typed and respelled
    assert detect(text) is None
    reply = respond_text(knowledge, text)
    assert reply.kind == "crisis" and HOTLINE in everything(reply)
