"""Reading a message for its need: the main need of a long message, and messages too vague to answer outright.

Long messages (a widow writing about loneliness, her legs and money) carry background as well as the need.
They are searched whole: the sentence vector of the whole message reads the need in its context (on the tuning
halves' long messages the right entry came first for 17 of 24 searched whole, against 11 of 24 when only the
sentence with the strongest lexical match was searched), and it costs no encode of its own, since the crisis
stage has already encoded the same text (shared memo). Each sentence is also scored with the cheap lexical
index: the best entry of the sentence that names a need most clearly is offered as a second need, as a button
(the reply leaves it out when it is the answer itself).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from bot.chat.crisis_text import prepare
from bot.text.japanese import tokenize
from bot.text.normalize import nfkc

LONG_CHARS = 60  # shorter messages are searched whole
SECOND_FLOOR = 0.3  # lexical score a second need needs before it is offered
_SENTENCE = re.compile(r"[^。．！？!?\n]+[。．！？!?]*")
_MIN_SENTENCE = 4


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.findall(text) if len(s.strip()) >= _MIN_SENTENCE]


def as_read(text: str) -> str:
    """The message as every stage after crisis reads it: as typed, or its undisguised form when that differs from
    plain NFKC (zero-width characters, spaced letters, netspeak), so they all ask the shared memo for the same
    text. The crisis head reads the typed text (its first 200 characters, bot.chat.crisis_head), so a disguised
    message costs one more encode; so does a message over 200 characters, whose whole text the matcher reads."""
    prepared = prepare(text)
    return text if prepared == nfkc(text) else prepared


def main_need(index: Any, text: str) -> tuple[str, str | None]:
    """(the text to search, the entry id of a second need or None)."""
    parts = sentences(text)
    text = as_read(text)
    if len(text) <= LONG_CHARS or len(parts) < 2:
        return text, None
    lexical = getattr(index, "lexical", index)
    scored = []
    for part in parts:
        hits = lexical.search(part, limit=1)
        scored.append((hits[0].score if hits else 0.0, part, hits[0].id if hits else None))
    best = max(scored, key=lambda s: s[0])
    return text, best[2] if best[0] >= SECOND_FLOOR else None


# Content words that name no need on their own: 「申請」「助けて」「相談したい」「教えて」.
_GENERIC = {
    "申請", "助け", "助ける", "相談", "手続き", "手続", "支援", "教える", "知る", "困る", "有る", "在る", "居る",
    "為る", "する", "出来る", "良い", "行く", "何処", "どこ", "何", "なに", "方法", "場所", "窓口", "情報", "質問",
    "聞く", "問い合わせ", "事", "所", "下さる", "欲しい", "思う", "言う", "お願い", "願う", "もらう", "貰う",
    "くれる", "呉れる", "話", "話す", "したい", "たい", "件", "いい", "ok",
}
_CONTENT_POS = ("名詞", "動詞", "形容詞", "形状詞", "副詞")


def _content_words(text: str) -> list[str]:
    return [t.norm for t in tokenize(text, synonyms=False) if t.pos in _CONTENT_POS]


def vague(text: str) -> bool:
    """True when every content word is a generic one (or there is none)."""
    return all(w in _GENERIC for w in _content_words(text))


@lru_cache(maxsize=512)
def vague_need(phrasings: tuple[str, ...]) -> bool:
    """True when an entry is itself for a need said in generic words (「相談したい」「なにができるの」): a vague
    message that matches it best says what it is for, so it may be answered (「そうだんしたいんですけど」)."""
    # a phrasing with no content word the Japanese tokenizer reads (Korean, Nepali) says nothing about the need
    return any(vague(p) for p in phrasings if _content_words(p))


def phrasings_of(entry: Any) -> tuple[str, ...]:
    return (entry.title, *entry.questions) if entry is not None else ()


def too_vague(text: str, top_phrasings: tuple[str, ...]) -> bool:
    """A vague message is not answered outright, unless the best entry is for a vague need too."""
    return vague(text) and not vague_need(top_phrasings)
