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


# Joiners inside emoji sequences (👩‍💻, 🤷‍♀️) and variation selectors are kept: they only glue pictographs.
_ZWJ = "\u200d"


def _pictographic(ch: str) -> bool:
    return ord(ch) >= 0x1F000 or 0x2600 <= ord(ch) <= 0x27BF or ch in "\u2640\u2642\ufe0f"


def strip_format(text: str) -> str:
    """Drop Unicode format characters (Cf: zero-width space/joiner, word joiner, BOM, bidi marks, soft hyphen)
    that hide words from matching: 死\u200bに\u200bた\u200bい → 死にたい. A joiner between two pictographs stays."""
    out: list[str] = []
    for i, ch in enumerate(text):
        if unicodedata.category(ch) != "Cf":
            out.append(ch)
        elif ch == _ZWJ and out and _pictographic(out[-1]) and i + 1 < len(text) and _pictographic(text[i + 1]):
            out.append(ch)
    return "".join(out)


_SEPARATORS = re.compile(r"([ \u3000._・\-/·*_~,，、]{1,2})")


def collapse_spaced(text: str) -> str:
    """Join letters written apart: 「死 に た い」「血.が.止.ま.ら.な.い」"k i l l" → 死にたい / 血が止まらない / kill.

    A run needs at least three pieces, mostly single characters, each one (two for kana such as りょ) character long, so ordinary
    words with spaces between them ("I am so sad", 「手首 止まらない」) are left alone. A wider gap than the one
    between the letters ends a word and is kept (「お そ わ れ た  た す け て」 → おそわれた  たすけて)."""
    parts = _SEPARATORS.split(text)
    words, seps = parts[0::2], parts[1::2]
    out: list[str] = []
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and (len(words[j]) == 1 or (len(words[j]) == 2 and not words[j].isascii())):
            j += 1
        run = words[i:j]
        if len(run) >= 3 and sum(len(w) == 1 for w in run) * 3 >= len(run) * 2:
            # a wider gap than the one between the letters is a word break: 「お そ わ れ た  た す け て」
            narrow = min(len(seps[k]) for k in range(i, j - 1))
            out.append(run[0] + "".join((" " if len(seps[k - 1]) > narrow else "") + words[k] for k in range(i + 1, j)))
            if j < len(words):
                out.append(seps[j - 1] if j - 1 < len(seps) else "")
            i = j
            continue
        out.append(words[i])
        if i < len(seps):
            out.append(seps[i])
        i += 1
    return "".join(out)
