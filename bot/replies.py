"""Reply wording and LINE message objects (plain JSON dicts, exactly as sent). All templates live here."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from bot.content import Desk, Entry

Message = dict[str, Any]

MAX_MESSAGES = 5
MAX_TEXT = 5000
MAX_QUICK_REPLIES = 13
MAX_BUBBLES = 12
MAX_ALT_TEXT = 400  # LINE allows 1500; a notification preview shows far less
MAX_LABEL = 20
MAX_POSTBACK_DATA = 300
MAX_BUBBLE_BYTES = 30_000
MAX_CAROUSEL_BYTES = 50_000

SAMPLE_LABEL = "【サンプル】これは見本のデータです。実際の情報は窓口で確かめてください。"
GENERAL_DESKS = ("fukushika", "shakyo")


def label(text: str, limit: int = MAX_LABEL) -> str:
    """Cut a button label to LINE's limit, marking the cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def text(body: str, *, quick: Sequence[dict[str, Any]] = ()) -> Message:
    message: Message = {"type": "text", "text": body[:MAX_TEXT]}
    if quick:
        message["quickReply"] = {"items": list(quick)[:MAX_QUICK_REPLIES]}
    return message


def postback(title: str, data: str, *, display: str | None = None) -> dict[str, Any]:
    return {
        "type": "action",
        "action": {
            "type": "postback",
            "label": label(title),
            "data": data[:MAX_POSTBACK_DATA],
            "displayText": (display or title)[:300],
        },
    }


def say(words: str) -> dict[str, Any]:
    """A quick reply that sends words as if the resident typed them."""
    return {"type": "action", "action": {"type": "message", "label": label(words), "text": words}}


def tel_uri(number: str) -> str:
    return "tel:" + quote(number.replace("-", ""), safe="")


def desk_bubble(desk: Desk, *, brief: bool = False) -> dict[str, Any]:
    """A card for one desk: name, what it is for, hours, address, and tap-to-call buttons.

    `brief` (for a resident in crisis) keeps only the name, who it is for, hours and the call buttons.
    """
    body: list[dict[str, Any]] = [
        {"type": "text", "text": desk.name, "weight": "bold", "size": "md", "wrap": True},
        {"type": "text", "text": desk.description, "size": "sm", "wrap": True, "color": "#555555"},
    ]
    details = []
    if desk.hours:
        details.append(("受付", desk.hours))
    if desk.address and not brief:
        details.append(("場所", desk.address))
    for phone in desk.phones:
        if phone.hours and phone.hours != desk.hours:
            details.append((phone.label, f"{phone.number}({phone.hours})"))
    if desk.note and not brief:
        details.append(("ご注意", desk.note))
    for key, value in details:
        body.append(
            {
                "type": "box",
                "layout": "baseline",
                "spacing": "sm",
                "contents": [
                    {"type": "text", "text": key, "size": "xs", "color": "#888888", "flex": 2},
                    {"type": "text", "text": value, "size": "xs", "wrap": True, "flex": 7},
                ],
            }
        )
    buttons: list[dict[str, Any]] = [
        {
            "type": "button",
            "style": "primary",
            "height": "sm",
            "color": "#D9534F" if desk.kind == "emergency" else "#2E7D32",
            "action": {"type": "uri", "label": label(f"📞 {phone.number}"), "uri": tel_uri(phone.number)},
        }
        for phone in desk.phones[:3]
    ]
    if desk.url and not brief:
        buttons.append(
            {
                "type": "button",
                "style": "link",
                "height": "sm",
                "action": {"type": "uri", "label": "ホームページ", "uri": desk.url},
            }
        )
    bubble: dict[str, Any] = {
        "type": "bubble",
        "size": "kilo",
        "body": {"type": "box", "layout": "vertical", "spacing": "sm", "contents": body},
    }
    if buttons:
        bubble["footer"] = {"type": "box", "layout": "vertical", "spacing": "sm", "contents": buttons}
    return bubble


def desks_message(desks: Sequence[Desk], *, alt: str, brief: bool = False) -> Message:
    """Desk cards as one Flex message (a carousel when more than one)."""
    bubbles = [desk_bubble(d, brief=brief) for d in desks[:MAX_BUBBLES]]
    contents: dict[str, Any] = (
        bubbles[0] if len(bubbles) == 1 else {"type": "carousel", "contents": bubbles}
    )
    phones = " / ".join(f"{d.label} {d.phones[0].number}" for d in desks if d.phones)
    return {"type": "flex", "altText": label(f"{alt} {phones}".strip(), MAX_ALT_TEXT), "contents": contents}


def answer(entry: Entry, desks: Sequence[Desk], *, related: Sequence[Entry] = ()) -> list[Message]:
    body = entry.answer.strip()
    if entry.sample:
        body = f"{SAMPLE_LABEL}\n\n{body}"
    quick = [postback(e.title, f"faq:{e.id}") for e in related[:3]]
    quick.append(say("ほかの質問"))
    messages = [text(body, quick=quick)]
    if desks:
        messages.append(desks_message(desks, alt="相談できる窓口:"))
    return messages


def clarify(candidates: Sequence[Entry]) -> list[Message]:
    quick = [postback(e.title, f"faq:{e.id}") for e in candidates[:3]]
    quick.append(postback("どれでもない", "none:", display="どれでもない"))
    lines = "\n".join(f"・{e.title}" for e in candidates[:3])
    return [text(f"お知りになりたいのは、次のどれに近いですか？\n{lines}\n\n下のボタンから選んでください。", quick=quick)]


def fallback(general: Sequence[Desk], *, suggestions: Sequence[Entry] = ()) -> list[Message]:
    body = (
        "ごめんなさい、ぴったりの情報が見つかりませんでした。\n"
        "でも大丈夫です。市の福祉課と社会福祉協議会(社協)は、どんなご相談も受け止めます。"
        "困っていることを、そのまま電話でお話しください。"
    )
    quick = [postback(e.title, f"faq:{e.id}") for e in suggestions[:3]]
    quick.append(say("使い方"))
    return [text(body, quick=quick), desks_message(general, alt="相談窓口:")]


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


def size_ok(message: Message) -> bool:
    """Whether one message fits LINE's size limits (text length, Flex JSON size)."""
    if message["type"] == "text":
        return len(message["text"].encode("utf-16-le")) // 2 <= MAX_TEXT
    if message["type"] == "flex":
        raw = len(json.dumps(message["contents"], ensure_ascii=False).encode("utf-8"))
        limit = MAX_CAROUSEL_BYTES if message["contents"]["type"] == "carousel" else MAX_BUBBLE_BYTES
        return raw <= limit and len(message["altText"]) <= 1500
    return True
