"""LINE shows a quick reply only under the LAST message of a reply: chips anywhere else are invisible.

This walks every reply the bot can give — typed questions (the regression set), greetings, crisis words,
settings words, directory searches, stickers, locations, follow and join, in 1:1 chats and in groups — and
then every postback any of those replies can emit (FAQ buttons, every directory path, every settings step,
the rich menu), until no new postback turns up. Events are parsed by the real line-bot-sdk from signed
webhook bodies, as the server does, and answered by the real handlers against a real SQLite file.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
import yaml
from linebot.v3.webhook import WebhookParser

from bot.chat import handlers
from bot.chat.knowledge import load_knowledge
from bot.content.notices import load_notices
from bot.line import richmenu
from bot.replies.notices import messages as notice_messages
from bot.settings import Settings
from bot.store.db import Database
from bot.store.subscriptions import AREAS, TAGS
from bot.text import postbacks
from tests.conftest import ROOT, SECRET, base_event, body_of, follow_event, postback_event, sign, text_event

KONOSU_STATION = (36.0658, 139.5223)
OSAKA = (34.7025, 135.4959)


@pytest.fixture(scope="module")
def deps(tmp_path_factory: pytest.TempPathFactory) -> Iterator[handlers.Deps]:
    knowledge = load_knowledge(Settings(content_dir=ROOT))
    db = Database.open(f"sqlite:///{tmp_path_factory.mktemp('quick') / 'walk.db'}")
    db.migrate()
    yield handlers.Deps(knowledge=lambda: knowledge, db=db, pseudonym_key=b"k" * 32)
    db.close()


PARSER = WebhookParser(SECRET)


def parsed(event: dict[str, Any]) -> Any:
    body = body_of(event)
    (found,) = PARSER.parse(body.decode(), sign(body))
    return found


def in_group(event: dict[str, Any]) -> dict[str, Any]:
    event["source"] = {"type": "group", "groupId": "C" + "1" * 32, "userId": event["source"]["userId"]}
    return event


def mentioning_bot(words: str) -> dict[str, Any]:
    event = in_group(text_event(f"@つながりナビ {words}"))
    event["message"]["mention"] = {"mentionees": [{"index": 0, "length": 7, "type": "user", "isSelf": True}]}
    return event


def sticker(text: str | None = None, keywords: list[str] | None = None) -> dict[str, Any]:
    event = text_event("")
    message: dict[str, Any] = {"type": "sticker", "id": event["message"]["id"], "packageId": "1", "stickerId": "2",
                               "stickerResourceType": "MESSAGE" if text else "STATIC", "quoteToken": "q"}
    if text:
        message["text"] = text
    if keywords:
        message["keywords"] = keywords
    event["message"] = message
    return event


def location(lat: float, lon: float) -> dict[str, Any]:
    event = text_event("")
    event["message"] = {"type": "location", "id": event["message"]["id"], "latitude": lat, "longitude": lon}
    return event


def typed_words() -> list[str]:
    cases = yaml.safe_load((ROOT / "tests" / "regression.yaml").read_text(encoding="utf-8"))["cases"]
    return [c["q"] for c in cases] + [
        "こんにちは", "ありがとう", "使い方", "", "もう死にたい", "薬をたくさん飲んだ", "お知らせ設定", "配信停止",
        "吹上のサロン", "今日やってる子ども食堂", "近くの児童センター", "ボランティア募集", "火星の天気",
    ]


def seed_postbacks() -> set[str]:
    seeds = {button.data for button in richmenu.BUTTONS} | {postbacks.none_of_these(), "unknown:xyz"}
    seeds |= {postbacks.settings(step) for step in ("menu", "alltags", "tags", "areas", "done", "stop", "none")}
    seeds |= {postbacks.settings("area", code) for code in AREAS} | {postbacks.settings("tag", code) for code in TAGS}
    return seeds


def emitted_postbacks(messages: list[dict[str, Any]]) -> set[str]:
    found = set()
    stack: list[Any] = [messages]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if node.get("type") == "postback" and "data" in node:
                found.add(node["data"])
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


def chips_elsewhere(messages: list[dict[str, Any]]) -> list[int]:
    return [i for i, m in enumerate(messages[:-1]) if "quickReply" in m]


def test_every_reply_and_every_postback_has_chips_only_on_its_last_message(deps):
    events: list[tuple[str, dict[str, Any]]] = []
    for words in typed_words():
        events.append((f"text {words!r}", text_event(words)))
        events.append((f"group mention {words!r}", mentioning_bot(words)))
        events.append((f"group chat {words!r}", in_group(text_event(words))))
    events += [
        ("follow", follow_event()),
        ("join", {**base_event("join"), "replyToken": "j" * 32, "source": {"type": "group", "groupId": "C" + "2" * 32}}),
        ("message sticker", sticker("もう死にたい")),
        ("message sticker words", sticker("ボランティアを始めたい")),
        ("sticker keywords", sticker(keywords=["Thanks", "ありがとう"])),
        ("plain sticker", sticker()),
        ("location near", location(*KONOSU_STATION)),
        ("location far", location(*OSAKA)),
    ]
    seen: set[str] = set()
    # Any entry can be offered as a button (clarify, related, suggestions), so every entry's postback is walked.
    todo = seed_postbacks() | {postbacks.faq(e.id) for e in deps.knowledge().content.entries}
    kinds: set[str] = set()
    checked = 0

    def check(name: str, event: dict[str, Any]) -> None:
        nonlocal checked
        out = handlers.handle(parsed(event), deps)
        if out is None:
            return
        messages = out.reply.messages
        assert 1 <= len(messages) <= 5, name
        assert not chips_elsewhere(messages), f"{name}: chips on message(s) {chips_elsewhere(messages)} of {len(messages)}"
        if name.startswith("group"):  # typed-word and location chips come back unmentioned: unanswered there
            chips = messages[-1].get("quickReply", {}).get("items", [])
            assert all(c["action"]["type"] == "postback" for c in chips), name
        kinds.add(out.reply.kind)
        todo.update(emitted_postbacks(messages) - seen)
        checked += 1

    for name, event in events:
        check(name, event)
    while todo:
        data = todo.pop()
        if data in seen:
            continue
        seen.add(data)
        check(f"postback {data}", postback_event(data))
        check(f"group postback {data}", in_group(postback_event(data)))

    assert {"answer", "clarify", "fallback", "crisis", "greeting", "directory", "subscription", "other"} <= kinds
    assert any(d.startswith("dir:p?") for d in seen) and any(d.startswith("dir:v?") for d in seen)
    assert checked > 300


def test_every_notice_keeps_its_settings_chip_on_the_last_message():
    for notice in load_notices(ROOT).items:
        messages = notice_messages(notice)
        assert not chips_elsewhere(messages), notice.id
        assert "sub:menu" in json.dumps(messages[-1]["quickReply"])


def test_an_answer_with_desk_cards_shows_its_chips_under_the_cards(deps):
    """The class of failure from issue 13: a text + Flex reply whose chips sat on the text."""
    entry = next(e for e in deps.knowledge().content.entries if deps.knowledge().content.desks_for(e))
    out = handlers.handle(parsed(postback_event(postbacks.faq(entry.id))), deps)
    assert out is not None
    *before, last = out.reply.messages
    assert before and last["type"] == "flex"
    labels = [i["action"]["label"] for i in last["quickReply"]["items"]]
    from bot.replies.texts import say as fixed

    # 「ほかの質問」 in the language this resident's replies are in (an earlier walk may have set one)
    assert fixed("other_question", out.reply.lang) in labels
