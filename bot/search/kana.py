"""Kana-only words read back into the content's own spelling, for the sentence encoder.

Residents type on phones and often leave a message in kana, spaced like a child's book (「ぼらんてぃあ とうろく
どこ」「しょうがい そうだん」) or with a loanword in hiragana (「たくしー」). The lexical index reads such words
through their readings, but e5 reads kana poorly: 「ひなちゃんたくしーの登録」 finds nothing, 「ひなちゃんタクシー
の登録」 finds the entry. So, for a message that is mostly kana, every run of kana is matched, longest reading
first, against the readings of the words the entries themselves use (Sudachi's reading of each content word
of their titles, phrasings and keywords), and a match is replaced by the word as the entries spell it. Only the
content's vocabulary is used, so a reading can only turn into a word some entry says; a kana run with no such
word stays as typed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from bot.text.japanese import tokenize
from bot.text.normalize import hira_to_kata, nfkc

# Only short, mostly-kana messages are rewritten. Ordinary Japanese is half kana or more, and a long message is the
# one e5 costs most on: rewritten, it would be encoded twice (the crisis stage reads it as typed).
MIN_KANA_SHARE = 0.7  # a message with less kana than this is read as typed
MAX_CHARS = 40
MIN_READING = 3  # shorter readings are too ambiguous (けが / ケガ inside ぼけが)
MAX_READING = 12
_CONTENT_POS = frozenset({"名詞", "動詞", "形容詞", "形状詞"})
_KANA_RUN = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc]+")
_KANA = re.compile(r"[\u3041-\u30ff\uff66-\uff9f]")
_LETTER = re.compile(r"\w")
_HAS_KANJI = re.compile(r"[\u4e00-\u9fff]")


def kana_share(text: str) -> float:
    """Share of kana among the letters (also a fusion signal, bot.search.hybrid: e5 reads kana spellings poorly)."""
    letters = _LETTER.findall(text)
    return len(_KANA.findall(text)) / len(letters) if letters else 0.0


class KanaReader:
    """reading (katakana) -> the content's spelling of it; ``read`` rewrites a mostly-kana message."""

    def __init__(self, texts: Iterable[str]) -> None:
        seen: dict[str, Counter[str]] = {}
        for text in texts:
            for t in tokenize(text, keep_pos=_CONTENT_POS, synonyms=False):
                # the surface, not the dictionary form: a word as the entries write it (登録, タクシー); nouns only
                # for verbs' stems would read 「いき」 as 生き in 「いきたい」, so inflected words keep their kanji form
                if t.pos != "名詞" or not (_HAS_KANJI.search(t.surface) or t.surface == t.reading):
                    continue
                if MIN_READING <= len(t.reading) <= MAX_READING:
                    seen.setdefault(t.reading, Counter())[t.surface] += 1
        self.spelling = {r: c.most_common(1)[0][0] for r, c in seen.items()}

    def __len__(self) -> int:
        return len(self.spelling)

    def read(self, text: str) -> str:
        """The message with its kana words spelled as the content spells them (as typed when mostly not kana)."""
        if not self.spelling or len(text) > MAX_CHARS or kana_share(text) < MIN_KANA_SHARE:
            return text
        text = nfkc(text)
        return _KANA_RUN.sub(lambda m: self._run(m.group(0)), text)

    def _run(self, run: str) -> str:
        kata = hira_to_kata(run)
        out: list[str] = []
        i = 0
        while i < len(run):
            for j in range(min(len(run), i + MAX_READING), i + MIN_READING - 1, -1):
                word = self.spelling.get(kata[i:j])
                if word is not None:
                    out.append(word)
                    i = j
                    break
            else:
                out.append(run[i])
                i += 1
        return "".join(out)
