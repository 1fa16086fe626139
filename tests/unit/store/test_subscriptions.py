"""Opt-in to notices: the store on SQLite and PostgreSQL, and the whole LINE flow through the real webhook."""

from __future__ import annotations

import logging
import time

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from bot.chat import subscriptions as subscription_chat
from bot.store import subscriptions
from bot.store.db import Database
from tests.conftest import base_event, body_of, follow_event, postback_event, text_event, user_id
from tests.dbs import db_url  # noqa: F401 - fixture

REPLY = "/v2/bot/message/reply"


@pytest.fixture
def db(db_url: str):  # noqa: F811
    database = Database.open(db_url)
    yield database
    database.close()


def test_area_tags_stop_and_matching(db):
    a, b, c, d = (user_id(n) for n in range(4))
    subscriptions.set_area(db, a, "fukiage")
    assert subscriptions.toggle_tag(db, a, "kosodate") is True
    subscriptions.set_area(db, b, "konosu")
    subscriptions.toggle_tag(db, b, "bousai")
    subscriptions.set_area(db, c, "all")  # whole city, every interest
    subscriptions.toggle_tag(db, d, "koureisha")  # interest first → 全域
    assert subscriptions.get(db, a) == ("fukiage", ["kosodate"])
    assert subscriptions.get(db, d) == ("all", ["koureisha"])

    assert subscriptions.matching(db, ["fukiage"], []) == sorted([a, c, d])
    assert subscriptions.matching(db, [], ["kosodate"]) == sorted([a, c])
    assert subscriptions.matching(db, ["konosu"], ["bousai", "kosodate"]) == sorted([b, c])
    assert subscriptions.matching(db, ["kawasato"], ["koureisha"]) == sorted([c, d])

    assert subscriptions.toggle_tag(db, a, "kosodate") is False  # a second tap removes it
    assert subscriptions.get(db, a) == ("fukiage", [])
    assert subscriptions.forget(db, a) == 1
    assert subscriptions.get(db, a) is None
    assert db.query("SELECT COUNT(*) FROM subscription_tags WHERE user_id = ?", (a,))[0][0] == 0
    with pytest.raises(ValueError):
        subscriptions.set_area(db, a, "tokyo")


# R9: the store follows a simple model through any sequence of taps, stops and unfollows (both databases).
ops = st.lists(
    st.tuples(
        st.sampled_from(["area", "tag", "stop", "alltags"]),
        st.integers(0, 3),
        st.sampled_from(list(subscriptions.AREAS)),
        st.sampled_from(list(subscriptions.TAGS)),
    ),
    max_size=25,
)


@hsettings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops)
def test_store_matches_a_model(db, sequence):
    db.execute("DELETE FROM subscription_tags")
    db.execute("DELETE FROM subscriptions")
    model: dict[str, tuple[str, set[str]]] = {}
    for op, n, area, tag in sequence:
        uid = user_id(n)
        if op == "area":
            subscription_chat.respond_postback(db, uid, f"sub:area:{area}")
            model[uid] = (area, model.get(uid, (area, set()))[1])
        elif op == "tag":
            subscription_chat.respond_postback(db, uid, f"sub:tag:{tag}")
            cur_area, tags = model.get(uid, ("all", set()))
            model[uid] = (cur_area, tags ^ {tag})
        elif op == "alltags":
            subscription_chat.respond_postback(db, uid, "sub:alltags")
            model[uid] = (model.get(uid, ("all", set()))[0], set())
        else:
            subscription_chat.respond_postback(db, uid, "sub:stop")
            model.pop(uid, None)
        for m in range(4):
            want = model.get(user_id(m))
            assert subscriptions.get(db, user_id(m)) == (None if want is None else (want[0], sorted(want[1])))


def _replies(fake_line, n):
    return [r.json["messages"] for r in fake_line.wait_for(REPLY, n)]


