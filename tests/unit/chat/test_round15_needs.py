"""Round 15: acts typed in kana read as the matcher reads them, "new here" as a greeting, and a place told by what
people do there (elders gathering for tea) found in the directory. Phrasings are written for these tests (not from
any benchmark)."""

from __future__ import annotations

import pytest

from tests.unit.chat.crisis_cards import reply_as_written


@pytest.mark.parametrize("text", ["しょくいんさんと はなしたいです", "たんとうの かたと はなせますか"])
def test_asking_for_a_person_in_kana_gets_the_desks(knowledge, text):
    reply = reply_as_written(knowledge, text)
    assert reply.kind == "act" and reply.act == "human"


@pytest.mark.parametrize("text", ["はじめまして。初めて使います", "初めて利用します、よろしく"])
def test_new_here_gets_the_greeting_that_shows_how_to_use_the_bot(knowledge, text):
    assert reply_as_written(knowledge, text).kind == "greeting"


@pytest.mark.parametrize("text", ["吹上で じいちゃんばあちゃんが集まって話せるところ ある？",
                                  "鴻巣地区で高齢の母がお茶を飲みに行ける場所を知りたい"])
def test_a_place_where_elders_gather_is_found_in_the_directory(knowledge, text):
    assert reply_as_written(knowledge, text).kind == "directory"


@pytest.mark.parametrize("text", ["台風のとき 家族が集まる場所はどこ", "地震のときに近所の人と集まれる場所"])
def test_where_to_gather_in_a_disaster_is_no_directory_search(knowledge, text):
    assert reply_as_written(knowledge, text).kind != "directory"


@pytest.mark.parametrize("text", ["先月申し込んだ件、どうなっていますか", "このまえ相談したことの結果はまだですか",
                                  "おととい出した書類の状況を知りたい"])
def test_asking_after_ones_own_case_gets_a_person(knowledge, text):
    reply = reply_as_written(knowledge, text)
    assert reply.kind == "act" and reply.act == "human"


@pytest.mark.parametrize("text", ["生活保護を申請したらどうなりますか", "相談したことが家族に知られることはありますか"])
def test_asking_how_a_service_goes_is_not_ones_own_case(knowledge, text):
    assert reply_as_written(knowledge, text).act != "human"
