"""Round 16: what a place costs is the FAQ's answer, not a list of places; the plan asked about as a whole gets the
entry on what it is for. Phrasings are written for these tests (not from any benchmark)."""

from __future__ import annotations

import pytest

from tests.unit.chat.crisis_cards import reply_as_written


@pytest.mark.parametrize("text", ["吹上の子ども食堂っていくらかかるの", "川里のこども食堂は有料ですか"])
def test_what_a_place_costs_gets_the_entry_that_says_so(knowledge, text):
    reply = reply_as_written(knowledge, text)
    assert reply.kind == "answer" and reply.entry_id == "kodomo-shokudo"


@pytest.mark.parametrize("text", ["近くの子ども食堂を教えて", "ただ、吹上の子ども食堂を知りたいです"])
def test_where_a_place_is_still_gets_the_directory(knowledge, text):
    assert reply_as_written(knowledge, text).kind == "directory"


def test_the_plan_asked_about_as_a_whole_gets_what_it_is_for(knowledge):
    reply = reply_as_written(knowledge, "鴻巣の地域福祉計画って何？")
    assert reply.kind == "answer" and reply.entry_id == "plan-purpose"
