"""Needs said in everyday words (issue 11, round 12): the first thing the resident sees (the answer, or the first
option of "which of these?") is the entry that serves the need. The texts are written for these tests.

Care for an elderly parent: care insurance (kaigo-hoken), not the dementia, single-parent or housing entry that
shares the message's words for "mother" or "alone"; kaigo-hoken's everyday phrasings in the languages the bot serves
are what brings them there."""

from __future__ import annotations

import pytest

from bot.chat.knowledge import load_knowledge
from bot.chat.language import reply_language
from bot.chat.routing import respond_text
from bot.settings import Settings
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def knowledge():
    loaded = load_knowledge(Settings(content_dir=ROOT))
    if loaded.intents is not None:
        loaded.intents.wait()
    return loaded


def first_offer(knowledge, text: str) -> str | None:
    reply = respond_text(knowledge, text, lang=reply_language(None, None, text))
    if reply.kind == "answer":
        return reply.entry_id
    if reply.kind == "clarify" and reply.candidates:
        return reply.candidates[0].id
    return None


@pytest.mark.parametrize("text", [
    "My mom is getting old and needs someone to help her at home",
    "Meus pais estão velhos e precisam de alguém para cuidar deles",
    "我妈妈年纪大了，一个人在家生活不了，需要有人照顾",
    "Mẹ tôi già rồi, cần người chăm sóc ở nhà",
    "Matanda na ang nanay ko at kailangan ng tulong sa bahay",
    "祖母が一人で風呂に入れない",
    "母の身の回りのことを手伝ってくれる人がほしい",
    "親が手がかかるようになってきた",
])
def test_an_elderly_parent_who_needs_care_is_offered_care_services_first(knowledge, text):
    assert first_offer(knowledge, text) == "kaigo-hoken"


@pytest.mark.parametrize(("text", "entry"), [
    ("悩みごとがあるけど誰に言えばいいのか", "soudan-general"),  # a worry with no topic: the desk for any worry
    ("じどう ふよう てあて の しんせい", "hitorioya"),  # the allowance its answer names, typed in kana
])
def test_a_need_named_by_its_everyday_word_is_offered_its_entry_first(knowledge, text, entry):
    assert first_offer(knowledge, text) == entry


def test_unpaid_gas_or_electricity_is_answered_with_the_debt_entry(knowledge):
    # 電気代 / ガス代 and being cut off (止められる) are how residents say 公共料金の滞納
    reply = respond_text(knowledge, "ガス代がたまってる", lang="ja")
    assert (reply.kind, reply.entry_id) == ("answer", "shakkin")
