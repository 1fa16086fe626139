"""The crisis reply and the concern line: hotlines first, tap-to-call; the number that must come first on top.

A message written in another language gets its words in that language, naming the lines that take foreign
languages (よりそいホットライン's 外国語 guidance, DV相談＋ in 11 languages: konosu-facts.md). Numbers are
always taken from the desks passed in (plan_data/desks.yaml), never written here; only 119/110/189 are named
in the lead sentence, and those come from the same desks when shown as cards.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.content import Desk
from bot.replies.base import Message, desks_message, text
from bot.replies.crisis_words import WORDS


def _number(desk: Desk | None) -> str:
    return desk.phones[0].number if desk is not None and desk.phones else ""


def _lead(first_line: str | None, danger: bool, lang: str) -> str:
    words = WORDS[lang]
    if first_line == "119":
        return words["lead_119"]
    if first_line == "110":
        return words["lead_110"]
    if first_line == "189":
        return words["lead_189"]
    return words["lead_danger"] if danger else ""


def crisis(hotlines: Sequence[Desk], *, danger: bool, first_line: str | None = None, lang: str = "ja",
           foreign_lines: Sequence[Desk] = ()) -> list[Message]:
    """Lead with the number that must come first, then warm words, then the lines as tap-to-call cards."""
    words = WORDS.get(lang, WORDS["ja"])
    lang = lang if lang in WORDS else "ja"
    lead = _lead(first_line, danger, lang)
    body = f"{lead}\n\n" if lead else ""
    body += words["thanks"]
    if lang != "ja":
        for desk in foreign_lines:
            key = "yorisoi" if desk.id == "yorisoi" else "dv_plus"
            body += "\n\n" + words[key].format(number=_number(desk))
        body += "\n\n" + words["cards"]
    elif not lead:
        body += "\n\n" + words["lead_danger"]
    return [text(body), desks_message(hotlines, alt=words["alt"], brief=True)]


def concern_line(listeners: Sequence[Desk], *, lang: str = "ja", danger: bool = False) -> Message:
    """A short caring line put on top of an ordinary answer when a message sounds heavy but unsure; `danger`
    (someone may be hurt or threatened, or a bare plea for help) puts the 119 / 110 sentence above it."""
    words = WORDS.get(lang, WORDS["ja"])
    first = words["lead_danger"] + "\n" if danger else ""
    if lang in WORDS and lang != "ja":
        yorisoi = next((d for d in listeners if d.id == "yorisoi"), None)
        return text(first + words["concern"] + "\n" + words["yorisoi"].format(number=_number(yorisoi)))
    lines = " / ".join(f"{d.label} {_number(d)}" for d in listeners if d.phones)
    return text(f"{first}{words['concern']}\n{lines}")
