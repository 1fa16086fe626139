"""One immutable knowledge snapshot (content + index + thresholds): the configuration the bot runs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.content import Content, load_content
from bot.search import Document, Index, Thresholds
from bot.settings import Settings

# The bot's matcher runs without the optional chiVe word vectors: on our own FAQ they cost top-1
# accuracy (88% vs 91% on tests/regression.yaml), and this keeps replies identical whether or not the
# optional package is installed. Thresholds calibrated for exactly this configuration by
# `python bench/calibrate.py --option vector_weight=0 --option vector_expand=0` (docs/benchmarks.md).
BOT_MATCHER_OPTIONS: dict[str, Any] = {"vector_weight": 0.0, "vector_expand": 0.0}


BOT_THRESHOLDS = Thresholds(answer=0.25, margin=0.02, clarify=0.25)


@dataclass(frozen=True)
class Knowledge:
    """One immutable snapshot: content, its index and the thresholds. Reloads swap the whole object."""

    content: Content
    index: Index
    thresholds: Thresholds = BOT_THRESHOLDS

    @classmethod
    def build(cls, content: Content, *, thresholds: Thresholds = BOT_THRESHOLDS) -> Knowledge:
        documents = [
            Document(id=e.id, questions=(e.title, *e.questions), answer=e.answer, keywords=tuple(e.keywords))
            for e in content.entries
        ]
        return cls(content=content, index=Index.build(documents, **BOT_MATCHER_OPTIONS), thresholds=thresholds)


def load_knowledge(settings: Settings) -> Knowledge:
    """Load and index content; raises ContentInvalid with located errors."""
    return Knowledge.build(load_content(settings.content_dir))
