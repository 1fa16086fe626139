"""The acts route and the out-of-scope route share one reading of a message by meaning, and it is never stale."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.chat import intents
from bot.chat.knowledge import Knowledge
from bot.chat.routing import respond_text
from bot.content import load_content
from bot.search.encoders import HashingEncoder, MemoEncoder

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    built = Knowledge.build(load_content(ROOT), encoder=MemoEncoder(HashingEncoder()))
    assert built.intents is not None and built.intents.wait(60) is not None
    return built


def test_each_message_gets_its_own_reading_by_meaning(knowledge, monkeypatch):
    asked: list[str] = []
    classify = intents.classify  # the real stage, only counted


    def counted(bank, encoder, text):
        asked.append(text)
        return classify(bank, encoder, text)

    monkeypatch.setattr(intents, "classify", counted)
    first = respond_text(knowledge, "ボランティアを始めたい")
    second = respond_text(knowledge, "一人暮らしの親が心配")
    assert asked == ["ボランティアを始めたい", "一人暮らしの親が心配"]  # once each, though two routes ask
    assert first.kind == respond_text(knowledge, "ボランティアを始めたい").kind
    assert second.candidates  # the second message was searched on its own terms
