"""Round 17 (issue 11): the cross-lingual answer rule refitted on more tuning questions in other languages; who may
go to a kind of place is the FAQ's answer, not a list; the question and the reply said not to fit is a complaint.
Phrasings are written for these tests (not from any benchmark set)."""

from __future__ import annotations

import pytest

from tests.unit.chat.crisis_cards import reply_as_written


@pytest.mark.parametrize("text", [
    "Tôi muốn làm tình nguyện viên, đăng ký ở đâu?",
    "Quero ajudar como voluntária, onde me inscrevo?",
])
def test_a_clear_question_in_another_language_is_answered_outright(knowledge, text):
    reply = reply_as_written(knowledge, text)
    assert reply.kind == "answer" and reply.entry_id == "volunteer-start"


def test_a_question_in_another_language_whose_readings_disagree_is_not_answered_with_another_need(knowledge):
    # help with the rent, in Tagalog: the readings do not agree on an entry, so the resident chooses
    reply = reply_as_written(knowledge, "Saan ako pwedeng humingi ng tulong sa upa ng bahay?")
    assert reply.kind != "answer" or reply.entry_id in {"yachin", "sumai", "seikatsu-komaru"}


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
