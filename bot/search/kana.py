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
MIN_KANA_SHARE = 0.8  # a message with less kana than this is read as typed (a plain 「…はありますか？」 is 0.7)
MAX_CHARS = 40
MIN_READING = 3  # shorter readings are too ambiguous (けが / ケガ inside ぼけが)
MAX_READING = 12
_CONTENT_POS = frozenset({"名詞", "動詞", "形容詞", "形状詞"})
_KANA_RUN = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc]+")
_KANA = re.compile(r"[\u3041-\u30ff\uff66-\uff9f]")
_LETTER = re.compile(r"\w")
# particles a word may follow; not で (でしょうか holds ショウカ) nor や (やすい)
_PARTICLES = frozenset("のがをにはともへ")
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
        """The message with its kana words spelled as the content spells them; exactly as typed when nothing was
        respelled (so the shared memo still finds the crisis stage's vector of it)."""
        if not self.spelling or len(text) > MAX_CHARS or kana_share(text) < MIN_KANA_SHARE:
            return text
        folded = nfkc(text)
        # a run glued to a kanji is mostly its okurigana or a verb's ending (分別しないと): no word at its start
        read = _KANA_RUN.sub(lambda m: self._run(m.group(0), glued=m.start() > 0
                                                 and bool(_HAS_KANJI.match(folded[m.start() - 1]))), folded)
        return read if read != folded else text

    def _run(self, run: str, *, glued: bool = False) -> str:
        kata = hira_to_kata(run)
        out: list[str] = []
        i = 0
        after_word = False
        while i < len(run):
            # a word starts a run, follows a particle or follows another word (せいねん|こうけん): inside an
            # inflection a reading is a false friend (「いけないかも」 holds ナイカ, 内科; 「いいんだ」 イイン, 委員)
            starts = (i == 0 and not glued) or after_word or (i > 0 and run[i - 1] in _PARTICLES)
            for j in range(min(len(run), i + MAX_READING), i + MIN_READING - 1, -1):
                word = self.spelling.get(kata[i:j])
                # a loanword (the content writes it in katakana: タクシー) is no native ending, so it may start anywhere
                if word is not None and (starts or word == kata[i:j]):
                    out.append(word)
                    i, after_word = j, True
                    break
            else:
                out.append(run[i])
                i, after_word = i + 1, False
        return "".join(out)
