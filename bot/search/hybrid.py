"""Hybrid retrieval: the lexical index (BM25 + fuzzy) fused with sentence-vector similarity.

Each document gets one vector per phrasing (title and the staff's phrasings) and one for its whole text
(first phrasing + answer, cut to ``passage_chars``); a query gets one vector (head and tail past ``query_chars``, since
e5's cost grows with length). Both sides are encoded as e5 "query" texts: that matched paraphrases and
other languages best (/work/scratch/enc/REPORT.md, docs/benchmarks-matching.md).

For every candidate (the union of the lexical and the vector top lists) five signals are combined by a
logistic model learned on the localgovFAQ development half (bench/fusion.py; weights in FusionConfig):

    lexical   the lexical index's score (0 when it did not rank the document)
    phrasing  best cosine between the query and one of the document's phrasings
    full      cosine between the query and the whole document
    and the phrasing / full cosines minus the query's best ones (how far behind the leader)
    lexical_rr, vector_rr   1 / (rank + 10) in the lexical list and in the vector list (0 when not in the list),
                            the signals of reciprocal-rank fusion
    lexical_gap             the lexical score minus the query's best one
    kana_lexical            the lexical score times the share of kana in the query: e5 reads kana-only
                            spellings (せいねんこうけん, ｼﾞｭｳｷｮ) poorly, the index's readings read them well

With a second encoder (bot.search.second, round 9) each candidate also carries SECOND_FEATURES, which the learned
ranker reads.

The result is a probability-like score in 0..1, so the bot's answer / clarify / fallback thresholds read it
directly. Document vectors come through the encoder (memoised, cached on disk by bot.store.vector_cache), so a
rebuild after a content change encodes only new or changed texts.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from bot.search.config import Document, Hit
from bot.search.encoders import Encoder
from bot.search import decider, ranker
from bot.search.index import Index
from bot.search.kana import KanaReader, kana_share
from bot.search.ranks import crowd, reciprocal_rank
from bot.search.second import SECOND_FEATURES, SecondReader
from bot.text.homophones import HomophoneReader

FEATURES = ("lexical", "phrasing", "full", "phrasing_gap", "full_gap", "lexical_rr", "vector_rr", "lexical_gap",
            "kana_lexical",
            # read by the learned ranker (bot.search.ranker); a linear fusion with nine weights reads the nine above
            "fuzzy", "lexical_question", "lexical_answer", "phrasing_rr", "full_rr", "phrasing_lead", "full_lead",
            "query_length", "kana", "phrasings")


@dataclass(frozen=True)
class FusionConfig:
    """Weights of the logistic fusion (order of FEATURES) and the candidate / text budgets."""

    weights: tuple[float, ...] = (5.0, 10.0, 6.0, 12.0, 6.0, 1.0, 1.0, 0.0, 0.0)
    bias: float = -20.0
    candidates: int = 40  # from each list (lexical, vector) before fusion
    # A long message costs e5 ~2 ms per token, so a query over `query_chars` is read as its head and its tail
    # (up to 200 characters the crisis head reads the same text, so the shared memo encodes it once).
    query_chars: int = 320
    query_head: int = 200
    # the second reader (bot.search.second) reads a long message as a shorter head and tail of that: USE's cost
    # grows with length (about 10 ms at 320 characters on one core), and the reply's p99 is set by long messages
    second_chars: int = 120
    second_head: int = 40
    passage_chars: int = 512
    # whole-document vectors (first phrasing + answer); off = phrasing vectors only (the full signals read 0)
    use_full: bool = True
    # A long message (over `long_chars`) scores lower than a short one with the same need, since its background
    # dilutes both the cosines and the word matches the model was trained on (mostly short questions): its
    # logit is raised by `long_shift`, fitted on the tuning halves by bench/calibrate_hybrid.py. The same shift
    # for every candidate, so the ranking does not change, only how sure the bot is.
    long_chars: int = 60
    long_shift: float = 0.0
    # a mostly-kana query is read by e5 with its kana words spelled as the content spells them (bot.search.kana)
    kana: bool = True
    # a message's kanji-conversion slips are read by the encoders as the content's compounds (bot.text.homophones)
    homophones: bool = True
    # the learned ranker (bot.search.ranker): a LightGBM model file beside bot/search/ranker.py; its raw score times
    # `scale` plus `bias` is the logit (weights unused). Empty: the logistic fusion over the first len(weights)
    # FEATURES.
    model: str = ""
    scale: float = 1.0
    # how sure the bot is of its top candidate (bot.search.decider): weights over DECIDER_FEATURES, fitted by
    # bench/decider.py so the top score means the same in every message. Empty: the ranking's own probability.
    decider: tuple[float, ...] = ()
    decider_bias: float = 0.0

    def describe(self) -> dict[str, Any]:
        return asdict(self)


Progress = Callable[[Iterable[int], int, str], Iterable[int]]


def _quiet(chunks: Iterable[int], total: int, label: str) -> Iterable[int]:
    return chunks


def tty_progress(chunks: Iterable[int], total: int, label: str) -> Iterable[int]:
    """A tqdm bar on a terminal (stderr), nothing when output goes to a file or a pipe."""
    if not sys.stderr.isatty():
        return chunks
    from tqdm import tqdm

    return tqdm(chunks, total=total, desc=label, unit="batch", file=sys.stderr, leave=False)


def vector_text(query: str, limit: int, head: int) -> str:
    """What e5 reads of a query: all of it, or its head and tail when it is long (the need of a long message is
    often in its last sentence, after the background)."""
    if len(query) <= limit:
        return query
    return f"{query[:head]} … {query[-(limit - head):]}"


def length_shift(query: str, fusion: FusionConfig) -> float:
    """The logit shift of a query's scores (FusionConfig.long_shift for a long message, else 0)."""
    return fusion.long_shift if len(query) > fusion.long_chars else 0.0


