"""Replies only group and room chats get: the self-introduction on join, and "open a 1:1 chat" for settings."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.replies.base import Message, text

# LINE's own add-friend link for a bot is not known to the code (it needs the bot's basic ID), so the words say
# how to find it instead of giving a link that could be wrong.
ONE_TO_ONE = "このアカウントのプロフィールから「トーク」を開くと、1対1でお話しできます。"


def join_intro() -> list[Message]:
    body = (
        "グループに招待していただき、ありがとうございます。つながりナビです。\n"
        "鴻巣市の福祉の相談先・ボランティア・地域の居場所をご案内します。\n\n"
        "・グループでは、メンション(@つながりナビ)を付けたメッセージにだけお返事します。ふだんの会話は読みません。\n"
        "・グループのメッセージは保存しません。\n"
        "・お知らせの設定や、ご自身のことの相談は、1対1のトークでどうぞ。" + ONE_TO_ONE + "\n"
        "・命の危険があるときは 119(救急)か 110(警察)へ。"
    )
    return [text(body)]


def one_to_one_only() -> list[Message]:
    """Settings and subscriptions are personal: never shown or changed in front of a group."""
    body = (
        "お知らせの受け取り設定は、グループではなく1対1のトークでお願いします"
        "(ほかの方に設定が見えないようにするためです)。\n" + ONE_TO_ONE
    )
    return [text(body)]


def for_group(messages: Sequence[Message]) -> list[Message]:
    """A reply as a group sees it. Chips that send typed words or a location would come back without a
    mention, and the bot does not answer those in a group, so only postback chips (which it always answers)
    stay."""
    out = [dict(m) for m in messages]
    for message in out:
        items: list[dict[str, Any]] = message.get("quickReply", {}).get("items", [])
        if not items:
            continue
        kept = [i for i in items if i.get("action", {}).get("type") == "postback"]
        if kept:
            message["quickReply"] = {"items": kept}
        else:
            message.pop("quickReply", None)
    return out
