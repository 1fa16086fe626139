"""Reading a message for its need: the main need of a long message, and messages too vague to answer outright.

Long messages (a widow writing about loneliness, her legs and money) mostly carry background; searched whole,
their many words pull towards whatever entry shares the most of them. So a long message is split into
sentences, each is scored with the cheap lexical index, and the sentence whose best entry scores highest is
the one searched in full (words and sentence vectors; it also keeps e5's cost, which grows with length, small).
The best entry of another sentence, when it is a different entry, is the second need, offered as a button.
"""

from __future__ import annotations

import re
from typing import Any

from bot.text.japanese import tokenize

LONG_CHARS = 60  # shorter messages are searched whole
SECOND_FLOOR = 0.3  # lexical score a second need needs before it is offered
_SENTENCE = re.compile(r"[^。．！？!?\n]+[。．！？!?]*")
_MIN_SENTENCE = 4


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.findall(text) if len(s.strip()) >= _MIN_SENTENCE]


def main_need(index: Any, text: str) -> tuple[str, str | None]:
    """(the text to search, the entry id of a second need or None)."""
    parts = sentences(text)
    if len(text) <= LONG_CHARS or len(parts) < 2:
        return text, None
    lexical = getattr(index, "lexical", index)
    scored = []
    for part in parts:
        hits = lexical.search(part, limit=1)
        scored.append((hits[0].score if hits else 0.0, part, hits[0].id if hits else None))
    best = max(scored, key=lambda s: s[0])
    if best[0] <= 0.0:
        return text, None
    others = sorted((s for s in scored if s[2] and s[2] != best[2] and s is not best), key=lambda s: -s[0])
    second = others[0][2] if others and others[0][0] >= SECOND_FLOOR else None
    return best[1], second


# Content words that name no need on their own: 「申請」「助けて」「相談したい」「教えて」.
_GENERIC = {
    "申請", "助け", "助ける", "相談", "手続き", "手続", "支援", "教える", "知る", "困る", "有る", "在る", "居る",
    "為る", "する", "出来る", "良い", "行く", "何処", "どこ", "何", "なに", "方法", "場所", "窓口", "情報", "質問",
    "聞く", "問い合わせ", "事", "所", "下さる", "欲しい", "思う", "言う", "お願い", "願う", "もらう", "貰う",
    "くれる", "呉れる", "話", "話す", "したい", "たい", "件", "いい", "ok",
}
_CONTENT_POS = ("名詞", "動詞", "形容詞", "形状詞", "副詞")


def vague(text: str) -> bool:
    """True when every content word is a generic one (or there is none)."""
    words = [t.norm for t in tokenize(text, synonyms=False) if t.pos in _CONTENT_POS]
    return all(w in _GENERIC for w in words)
