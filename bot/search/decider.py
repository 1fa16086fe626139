"""How sure the bot may be of its best candidate, on one scale for every message.

The ranking (the logistic fusion or the learned ranker, bot.search.hybrid) orders one message's candidates. Its
scores compare candidates of the same message well, but a strong word match in a message that names no need can
score as high as a real need (round 5: 「宝くじの当選番号おしえて」 → 0.56). The answer / clarify / fallback
decision reads the top score against fixed levels, so that score must mean the same in every message.

The decider is a logistic model over the top candidate's signals and its lead over the next two, trained by
bench/decider.py on the tuning halves' messages that reach the FAQ search (the target: the top candidate is one
of the message's right entries; messages with no entry, out-of-scope and fallback, are negatives). Its output is
the top candidate's score; every other candidate keeps its distance from the top in the ranking's logit, so the
order does not change and the margin still reads the ranking's gaps.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

# the decider's inputs, in the order of FusionConfig.decider; the others are signals of the top candidate
# (bot.search.hybrid.FEATURES)
DECIDER_FEATURES = ("logit", "gap2", "gap3", "lexical", "phrasing", "full", "phrasing_gap", "full_gap", "fuzzy",
                    "phrasing_lead", "full_lead", "query_length", "kana",
                    # round 11: do the independent readers agree with the ranking? (READERS, below)
                    "agree", "agree_rr", "lexical_margin", "phrasing_margin", "second_phrasing_margin")
_OWN = ("logit", "gap2", "gap3", "agree", "agree_rr", "lexical_margin", "phrasing_margin", "second_phrasing_margin")
# Each reader ranks every document by itself (the lexical index, e5's best phrasing and whole text, USE's): the
# top candidate first in several of them is right across writers, not one writer's words happening to match. Their
# 10 / (rank + 10) columns (1.0 = first); a reader the index lacks (no second encoder) reads 0, "not first".
READERS = ("lexical_rr", "phrasing_rr", "full_rr", "second_phrasing_rr", "second_full_rr")
# a reader's margin (the top candidate's value minus the best of the others') past this says no more
_MARGIN_CAP = 0.3
# a gap past this many logits says no more (a lone candidate would otherwise read as infinitely sure)
_GAP_CAP = 6.0


def inputs(logits: np.ndarray, feats: np.ndarray, names: Sequence[str]) -> np.ndarray:
    """DECIDER_FEATURES of the top candidate; `logits` and `feats` are in ranked order (best first)."""
    top = float(logits[0])
    gap2 = min(top - float(logits[1]), _GAP_CAP) if len(logits) > 1 else _GAP_CAP
    gap3 = min(top - float(logits[2]), _GAP_CAP) if len(logits) > 2 else _GAP_CAP
    ranks = [float(feats[0, names.index(r)]) if r in names else 0.0 for r in READERS]
    own = {"logit": top, "gap2": gap2, "gap3": gap3, "agree": float(sum(r >= 1.0 for r in ranks)),
           "agree_rr": float(np.mean(ranks)), **{f"{n}_margin": _margin(feats, names, n)
                                                  for n in ("lexical", "phrasing", "second_phrasing")}}
    return np.array([own[n] if n in _OWN else float(feats[0, names.index(n)]) for n in DECIDER_FEATURES])


def _margin(feats: np.ndarray, names: Sequence[str], name: str) -> float:
    """How far the top candidate leads the best of the other candidates by one reader's value (negative: behind)."""
    if name not in names:
        return 0.0
    column = feats[:, names.index(name)]
    lead = float(column[0] - column[1:].max()) if len(column) > 1 else _MARGIN_CAP
    return max(-_MARGIN_CAP, min(lead, _MARGIN_CAP))


def scores(logits: np.ndarray, feats: np.ndarray, names: Sequence[str], weights: Sequence[float],
           bias: float) -> np.ndarray:
    """The candidates' scores in 0..1: the top one the decider's probability that it is right, the others that
    probability's logit minus their distance behind the top in the ranking."""
    if not len(logits):
        return np.zeros(0)
    return scores_of(inputs(logits, feats, names), logits, weights, bias)


def scores_of(x: np.ndarray, logits: np.ndarray, weights: Sequence[float], bias: float) -> np.ndarray:
    """`scores` from the top candidate's DECIDER_FEATURES `x` (bench/decider.py keeps them, not every candidate)."""
    sure = float(x @ np.asarray(weights, dtype=np.float64)) + bias
    return 1.0 / (1.0 + np.exp(-(sure - (logits[0] - logits))))
