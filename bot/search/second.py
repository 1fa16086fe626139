"""A second sentence encoder's reading of the candidates: signals for the learned ranker from another model family.

e5-small reads every phrasing and document of the hybrid index (bot.search.hybrid). Its errors are its own, so a
reader trained differently (USE multilingual v3, bot.search.encoders.USEEncoder) may separate near twins that e5
scores alike (round 9, docs/notes/matching.md). It reads the same texts: a document's phrasings (best cosine) and
its whole text (first phrasing + answer), and the query as e5 reads it (kana respelled, head and tail).

For each candidate, SECOND_FEATURES are the two cosines, how far each is behind the query's best one, the
candidate's rank among all documents by each, and its lead over the 10th best (the crowd), as for e5's signals.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from bot.search.encoders import Encoder
from bot.search.ranks import crowd, reciprocal_rank

SECOND_FEATURES = ("second_phrasing", "second_full", "second_phrasing_gap", "second_full_gap", "second_phrasing_rr",
                   "second_full_rr", "second_phrasing_lead", "second_full_lead")

# encodes a list of texts with an encoder in batches (bot.search.hybrid.encode_all, with its progress bar)
Encode = Callable[[Encoder, Sequence[str], str], np.ndarray]


class SecondReader:
    """The second encoder's vectors of an index's phrasings and whole documents, and their signals for a query."""

    def __init__(self, encoder: Encoder, content_encoder: Encoder, phrasings: Sequence[str], starts: np.ndarray,
                 full: Sequence[str], encode: Encode) -> None:
        # `content_encoder` reads the staff's content and may keep its vectors on disk; `encoder` reads residents'
        # messages and keeps them in memory only (bot.store.vector_cache)
        self.encoder = encoder
        self._starts = starts
        self._phrasing = encode(content_encoder, phrasings, "phrasings (second encoder)")
        self._full = encode(content_encoder, full, "documents (second encoder)") if len(full) \
            else np.zeros((len(starts), encoder.dim), dtype=np.float32)

    def columns(self, read: str, cand: np.ndarray) -> np.ndarray:
        """SECOND_FEATURES of the candidate rows `cand` for the query text `read` (as the index reads it)."""
        if not len(cand) or not len(self._starts):
            return np.zeros((len(cand), len(SECOND_FEATURES)))
        q = self.encoder.encode([read], kind="query")[0]
        # einsum, not @: a BLAS call would start BLAS's thread pool on a shared machine (see index.py)
        phrasing = np.maximum.reduceat(np.einsum("ij,j->i", self._phrasing, q), self._starts)
        full = np.einsum("ij,j->i", self._full, q)
        return np.column_stack([
            phrasing[cand], full[cand], phrasing[cand] - phrasing.max(), full[cand] - full.max(),
            reciprocal_rank(phrasing, cand), reciprocal_rank(full, cand),
            phrasing[cand] - crowd(phrasing), full[cand] - crowd(full),
        ])
