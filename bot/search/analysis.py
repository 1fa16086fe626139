"""Text → index terms: boilerplate stripping, Sudachi words and readings, reading bigrams, postings."""

from __future__ import annotations

import re
from array import array
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from scipy import sparse

from bot.search.config import MatcherConfig
from bot.text.japanese import CONTENT_POS, Token, load_vectors, spacy_hash, tokenize
from bot.text.normalize import fold, hira_to_kata, nfkc

# Polite/boilerplate framing residents add around the actual topic.
_BOILERPLATE = [
    r"(に|の事に|のことに)?(つい|関し|かんし)て(の)?",
    r"(詳しく|くわしく)?(教え|おしえ)て(ほしい|欲しい|下さい|ください|くれ|もらえ|頂け|いただけ|貰え)"
    r"?(ます|ません)?(か|でしょうか)?",
    r"(を|が|は)?(知り|しり)たい(んです|のです|です)?(が|けど|けれど)?",
    r"(を|が)?(聞き|きき)たい(んです|のです|です)?(が|けど)?",
    r"(のです|んです|ですが|のですが|んですが)",
    r"(でしょうか|ですかね|ですか|ますか|ませんか)",
    r"かな(?=[\s、。?？!！]|$)",  # only sentence-final: not かなしい, さかな
    r"(お願いします|おねがいします|お願い致します|よろしく)",
    r"(すみません|すいません|こんにちは|こんばんは|えっと)",
    r"(?:^|(?<=[\s、。]))あの(?=[\s、,ー]|$)",  # the filler, not あの人 or かあのう
]


_BOILERPLATE_RE = re.compile("|".join(f"(?:{p})" for p in _BOILERPLATE))


# Normalized forms that say nothing about the topic.
_STOPWORDS = frozenset(
    """為る 有る 居る 成る 出来る 教える 知る 下さる 頂く 戴く 貰う 欲しい 良い 思う 言う 分かる 御 様 等
    事 物 方法 為 所 時 場合 今 これ それ あれ 此れ 其れ 此の 其の 何 何処 どう 如何 どの どれ どんな いつ
    ください 下さい 方 様 よう 良う 矢張り 一寸 もう 又 又は 及び 並びに 可能 必要 について 尋ねる 聞く
    お願い 願う 致す 申す 参る 伺う 存じる 御座る 済む 件 等 様々 色々 いろいろ
    どこ なに なん いつ どう どれ どの どんな どなた 誰 呉れる 仕舞う 遣る 置く 貰える 頂ける 下さい
    行く 来る 居る 有る 無い 良い 好い 宜しい 出来る 可能 大丈夫 自分 今回 現在 先日 最近 ちょっと""".split()
)


_CONTENT_POS = CONTENT_POS


def strip_boilerplate(text: str) -> str:
    """Remove polite framing (「〜について教えてください」「知りたい」「〜ですか」).

    Returns the original text when stripping would leave nothing.
    """
    stripped = _BOILERPLATE_RE.sub(" ", nfkc(text))
    return stripped if stripped.strip(" 　、。?？!！") else text


@dataclass
class Analysed:
    tokens: list[Token] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    readings: list[str] = field(default_factory=list)
    synonyms: list[str] = field(default_factory=list)
    reading_string: str = ""


def _keep(tok: Token, cfg: MatcherConfig) -> bool:
    return not (tok.norm in _STOPWORDS or tok.surface in _STOPWORDS)


def analyse(text: str, cfg: MatcherConfig) -> Analysed:
    out = Analysed()
    toks = tokenize(text)
    # the reading string keeps every token (particles too): Sudachi often cuts hiragana-only
    # input oddly (にんいこうけん -> にん/い/こうけん), and the whole reading still compares well
    out.reading_string = "".join(t.reading for t in toks)
    if cfg.content_only:
        toks = [t for t in toks if t.pos in _CONTENT_POS]
    kept: list[Token] = [t for t in toks if _keep(t, cfg)] if cfg.stopwords else toks
    for t in kept:
        out.words.append(_word(t.norm))
        out.readings.append(t.reading)
        for g in t.synonyms:
            out.synonyms.append(str(g))
    out.tokens = kept
    return out


