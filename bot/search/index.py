"""FAQ matching: multi-field BM25 over Sudachi terms and readings, optional chiVe word vectors,
and a rapidfuzz re-rank against the staff's phrasings.

Scores are in 0..1 and comparable across queries:

    score = (1 - w) * lexical + w * fuzzy,   w = fuzzy_weight * min(1, fuzzy_short / len(reading))

* ``lexical`` is the BM25 sum (question field, answer field; words, readings, reading bigrams;
  plus, with ja-ginza, vector-neighbour expansion terms and a cosine over mean word vectors)
  divided by the best score the query's terms could reach: the sum, over query terms, of the
  highest weight each term has in any document, a term unknown to the index counting with the
  highest weight of its type. A document that matches every query term strongly gets close to 1
  whatever the query length; a query whose words are mostly unknown stays low.
* ``fuzzy`` is the best rapidfuzz ratio between the query and one of the document's phrasings,
  both as katakana reading strings (so 「せいねんこうけん」, 「ｾｲﾈﾝｺｳｹﾝ」 and 「成年後見」 compare
  equal, and typos cost little), rescaled so that chance-level similarity counts 0. It weighs
  fully for short messages and tapers off for long ones.

Every knob is a field of :class:`MatcherConfig`; ``Index.build(docs, **options)`` takes them.
docs/benchmarks.md has the measurements behind the defaults.

Thread safety: ``Index`` is read-only after ``build`` except for an internal cache of vector
neighbours (dict writes, safe under the GIL); ``search`` and ``explain`` tokenize with Sudachi
under a module lock (see :mod:`bot.japanese`), so they may be called from any thread; calls are
serialised while tokenizing. Nothing is loaded at import time: Sudachi's dictionary on the first
tokenization, the vectors on the first build that wants them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process
from scipy import sparse

from bot.search.analysis import (
    FIELDS,
    KANA_RE,
    TYPES,
    Postings,
    analyse,
    strip_boilerplate,
    terms_of,
)
from bot.search.config import Document, Hit, MatcherConfig
from bot.search.vectors import ChiveVectors
from bot.text.japanese import Token
from bot.text.normalize import fold

# --------------------------------------------------------------------------- configuration


# --------------------------------------------------------------------------- text processing


# --------------------------------------------------------------------------- index


class Index(ChiveVectors):
    """An immutable search index over FAQ documents. Build with :meth:`build`."""

    def __init__(self) -> None:  # use Index.build
        self.config = MatcherConfig()
        self._ids: list[str] = []
        self._docs: list[Document] = []
        self._vocab: dict[tuple[str, str, str], int] = {}
        self._matrix: sparse.csc_matrix = sparse.csc_matrix((0, 0))
        self._units: sparse.csc_matrix = sparse.csc_matrix((0, 0))
        self._unit_start = np.zeros(0, dtype=np.int64)
        self._n_qcols = 0
        self._max_mode = False
        self._colmax = np.zeros(0)
        self._typical: dict[tuple[str, str], float] = {}
        self._phrase_readings: list[list[str]] = []
        self._flat_readings: list[str] = []
        self._flat_owner: np.ndarray = np.zeros(0, dtype=np.int64)
        self._col_terms: list[tuple[str, str, str]] = []
        self._doc_emb: np.ndarray | None = None
        self._row_cache: dict[tuple[str, str], int | None] = {}
        self._key2row: dict[int, int] = {}
        self._vectors = np.zeros((0, 0), dtype=np.float32)
        self._vec_idf: dict[str, float] = {}
        self._vec_idf_max = 0.0
        self._exp_words: list[str] = []
        self._exp_matrix: np.ndarray | None = None
        self._neighbours: dict[int, tuple[tuple[str, float], ...]] = {}
        self._exp_matrix_t: np.ndarray | None = None

    # ---------------------------------------------------------------- build

    @classmethod
    def build(cls, documents: Iterable[Document], **options: Any) -> Index:
        cfg = MatcherConfig(**options)
        self = cls()
        self.config = cfg
        self._docs = list(documents)
        self._ids = [d.id for d in self._docs]
        n = len(self._docs)

        max_mode = cfg.question_mode == "max"
        # question-field units: one per document ("concat") or one per phrasing ("max")
        unit_owner: list[int] = []
        for i, doc in enumerate(self._docs):
            k = (len(doc.questions) + (1 if doc.keywords else 0)) if max_mode else 1
            unit_owner.extend([i] * max(k, 1))
        n_units = len(unit_owner)
        unit_start = np.searchsorted(np.array(unit_owner, dtype=np.int64), np.arange(n)) if n else np.zeros(0)

        # per (field, type): list of Counters, one per unit (q) or document (a)
        counters: dict[tuple[str, str], Postings] = {}
        for fname, fattr in FIELDS:
            if not getattr(cfg, fattr):
                continue
            for tname, tattr in TYPES:
                if tname in ("c", "rc") and fname not in cfg.char_fields:
                    continue
                if getattr(cfg, tattr):
                    counters[(fname, tname)] = Postings(n_units if fname == "q" else n)

        vec_q: list[list[Token]] = [[] for _ in range(n)]
        vec_a: list[list[Token]] = [[] for _ in range(n)]
        need_q = any(f == "q" for f, _ in counters)
        need_a = any(f == "a" for f, _ in counters)
        for i, doc in enumerate(self._docs):
            readings: list[str] = []
            if need_q or cfg.fuzzy_weight or cfg.vector_weight:
                texts = [(text, j) for j, text in enumerate(doc.questions)]
                texts += [(text, len(doc.questions)) for text in doc.keywords]
                for text, j in texts:
                    unit = int(unit_start[i]) + (j if max_mode else 0)
                    t = strip_boilerplate(text) if cfg.strip_boilerplate else text
                    a = analyse(t, cfg)
                    vec_q[i].extend(a.tokens)
                    if j < len(doc.questions):
                        readings.append(a.reading_string or fold(t))
                    if need_q:
                        for tname, ts in terms_of(t, cfg, a).items():
                            counters[("q", tname)].add(unit, ts)
            self._phrase_readings.append(readings)
            if (need_a or cfg.vector_weight) and doc.answer:
                a = analyse(doc.answer, cfg)
                vec_a[i] = a.tokens
                if need_a:
                    for tname, ts in terms_of(doc.answer, cfg, a).items():
                        if ("a", tname) in counters:
                            counters[("a", tname)].add(i, ts)

        owners: list[int] = []
        for i, rs in enumerate(self._phrase_readings):
            self._flat_readings.extend(rs)
            owners.extend([i] * len(rs))
        self._flat_owner = np.array(owners, dtype=np.int64)
        owner_arr = np.array(unit_owner, dtype=np.int64)
        q_mats: list[sparse.csc_matrix] = []
        a_mats: list[sparse.csc_matrix] = []
        k1, b = cfg.k1, cfg.b
        for (fname, tname), postings in counters.items():
            weight = getattr(cfg, dict(FIELDS)[fname]) * getattr(cfg, dict(TYPES)[tname])
            rows_n = postings.n_rows
            local = postings.local
            for t in local:
                self._vocab[(fname, tname, t)] = len(self._col_terms)
                self._col_terms.append((fname, tname, t))
            r, c_, tf_ = postings.arrays()
            lengths = np.bincount(r, weights=tf_, minlength=rows_n)
            avgdl = float(lengths.mean()) if rows_n and lengths.mean() > 0 else 1.0
            # document frequency counts documents, also when phrasings are separate units
            doc_of = owner_arr[r] if fname == "q" else r
            pairs = np.unique(doc_of * max(len(local), 1) + c_) if len(c_) else np.zeros(0, dtype=np.int64)
            df = np.bincount(pairs % max(len(local), 1), minlength=len(local)).astype(float)
            idf = np.log1p((n - df + 0.5) / (df + 0.5))
            norm = k1 * (1.0 - b + b * lengths / avgdl)
            vals = weight * idf[c_] * tf_ * (k1 + 1.0) / (tf_ + norm[r])
            m = sparse.csc_matrix((vals, (r, c_)), shape=(rows_n, len(local)))
            (q_mats if fname == "q" else a_mats).append(m)
            self._typical[(fname, tname)] = -1.0  # filled below
        n_qcols = sum(m.shape[1] for m in q_mats)
        n_acols = sum(m.shape[1] for m in a_mats)
        self._n_qcols = n_qcols
        qm = sparse.hstack(q_mats, format="csc") if q_mats else sparse.csc_matrix((n_units, 0))
        am = sparse.hstack(a_mats, format="csc") if a_mats else sparse.csc_matrix((n, 0))
        # units x all columns (answer columns empty) and documents x all columns (question
        # columns summed over a document's units: used for feedback terms)
        self._units = sparse.hstack([qm, sparse.csc_matrix((n_units, n_acols))], format="csc")
        self._unit_start = unit_start.astype(np.int64)
        self._max_mode = max_mode
        owner_m = sparse.csr_matrix((np.ones(n_units), (owner_arr, np.arange(n_units))), shape=(n, n_units))
        self._matrix = sparse.hstack([owner_m @ qm, am], format="csc") if n else sparse.csc_matrix((0, 0))
        qmax = qm.max(axis=0).toarray().ravel() if qm.nnz else np.zeros(n_qcols)
        amax = am.max(axis=0).toarray().ravel() if am.nnz else np.zeros(n_acols)
        self._colmax = np.concatenate([qmax, amax])
        # typical best weight of a term of each (field, type): stands in for unknown query terms
        # stand-in best weight of a query term the index has never seen: such words are rare by
        # definition (unknown_percentile of the per-term best weights of that field and type)
        keys = np.array([hash((f, t)) for f, t, _ in self._col_terms], dtype=np.int64)
        for key in self._typical:
            sel = self._colmax[keys == hash(key)]
            self._typical[key] = (
                float(np.percentile(sel, self.config.unknown_percentile)) if len(sel) else 0.0
            )
        if cfg.vector_weight:
            self._build_vectors(vec_q, vec_a)
        return self

    # ---------------------------------------------------------------- word vectors

    @property
    def uses_vectors(self) -> bool:
        return self._doc_emb is not None

    def __len__(self) -> int:
        return len(self._docs)

    # ---------------------------------------------------------------- query

    def _query_vector(self, query: str) -> tuple[dict[int, float], float, dict[str, Any]]:
        cfg = self.config
        text = strip_boilerplate(query) if cfg.strip_boilerplate else query
        a = analyse(text, cfg)
        terms = terms_of(text, cfg, a)
        qvec: dict[int, float] = {}
        upper = 0.0
        kana_share = 1.0
        if cfg.reading_char_adaptive and a.tokens:
            kana_share = sum(1 for t in a.tokens if KANA_RE.match(t.surface)) / len(a.tokens)
        for tname, ts in terms.items():
            scale = kana_share if tname == "rc" else 1.0
            if scale == 0.0:
                continue
            for t, count in Counter(ts).items():
                tf = count * scale
                for fname, _ in FIELDS:
                    if (fname, tname) not in self._typical:
                        continue
                    col = self._vocab.get((fname, tname, t))
                    if col is None:
                        upper += self._typical[(fname, tname)] * tf
                    else:
                        qvec[col] = qvec.get(col, 0.0) + tf
                        upper += self._colmax[col] * tf
        if self._exp_matrix is not None and a.tokens:
            exp = self._vector_expansion(a.tokens, qvec)
            for col, w in exp.items():
                qvec[col] = w
                upper += w * self._colmax[col]
        info = {
            "tokens": a.tokens,
            "normalised": text,
            "words": a.words,
            "readings": a.readings,
            "reading_string": a.reading_string,
        }
        return qvec, upper, info

    @staticmethod
    def _gather(m: sparse.csc_matrix, qvec: dict[int, float], rows: int) -> np.ndarray:
        """Sum of the query's columns of a CSC matrix (hand-rolled: scipy's column slicing
        costs ~0.5 ms per call on its own)."""
        if not qvec:
            return np.zeros(rows)
        cols = np.fromiter(qvec.keys(), dtype=np.int64, count=len(qvec))
        weights = np.fromiter(qvec.values(), dtype=float, count=len(qvec))
        starts = m.indptr[cols]
        lengths = m.indptr[cols + 1] - starts
        total = int(lengths.sum())
        if total == 0:
            return np.zeros(rows)
        # positions of every stored entry of the chosen columns, without a Python loop
        shift = np.repeat(starts - (np.cumsum(lengths) - lengths), lengths)
        pos = np.arange(total) + shift
        return np.bincount(m.indices[pos], weights=m.data[pos] * np.repeat(weights, lengths), minlength=rows)

    def _lexical(self, qvec: dict[int, float]) -> np.ndarray:
        n = len(self._docs)
        if not qvec or not n:
            return np.zeros(n)
        if not self._max_mode:
            return self._gather(self._matrix, qvec, n)
        q_part = {c: w for c, w in qvec.items() if c < self._n_qcols}
        a_part = {c: w for c, w in qvec.items() if c >= self._n_qcols}
        out = self._gather(self._matrix, a_part, n)
        if q_part:
            per_unit = self._gather(self._units, q_part, self._units.shape[0])
            out += np.maximum.reduceat(per_unit, self._unit_start)
        return out

    def _prf(self, raw: np.ndarray, qvec: dict[int, float]) -> tuple[dict[int, float], float]:
        """RM3-like expansion: best word/reading terms of the top documents (question field)."""
        cfg = self.config
        top = np.argsort(-raw)[: cfg.prf_docs]
        top = top[raw[top] > 0]
        if len(top) == 0:
            return {}, 0.0
        sub = self._matrix[top, :].tocoo()
        weights: dict[int, float] = {}
        doc_w = raw[top] / raw[top].max()
        for r, c, v in zip(sub.row, sub.col, sub.data):
            if c in qvec:
                continue
            f, t, _ = self._col_terms[c]
            if t not in ("w",):
                continue
            weights[c] = weights.get(c, 0.0) + v * doc_w[r]
        best = sorted(weights.items(), key=lambda kv: -kv[1])[: cfg.prf_terms]
        if not best:
            return {}, 0.0
        # map each chosen term to all its fields
        exp: dict[int, float] = {}
        for c, _ in best:
            _, t, term = self._col_terms[c]
            for fname, _ in FIELDS:
                col = self._vocab.get((fname, t, term))
                if col is not None:
                    exp[col] = 1.0
        upper = float(sum(self._colmax[c] for c in exp))
        return exp, upper

    def _score(self, query: str, limit: int) -> tuple[list[tuple[int, float, float, float]], dict[str, Any]]:
        cfg = self.config
        qvec, upper, info = self._query_vector(query)
        n = len(self._docs)
        qr = info["reading_string"] or fold(info["normalised"])
        scan = bool(
            cfg.fuzzy_weight
            and qr
            and len(qr) <= 2 * cfg.fuzzy_short
            and 0 < len(self._flat_readings) <= cfg.fuzzy_scan_max
        )
        if not n or (not qvec and not scan):
            return [], info
        raw = self._lexical(qvec)
        # the question field's share of the score (the answer field's is the rest): a signal of the learned ranker
        info["question_part"] = self._lexical({c: w for c, w in qvec.items() if c < self._n_qcols}) / upper \
            if upper > 0 else np.zeros(n)
        if cfg.prf_docs and qvec:
            exp, exp_upper = self._prf(raw, qvec)
            if exp:
                raw = raw + cfg.prf_weight * self._lexical(exp)
                upper = upper + cfg.prf_weight * exp_upper
        lexical = np.minimum(raw / upper, 1.0) if upper > 0 else raw
        if self._doc_emb is not None and cfg.vector_weight and info["tokens"]:
            qe = self._embed(info["tokens"])
            norm = float(np.linalg.norm(qe))
            if norm > 0:
                # einsum, not @: a BLAS call spins up BLAS's thread pool, which costs ~30x more
                # CPU than the product itself on a shared machine
                cos = np.maximum(np.einsum("ij,j->i", self._doc_emb, qe / norm), 0.0)
                lam = cfg.vector_weight
                lexical = (lexical + lam * cos * (lexical > 0)) / (1.0 + lam)
        n_cand = min(max(limit, cfg.rerank if cfg.fuzzy_weight else 0), n)
        if n_cand < n:
            cand = np.argpartition(-lexical, n_cand - 1)[:n_cand]
        else:
            cand = np.arange(n)
        cand = cand[lexical[cand] > 0]
        if scan:
            found = process.extract(qr, self._flat_readings, scorer=fuzz.ratio, limit=n_cand, score_cutoff=50)
            extra = self._flat_owner[[j for _, _, j in found]] if found else np.zeros(0, dtype=np.int64)
            cand = np.unique(np.concatenate([cand, extra]))
        fz = np.zeros(len(cand))
        if cfg.fuzzy_weight and qr:
            for j, i in enumerate(cand):
                phr = self._phrase_readings[i]
                if phr:
                    best = process.extractOne(qr, phr, scorer=fuzz.ratio)
                    fz[j] = best[1] / 100.0 if best else 0.0
            if cfg.fuzzy_floor:
                fz = np.maximum(fz - cfg.fuzzy_floor, 0.0) / (1.0 - cfg.fuzzy_floor)
        w = cfg.fuzzy_weight * min(1.0, cfg.fuzzy_short / max(len(qr), 1))
        final = (1.0 - w) * lexical[cand] + w * fz
        keep = final > 0
        cand, final, fz = cand[keep], final[keep], fz[keep]
        order = np.lexsort((np.array([self._ids[i] for i in cand]), -final))[:limit]
        rows = [(int(cand[j]), float(final[j]), float(lexical[cand[j]]), float(fz[j])) for j in order]
        info["raw_upper"] = upper
        return rows, info

    def scored(self, query: str, limit: int) -> list[tuple[int, float, float, float, float]]:
        """Best documents first as (row, score, lexical, fuzzy, the question field's part of lexical): the parts
        the learned ranker reads (bot.search.hybrid)."""
        if limit <= 0 or not query or not query.strip():
            return []
        rows, info = self._score(query, limit)
        part = info.get("question_part")
        return [(i, s, lx, fz, float(part[i]) if part is not None else lx) for i, s, lx, fz in rows]

    def search(self, query: str, *, limit: int = 10) -> list[Hit]:
        """Best documents first; [] for an empty query or one with no known term. Pure, no I/O."""
        if limit <= 0 or not query or not query.strip():
            return []
        rows, _ = self._score(query, limit)
        return [Hit(self._ids[i], round(s, 6)) for i, s, _, _ in rows]

    def explain(self, query: str, *, limit: int = 5) -> dict[str, Any]:
        """What the matcher saw and why: for staff debugging."""
        rows, info = self._score(query, limit) if query and query.strip() else ([], {"normalised": ""})
        return {
            "query": query,
            "normalised": info.get("normalised", ""),
            "words": info.get("words", []),
            "readings": info.get("readings", []),
            "reading_string": info.get("reading_string", ""),
            "uses_vectors": self.uses_vectors,
            "config": {k: v for k, v in self.config.describe().items()},
            "hits": [
                {
                    "id": self._ids[i],
                    "score": round(s, 4),
                    "lexical": round(lx, 4),
                    "fuzzy": round(fz, 4),
                    "questions": list(self._docs[i].questions[:3]),
                }
                for i, s, lx, fz in rows
            ],
        }


