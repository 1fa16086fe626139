"""A Japanese message as a resident may type it, all in hiragana (round 15).

Residents type on phones without converting (「すいみんやくを30じょうのんだ」); e5 reads such kana poorly, and
the rules are written in kanji. Sudachi's reading replaces every word that has kanji; kana, Latin letters, numbers,
emoji and punctuation stay as typed. Readings of single kanji are sometimes not the ones meant (今 read こん), as a
real writer's would not be: the copies are a rough stand-in, used only to train the head (bench/crisis/train.py)
and to measure (bench/crisis/run.py --hiragana); the bot never rewrites a message this way.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from sudachipy import Dictionary

from bot.text.normalize import kata_to_hira, nfkc

_KANJI = re.compile(r"[\u3400-\u9fff々〆]")


@cache
def _tokenizer() -> Any:
    return Dictionary().create()


def has_kanji(text: str) -> bool:
    return bool(_KANJI.search(text))


def hiragana(text: str) -> str:
    """The message with each word that has kanji written as its reading in hiragana."""
    out = []
    for m in _tokenizer().tokenize(nfkc(text)):
        surface = m.surface()
        out.append(kata_to_hira(m.reading_form()) if _KANJI.search(surface) and m.reading_form() else surface)
    return "".join(out)
