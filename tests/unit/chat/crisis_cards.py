"""What the crisis tests read off a reply (the number its first hotline card calls), and how they ask: as a new
resident's message is answered, in the language it is written in."""

from __future__ import annotations

import json

from bot.chat.language import reply_language
from bot.chat.routing import respond_text


def first_number(reply) -> str:
    """The number the crisis reply's first hotline card calls."""
    return json.dumps(reply.messages[1], ensure_ascii=False).split('"uri": "tel:')[1].split('"')[0]


def reply_as_written(knowledge, text):
    """The reply a new resident gets (bot.chat.handlers picks the reply language the same way)."""
    return respond_text(knowledge, text, lang=reply_language(None, None, text))
