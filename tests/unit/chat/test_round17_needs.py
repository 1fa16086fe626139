"""Round 17 (issue 11): who may go to a kind of place is the FAQ's answer, not a list; the question and the reply
said not to fit is a complaint; words residents use that the entries did not; a first hello; the station of the
鴻巣 地区. Phrasings are written for these tests (not from any benchmark set)."""

from __future__ import annotations

import pytest

from bot.search import places
from tests.unit.chat.crisis_cards import reply_as_written


@pytest.mark.parametrize(("text", "entry"), [
    ("こども食堂って大人でも行っていいの？", "kodomo-shokudo"),
    ("じどうセンターはだれでもいけるの", "jidou-center"),
])
def test_who_may_go_to_a_kind_of_place_is_answered_by_its_entry(knowledge, text, entry):
    reply = reply_as_written(knowledge, text)
    assert reply.kind == "answer" and reply.entry_id == entry


def test_who_may_go_with_an_area_named_is_still_a_search(knowledge):
    assert reply_as_written(knowledge, "川里のこども食堂は誰でも行ける？").kind == "directory"


@pytest.mark.parametrize("text", ["質問と回答がかみ合っていない", "しつもんとこたえがちがう"])
def test_the_question_and_the_reply_said_not_to_fit_is_a_complaint(knowledge, text):
    reply = reply_as_written(knowledge, text)
    assert reply.kind == "act" and reply.act == "complaint"


@pytest.mark.parametrize(("text", "entry"), [
    ("緊急小口資金の申し込みをしたい", "seikatsu-komaru"),  # a loan's name the entries did not use
    ("生活福祉資金って借りられる？", "seikatsu-komaru"),
    ("ファックスでも問い合わせできますか", "bot-renrakusaki"),  # FAX with no desk named: the desks' contacts
])
def test_a_need_named_by_a_word_the_entries_now_know_is_answered(knowledge, text, entry):
    reply = reply_as_written(knowledge, text)
    assert reply.kind == "answer" and reply.entry_id == entry


def test_the_elders_care_centre_named_by_residents_offers_the_care_entry(knowledge):
    reply = reply_as_written(knowledge, "包括支援センターの場所が知りたい")
    assert (reply.entry_id or [c.id for c in reply.candidates][0]) == "kaigo-hoken"


@pytest.mark.parametrize("text", ["こんにちは、初めて使ってみます", "はじめて使ってみました。よろしく"])
def test_a_hello_from_someone_trying_the_bot_for_the_first_time_is_a_greeting(knowledge, text):
    assert reply_as_written(knowledge, text).kind == "greeting"


def test_places_near_konosu_station_are_searched_in_the_konosu_area():
    # 鴻巣 alone is the whole city; its station is in the 鴻巣 地区 (the list shows that area's places)
    query = places.parse("鴻巣駅のそばのこども食堂を教えて")
    assert isinstance(query, places.Query) and query.areas == {"鴻巣"} and "こども食堂" in query.kinds
