"""One immutable knowledge snapshot (content + index + thresholds): the configuration the bot runs."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.content import Content, load_content
from bot.search import Document, Index, Thresholds
from bot.search.encoders import Encoder, MemoEncoder, load_encoder
from bot.settings import Settings
from bot.store.vector_cache import CachedEncoder

# The bot's matcher runs without the optional chiVe word vectors: on our own FAQ they cost top-1
# accuracy (88% vs 91% on tests/regression.yaml), and this keeps replies identical whether or not the
# optional package is installed. Thresholds calibrated for exactly this configuration by
# `python bench/calibrate.py --option vector_weight=0 --option vector_expand=0` (docs/benchmarks.md).
BOT_MATCHER_OPTIONS: dict[str, Any] = {"vector_weight": 0.0, "vector_expand": 0.0}


BOT_THRESHOLDS = Thresholds(answer=0.25, margin=0.02, clarify=0.25)


@dataclass(frozen=True)
class Knowledge:
    """One immutable snapshot: content, its index and the thresholds. Reloads swap the whole object.

    `encoder` (multilingual sentence vectors, memoised and cached on disk) is shared by every stage that needs
    meaning rather than words; None means the snapshot runs on words alone."""

    content: Content
    index: Index
    thresholds: Thresholds = BOT_THRESHOLDS
    encoder: Encoder | None = None

    @classmethod
    def build(cls, content: Content, *, thresholds: Thresholds = BOT_THRESHOLDS,
              encoder: Encoder | None = None) -> Knowledge:
        documents = [
            Document(id=e.id, questions=(e.title, *e.questions), answer=e.answer, keywords=tuple(e.keywords))
            for e in content.entries
        ]
        index = Index.build(documents, **BOT_MATCHER_OPTIONS)
        return cls(content=content, index=index, thresholds=thresholds, encoder=encoder)


def encoder_for(settings: Settings) -> Encoder:
    """The configured encoder, memoised in memory and cached on disk (one process-wide object per settings)."""
    key = (settings.encoder, settings.vector_cache, str(settings.content_dir))
    if key not in _ENCODERS:
        inner: Encoder = load_encoder(settings.encoder)
        if settings.vector_cache:
            path = Path(settings.vector_cache)
            inner = CachedEncoder(inner, path if path.is_absolute() else settings.content_dir / path)
        _ENCODERS[key] = MemoEncoder(inner)
    return _ENCODERS[key]


_ENCODERS: dict[tuple[str, str, str], Encoder] = {}


def load_knowledge(settings: Settings) -> Knowledge:
    """Load and index content; raises ContentInvalid with located errors."""
    return Knowledge.build(load_content(settings.content_dir), encoder=encoder_for(settings))
