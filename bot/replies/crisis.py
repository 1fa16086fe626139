"""The crisis reply: hotlines first, with tap-to-call; 119/110 first when life may be in danger."""

from __future__ import annotations

from collections.abc import Sequence

from bot.content import Desk
from bot.replies.base import Message, desks_message, text


def crisis(hotlines: Sequence[Desk], *, danger: bool) -> list[Message]:
    first = (
        "今すぐ命の危険があるときは、迷わず 119(救急)か 110(警察)に電話してください。\n\n"
        if danger
        else ""
    )
    body = (
        f"{first}話してくれてありがとうございます。ひとりで抱えこまないでください。\n"
        "いま、あなたの話を聞いてくれる窓口があります。下のボタンから電話できます。"
    )
    if not danger:
        body += "\n\n命の危険があるときは、119(救急)か 110(警察)へ。"
    return [text(body), desks_message(hotlines, alt="いますぐ相談できる窓口:", brief=True)]
