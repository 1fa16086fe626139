"""What both crisis stages read: the message undisguised (hidden characters, spaced letters, netspeak), and
its sentences, because a long message may carry its crisis in one sentence after harmless ones."""

from __future__ import annotations

import re

from bot.text.normalize import collapse_spaced, nfkc, strip_format

# Netspeak and slips that stand for 死/殺 (read after NFKC, so ﾀﾋ is タヒ already). Each only where it cannot
# be an ordinary word: 氏 and 市 only before the verb endings of 死ぬ, 4 only before ね/に + たい.
_NETSPEAK = (
    (re.compile(r"タヒ|ﾀﾋ|たひ(?=[にねぬんの])"), "死"),
    (re.compile(r"[氏市](?=(?:にたい|ねばいい|にます|のう(?:かな|と)|んでしまいたい|ぬしかない))"), "死"),
    (re.compile(r"(?<![0-9０-９])4(?=(?:にたい|ねばいい|ぬしかない))"), "死"),
    (re.compile(r"ｺﾛｽ|コロス(?![ケ])"), "殺す"),
    (re.compile(r"ｼﾞｻﾂ|ジサツ"), "自殺"),
    (re.compile(r"k[i1!]ll\s*m[yi]\s*s[e3]lf", re.IGNORECASE), "kill myself"),
    (re.compile(r"\bkms\b", re.IGNORECASE), "kill myself"),
    (re.compile(r"\bunalive\b", re.IGNORECASE), "kill"),
)

# A sentence ends at 。！？!? or a line break; "." only when a space or the end follows (not 2025.12.01).
_SENTENCE_END = re.compile(r"(?<=[。！？!?\n])|(?<=\.)(?=\s|$)")
MAX_SENTENCES = 8      # a long message is judged by its first sentences, and its last ones
MAX_SENTENCE_CHARS = 120


# Small hiragana vowels written for effect (「しにたぃ」「もぅ消えたぃ」): in hiragana they stand for the full vowel
# (katakana's ティ or ファ are real sounds, so only hiragana is read this way).
_SMALL_VOWELS = str.maketrans("ぁぃぅぇぉ", "あいうえお")


def prepare(text: str) -> str:
    """NFKC, no format characters, spaced-out letters joined, netspeak read as the word it hides."""
    out = collapse_spaced(strip_format(nfkc(text))).translate(_SMALL_VOWELS)
    for pattern, word in _NETSPEAK:
        out = pattern.sub(word, out)
    return out


def sentences(prepared: str) -> list[str]:
    """The sentences of a prepared message, each bounded; very long messages keep their first and last ones."""
    parts = [p.strip() for p in _SENTENCE_END.split(prepared)]
    parts = [p[:MAX_SENTENCE_CHARS] for p in parts if len(p.strip(" 。.!?！？、")) >= 2]
    if len(parts) > MAX_SENTENCES:
        half = MAX_SENTENCES // 2
        parts = parts[:half] + parts[-half:]
    return parts


LAST_SHORT = 8  # a last sentence shorter than this is read with the one before it (「…もう無理。さよなら」)
CHATTY = 60  # from this many characters a message of several sentences also has its last one read alone


def last_sentence(prepared: str) -> str | None:
    """The last sentence of a chatty message, which the head also reads on its own: a crisis that comes after
    harmless sentences reads weaker inside the whole message's vector than alone. None for a one-sentence or a
    short message (read whole well enough; and one more encode for every short message would cost p99 latency)."""
    if len(prepared) <= CHATTY:
        return None
    parts = sentences(prepared)
    if len(parts) < 2:
        return None
    last = parts[-1]
    if len(last) < LAST_SHORT and len(parts) > 2:
        last = parts[-2] + last
    return last if len(last) >= 4 else None
