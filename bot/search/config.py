"""The matcher's documents, hits, thresholds and every knob (MatcherConfig)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Document:
    id: str
    questions: tuple[str, ...]  # question phrasings (the "question field")
    answer: str = ""  # answer text (the "answer field")
    keywords: tuple[str, ...] = ()  # optional extra terms staff give


@dataclass(frozen=True)
class Hit:
    id: str
    score: float  # higher is better, 0..1


@dataclass(frozen=True)
class Thresholds:
    answer: float  # top score at/above which (with margin) the bot answers directly
    margin: float  # required gap between top-1 and top-2 for a direct answer
    clarify: float  # top score at/above which the bot offers up to 3 candidates; below -> fallback
    # top score at/above which the bot answers whatever the margin: two near-twin entries both score high (a
    # service and the plan measure behind it), and the answer shows the second as a button (default: never)
    sure: float = 1.01


# Calibrated by bench/calibrate.py (see docs/benchmarks.md, "Thresholds").
DEFAULT_THRESHOLDS = Thresholds(answer=0.35, margin=0.05, clarify=0.30)


@dataclass(frozen=True)
class MatcherConfig:
    """Every knob of the matcher; ``Index.build(docs, **options)`` takes these as keywords."""

    # field weights (question field = phrasings + keywords; answer field = answer text)
    question_weight: float = 1.0
    # "max": each phrasing is scored on its own and a document gets its best phrasing (staff
    # write 4-8 phrasings; one close phrasing should win, not the entry that repeats a word
    # most); keywords count as one more phrasing. "concat": all phrasings form one text.
    question_mode: str = "concat"
    answer_weight: float = 1.5
    # term-type weights (0 disables the type)
    word_weight: float = 1.0  # Sudachi normalized forms of content words
    reading_weight: float = 0.5  # katakana readings of content words
    synonym_weight: float = 0.0  # Sudachi synonym group ids
    pair_weight: float = 0.0  # pairs of consecutive content words (compounds, 国民+年金)
    # chiVe row of each content word as a term: ja-ginza keeps 20,000 vectors for 480,443 words,
    # every other word mapped to its nearest kept vector, so a row is a small synonym cluster
    vector_row_weight: float = 0.0
    char_weight: float = 0.0  # character n-grams of the folded text
    char_n: tuple[int, ...] = (2,)
    reading_char_weight: float = 0.3  # character bigrams of the reading string
    # scale the reading bigrams of a query by the share of its content words written in kana
    # only (せいねんこうけん, ｻﾛﾝ): they are there for kana input, and noise for kanji input
    reading_char_adaptive: bool = True
    char_fields: str = "q"  # fields that get the two character types: "q", "a" or "qa"
    # query processing
    strip_boilerplate: bool = True
    content_only: bool = True  # keep nouns/verbs/adjectives..., drop particles etc.
    stopwords: bool = True
    # weight of a query word the index has never seen, as a percentile of the best weights of
    # known words: unknown words are rare, and usually a sign the question is out of scope
    unknown_percentile: float = 100.0
    # BM25
    k1: float = 1.2
    b: float = 0.75
    # pseudo-relevance feedback (RM3-like): add the best terms of the top documents
    prf_docs: int = 0
    prf_terms: int = 10
    prf_weight: float = 0.3
    # rapidfuzz re-rank of the top documents against the phrasings
    # optional static word vectors (chiVe, from the ja-ginza wheel): idf-weighted mean of the
    # content-word vectors of the question field (+ vector_answer_weight x answer field); the
    # cosine is added to the BM25 part with this weight. Used only when ja-ginza is installed
    # (pip install --no-deps ja-ginza==5.3.0); without it the index is BM25 + fuzzy. 0 = off.
    vector_weight: float = 0.5
    vector_answer_weight: float = 1.0
    # query expansion with vector neighbours: each query word adds up to vector_expand_top index
    # words whose cosine is >= vector_expand_min, weighted vector_expand x cosine (0 = off)
    vector_expand: float = 0.5
    vector_expand_min: float = 0.6
    vector_expand_top: int = 3
    vector_expand_from: str = "q"  # candidate words: from the question field ("q") or all ("qa")
    rerank: int = 20
    fuzzy_weight: float = 0.3
    # the fuzzy weight tapers off for long queries: x min(1, fuzzy_short / reading length)
    fuzzy_short: int = 10
    # similarity that unrelated kana strings reach anyway (they share many characters); the
    # fuzzy score is rescaled so that this level counts 0 and an exact match 1
    fuzzy_floor: float = 0.3
    # also take the best fuzzy matches over all phrasings as candidates (catches typos and
    # katakana runs Sudachi leaves whole) while there are at most this many phrasings
    fuzzy_scan_max: int = 5000

    def describe(self) -> dict[str, Any]:
        return asdict(self)
