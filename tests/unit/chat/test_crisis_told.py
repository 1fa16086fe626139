"""Round 13: how harm is told changes the reply. A small child's own words about a parent who hurts it (kana, emoji,
a passive) get the crisis reply with 189 first; a partner's violence told as over leads with the DV line, not 110,
while the same violence with danger now keeps 110; old self-harm scars told as over get the caring line, not the
crisis reply; a game's killing is no report of violence; and リストカット is no stalker (folded, ストーカー sits
inside it). Phrasings are written for these tests (not from any benchmark, probe or training statement)."""

from __future__ import annotations

import json

import pytest

from bot.chat.routing import respond_text
from tests.unit.chat.crisis_cards import first_number


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
    assert knowledge.content.desks["yorisoi"].phones[0].number in json.dumps(reply.messages[0], ensure_ascii=False)


def test_killed_by_zombies_in_a_game_is_no_crisis(knowledge):
    assert respond_text(knowledge, "ゾンビに殺されまくって徹夜した").kind != "crisis"


@pytest.mark.parametrize("text", [
    "Em với vợ cãi nhau to, nhưng tối nay đã làm hòa rồi",  # a quarrel made up
    "祖母の十三回忌で、みんなで祖母の好きだったおはぎを作りました",  # a memorial told with an everyday act
])
def test_an_everyday_context_the_head_reads_as_a_crisis_gets_no_crisis_reply(knowledge, text):
    assert respond_text(knowledge, text).kind != "crisis"



@pytest.mark.parametrize("text", [
    "I thought my life was over after the divorce, but now I'm doing great",
    "Quando o médico falou em câncer achei que minha vida tinha acabado, mas hoje estou curada",
    "Tôi tưởng cuộc đời mình kết thúc khi phá sản, nhưng bây giờ tôi ổn rồi",
])
def test_a_dark_time_told_as_over_and_fine_now_gets_no_crisis_reply(knowledge, text):
    assert respond_text(knowledge, text).kind != "crisis"


def test_a_dark_time_told_as_over_with_a_wish_to_die_now_stays_a_crisis(knowledge):
    assert respond_text(knowledge, "I thought my life was over last year, but now I want to die again").kind == "crisis"


def test_a_child_hit_and_afraid_to_go_home_gets_189_first(knowledge):
    reply = respond_text(knowledge, "ぶたれるから いえに かえりたくない")
    assert reply.kind == "crisis"
    assert first_number(reply) == number_of(knowledge, "jisou-189")


def test_a_jump_from_a_window_told_in_tagalog_is_a_crisis(knowledge):
    assert respond_text(knowledge, "Ayoko na. Tatalon na ako mula sa bintana ng apartment ko").kind == "crisis"


def test_a_rule_written_with_a_long_vowel_mark_matches_the_folded_text(knowledge):
    # folding drops ー (カッター is カッタ): a rule that asked for it never matched
    reply = respond_text(knowledge, "カッターで腕を何回も切った")
    assert reply.kind == "crisis"
    assert first_number(reply) == "119"


@pytest.mark.parametrize("text", [
    "テストでいい点がとれなかった自分が情けない。勉強の相談はどこで",  # 〜かった is no cutter
    "赤かった腕の湿疹がやっと治りました。肌荒れの相談はどこ？",
])
def test_a_past_tense_ending_is_no_cutter(knowledge, text):
    assert respond_text(knowledge, text).kind != "crisis"


@pytest.mark.parametrize("text", [
    "以前は死にたいと思う日もありました。でも今はそう思いません。",  # the rules read the wish; it is told as over
    "二十代の頃は真っ暗な毎日で、生きる理由を探してた。今は仕事も楽しくて元気です",  # the head reads it as dark
])
def test_a_wish_to_die_told_as_over_gets_the_caring_line_not_the_crisis_reply(knowledge, text):
    reply = respond_text(knowledge, text)
    assert reply.kind != "crisis"
    assert knowledge.content.desks["yorisoi"].phones[0].number in json.dumps(reply.messages[0], ensure_ascii=False)


def test_a_wish_to_die_told_as_over_and_back_now_stays_a_crisis(knowledge):
    assert respond_text(knowledge, "以前は死にたいと思う日もありました。今もまた死にたいです").kind == "crisis"


@pytest.mark.parametrize("text", [
    "Meu namorado está gritando lá fora que vai me matar",  # he will kill me: not "me matar", a wish to die
    "Mi esposo quiere matarme, está golpeando la puerta",
])
def test_a_threat_to_kill_me_in_portuguese_or_spanish_puts_110_first(knowledge, text):
    reply = respond_text(knowledge, text)
    assert reply.kind == "crisis"
    assert first_number(reply) == "110"


def test_a_wish_to_kill_oneself_in_portuguese_stays_a_crisis_with_the_listening_lines(knowledge):
    reply = respond_text(knowledge, "Quero me matar, não aguento mais")
    assert reply.kind == "crisis"
    assert first_number(reply) != "110"


def test_a_first_aid_question_about_anyone_in_general_is_no_crisis(knowledge):
    text = "I volunteer at a day centre. What should we do if a participant overdoses on their medication?"
    assert respond_text(knowledge, text).kind != "crisis"
