"""The crisis tests' knowledge: the bot's own content and encoder, loaded once per test module."""

from __future__ import annotations

import pytest

from bot.chat import crisis_head
from bot.chat.knowledge import Knowledge, load_knowledge
from bot.settings import Settings
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    """A module that defines its own `knowledge` fixture uses that one instead."""
    crisis_head.load_head.cache_clear()  # as a fresh process: nothing warmed, nothing encoded for crisis
    return load_knowledge(Settings(content_dir=ROOT))
