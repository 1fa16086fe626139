"""Every reply the bot can give fits LINE's limits, and desks are tappable."""

from __future__ import annotations

import json

import pytest
import yaml

from bot import replies
from bot.chat.knowledge import load_knowledge
from bot.chat.routing import respond_postback, respond_text
from bot.settings import Settings
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge(Settings(content_dir=ROOT))


def _all_replies(knowledge):
    cases = yaml.safe_load((ROOT / "tests" / "regression.yaml").read_text(encoding="utf-8"))["cases"]
    for case in cases:
        yield case["q"], respond_text(knowledge, case["q"])
    for entry in knowledge.content.entries:
        yield f"faq:{entry.id}", respond_postback(knowledge, f"faq:{entry.id}")
    for words in ("こんにちは", "ありがとう", "使い方", "none:"):
        yield words, respond_text(knowledge, words)


def _walk(node):
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def test_every_reply_fits_line_limits(knowledge):
    for question, reply in _all_replies(knowledge):
        assert 1 <= len(reply.messages) <= replies.MAX_MESSAGES, question
        for message in reply.messages:
            assert replies.size_ok(message), question
            items = message.get("quickReply", {}).get("items", [])
            assert len(items) <= replies.MAX_QUICK_REPLIES, question
            if message["type"] == "flex" and message["contents"]["type"] == "carousel":
                assert len(message["contents"]["contents"]) <= replies.MAX_BUBBLES
            for node in _walk(message):
                if "label" in node and node.get("type") in ("postback", "message", "uri", "location"):
                    assert 1 <= len(node["label"]) <= replies.MAX_LABEL, (question, node["label"])
                if node.get("type") == "postback":
                    assert len(node["data"]) <= replies.MAX_POSTBACK_DATA


def test_every_reply_is_accepted_by_the_line_sdk_models(knowledge):
    from linebot.v3.messaging import ReplyMessageRequest

    for question, reply in _all_replies(knowledge):
        request = ReplyMessageRequest.from_dict({"replyToken": "t", "messages": reply.messages})
        assert json.loads(request.to_json())["messages"], question


def test_desk_phone_buttons_are_tap_to_call(knowledge):
    reply = respond_postback(knowledge, "faq:volunteer-start")
    uris = [n["uri"] for n in _walk(reply.messages) if n.get("type") == "uri"]
    assert "tel:0485972100" in uris
    hotline = replies.desk_bubble(knowledge.content.desks["gyakutai-7171"])
    assert any(n.get("uri") == "tel:%237171" for n in _walk(hotline))


def test_greetings_and_thanks_get_a_short_friendly_reply_with_examples(knowledge):
    for words in ("こんにちは", "ありがとうございました", "ｺﾝﾆﾁﾊ"):
        reply = respond_text(knowledge, words)
        assert reply.kind == "greeting" or reply.act == "thanks"
        assert len(reply.messages[0]["text"]) < 200
        assert reply.messages[-1]["quickReply"]["items"]


def test_fallback_never_says_only_wakarimasen_and_hands_over_both_desks(knowledge):
    reply = respond_postback(knowledge, "none:")
    assert reply.kind == "fallback"
    flat = json.dumps(reply.messages, ensure_ascii=False)
    assert "tel:0485411321" in flat and "tel:0485972100" in flat
    assert "わかりません" not in reply.messages[0]["text"]


def test_sample_entries_are_labelled(knowledge):
    from bot.content import Entry

    entry = Entry(id="x", title="t", questions=["q"], answer="本文", sample=True)
    assert replies.answer(entry, [])[0]["text"].startswith(replies.SAMPLE_LABEL)
