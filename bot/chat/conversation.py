"""The conversation's pieces: each turns one kind of message into a Reply (or passes), as pure functions of one
knowledge snapshot. bot.chat.routing puts them in order."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from bot import replies
from bot.chat import crisis as crisis_rules
from bot.chat import directory
from bot.chat.knowledge import Knowledge
from bot.content import Content, Entry
from bot.search import Hit, Thresholds, places
from bot.text import greetings
from bot.text.normalize import fold

EXAMPLES = ("ボランティアを始めたい", "一人暮らしの親が心配", "生活に困っている", "相談窓口を知りたい")

_GREETINGS = {fold(w) for w in ("こんにちは", "こんばんは", "おはよう", "おはようございます", "はじめまして",
                                "よろしく", "よろしくお願いします", "やあ", "もしもし", "hello", "hi", "hey")}
_THANKS = {fold(w) for w in ("ありがとう", "ありがとうございます", "ありがとうございました", "ありがと",
                             "助かりました", "たすかりました", "サンキュー", "thanks", "thank you", "どうも")}
_HELP = {fold(w) for w in ("使い方", "つかいかた", "ヘルプ", "help", "メニュー", "ほかの質問", "他の質問",
                           "何ができるの", "なにができるの")}


# Fallback replies still offer the nearest entries as buttons when they score at least this much
# (out-of-scope questions score a median 0.10 on the regression set; in-scope misses 0.12-0.25).
SUGGEST_FLOOR = 0.15


@dataclass(frozen=True)
class Candidate:
    id: str
    title: str
    score: float

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "score": round(self.score, 4)}


@dataclass(frozen=True)
class Reply:
    """What to send, and why. `kind` is answer, clarify, fallback, crisis, greeting or other."""

    kind: str
    messages: list[dict[str, Any]]
    candidates: list[Candidate] = field(default_factory=list)
    entry_id: str | None = None
    # Set when staff should see this question later (fallbacks and clarifications, never crises).
    unanswered: bool = False
    lang: str = "ja"  # the language the reply is written in (bot.text.language.SERVED)


def crisis_reply(knowledge: Knowledge, text: str) -> Reply | None:
    """Hotlines first when the crisis rules fire; nothing else runs before this."""
    found = crisis_rules.detect(text)
    return Reply("crisis", crisis_messages(knowledge.content, found)) if found else None


def greeting_reply(text: str, lang: str = "ja") -> Reply | None:
    """Hello, thanks and "how do I use this" (and an empty message) get the greeting with examples."""
    key = fold(text)
    if not key:
        return Reply("greeting", replies.greeting("hello", EXAMPLES, lang=lang), lang=lang)
    if key in _THANKS or greetings.is_thanks(text):
        return Reply("greeting", replies.greeting("thanks", EXAMPLES, lang=lang), lang=lang)
    if key in _GREETINGS or key in _HELP or greetings.is_hello(text):
        return Reply("greeting", replies.greeting("hello", EXAMPLES, lang=lang), lang=lang)
    return None


def directory_reply(knowledge: Knowledge, text: str, now: dt.datetime) -> Reply | None:
    """居場所 / volunteer-opening searches (「吹上のサロン」「今日やってる子ども食堂」), only when clearly asked."""
    wanted = places.parse(text)
    if wanted is None:
        return None
    # The nearest FAQ entries still travel with the reply, for staff tools (ask --json, --explain).
    _hits, candidates = _search(knowledge, text)
    return Reply("directory", directory.text_messages(knowledge.content, wanted, now), candidates)


def _search(knowledge: Knowledge, text: str) -> tuple[list[Hit], list[Candidate]]:
    hits = knowledge.index.search(text, limit=5)
    by_id = knowledge.content.entry_by_id
    return hits, [Candidate(h.id, by_id[h.id].title, h.score) for h in hits if h.id in by_id]


def faq_reply(knowledge: Knowledge, text: str, lang: str = "ja") -> Reply:
    """The FAQ search decides: answer, clarify with up to 3 options, or a warm fallback to the human desks."""
    hits, candidates = _search(knowledge, text)
    content = knowledge.content
    kind = decide(hits, knowledge.thresholds)
    if kind == "answer":
        top = content.entry_by_id[hits[0].id]
        related = [content.entry_by_id[c.id] for c in candidates[1:3] if c.score >= knowledge.thresholds.clarify]
        return Reply("answer", answer_messages(content, top, related, lang), candidates, top.id, lang=lang)
    if kind == "clarify":
        options = [content.entry_by_id[c.id] for c in candidates[:3] if c.score >= knowledge.thresholds.clarify]
        return Reply("clarify", replies.clarify(options, lang=lang), candidates, unanswered=True, lang=lang)
    # Even below the clarify threshold the nearest entries may help: offer them beside the human desks.
    suggestions = [content.entry_by_id[c.id] for c in candidates[:2] if c.score >= SUGGEST_FLOOR]
    return Reply("fallback", fallback_messages(content, suggestions, lang), candidates, unanswered=True, lang=lang)


def entry_reply(knowledge: Knowledge, entry_id: str, lang: str = "ja") -> Reply | None:
    entry = knowledge.content.entry_by_id.get(entry_id)
    if entry is None:
        return None
    return Reply("answer", answer_messages(knowledge.content, entry, lang=lang), entry_id=entry.id, lang=lang)


def human_desks_reply(knowledge: Knowledge, lang: str = "ja") -> Reply:
    return Reply("fallback", fallback_messages(knowledge.content, lang=lang), lang=lang)


def help_reply(lang: str = "ja") -> Reply:
    return Reply("greeting", replies.greeting("hello", EXAMPLES, lang=lang), lang=lang)


def welcome(lang: str = "ja") -> Reply:
    return Reply("greeting", replies.welcome(EXAMPLES, lang=lang), lang=lang)


def decide(hits: list[Hit], thresholds: Thresholds) -> str:
    """answer when the best match is strong and clearly ahead; clarify when plausible; else fallback."""
    if not hits or hits[0].score < thresholds.clarify:
        return "fallback"
    second = hits[1].score if len(hits) > 1 else 0.0
    if hits[0].score >= thresholds.answer and hits[0].score - second >= thresholds.margin:
        return "answer"
    return "clarify"


def answer_messages(content: Content, entry: Entry, related: list[Entry] | None = None,
                    lang: str = "ja") -> list[dict[str, Any]]:
    return replies.answer(entry, content.desks_for(entry), related=related or [], lang=lang)


def fallback_messages(content: Content, suggestions: list[Entry] | None = None,
                      lang: str = "ja") -> list[dict[str, Any]]:
    general = [content.desks[d] for d in replies.GENERAL_DESKS if d in content.desks]
    return replies.fallback(general, suggestions=suggestions or [], lang=lang)


def crisis_messages(content: Content, found: crisis_rules.Crisis) -> list[dict[str, Any]]:
    """Hotlines for the categories found, emergency numbers first when life may be in danger."""
    wanted = set(found.categories)
    hotlines = [d for d in content.desks.values() if wanted & set(d.crisis)]
    hotlines.sort(key=lambda d: d.kind != "emergency" if found.danger else d.kind == "emergency")
    if not hotlines:
        hotlines = [content.desks[d] for d in replies.GENERAL_DESKS if d in content.desks]
    return replies.crisis(hotlines[: replies.MAX_BUBBLES], danger=found.danger)