KANA_RE = re.compile(r"^[\u3040-\u30ffー]+$")


@lru_cache(maxsize=100_000)
def _word(norm: str) -> str:
    """Index form of a word: its normalized form, in katakana when it is all kana."""
    return hira_to_kata(norm) if KANA_RE.match(norm) else norm


def _char_ngrams(text: str, sizes: Iterable[int]) -> list[str]:
    s = fold(text)
    grams: list[str] = []
    for n in sizes:
        if len(s) < n:
            if s and n == min(sizes):
                grams.append(s)
            continue
        grams.extend(s[i : i + n] for i in range(len(s) - n + 1))
    return grams


@lru_cache(maxsize=200_000)
def vector_row(surface: str, norm: str) -> int | None:
    loaded = load_vectors()
    if loaded is None:
        return None
    key2row = loaded[0]
    for s in (surface, norm):
        row = key2row.get(spacy_hash(s))
        if row is not None:
            return row
    return None


def _bigrams(s: str) -> list[str]:
    if len(s) < 2:
        return [s] if s else []
    return [s[i : i + 2] for i in range(len(s) - 1)]


# Term types: (name, config weight attribute)
TYPES = (
    ("w", "word_weight"),
    ("r", "reading_weight"),
    ("s", "synonym_weight"),
    ("p", "pair_weight"),
    ("v", "vector_row_weight"),
    ("c", "char_weight"),
    ("rc", "reading_char_weight"),
)


FIELDS = (("q", "question_weight"), ("a", "answer_weight"))


def terms_of(text: str, cfg: MatcherConfig, analysed: Analysed | None = None) -> dict[str, list[str]]:
    """Terms of each type for one text (already boilerplate-stripped if wanted)."""
    a = analysed if analysed is not None else analyse(text, cfg)
    terms: dict[str, list[str]] = {}
    if cfg.word_weight:
        terms["w"] = a.words
    if cfg.reading_weight:
        terms["r"] = a.readings
    if cfg.synonym_weight:
        terms["s"] = a.synonyms
    if cfg.vector_row_weight:
        terms["v"] = [str(r) for r in (vector_row(t.surface, t.norm) for t in a.tokens) if r is not None]
    if cfg.pair_weight:
        terms["p"] = [x + "+" + y for x, y in zip(a.words, a.words[1:])]
    if cfg.char_weight:
        terms["c"] = _char_ngrams(text, cfg.char_n)
    if cfg.reading_char_weight:
        terms["rc"] = _bigrams(a.reading_string)
    return terms


class Postings:
    """Term counts of one (field, term type), kept as flat arrays while the index is built
    (a Counter per document costs ~10x the memory on large corpora)."""

    def __init__(self, n_rows: int) -> None:
        self.n_rows = n_rows
        self.local: dict[str, int] = {}
        self._rows = array("q")
        self._cols = array("q")
        self._tfs = array("d")

    def add(self, row: int, terms: list[str]) -> None:
        local = self.local
        for t, tf in Counter(terms).items():
            j = local.get(t)
            if j is None:
                j = local[t] = len(local)
            self._rows.append(row)
            self._cols.append(j)
            self._tfs.append(tf)

    def arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(rows, cols, tf) with the counts of repeated (row, term) pairs summed."""
        m = (
            sparse.coo_matrix(
                (
                    np.frombuffer(self._tfs, dtype=float),
                    (np.frombuffer(self._rows, dtype=np.int64), np.frombuffer(self._cols, dtype=np.int64)),
                ),
                shape=(self.n_rows, max(len(self.local), 1)),
            )
            .tocsr()
            .tocoo()
        )
        return m.row.astype(np.int64), m.col.astype(np.int64), m.data.astype(float)
