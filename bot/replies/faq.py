"""Replies about FAQ entries: answer, clarify, fallback, crisis hotlines, greetings."""

from __future__ import annotations

from collections.abc import Sequence

from bot.content import Desk, Entry
from bot.replies.base import (
    SAMPLE_LABEL,
    Message,
    desks_message,
    postback,
    say,
    text,
    with_quick,
)
from bot.text import postbacks


def answer(entry: Entry, desks: Sequence[Desk], *, related: Sequence[Entry] = ()) -> list[Message]:
    body = entry.answer.strip()
    if entry.sample:
        body = f"{SAMPLE_LABEL}\n\n{body}"
    quick = [postback(e.title, postbacks.faq(e.id)) for e in related[:3]]
    quick.append(say("ほかの質問"))
    messages = [text(body)]
    if desks:
        messages.append(desks_message(desks, alt="相談できる窓口:"))
    return with_quick(messages, quick)


def clarify(candidates: Sequence[Entry]) -> list[Message]:
    quick = [postback(e.title, postbacks.faq(e.id)) for e in candidates[:3]]
    quick.append(postback("どれでもない", postbacks.none_of_these(), display="どれでもない"))
    lines = "\n".join(f"・{e.title}" for e in candidates[:3])
    return [text(f"お知りになりたいのは、次のどれに近いですか？\n{lines}\n\n下のボタンから選んでください。", quick=quick)]


def fallback(general: Sequence[Desk], *, suggestions: Sequence[Entry] = ()) -> list[Message]:
    body = (
        "ごめんなさい、ぴったりの情報が見つかりませんでした。\n"
        "でも大丈夫です。市の福祉課と社会福祉協議会(社協)は、どんなご相談も受け止めます。"
        "困っていることを、そのまま電話でお話しください。"
    )
    quick = [postback(e.title, postbacks.faq(e.id)) for e in suggestions[:3]]
    quick.append(say("使い方"))
    messages = [text(body)]
    if general:
        messages.append(desks_message(general, alt="相談窓口:"))
    return with_quick(messages, quick)


def greeting(kind: str, examples: Sequence[str]) -> list[Message]:
    if kind == "thanks":
        opening = "どういたしまして。またいつでも聞いてくださいね。"
    else:
        opening = "こんにちは。つながりナビです。"
    body = (
        f"{opening}\n"
        "鴻巣市の福祉の相談先、ボランティア、地域の居場所などをご案内します。"
        "困っていることを、ふだんの言葉で送ってください。"
    )
    return [text(body, quick=[say(e) for e in examples])]


def welcome(examples: Sequence[str]) -> list[Message]:
    body = (
        "友だち追加ありがとうございます。つながりナビです。\n"
        "鴻巣市の地域福祉計画をもとに、困りごとの相談先・ボランティア・地域の居場所をご案内します。\n\n"
        "・困っていることを、ふだんの言葉で送ってください。\n"
        "・このトークは緊急の通報には使えません。命の危険があるときは 119 か 110 へ。\n"
        "・お名前・病名・マイナンバーなどは送らないでください。答えられなかった質問は、"
        "個人が分からない形で一定期間だけ保存し、案内の改善に使います。"
    )
    return [text(body, quick=[say(e) for e in examples])]


def not_text() -> list[Message]:
    return [text("ごめんなさい、文字のメッセージだけ読めます。困っていることを文字で送ってください。", quick=[say("使い方")])]


def sticker() -> list[Message]:
    """A sticker with no words in it: a friendly word back, and how to ask."""
    return [text("スタンプありがとうございます。困っていることやお知りになりたいことを、ふだんの言葉で送ってください。",
                 quick=[say("使い方"), say("相談窓口を知りたい")])]
