"""Helpers shared by CLI commands."""

from __future__ import annotations

import sys
from typing import Any

from bot.chat.knowledge import load_knowledge
from bot.content import ContentInvalid
from bot.settings import Settings


def knowledge_or_none(settings: Settings) -> Any:
    """Load and index the content for a staff command, or say what is wrong and return None."""

    try:
        return load_knowledge(settings)
    except ContentInvalid as exc:
        print(f"内容に誤りがあります。tsunagari check で確かめてください:\n{exc}", file=sys.stderr)
        return None
