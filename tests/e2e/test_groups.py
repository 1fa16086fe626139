"""Group and room chats, through a real server and the real line-bot-sdk against the fake LINE API:
the bot speaks when mentioned or when its own buttons are tapped, stores nothing, keeps settings to 1:1,
introduces itself on join, and answers crisis words with the hotlines even unmentioned."""

from __future__ import annotations

import json
import time
from typing import Any

import httpx

from bot.chat.routing import respond_text
from bot.store import subscriptions
from tests.conftest import base_event, body_of, postback_event, text_event, user_id

REPLY = "/v2/bot/message/reply"
GROUP = {"type": "group", "groupId": "C" + "a" * 32}
ROOM = {"type": "room", "roomId": "R" + "b" * 32}
BOT_NAME = "@つながりナビ"


def from_chat(event: dict[str, Any], chat: dict[str, str] = GROUP, member: int = 5) -> dict[str, Any]:
    event["source"] = {**chat, "userId": user_id(member)}
    return event


def mention(words: str, *, is_self: bool = True, chat: dict[str, str] = GROUP) -> dict[str, Any]:
    event = from_chat(text_event(f"{BOT_NAME} {words}"), chat)
    event["message"]["mention"] = {"mentionees": [{"index": 0, "length": len(BOT_NAME), "type": "user",
                                                   "isSelf": is_self, **({} if is_self else {"userId": user_id(9)})}]}
    return event


def sticker(text: str | None, *, chat: dict[str, str] | None = None) -> dict[str, Any]:
    event = text_event("")
    event["message"] = {"type": "sticker", "id": event["message"]["id"], "packageId": "11537", "stickerId": "52002734",
                        "stickerResourceType": "MESSAGE" if text else "STATIC", "quoteToken": "q",
                        **({"text": text} if text else {}), "keywords": ["sad", "tears"]}
    return from_chat(event, chat) if chat else event


def handled(server: Any, count: int, kind: str = "message", timeout: float = 20.0) -> None:
    """Wait until the server has decided `count` events of a kind (reply sent or deliberately none)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        counts = httpx.get(f"{server.url}/healthz", timeout=5).json()["counts"]
        if counts.get(f"event.{kind}", 0) >= count:
            return
        time.sleep(0.02)
    raise AssertionError(f"the server did not handle {count} {kind} events in {timeout}s")


def replies_to(fake_line: Any, event: dict[str, Any]) -> list[list[dict[str, Any]]]:
    return [c.json["messages"] for c in fake_line.calls(REPLY, status=None) if c.json["replyToken"] == event["replyToken"]]


def unanswered_rows(server: Any) -> int:
    return int(server.runtime.db.query("SELECT COUNT(*) FROM unanswered")[0][0])


def test_group_chit_chat_is_ignored_and_not_stored_while_a_mention_is_answered(server, fake_line):
    chit_chat = [from_chat(text_event(w)) for w in ("今日の飲み会どこにする？", "駅前の居酒屋でいい？", "生活に困っている")]
    chit_chat.append(mention("生活に困っている", is_self=False))  # a mention of another member is not for the bot
    chit_chat.append(from_chat(text_event("火星の天気"), ROOM))
    asked = mention("生活に困っている")
    for event in chit_chat:
        assert server.post(body_of(event)).status_code == 200
    assert server.post(body_of(asked)).status_code == 200
    handled(server, len(chit_chat) + 1)
    fake_line.wait_for(REPLY, 1)

    assert all(replies_to(fake_line, e) == [] for e in chit_chat)
    (sent,) = replies_to(fake_line, asked)
    alone = respond_text(server.runtime.knowledge, "生活に困っている")  # the @name is not part of the question
    assert sent[0]["text"] == alone.messages[0]["text"]
    assert unanswered_rows(server) == 0


def test_a_mentioned_question_the_bot_cannot_answer_is_still_not_stored(server, fake_line):
    asked = mention("火星の天気を教えて", chat=ROOM)
    server.post(body_of(asked))
    handled(server, 1)
    (sent,) = fake_line.wait_for(REPLY, 1)
    assert "福祉課" in json.dumps(sent.json["messages"], ensure_ascii=False)  # the warm fallback, in the room
    assert unanswered_rows(server) == 0
    # chips that would send typed words come back unmentioned and unanswered in a group: only buttons stay
    items = sent.json["messages"][-1].get("quickReply", {}).get("items", [])
    assert all(i["action"]["type"] == "postback" for i in items)


def test_crisis_words_in_a_group_get_the_hotlines_even_without_a_mention(server, fake_line):
    event = from_chat(text_event("もう死にたい"))
    server.post(body_of(event))
    messages = fake_line.wait_for(REPLY, 1)[0].json["messages"]
    flat = json.dumps(messages, ensure_ascii=False)
    assert "tel:" in flat and "いのちの電話" in flat


def test_settings_stay_in_one_to_one_chats(server, fake_line):
    member = user_id(5)
    typed = mention("お知らせ設定")
    tapped = from_chat(postback_event("sub:area:fukiage"))
    server.post(body_of(typed))
    server.post(body_of(tapped))
    calls = fake_line.wait_for(REPLY, 2)
    for call in calls:
        text = call.json["messages"][-1]["text"]
        assert "1対1" in text and "地区:" not in text
    assert subscriptions.get(server.runtime.db, member) is None


def test_a_postback_from_our_own_buttons_is_answered_in_a_group(server, fake_line):
    entry = next(iter(server.runtime.knowledge.content.entries))
    event = from_chat(postback_event(f"faq:{entry.id}"))
    server.post(body_of(event))
    sent = fake_line.wait_for(REPLY, 1)[0].json
    assert entry.answer.strip()[:20] in sent["messages"][0]["text"]


def test_joining_a_group_gets_a_short_self_introduction(server, fake_line):
    event = {**base_event("join"), "replyToken": "j" * 32, "source": GROUP}
    server.post(body_of(event))
    (sent,) = fake_line.wait_for(REPLY, 1)
    text = sent.json["messages"][0]["text"]
    assert "つながりナビ" in text and "メンション" in text and "1対1" in text and "119" in text
    assert len(text) < 400


def test_a_message_sticker_saying_it_wants_to_die_gets_a_hotline(server, fake_line):
    alone, group = sticker("もう死にたい"), sticker("もう死にたい", chat=GROUP)
    server.post(body_of(alone))
    server.post(body_of(group))
    fake_line.wait_for(REPLY, 2)
    for event in (alone, group):
        (messages,) = replies_to(fake_line, event)
        flat = json.dumps(messages, ensure_ascii=False)
        assert "tel:" in flat and "いのちの電話" in flat, event["source"]


def test_a_message_sticker_with_a_question_is_answered_like_typed_text(server, fake_line):
    event = sticker("ボランティアを始めたい")
    server.post(body_of(event))
    sent = fake_line.wait_for(REPLY, 1)[0].json
    alone = respond_text(server.runtime.knowledge, "ボランティアを始めたい")
    assert sent["messages"][0]["text"] == alone.messages[0]["text"]


def test_a_sticker_without_words_gets_a_friendly_reply_and_none_in_a_group(server, fake_line):
    plain, in_group = sticker(None), sticker(None, chat=GROUP)
    server.post(body_of(in_group))
    server.post(body_of(plain))
    handled(server, 2)
    fake_line.wait_for(REPLY, 1)
    (messages,) = replies_to(fake_line, plain)
    assert "スタンプ" in messages[0]["text"] and "文字のメッセージだけ" not in messages[0]["text"]
    assert replies_to(fake_line, in_group) == []
