"""LINE message building blocks (plain JSON dicts, exactly as sent): limits, text, buttons, desk cards."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from bot.content import Desk
from bot.replies.texts import say as fixed
from bot.text.easy import with_readings

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

SAMPLE_LABEL = fixed("sample")
GENERAL_DESKS = ("fukushika", "shakyo")


def label(text: str, limit: int = MAX_LABEL) -> str:
    """Cut a button label to LINE's limit, marking the cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def text(body: str, *, quick: Sequence[dict[str, Any]] = ()) -> Message:
    message: Message = {"type": "text", "text": body[:MAX_TEXT]}
    if quick:
        message["quickReply"] = {"items": list(quick)[:MAX_QUICK_REPLIES]}
    return message


def with_quick(messages: list[Message], quick: Sequence[dict[str, Any]]) -> list[Message]:
    """Put the quick reply on the LAST message: LINE shows only the last message's chips, so chips on an
    earlier message are silently invisible. Any chips on earlier messages are removed."""
    for message in messages:
        message.pop("quickReply", None)
    if quick and messages:
        messages[-1]["quickReply"] = {"items": list(quick)[:MAX_QUICK_REPLIES]}
    return messages


def join(*parts: Sequence[Message]) -> list[Message]:
    """Several replies sent as one (e.g. welcome + opt-in): the last part's chips are the ones LINE shows."""
    messages = [dict(m) for part in parts for m in part]
    quick = messages[-1].get("quickReply", {}).get("items", []) if messages else []
    return with_quick(messages, quick)


def quick_items(messages: Sequence[Message]) -> list[dict[str, Any]]:
    """The chips a resident sees under a reply: the last message's, as LINE shows them."""
    return list(messages[-1].get("quickReply", {}).get("items", [])) if messages else []


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


def bubble_of(body: list[dict[str, Any]], buttons: list[dict[str, Any]]) -> dict[str, Any]:
    """A small Flex bubble: the body's rows, and the buttons in the footer when there are any."""
    bubble: dict[str, Any] = {
        "type": "bubble",
        "size": "kilo",
        "body": {"type": "box", "layout": "vertical", "spacing": "sm", "contents": body},
    }
    if buttons:
        bubble["footer"] = {"type": "box", "layout": "vertical", "spacing": "sm", "contents": buttons}
    return bubble


def desk_bubble(desk: Desk, *, brief: bool = False, lang: str = "ja") -> dict[str, Any]:
    """A card for one desk: name, what it is for, hours, address, and tap-to-call buttons.

    `brief` (for a resident in crisis) keeps only the name, who it is for, hours and the call buttons.
    """
    name, description, note = _desk_words(desk, lang)
    body: list[dict[str, Any]] = [{"type": "text", "text": name, "weight": "bold", "size": "md", "wrap": True}]
    if name != desk.name and lang != "ja":
        # The Japanese name too, to say or show at the desk.
        body.append({"type": "text", "text": desk.name, "size": "xs", "wrap": True, "color": "#888888"})
    body.append({"type": "text", "text": description, "size": "sm", "wrap": True, "color": "#555555"})
    details = []
    if desk.hours:
        details.append((fixed("desk_hours", lang), desk.hours))
    if desk.address and not brief:
        details.append((fixed("desk_place", lang), desk.address))
    for phone in desk.phones:
        if phone.hours and phone.hours != desk.hours:
            details.append((_phone_label(phone.label, lang), f"{phone.number}({phone.hours})"))
    if note and not brief:
        details.append((fixed("desk_note", lang), note))
    body.extend(row(key, value) for key, value in details)
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
                "action": {"type": "uri", "label": label(fixed("desk_web", lang)), "uri": desk.url},
            }
        )
    return bubble_of(body, buttons)


def desk_field_text(desk: Desk, field: str, lang: str = "ja") -> str:
    """One field of one desk in a sentence (「福祉課のFAX番号は、048-541-1328 です。」), from desks.yaml only.

    A field the sources do not give is said to be unknown, with a way to ask: never guessed."""
    name, _description, note = _desk_words(desk, lang)
    value = {
        "fax": desk.fax,
        "hours": desk.hours,
        "address": desk.address,
        "phone": _phone_numbers(desk, lang),
    }[field]
    what = fixed(f"field_{field}", lang)
    if value:
        words = fixed("desk_field_known", lang, desk=name, what=what, value=value)
    elif desk.phones:
        words = fixed("desk_field_unknown_call", lang, desk=name, what=what, phone=desk.phones[0].number)
    else:
        words = fixed("desk_field_unknown_ask", lang, desk=name, what=what)
    if note and field in ("hours", "phone"):
        words += f"\n({note})"
    return words[:1].upper() + words[1:]