def test_follow_offers_opt_in_and_postbacks_change_settings(server, fake_line, caplog):
    caplog.set_level(logging.DEBUG)
    uid = user_id(77)
    server.post(body_of(follow_event(user=uid)))
    messages = _replies(fake_line, 1)[0]
    assert "緊急" in messages[0]["text"] or "119" in messages[0]["text"]  # the welcome still comes first
    assert len(messages) <= 5  # LINE's limit per reply
    invite = messages[-1]
    datas = [i["action"]["data"] for i in invite["quickReply"]["items"]]
    assert datas == ["sub:area:konosu", "sub:area:fukiage", "sub:area:kawasato", "sub:area:all", "sub:none"]

    server.post(body_of(postback_event("sub:area:fukiage", user=uid)))
    tags_menu = _replies(fake_line, 2)[1][-1]
    assert "吹上地区" in tags_menu["text"]
    assert [i["action"]["data"] for i in tags_menu["quickReply"]["items"]][:6] == [
        f"sub:tag:{t}" for t in subscriptions.TAGS
    ]
    server.post(body_of(postback_event("sub:tag:kosodate", user=uid)))
    after_tag = _replies(fake_line, 3)[2][-1]
    assert "✓ 子育て" in [i["action"]["label"] for i in after_tag["quickReply"]["items"]]

    server.post(body_of(text_event("お知らせ設定", user=uid)))
    summary = _replies(fake_line, 4)[3][-1]["text"]
    assert "地区: 吹上地区" in summary and "分野: 子育て" in summary
    assert subscriptions.get(server.runtime.db, uid) == ("fukiage", ["kosodate"])

    server.post(body_of(postback_event("sub:stop", user=uid)))
    assert "停止" in _replies(fake_line, 5)[4][-1]["text"]
    assert subscriptions.get(server.runtime.db, uid) is None
    assert uid not in caplog.text  # the raw LINE user ID is never logged


def test_notices_asked_for_and_stopped_in_a_sentence(server, fake_line):
    uid = user_id(78)
    server.post(body_of(text_event("おしらせを うけとりたいです", user=uid)))
    menu = _replies(fake_line, 1)[0][-1]
    assert [i["action"]["data"] for i in menu["quickReply"]["items"]][:4] == [
        f"sub:area:{a}" for a in ("konosu", "fukiage", "kawasato", "all")]
    server.post(body_of(postback_event("sub:area:kawasato", user=uid)))
    _replies(fake_line, 2)
    assert subscriptions.get(server.runtime.db, uid) == ("kawasato", [])
    server.post(body_of(text_event("もう通知はいらないので止めてください", user=uid)))
    assert "停止" in _replies(fake_line, 3)[2][-1]["text"]
    assert subscriptions.get(server.runtime.db, uid) is None


def test_unfollow_deletes_the_residents_rows(server, fake_line):
    uid = user_id(78)
    server.post(body_of(postback_event("sub:area:kawasato", user=uid), postback_event("sub:tag:bousai", user=uid)))
    fake_line.wait_for(REPLY, 2)
    db = server.runtime.db
    assert subscriptions.get(db, uid) == ("kawasato", ["bousai"])
    db.execute(
        "INSERT INTO notice_recipients (notice_id, batch_no, user_id) VALUES ('x', 0, ?)", (uid,)
    )  # as if a send were in progress
    server.post(body_of(base_event("unfollow", user=uid)))
    deadline = time.monotonic() + 60  # a bound for a busy machine; the loop ends when the condition holds
    while subscriptions.get(db, uid) is not None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert subscriptions.get(db, uid) is None
    for table in ("subscriptions", "subscription_tags", "notice_recipients"):
        assert db.query(f"SELECT COUNT(*) FROM {table} WHERE user_id = ?", (uid,))[0][0] == 0  # noqa: S608


def test_settings_words_do_not_hide_questions():
    assert subscription_chat.is_settings_text("お知らせ設定")
    assert subscription_chat.is_settings_text("配信停止")
    assert not subscription_chat.is_settings_text("ボランティアを始めたい")
    for question in ("お知らせの内容がよくわからない", "防災のお知らせはいつ届きますか", "配信されたサロンに行きたい"):
        assert not subscription_chat.is_settings_text(question)
