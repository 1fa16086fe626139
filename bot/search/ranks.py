"""Where a document stands among all documents by one similarity: shared by e5's signals (bot.search.hybrid) and the
second encoder's (bot.search.second), so both read ranks and leads the same way."""

from __future__ import annotations

import numpy as np


def reciprocal_rank(values: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """10 / (rank + 10) of each of `rows` when all documents are ordered by `values` (best = rank 0)."""
    rank = np.empty(len(values), dtype=np.int64)
    rank[np.argsort(-values, kind="stable")] = np.arange(len(values))
    return 10.0 / (rank[rows] + 10.0)


def crowd(values: np.ndarray, place: int = 10) -> float:
    """The `place`-th best value: how high the crowd reaches (a document's lead over it is a signal)."""
    if len(values) <= place:
        return float(values.min())
    return float(np.partition(values, len(values) - place)[len(values) - place])