def _phone_numbers(desk: Desk, lang: str) -> str | None:
    """「048-541-1321」, or each number with its label when a desk has several (「相談 … / 通報 …」)."""
    if len(desk.phones) == 1 and desk.phones[0].label == "電話":
        return desk.phones[0].number
    return " / ".join(f"{_phone_label(p.label, lang)} {p.number}" for p in desk.phones) or None


def _desk_words(desk: Desk, lang: str) -> tuple[str, str, str | None]:
    """Name, description and note in the resident's language where staff translated them; else as written
    (with readings for hard kanji in やさしい日本語)."""
    translated = desk.translations.get(lang) if lang != "ja" else None
    if lang == "easy":
        name, description, note = with_readings(desk.name), with_readings(desk.description), desk.note
    else:
        name, description, note = desk.name, desk.description, desk.note
    if translated:
        return translated.name, translated.description or description, translated.note or note
    return name, description, note


def _phone_label(words: str, lang: str) -> str:
    """A phone's label from desks.yaml: the default 電話 is translated; a desk's own label stays as written."""
    return fixed("desk_phone", lang) if words == "電話" else words


def desks_message(desks: Sequence[Desk], *, alt: str, brief: bool = False, lang: str = "ja") -> Message:
    """Desk cards as one Flex message (a carousel when more than one)."""
    bubbles = [desk_bubble(d, brief=brief, lang=lang) for d in desks[:MAX_BUBBLES]]
    contents: dict[str, Any] = (
        bubbles[0] if len(bubbles) == 1 else {"type": "carousel", "contents": bubbles}
    )
    phones = " / ".join(f"{d.label} {d.phones[0].number}" for d in desks if d.phones)
    return {"type": "flex", "altText": label(f"{alt} {phones}".strip(), MAX_ALT_TEXT), "contents": contents}


def size_ok(message: Message) -> bool:
    """Whether one message fits LINE's size limits (text length, Flex JSON size)."""
    if message["type"] == "text":
        return len(message["text"].encode("utf-16-le")) // 2 <= MAX_TEXT
    if message["type"] == "flex":
        raw = len(json.dumps(message["contents"], ensure_ascii=False).encode("utf-8"))
        limit = MAX_CAROUSEL_BYTES if message["contents"]["type"] == "carousel" else MAX_BUBBLE_BYTES
        return raw <= limit and len(message["altText"]) <= 1500
    return True


# --- directory: 居場所, location, volunteer openings (issue 4) -----------------------------------------

MAP_SEARCH = "https://www.google.com/maps/search/?api=1&query="


def map_uri(address: str) -> str:
    return MAP_SEARCH + quote(address, safe="")


def row(key: str, value: str) -> dict[str, Any]:
    return {
        "type": "box",
        "layout": "baseline",
        "spacing": "sm",
        "contents": [
            {"type": "text", "text": key, "size": "xs", "color": "#888888", "flex": 2},
            {"type": "text", "text": value, "size": "xs", "wrap": True, "flex": 7},
        ],
    }


def call_buttons(numbers: Sequence[str]) -> list[dict[str, Any]]:
    return [
        {
            "type": "button",
            "style": "primary",
            "height": "sm",
            "color": "#2E7D32",
            "action": {"type": "uri", "label": label(f"📞 {n}"), "uri": tel_uri(n)},
        }
        for n in numbers[:2]
    ]


def link(title: str, uri: str) -> dict[str, Any]:
    return {"type": "button", "style": "link", "height": "sm", "action": {"type": "uri", "label": label(title), "uri": uri}}


def carousel(bubbles: list[dict[str, Any]], alt: str, quick: Sequence[dict[str, Any]] = ()) -> Message:
    bubbles = bubbles[:MAX_BUBBLES]
    contents = bubbles[0] if len(bubbles) == 1 else {"type": "carousel", "contents": bubbles}
    message: Message = {"type": "flex", "altText": label(alt, MAX_ALT_TEXT), "contents": contents}
    if quick:
        message["quickReply"] = {"items": list(quick)[:MAX_QUICK_REPLIES]}
    return message


