"""The semantic stage: a small learned classifier (softmax head, optionally one ReLU hidden layer) over the shared
e5 sentence vector.

The message's vector is the one the FAQ matcher asks for (same text, kind="query", through the shared memo), so
the head adds a product per layer (384×320, 320×9 in round 4), no encode, and (round 5) one product with the
hand-written statements' vectors when it reads a crisis. The weights are package data (crisis_head.npz, about
2.6 MB with those vectors in float16), trained by
bench/crisis/train.py on a broad bank in ten languages, the tuning halves and the FAQ's own questions; they are
ready at import, so the first message after start-up is judged like every other (no bank to warm up).
Retrain with that script after changing the encoder, the training bank or much of the FAQ.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np

from bot.chat.knowledge import BOT_FUSION
from bot.search.encoders import Encoder
from bot.search.hybrid import vector_text

CLASSES = ("none", "suicide", "overdose_injury", "dv", "dv_danger", "child_abuse", "elder_abuse", "sexual_abuse",
           "violence")
HEAD_PATH = Path(__file__).with_name("crisis_head.npz")  # where bench/crisis/train.py writes
NEIGHBOURS = 10  # hand-written statements consulted by the nearest-statement check
AGREE = 0.7  # ... of which at least this share must be crises for the head alone to make a crisis
# Round 8: 3 of 5 → 7 of 10. The head alone is most often wrong on an ordinary message near a few crisis
# statements (a dark joke next to a real wish); asking for more of them holds that back to the caring line. Out of
# fold by writer it cost 3 of 924 crisis replies (they get the caring line) for 2 of 4 false crises.
# The bot's own fusion (the one Knowledge.build gives the index), so the head reads exactly the text the matcher
# encodes whatever its query_chars / query_head are set to.
QUERY_CHARS = BOT_FUSION.query_chars  # the FAQ matcher reads a longer message as its head and its tail


def head_text(text: str) -> str:
    """What the head reads of a message: what the FAQ matcher encodes of it (bot.search.hybrid.vector_text: all of
    it, or its head and tail past QUERY_CHARS), so the vector is shared and the head adds no encode."""
    return vector_text(text, BOT_FUSION.query_chars, BOT_FUSION.query_head)


@dataclass(frozen=True)
class Head:
    W: np.ndarray  # (hidden or 384, classes)
    b: np.ndarray
    encoder: str  # the name of the encoder it was trained on; another encoder gets no head (rules alone)
    crisis_at: float  # P(not none) from which a message is a crisis
    concern_at: float  # ... and from which it gets the caring line
    veto_at: float  # a rules hit (no danger) whose reading is under this is only a concern
    # An optional hidden layer (384 → hidden, ReLU) applied to the raw unit vector first: a few hundred
    # multiply-adds per unit, so still well under a millisecond. Without it the head is linear.
    W1: np.ndarray | None = None
    b1: np.ndarray | None = None
    # The nearest-statement check: unit vectors of the hand-written training statements (benchmark tuning halves
    # and banks) and whether each is a crisis. The head alone makes a crisis only when most of a message's
    # NEIGHBOURS nearest statements are crises too; otherwise an ordinary welfare worry that merely reads dark
    # (a parent living alone far away, life after prison) gets the caring line, not the crisis reply.
    neighbours: np.ndarray | None = None
    neighbour_crisis: np.ndarray | None = None

    def neighbours_agree(self, vector: np.ndarray) -> bool:
        """Whether most of the NEIGHBOURS hand-written statements nearest to `vector` are crises."""
        if self.neighbours is None or self.neighbour_crisis is None:
            return True
        sims = np.einsum("ij,j->i", self.neighbours, vector.astype(np.float32))
        nearest = np.argpartition(-sims, NEIGHBOURS)[:NEIGHBOURS]
        return bool(self.neighbour_crisis[nearest].mean() >= AGREE)

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        # einsum, not @: a BLAS call would start BLAS's thread pool on a shared machine (see search/index.py)
        x = vectors.astype(np.float32)
        if self.W1 is not None and self.b1 is not None:
            x = np.maximum(np.einsum("ij,jk->ik", x, self.W1) + self.b1, 0)
        z = np.einsum("ij,jk->ik", x, self.W) + self.b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        return p / p.sum(axis=1, keepdims=True)


@cache
def load_head() -> Head | None:
    try:
        with resources.files("bot.chat").joinpath("crisis_head.npz").open("rb") as f:
            data = np.load(f, allow_pickle=False)
            if tuple(str(c) for c in data["classes"]) != CLASSES:
                return None
            hidden = "W1" in data.files
            near = "neighbours" in data.files
            return Head(data["W"], data["b"], str(data["encoder"]), float(data["crisis_at"]),
                        float(data["concern_at"]), float(data["veto_at"]),
                        data["W1"] if hidden else None, data["b1"] if hidden else None,
                        data["neighbours"].astype(np.float32) if near else None,
                        data["neighbour_crisis"].astype(bool) if near else None)
    except FileNotFoundError:
        return None


def head_for(encoder: Encoder | None) -> Head | None:
    """The head, if it was trained on this encoder's vectors (a hashing test encoder gets none)."""
    head = load_head()
    if head is None or encoder is None:
        return None
    return head if encoder.name == head.encoder else None


@dataclass(frozen=True)
class Reading:
    risk: float  # P(not none)
    category: str  # the most likely crisis class (dv_danger included)
    probabilities: dict[str, float]


def read(head: Head, encoder: Encoder, texts: list[str]) -> Reading:
    """The highest-risk reading among `texts` (the message, and the tail of a very long one)."""
    vectors = encoder.encode(texts, kind="query")
    p = head.probabilities(vectors)
    row = int(np.argmax(1 - p[:, 0]))
    best = p[row]
    category = CLASSES[1 + int(np.argmax(best[1:]))]
    risk = float(1 - best[0])
    if risk >= head.crisis_at and not head.neighbours_agree(vectors[row]):
        # the meaning is dark but its nearest hand-written statements are ordinary: a concern, not a crisis
        risk = held_back(head)
    return Reading(risk, category, {c: float(v) for c, v in zip(CLASSES, best, strict=True)})


def held_back(head: Head) -> float:
    """The reading given to a crisis-level message whose neighbours are ordinary: just under crisis_at and at or
    over concern_at, so it gets the caring line (crisis_assess compares with those two)."""
    return max(head.concern_at, head.crisis_at - 1e-3)
