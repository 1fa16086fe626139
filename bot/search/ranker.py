"""The learned ranker: a LightGBM lambdarank model over the hybrid index's signals (bot.search.hybrid.FEATURES).

The model is trained by bench/ltr.py on the localgovFAQ development half (and the residents' tuning halves) and
stored as LightGBM's own text format beside this module, so start-up only reads it: nothing is trained, nothing is
unpickled. The file names the features it reads, so a model trained on a subset of FEATURES picks its columns.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent


class TreeRanker:
    """A stored model and the columns of FEATURES it reads."""

    def __init__(self, booster: Any, columns: np.ndarray) -> None:
        self.booster = booster
        self.columns = columns

    def raw(self, feats: np.ndarray) -> np.ndarray:
        """The model's raw score of each candidate row (higher = better; a logit after FusionConfig.scale)."""
        if not len(feats):
            return np.zeros(0)
        # one thread: the bot answers one message at a time per worker, and the machine is shared
        return np.asarray(self.booster.predict(feats[:, self.columns], num_threads=1), dtype=np.float64)


@lru_cache(maxsize=4)
def load(name: str, features: tuple[str, ...]) -> TreeRanker:
    """The model stored as `name` beside this module (a path is read as given), for signals named `features`."""
    import lightgbm

    path = Path(name) if Path(name).is_absolute() else HERE / name
    booster = lightgbm.Booster(model_file=str(path))
    missing = [f for f in booster.feature_name() if f not in features]
    if missing:
        raise ValueError(f"{path.name}: the model reads signals the index does not compute: {missing}")
    return TreeRanker(booster, np.array([features.index(f) for f in booster.feature_name()], dtype=np.int64))
