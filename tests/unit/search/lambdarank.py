"""For the ranker tests (test_ranker, test_second): four entries, the messages that name them, and a small LightGBM
lambdarank model trained on an index's own signals: the model file the bot would read, built the way bench/ltr.py
builds one, in a few trees."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import lightgbm
import numpy as np

from bot.search import Document
from bot.search.hybrid import HybridIndex

# four entries and the messages a small model learns them from
DOCS = [
    Document("kaigo", ("介護保険のサービスを使いたい", "ヘルパーさんに来てほしい"), "要介護認定の申請をします。"),
    Document("volunteer", ("ボランティアを始めたい", "地域の役に立ちたい"), "社協のボランティアセンターへ。"),
    Document("food", ("食べ物がない", "ごはんが買えない"), "フードバンクがあります。"),
    Document("taxi", ("病院に行く足がない", "乗合タクシーを使いたい"), "予約して乗るタクシーです。"),
]
TRAIN = [("介護保険を使いたい", "kaigo"), ("ヘルパーさん", "kaigo"), ("ボランティアを始めたい", "volunteer"),
         ("地域の役に立ちたい", "volunteer"), ("食べ物がない", "food"), ("ごはんが買えない", "food"),
         ("病院に行く足がない", "taxi"), ("タクシーを使いたい", "taxi")]


def train_ranker(index: HybridIndex, ids: Sequence[str], train: Sequence[tuple[str, str]], names: list[str],
                 path: Path) -> str:
    """A model over the signals `names` of `index` (its `features`; `ids`: its documents' ids in order), trained on
    (query, right entry id) pairs; written to `path`, whose name is returned."""
    columns = [index.features.index(n) for n in names]
    feats, labels, groups = [], [], []
    for query, right in train:
        cand, f = index.signals(query)
        feats.append(f[:, columns])
        labels.append([2 if ids[int(i)] == right else 0 for i in cand])
        groups.append(len(cand))
    data = lightgbm.Dataset(np.concatenate(feats), np.concatenate(labels), group=groups, feature_name=names)
    booster = lightgbm.train({"objective": "lambdarank", "num_leaves": 3, "min_data_in_leaf": 1, "verbosity": -1,
                              "num_threads": 1, "label_gain": [0, 1, 2]}, data, num_boost_round=20)
    booster.save_model(str(path))
    return str(path)
