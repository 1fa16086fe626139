"""Kanji-conversion slips (変換ミス) read back into the content's own spelling, for the sentence encoders.

A resident who types on a phone picks a kanji compound from the input method's list, and the first one offered is
often another word with the same reading: 「認知賞」 for 認知症, 「傷害者」 for 障害者, 「介語」 for 介護. The lexical
index reads readings as well as words, so it half-matches such a slip; e5 and USE read the kanji and take 「認知賞」
for a prize, and the right entry falls out of the top three. So a compound of the message that no entry writes,
but whose reading is the reading of a compound the entries do write, and which shares a kanji with it in the same
place, is replaced by the entries' spelling. Only the content's vocabulary is used, as in bot.search.kana: a slip
can only turn into a word some entry says. A compound the entries write is never touched, nor one that is a word of
Sudachi's dictionary: 同棲 reads as 同性, 参加者 as 参加社 and 診療所 as 心療所 (of 心療内科), but they are words.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from bot.text.japanese import Token, in_dictionary, tokenize
from bot.text.normalize import nfkc

# parts of speech a compound is made of (認知|症, 障害|者, 御|見舞)
_COMPOUND_POS = frozenset({"名詞", "接尾辞", "接頭辞"})
_KANJI = re.compile(r"[\u4e00-\u9fff々]")
MAX_TOKENS = 3  # a compound of up to this many of Sudachi's short units
MIN_READING = 4  # short readings have many homophones that are words of their own (コウザ: 講座 / 口座)
MAX_CHARS = 200  # a long message's need is in its words, not one slip; and its tokens cost more


def _runs(tokens: list[Token]) -> Iterable[list[Token]]:
    """Maximal runs of compound parts holding kanji."""
    run: list[Token] = []
    for t in tokens:
        if t.pos in _COMPOUND_POS and _KANJI.search(t.surface):
            run.append(t)
            continue
        if run:
            yield run
        run = []
    if run:
        yield run


def _spans(run: list[Token]) -> Iterable[tuple[int, int]]:
    for i in range(len(run)):
        for j in range(i + 1, min(len(run), i + MAX_TOKENS) + 1):
            yield i, j


def _slip_of(typed: str, spelled: str) -> bool:
    """Whether `typed` reads like a slip for `spelled`: as long, and sharing a kanji in the same place, but not
    the same on every character (then it would be the same word)."""
    if len(typed) != len(spelled) or typed == spelled:
        return False
    same = sum(a == b for a, b in zip(typed, spelled, strict=True))
    return same >= 1 and same >= len(typed) - 2


class HomophoneReader:
    """reading of a content compound -> its spelling; ``read`` rewrites the slips of a message."""

    def __init__(self, texts: Iterable[str]) -> None:
        seen: dict[str, Counter[str]] = {}
        self.known: set[str] = set()
        for text in texts:
            for run in _runs(tokenize(text, synonyms=False)):
                for i, j in _spans(run):
                    surface = "".join(t.surface for t in run[i:j])
                    self.known.add(surface)
                    reading = "".join(t.reading for t in run[i:j])
                    if len(reading) >= MIN_READING:
                        seen.setdefault(reading, Counter())[surface] += 1
        self.spelling = {r: c.most_common(1)[0][0] for r, c in seen.items()}

    def __len__(self) -> int:
        return len(self.spelling)

    def read(self, text: str) -> str:
        """The message with its slips spelled as the content spells them; exactly as typed when there was none (so
        the shared memo still finds the crisis stage's vector of it)."""
        if not self.spelling or len(text) > MAX_CHARS or not _KANJI.search(text):
            return text
        folded = nfkc(text)
        swaps: list[tuple[str, str]] = []
        for run in _runs(tokenize(folded, synonyms=False)):
            i = 0
            while i < len(run):
                for j in range(min(len(run), i + MAX_TOKENS), i, -1):  # the longest compound first
                    typed = "".join(t.surface for t in run[i:j])
                    if typed in self.known or in_dictionary(typed):
                        break  # a compound the entries write, or a word of its own (同棲, 参加者): as typed
                    spelled = self.spelling.get("".join(t.reading for t in run[i:j]))
                    if spelled is not None and _slip_of(typed, spelled):
                        swaps.append((typed, spelled))
                        break
                else:
                    j = i + 1
                i = j
        if not swaps:
            return text
        for typed, spelled in swaps:
            folded = folded.replace(typed, spelled)
        return folded
