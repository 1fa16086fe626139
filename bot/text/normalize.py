"""Pure text normalisation shared by crisis detection, matching and logging."""

from __future__ import annotations

import re
import unicodedata

_SPACE_PUNCT = re.compile(r"[\s\u3000、。，．,.!！?？・「」『』（）()\[\]【】〜~ー－―‐…:：;；\"'`’”“]+")
_HIRA_START, _HIRA_END = ord("ぁ"), ord("ゖ")
_KATA_OFFSET = ord("ァ") - ord("ぁ")


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def nfkc(text: str) -> str:
    """Unify width and compatibility forms: ｾｲﾈﾝ → セイネン, ＡＢＣ → ABC, ① → 1.

    A lone surrogate (JSON allows "\\ud800"; it is no character and cannot be encoded as UTF-8, so Sudachi,
    SQLite and the LINE API would fail on it) becomes U+FFFD, the replacement character."""
    return unicodedata.normalize("NFKC", without_surrogates(text))


def without_surrogates(text: str) -> str:
    """Replace lone surrogates (never valid text) with U+FFFD; other text is returned as it is."""
    return _LONE_SURROGATE.sub("\ufffd", text) if _LONE_SURROGATE.search(text) else text


def hira_to_kata(text: str) -> str:
    return "".join(
        chr(ord(ch) + _KATA_OFFSET) if _HIRA_START <= ord(ch) <= _HIRA_END else ch for ch in text
    )


def kata_to_hira(text: str) -> str:
    start, end = _HIRA_START + _KATA_OFFSET, _HIRA_END + _KATA_OFFSET
    return "".join(chr(ord(ch) - _KATA_OFFSET) if start <= ord(ch) <= end else ch for ch in text)


def fold(text: str) -> str:
    """A loose key for comparing short texts: NFKC, lower case, katakana, no spaces or punctuation."""
    return hira_to_kata(_SPACE_PUNCT.sub("", nfkc(text).lower()))


def squeeze(text: str) -> str:
    """NFKC and collapse runs of white space; keeps the text readable."""
    return re.sub(r"\s+", " ", nfkc(text)).strip()