def full_text(doc: Document, limit: int) -> str:
    first = doc.questions[0] if doc.questions else ""
    return (f"{first}\n{doc.answer}" if doc.answer else first)[:limit]


def encode_all(encoder: Encoder, texts: Sequence[str], *, progress: Progress = _quiet,
               label: str = "vectors", batch: int = 32) -> np.ndarray:
    """Encode in batches so a progress bar can follow (cached texts cost nothing)."""
    if not texts:
        return np.zeros((0, encoder.dim), dtype=np.float32)
    starts = range(0, len(texts), batch)
    parts = [encoder.encode(list(texts[i:i + batch]), kind="query")
             for i in progress(starts, len(starts), label)]
    return np.ascontiguousarray(np.concatenate(parts), dtype=np.float32)


# The last query's candidates and signals (HybridIndex.shared_signals): (the index and what its signals read, the
# query, rows, features). Clearing it makes the next reader compute them afresh (bench/foreign_run.py times the
# cross-lingual stage so).
LAST_SIGNALS: list[tuple[tuple[Any, ...], str, np.ndarray, np.ndarray]] = []


class HybridIndex:
    """Lexical index + sentence vectors, with the same ``search`` / ``explain`` as :class:`Index`."""

    def __init__(self, lexical: Index, encoder: Encoder, documents: Sequence[Document],
                 config: FusionConfig | None = None, *, progress: Progress = _quiet,
                 content_encoder: Encoder | None = None, second: Encoder | None = None,
                 second_content: Encoder | None = None) -> None:
        # `content_encoder` (default: `encoder`) encodes staff content and may keep it on disk; `encoder`, used for
        # residents' messages, keeps their vectors in memory only (bot.store.vector_cache). `second` /
        # `second_content` are another model family's, read the same way (bot.search.second): with them, the
        # candidates carry SECOND_FEATURES after FEATURES.
        self.lexical = lexical
        self.encoder = encoder
        # `is not None`, not `or`: a cache encoder with nothing in it yet has len() 0 and would read as false, so a
        # fresh deployment would never keep its content vectors (every start re-encoded everything).
        content_vectors = content_encoder if content_encoder is not None else encoder
        self.fusion = config or FusionConfig()
        self.config = lexical.config
        self._ids = [d.id for d in documents]
        phrasings: list[str] = []
        owners: list[int] = []
        for i, doc in enumerate(documents):
            for text in doc.questions or (doc.answer[:self.fusion.passage_chars],):
                phrasings.append(text[:self.fusion.passage_chars])
                owners.append(i)
        self._owner = np.array(owners, dtype=np.int64)
        self._starts = np.searchsorted(self._owner, np.arange(len(documents))) if owners else np.zeros(0, np.int64)
        # how many phrasings a document has: its best phrasing cosine is a maximum over that many (a benchmark's
        # one question per document against the bot's entries with ten phrasings each)
        self._phrasings = np.log1p(np.bincount(self._owner, minlength=len(documents)).astype(np.float64))
        self._phrasing = encode_all(content_vectors, phrasings, progress=progress, label="phrasings")
        full = [full_text(d, self.fusion.passage_chars) for d in documents] if self.fusion.use_full else []
        self._full = encode_all(content_vectors, full, progress=progress, label="documents")
        if not self.fusion.use_full:
            self._full = np.zeros((len(documents), encoder.dim), dtype=np.float32)
        self.second = None if second is None else SecondReader(
            second, second_content if second_content is not None else second, phrasings, self._starts, full,
            lambda enc, texts, label: encode_all(enc, texts, progress=progress, label=label))
        self._w = np.array(self.fusion.weights, dtype=np.float64)
        # read at build time, so a bad model file stops a start or a reload with its name, not the first message
        self._ranker = ranker.load(self.fusion.model, FEATURES + SECOND_FEATURES) if self.fusion.model else None
        # A model that reads the second reader's signals in an index without one (a main encoder with no second
        # reader, bot.chat.knowledge.SECOND_ENCODERS; tests on hashed vectors): they read 0, as LightGBM takes a
        # value it never saw missing, so the trees order by the other signals instead of the start failing.
        self._no_second = self.second is None and self._ranker is not None \
            and bool((self._ranker.columns >= len(FEATURES)).any())
        self.features = FEATURES + SECOND_FEATURES if self.second is not None or self._no_second else FEATURES
        vocabulary = [t for d in documents for t in (*d.questions, *d.keywords)]  # what the two readers may write
        self.kana = KanaReader(vocabulary) if self.fusion.kana else None
        # kanji-conversion slips (認知賞 for 認知症) read as the entries' compounds (bot.text.homophones)
        self.homophones = HomophoneReader(vocabulary) if self.fusion.homophones else None

    @property
    def phrasing_vectors(self) -> np.ndarray:
        """One row per title / phrasing of every entry (read-only use: the need side of bot.chat.intents)."""
        return self._phrasing

    @property
    def uses_vectors(self) -> bool:
        return self.lexical.uses_vectors

    def __len__(self) -> int:
        return len(self._ids)

    def query_vector(self, query: str) -> np.ndarray:
        """The message's vector as the index reads it: a mostly-kana message with its words spelled as the entries
        spell them (bot.search.kana), a long one as its head and tail. The encoder's memo keeps it, so every stage
        that asks again gets it without a second encode."""
        return self.encoder.encode([self.read_text(query)], kind="query")[0]

    def read_text(self, query: str) -> str:
        """The text the encoders read of a message (conversion slips and kana respelled, a long one as its head and
        tail)."""
        read = self.homophones.read(query) if self.homophones else query
        return vector_text(self.kana.read(read) if self.kana else read, self.fusion.query_chars,
                           self.fusion.query_head)

    def signals(self, query: str) -> tuple[np.ndarray, np.ndarray]:
        """Candidate document rows and their signals (`features`: FEATURES, then SECOND_FEATURES with a second
        encoder), one row per candidate."""
        n = len(self._ids)
        if not n or not query.strip():
            return np.zeros(0, dtype=np.int64), np.zeros((0, len(self.features)))
        k = self.fusion.candidates
        lex_rows = self.lexical.scored(query, limit=k)
        lex, fuzzy, question = np.zeros(n), np.zeros(n), np.zeros(n)
        lex_rr = np.zeros(n)
        for rank, (i, score, lexical, fz, part) in enumerate(lex_rows):
            lex[i], fuzzy[i], question[i] = score, fz, part
            lex_rr[i] = 10.0 / (rank + 10.0)
        answer = np.maximum(lex - question, 0.0)
        q = self.query_vector(query)
        # einsum, not @: a BLAS call would start BLAS's thread pool on a shared machine (see index.py)
        per_phrasing = np.einsum("ij,j->i", self._phrasing, q)
        phrasing = np.maximum.reduceat(per_phrasing, self._starts)
        full = np.einsum("ij,j->i", self._full, q)
        dense = phrasing + full
        top_dense = np.argpartition(-dense, min(k, n) - 1)[:k] if n > k else np.arange(n)
        cand = np.unique(np.concatenate([top_dense, np.flatnonzero(lex > 0)]))
        vec_rr = np.zeros(n)
        by_dense = top_dense[np.argsort(-dense[top_dense], kind="stable")]
        vec_rr[by_dense] = 10.0 / (np.arange(len(by_dense)) + 10.0)
        kana = kana_share(query)
        feats = np.column_stack([
            lex[cand], phrasing[cand], full[cand],
            phrasing[cand] - phrasing.max(), full[cand] - full.max(),
            lex_rr[cand], vec_rr[cand], lex[cand] - lex.max(), lex[cand] * kana,
            fuzzy[cand], question[cand], answer[cand],
            reciprocal_rank(phrasing, cand), reciprocal_rank(full, cand),
            phrasing[cand] - crowd(phrasing), full[cand] - crowd(full),
            np.full(len(cand), np.log1p(len(query)) / np.log1p(self.fusion.query_chars)), np.full(len(cand), kana),
            self._phrasings[cand],
        ])
        if self.second is not None:
            read = vector_text(self.read_text(query), self.fusion.second_chars, self.fusion.second_head)
            feats = np.hstack([feats, self.second.columns(read, cand)])
        elif self._no_second:
            feats = np.hstack([feats, np.zeros((len(cand), len(SECOND_FEATURES)))])
        return cand, feats

    def shared_signals(self, query: str) -> tuple[np.ndarray, np.ndarray]:
        """`signals`, kept for the last query: a message in another language is read for small talk and the
        cross-lingual rule (bot.chat.crosslingual) and then searched, three readers of the same query's signals
        (~2 ms each). One entry (LAST_SIGNALS: a list swap is atomic; another thread's message only misses it),
        keyed by everything the signals read; the arrays are read-only."""
        readers = (self, self.encoder, self.fusion, self.kana, self.lexical, self.second)
        last = LAST_SIGNALS[0] if LAST_SIGNALS else None
        if last is not None and last[1] == query and all(a is b for a, b in zip(last[0], readers, strict=True)):
            return last[2], last[3]
        cand, feats = self.signals(query)
        cand.setflags(write=False)
        feats.setflags(write=False)
        LAST_SIGNALS[:] = [(readers, query, cand, feats)]
        return cand, feats

    def _logit(self, feats: np.ndarray) -> np.ndarray:
        if self._ranker is not None:
            return self.fusion.scale * self._ranker.raw(feats)
        return feats[:, :len(self._w)] @ self._w

    def _ranked(self, query: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Candidate rows, their ranking logits and FEATURES rows, best first."""
        cand, feats = self.shared_signals(query)
        if not len(cand):
            return cand, np.zeros(0), feats
        z = self._logit(feats) + self.fusion.bias + length_shift(query, self.fusion)
        # lexical score and id break ties, so results are stable across runs
        order = np.lexsort((np.array([self._ids[i] for i in cand]), -feats[:, 0], -z))
        return cand[order], z[order], feats[order]

    def ranked_logits(self, query: str) -> tuple[list[str], np.ndarray, np.ndarray]:
        """The candidates' ids, ranking logits and FEATURES rows, best first (bench/decider.py trains on them)."""
        cand, z, feats = self._ranked(query)
        return [self._ids[int(i)] for i in cand], z, feats

    def _fused(self, query: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        cand, z, feats = self._ranked(query)
        if self.fusion.decider and len(cand):
            return cand, decider.scores(z, feats, self.features, self.fusion.decider, self.fusion.decider_bias), feats
        return cand, 1.0 / (1.0 + np.exp(-z)), feats

    def search(self, query: str, *, limit: int = 10) -> list[Hit]:
        if limit <= 0 or not query or not query.strip():
            return []
        cand, score, _ = self._fused(query)
        return [Hit(self._ids[i], round(float(s), 6)) for i, s in zip(cand[:limit], score[:limit], strict=True)]

    def explain(self, query: str, *, limit: int = 5) -> dict[str, Any]:
        info = self.lexical.explain(query, limit=limit)
        empty = (np.zeros(0, dtype=np.int64), np.zeros(0), np.zeros((0, len(self.features))))
        cand, score, feats = self._fused(query) if query and query.strip() else empty
        info["fusion"] = self.fusion.describe()
        info["hits"] = [
            {"id": self._ids[int(i)], "score": round(float(s), 4),
             **{name: round(float(v), 4) for name, v in zip(self.features, f, strict=True)}}
            for i, s, f in zip(cand[:limit], score[:limit], feats[:limit], strict=False)
        ]
        return info
