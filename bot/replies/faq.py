"""Replies about FAQ entries: answer, clarify, fallback, crisis hotlines, greetings."""

from __future__ import annotations

from collections.abc import Sequence

from bot.content import Desk, Entry
from bot.replies.base import (
    Message,
    desks_message,
    postback,
    say,
    text,
    with_quick,
)
from bot.replies.texts import EXAMPLE_ENTRIES
from bot.replies.texts import say as fixed
from bot.text import postbacks
from bot.text.easy import with_readings
from bot.text.language import NAMES, SERVED


def answer(entry: Entry, desks: Sequence[Desk], *, related: Sequence[Entry] = (), lang: str = "ja") -> list[Message]:
    body = entry_text(entry, lang)
    if entry.sample:
        body = f"{fixed('sample', lang)}\n\n{body}"
    quick = [postback(title(e, lang), postbacks.faq(e.id)) for e in related[:3]]
    quick.append(_help_button("other_question", lang))
    messages = [text(body)]
    if desks:
        messages.append(desks_message(desks, alt=fixed("desks_for_answer", lang), lang=lang))
    return with_quick(messages, quick)


def clarify(candidates: Sequence[Entry], *, lang: str = "ja") -> list[Message]:
    quick = [postback(title(e, lang), postbacks.faq(e.id)) for e in candidates[:3]]
    none = fixed("none_of_these", lang)
    quick.append(postback(none, postbacks.none_of_these(), display=none))
    lines = "\n".join(f"・{title(e, lang)}" for e in candidates[:3])
    return [text(fixed("clarify", lang, lines=lines), quick=quick)]


def fallback(general: Sequence[Desk], *, suggestions: Sequence[Entry] = (), lang: str = "ja") -> list[Message]:
    quick = [postback(title(e, lang), postbacks.faq(e.id)) for e in suggestions[:3]]
    quick.append(_help_button("how_to_use", lang))
    messages = [text(fixed("fallback", lang))]
    if general:
        messages.append(desks_message(general, alt=fixed("desks_general", lang), lang=lang))
    return with_quick(messages, quick)


def greeting(kind: str, examples: Sequence[str], *, lang: str = "ja") -> list[Message]:
    opening = fixed("thanks" if kind == "thanks" else "hello", lang)
    return [text(f"{opening}\n{fixed('intro', lang)}", quick=greeting_buttons(examples, lang))]


def welcome(examples: Sequence[str], *, lang: str = "ja") -> list[Message]:
    # A new friend's first message is in Japanese: name every other language, each in its own words, so a
    # resident who cannot read Japanese sees that the 「Language / 言語」 button below is for them.
    others = " / ".join(NAMES[code] for code in SERVED if code != lang)
    body = f"{fixed('welcome', lang)}\n\n{fixed('language_button', lang)}: {others}"
    return [text(body, quick=greeting_buttons(examples, lang))]


def not_text(*, lang: str = "ja") -> list[Message]:
    return [text(fixed("not_text", lang), quick=[_help_button("how_to_use", lang)])]


def sticker() -> list[Message]:
    """A sticker with no words in it: a friendly word back, and how to ask."""
    return [text("スタンプありがとうございます。困っていることやお知りになりたいことを、ふだんの言葉で送ってください。",
                 quick=[say("使い方"), say("相談窓口を知りたい")])]


def title(entry: Entry, lang: str) -> str:
    """The entry's title in the resident's language when staff wrote one; else the Japanese title."""
    translated = entry.translations.get(lang) if lang != "ja" else None
    return translated.title if translated and translated.title else entry.title


def entry_text(entry: Entry, lang: str) -> str:
    """The answer in `lang`. Without a translation: say so in `lang`, what it is about, then the Japanese answer
    (the desk card follows), never a silent switch to Japanese."""
    translated = entry.translations.get(lang) if lang != "ja" else None
    if lang == "ja":
        return entry.answer.strip()
    if translated:
        return translated.answer.strip()
    note = fixed("untranslated", lang, title=entry.title)
    # やさしい日本語 readers get the Japanese with readings for hard kanji until staff write an easy version.
    below = with_readings(entry.answer.strip()) if lang == "easy" else entry.answer.strip()
    return f"{note}\n\n― {fixed('japanese_below', lang)} ―\n{below}"


def language_button(lang: str = "ja") -> dict[str, object]:
    words = fixed("language_button", lang)
    return postback(words, postbacks.language(postbacks.LANGUAGE_MENU), display=words)


def _help_button(key: str, lang: str) -> dict[str, object]:
    # Japanese keeps the typed words (the greeting route reads them); other languages tap the same help reply.
    if lang == "ja":
        return say(fixed(key))
    words = fixed(key, lang)
    return postback(words, postbacks.directory("help"), display=words)


def greeting_buttons(examples: Sequence[str], lang: str) -> list[dict[str, object]]:
    """Example questions as buttons, then 「Language / 言語」. Japanese sends the typed examples as today; other
    languages open the example's entry directly, so a button never depends on matching a translated phrase."""
    if lang == "ja":
        buttons = [say(e) for e in examples]
    else:
        buttons = [postback(fixed(key, lang), postbacks.faq(entry_id)) for key, entry_id in EXAMPLE_ENTRIES]
    return [*buttons, language_button(lang)]
