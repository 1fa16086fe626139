"""Round 13: how harm is told changes the reply. A small child's own words about a parent who hurts it (kana, emoji,
a passive) get the crisis reply with 189 first; a partner's violence told as over leads with the DV line, not 110,
while the same violence with danger now keeps 110; old self-harm scars told as over get the caring line, not the
crisis reply; a game's killing is no report of violence; and リストカット is no stalker (folded, ストーカー sits
inside it). Phrasings are written for these tests (not from any benchmark, probe or training statement)."""

from __future__ import annotations

import json

import pytest

from bot.chat import crisis_head
from bot.chat.knowledge import load_knowledge
from bot.chat.routing import respond_text
from bot.settings import Settings
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def knowledge():
    crisis_head.load_head.cache_clear()
    return load_knowledge(Settings(content_dir=ROOT))


def first_number(reply) -> str:
    """The number the crisis reply's first hotline card calls."""
    return json.dumps(reply.messages[1], ensure_ascii=False).split('"uri": "tel:')[1].split('"')[0]


def number_of(knowledge, desk: str) -> str:
    return knowledge.content.desks[desk].phones[0].number.replace("-", "")


@pytest.mark.parametrize("text", [
    "おかあさんに つきとばされた😭",
    "ぱぱに ほっぺ つねられた いたいよ",
])
def test_a_small_childs_own_words_about_a_parents_harm_get_189_first(knowledge, text):
    reply = respond_text(knowledge, text)
    assert reply.kind == "crisis"
    assert first_number(reply) == number_of(knowledge, "jisou-189")


@pytest.mark.parametrize("text", [
    "元夫から暴力を受けていました。今はひとりで暮らしています。話せる所を探しています",
    "My ex-boyfriend used to slap me. I moved out last year. Who can I talk to?",
])
def test_a_partners_violence_told_as_over_leads_with_the_dv_line_not_110(knowledge, text):
    reply = respond_text(knowledge, text)
    assert reply.kind == "crisis"
    assert first_number(reply).replace("-", "") == number_of(knowledge, "dv-plus")


@pytest.mark.parametrize("text", [
    "元夫が家の前に来ていて、ドアを叩いてる",
    "別れた彼氏に殴られた。今も家の外にいる",
])
def test_an_ex_partner_near_now_keeps_110_first(knowledge, text):
    reply = respond_text(knowledge, text)
    assert reply.kind == "crisis"
    assert first_number(reply) == "110"


def test_self_harm_now_is_a_crisis_without_the_police_first(knowledge):
    reply = respond_text(knowledge, "リストカットがやめられない")
    assert reply.kind == "crisis"
    assert first_number(reply) != "110"


def test_old_scars_told_as_over_get_the_caring_line_not_the_crisis_reply(knowledge):
    reply = respond_text(knowledge, "若い頃のリストカットの跡を消したいです。今はもうしていません。皮膚科の相談先はありますか")
    assert reply.kind != "crisis"


def test_killed_by_zombies_in_a_game_is_no_crisis(knowledge):
    assert respond_text(knowledge, "ゾンビに殺されまくって徹夜した").kind != "crisis"


@pytest.mark.parametrize("text", [
    "Em với vợ cãi nhau to, nhưng tối nay đã làm hòa rồi",  # a quarrel made up
    "祖母の十三回忌で、みんなで祖母の好きだったおはぎを作りました",  # a memorial told with an everyday act
])
def test_an_everyday_context_the_head_reads_as_a_crisis_gets_no_crisis_reply(knowledge, text):
    assert respond_text(knowledge, text).kind != "crisis"

