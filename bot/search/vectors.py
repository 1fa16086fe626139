"""Optional chiVe word vectors (read straight from the ja-ginza wheel) for the FAQ index: idf-weighted mean
vectors of documents and queries, and query expansion with vector neighbours. Used only when ja-ginza is
installed and the configuration asks for them (vector_weight / vector_expand > 0)."""

from __future__ import annotations

import math
from array import array
from collections import Counter
from typing import Any

import numpy as np
from scipy import sparse

from bot.search.analysis import FIELDS, vector_row
from bot.search.config import MatcherConfig
from bot.text.japanese import Token, load_vectors, spacy_hash


class ChiveVectors:
    """The vector half of :class:`bot.search.index.Index` (a mixin: it reads and sets the index's fields)."""

    config: MatcherConfig  # the index's own fields, set in Index.__init__ / build
    _docs: Any
    _col_terms: Any
    _key2row: Any
    _vectors: Any
    _vec_idf: Any
    _vec_idf_max: Any
    _doc_emb: Any
    _row_cache: Any
    _exp_words: Any
    _exp_matrix: Any
    _exp_matrix_t: Any
    _neighbours: Any
    _vocab: Any

    def _token_row(self, tok: Token) -> int | None:
        key = (tok.surface, tok.norm)
        if key in self._row_cache:
            return self._row_cache[key]
        row = None
        for s in (tok.surface, tok.norm):
            row = self._key2row.get(spacy_hash(s))
            if row is not None:
                break
        self._row_cache[key] = row
        return row

    def _embed(self, tokens: list[Token]) -> np.ndarray:
        v = np.zeros(self._vectors.shape[1], dtype=np.float32)
        for t in tokens:
            row = self._token_row(t)
            if row is not None:
                v += self._vec_idf.get(t.norm, self._vec_idf_max) * self._vectors[row]
        return v

    def _embed_many(self, token_lists: list[list[Token]]) -> np.ndarray:
        """idf-weighted sums of word vectors, one row per token list (sparse x dense product)."""
        rows = array("q")
        cols = array("q")
        vals = array("f")
        # tokenize() returns one shared Token object per word, alive in token_lists meanwhile,
        # so object identity is a cheap and safe cache key here
        seen: dict[int, int | None] = {}
        for i, tokens in enumerate(token_lists):
            for t in tokens:
                r = seen.get(id(t), -1)
                if r == -1:
                    r = seen[id(t)] = self._token_row(t)
                if r is not None:
                    rows.append(i)
                    cols.append(r)
                    vals.append(self._vec_idf.get(t.norm, self._vec_idf_max))
        weights = sparse.csr_matrix(
            (
                np.frombuffer(vals, dtype=np.float32),
                (np.frombuffer(rows, dtype=np.int64), np.frombuffer(cols, dtype=np.int64)),
            ),
            shape=(len(token_lists), self._vectors.shape[0]),
        )
        return np.asarray(weights @ self._vectors, dtype=np.float32)

    def _build_vectors(self, vec_q: list[list[Token]], vec_a: list[list[Token]]) -> None:
        loaded = load_vectors()
        if loaded is None:
            return
        self._key2row, self._vectors = loaded
        n = len(self._docs)
        df: Counter = Counter()
        for q, a in zip(vec_q, vec_a):
            df.update({t.norm for t in q} | {t.norm for t in a})
        self._vec_idf = {w: math.log((n + 1) / (d + 0.5)) for w, d in df.items()}
        self._vec_idf_max = math.log((n + 1) / 0.5)
        emb = self._embed_many(vec_q)
        emb /= np.linalg.norm(emb, axis=1, keepdims=True) + 1e-9
        wa = self.config.vector_answer_weight
        if wa:
            ans = self._embed_many(vec_a)
            ans /= np.linalg.norm(ans, axis=1, keepdims=True) + 1e-9
            emb += wa * ans
        emb /= np.linalg.norm(emb, axis=1, keepdims=True) + 1e-9
        self._doc_emb = emb
        if self.config.vector_expand and self.config.word_weight:
            src = self.config.vector_expand_from
            words = sorted({t for (f, ty, t) in self._col_terms if ty == "w" and f in src})
            rows, kept = [], []
            for w in words:
                r = vector_row(w, w)
                if r is not None:
                    rows.append(r)
                    kept.append(w)
            self._exp_words = kept
            if rows:
                self._exp_matrix = np.ascontiguousarray(self._vectors[rows])
                # transposed copy: einsum runs ~1.7x faster on this layout
                self._exp_matrix_t = np.ascontiguousarray(self._exp_matrix.T)

    def _vector_expansion(self, tokens: list[Token], qvec: dict[int, float]) -> dict[int, float]:
        cfg = self.config
        rows = {r for r in (vector_row(t.surface, t.norm) for t in tokens) if r is not None}
        if not rows or self._exp_matrix is None or self._exp_matrix_t is None or self._vectors is None:
            return {}
        todo = sorted(r for r in rows if r not in self._neighbours)
        if todo:  # neighbours of a vector row are computed once per index, then cached
            sims: Any = np.einsum(  # no BLAS threads
                "kj,ji->ki", np.asarray(self._vectors[todo], dtype=np.float32), self._exp_matrix_t
            )
            top = min(cfg.vector_expand_top + 1, sims.shape[1])
            for i, r in enumerate(todo):
                best = np.argpartition(-sims[i], top - 1)[:top]
                self._neighbours[r] = tuple(
                    (self._exp_words[j], float(sims[i, j]))
                    for j in best
                    if cfg.vector_expand_min <= sims[i, j] < 0.999  # 0.999: the word itself
                )
        exp: dict[int, float] = {}
        for r in sorted(rows):
            for word, sim in self._neighbours[r]:
                for fname, _ in FIELDS:
                    col = self._vocab.get((fname, "w", word))
                    if col is not None and col not in qvec:
                        exp[col] = max(exp.get(col, 0.0), cfg.vector_expand * sim)
        return exp
