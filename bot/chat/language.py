"""The reply language: the resident's saved choice, overridden for one reply by a message clearly in another
language; and the 「Language / 言語」 setting (typed, or the `lang:` postback)."""

from __future__ import annotations

from dataclasses import dataclass

from bot import replies
from bot.chat.conversation import EXAMPLES, Reply
from bot.store import languages
from bot.store.db import Database
from bot.text import postbacks
from bot.text.language import NAMES, SERVED, Detected, choose, detect
from bot.text.language_request import requested_language
from bot.text.normalize import fold

# Typed words that open the menu, and names that set a language directly (「English」「やさしい日本語」).
_MENU_WORDS = {fold(w) for w in ("language", "languages", "言語", "げんご", "语言", "ngôn ngữ", "idioma", "língua",
                                 "wika", "언어", "भाषा", "language / 言語", "lang")}
_NAME_WORDS = {fold(name): code for code, name in NAMES.items()} | {
    fold(w): code for w, code in (("japanese", "ja"), ("nihongo", "ja"), ("にほんご", "ja"), ("easy japanese", "easy"),
                                   ("やさしいにほんご", "easy"), ("english", "en"), ("中文", "zh-Hans"), ("chinese", "zh-Hans"),
                                   ("vietnamese", "vi"), ("portuguese", "pt-BR"), ("português", "pt-BR"),
                                   ("tagalog", "tl"), ("filipino", "tl"), ("korean", "ko"), ("nepali", "ne"))
}


@dataclass(frozen=True)
class Choice:
    lang: str  # the reply language
    found: Detected | None  # what the message itself is written in
    kept: languages.Saved | None  # the resident's saved language


def decide(db: Database | None, user_key: str | None, text: str) -> Choice:
    """The language to answer `text` in, with what it was decided from (one read, nothing written)."""
    kept = languages.saved(db, user_key) if db is not None and user_key else None
    found = detect(text)
    return Choice(choose(found, kept.lang if kept else None), found, kept)


def reply_language(db: Database | None, user_key: str | None, text: str) -> str:
    return decide(db, user_key, text).lang


def notice(db: Database | None, user_key: str | None, choice: Choice) -> None:
    """Remember the language a resident writes in, unless they chose one. Called after the reply, and never for a
    crisis message (nothing about those is kept). Written only when it changes, and never for the default: most
    residents write Japanese and need no row."""
    found, kept = choice.found, choice.kept
    if db is None or not user_key or found is None or not found.confident or (kept and kept.chosen):
        return
    if found.lang != (kept.lang if kept else "ja"):
        languages.remember(db, user_key, found.lang, chosen=False)


def saved_language(db: Database | None, user_key: str | None) -> str:
    kept = languages.saved(db, user_key) if db is not None and user_key else None
    return kept.lang if kept else "ja"


def text_reply(db: Database | None, user_key: str | None, text: str, lang: str) -> Reply | None:
    """「Language」「言語」 open the menu; a language's name (「English」「やさしい日本語」), or a sentence that only
    asks for one (「やさしい日本語でお願いします」, "Can you speak English?"), chooses it."""
    key = fold(text)
    if key in _MENU_WORDS:
        return menu(lang)
    code = _NAME_WORDS.get(key) or requested_language(text)  # 「English」, or asked in a sentence: 「英語でお願いします」
    return choose_reply(db, user_key, code, lang) if code else None


def choose_reply(db: Database | None, user_key: str | None, value: str, lang: str) -> Reply:
    """`lang:menu` shows the choices; `lang:<code>` saves the choice and confirms it in that language."""
    if value not in SERVED:
        return menu(lang)
    if db is not None and user_key:
        languages.remember(db, user_key, value, chosen=True)
    messages = [replies.text(replies.fixed("language_set", value), quick=replies.greeting_buttons(EXAMPLES, value))]
    return Reply("greeting", messages, lang=value)


def menu(lang: str) -> Reply:
    buttons = [replies.postback(NAMES[code], postbacks.language(code), display=NAMES[code]) for code in SERVED]
    body = replies.fixed("language_menu", lang)
    if lang != "en":
        body += "\n" + replies.fixed("language_menu", "en")
    return Reply("greeting", [replies.text(f"Language / 言語\n{body}", quick=buttons)], lang=lang)
