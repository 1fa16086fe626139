"""When a question in another language (English, Vietnamese, Portuguese…) is clear enough to answer outright.

The fused score (bot/search/hybrid.py) is calibrated on Japanese, where the lexical features carry much of the
weight. A message in another language shares no words with the Japanese entries, so its fused score stays low
and it would always get "which of these?". What does carry over is e5's meaning: the cosine between the
message and the entry's phrasings (best one) and its whole text. Measured on bench/foreign/tune.yaml, the
leader of ``phrasing + full_weight × full`` is the right entry far more often when it leads the second by a
clear margin, so such a message is answered; anything closer keeps the clarify (with the desks).

The rule's two numbers are fitted by ``python bench/calibrate_foreign.py --write`` on the tuning half only
(a right answer +1, a wrong answer −4: a confident wrong answer costs far more than a clarify), which rewrites
the CROSS_LINGUAL line below. Japanese and やさしい日本語 never come here.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from bot.chat.knowledge import Knowledge
from bot.search.hybrid import FEATURES, HybridIndex
from bot.text.language import JAPANESE


@dataclass(frozen=True)
class CrossLingualRule:
    full_weight: float  # weight of the whole-document cosine next to the best phrasing cosine
    margin: float  # how far the leader must be ahead of the second to be answered


CROSS_LINGUAL = CrossLingualRule(full_weight=0.75, margin=0.025)

_PHRASING = FEATURES.index("phrasing")
_FULL = FEATURES.index("full")


def scores(knowledge: Knowledge, query: str, rule: CrossLingualRule = CROSS_LINGUAL) -> list[tuple[str, float]]:
    """Candidates by the cross-lingual score, best first (the hybrid index's own candidates and cosines)."""
    index = knowledge.index
    if not isinstance(index, HybridIndex):
        return []
    rows, feats = index.signals(query)
    if not len(rows):
        return []
    score = feats[:, _PHRASING] + rule.full_weight * feats[:, _FULL]
    order = np.argsort(-score, kind="stable")
    # The index's rows are the content's entries in order (Knowledge.build indexes documents_of(content)).
    entries = knowledge.content.entries
    return [(entries[int(rows[i])].id, float(score[i])) for i in order]


def leader(ranked: list[tuple[str, float]], rule: CrossLingualRule = CROSS_LINGUAL) -> str | None:
    """The first entry when it leads the second by the rule's margin."""
    if not ranked:
        return None
    second = ranked[1][1] if len(ranked) > 1 else -1.0
    return ranked[0][0] if ranked[0][1] - second >= rule.margin else None


def confident_entry(knowledge: Knowledge, query: str, lang: str) -> str | None:
    """The entry to answer a non-Japanese question with, or None (the usual decision stands)."""
    if lang in JAPANESE or not isinstance(knowledge.index, HybridIndex) or not query.strip():
        return None
    found = leader(scores(knowledge, query))
    return found if found in knowledge.content.entry_by_id else None
