"""Group and room chats: is this event from one, is the bot mentioned, and the text without the @names.

The policy (handlers apply it): in a group the bot speaks only when it is mentioned or one of its own buttons
is tapped, never stores what members write, keeps settings to 1:1 chats, and still answers crisis words with
the hotlines whether mentioned or not.
"""

from __future__ import annotations

from typing import Any

from linebot.v3.webhooks import GroupSource, RoomSource


def in_group(event: Any) -> bool:
    return isinstance(getattr(event, "source", None), (GroupSource, RoomSource))


def _mentionees(message: Any) -> list[Any]:
    mention = getattr(message, "mention", None)
    return list(getattr(mention, "mentionees", None) or [])


def mentions_self(message: Any) -> bool:
    """`mention.mentionees[].isSelf`: LINE marks the mention of the bot that receives the webhook."""
    return any(getattr(m, "is_self", None) is True for m in _mentionees(message))


def without_mentions(text: str, message: Any) -> str:
    """The text with every @name cut out, so 「@つながりナビ 生活に困っている」 is matched as 「生活に困っている」
    (and a member's name never reaches the search)."""
    spans = sorted(((m.index, m.length) for m in _mentionees(message) if m.length > 0), reverse=True)
    if not spans:
        return text
    # LINE counts index/length in UTF-16 code units (as for text length); for text without characters outside
    # the BMP this equals Python's indices. If the span does not start with "@", fall back to code points.
    units = text.encode("utf-16-le")
    if all(units[2 * i : 2 * i + 2] == "@".encode("utf-16-le") for i, _ in spans):
        for index, length in spans:
            units = units[: 2 * index] + " ".encode("utf-16-le") + units[2 * (index + length) :]
        return _tidy(units.decode("utf-16-le", errors="ignore"))
    for index, length in spans:
        text = text[:index] + " " + text[index + length :]
    return _tidy(text)


def _tidy(text: str) -> str:
    return " ".join(text.split())
