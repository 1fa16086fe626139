"""Conversation acts and questions outside welfare recognised by meaning, where the word lists found nothing.

The word lists (bot.chat.acts, bot.chat.scope) are the fast path, but residents find more ways of saying
thank you, "that's wrong" or "where do I renew my passport" than any list holds. So a message the words let
through is compared, by its e5 sentence vector, with exemplars of each class (bot.chat.intent_bank) and with
the welfare side: every FAQ title and phrasing plus generic needs. It is that class only when its nearest
exemplar is at least MARGIN closer than the nearest welfare phrasing: a need that sounds like a complaint
(「もう限界」) stays a need. The message's vector is the one the crisis stage and the FAQ matcher use (shared
memo), so this costs one small matrix product, no encode.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field

import numpy as np

from bot.chat import intent_bank
from bot.replies.texts import catalogue
from bot.search.encoders import Encoder
from bot.text import greetings
from bot.text.language import JAPANESE, SERVED

# Leads fitted on the residents' tuning half and tests/regression.yaml: at these, (almost) no welfare need of those
# sets was taken for an act or another service. Acts are short and their exemplars close to each other, so a
# smaller lead is enough; an other-service reply for a need would be a dead end, so scope asks for more.
ACT_MARGIN = 0.015
SCOPE_MARGIN = 0.03
ACT_CHARS = 30  # acts are short; a longer message is read as a question
SCOPE_CHARS = 80  # an off-topic or other-service question is one sentence, not a story
OUT_OF_SCOPE = "out-of-scope"
OFF_TOPIC = "off-topic"
_KANA = re.compile(r"[\u3041-\u30ff]")
# Hello and thank-you phrases of the languages other than Japanese, as (act, phrase): small talk in another
# language is told by them (bot.chat.crosslingual).
# Requests that name no need (「助けて」「相談したい」「申請したい」): in Japanese, bot.chat.needs.vague tells them by
# their words; a message in another language is compared with these by meaning, moved into Japanese.
GENERIC_REQUESTS: tuple[str, ...] = (
    "助けて", "助けてください", "手伝ってください", "相談したい", "相談があります", "質問があります", "教えてください",
    "困っています", "申請したい", "手続きをしたい", "どうすればいいですか", "お願いがあります", "聞きたいことがある",
)
EVERYDAY: tuple[tuple[str, str], ...] = tuple(
    (act, phrase) for act, table in (("hello", greetings.HELLO), ("thanks", greetings.THANKS))
    for lang, phrases in table.items() if lang not in JAPANESE for phrase in phrases)


@dataclass(frozen=True)
class IntentVectors:
    """Exemplar vectors with their class per row, the welfare side's vectors, and the EVERYDAY phrases' vectors."""

    labels: tuple[str, ...]
    exemplars: np.ndarray
    needs: np.ndarray
    everyday: np.ndarray
    # language -> its direction in e5's space relative to Japanese (bot.chat.crosslingual); empty without them
    shifts: dict[str, np.ndarray] = field(default_factory=dict)
    # GENERIC_REQUESTS' vectors: a message in another language nearest to these says no need (bot.chat.crosslingual)
    generic: np.ndarray | None = None


# A desk field's name and its templates (「{desk} — {what}: {value}」) are single nouns and placeholders, written
# the same in several languages: they would pull the languages' directions together. Added with them, two Tagalog
# money worries went from a clarify to a confident answer, one of them wrong.
_NOT_PARALLEL = ("field_", "desk_field_")


def parallel_texts() -> dict[str, tuple[str, ...]]:
    """The bot's fixed texts (bot/replies/texts.yaml) per language, in the same order in every language: the same
    sentences said in each, so their mean difference is the language and not what is said. Japanese first."""
    table = catalogue()
    langs = [lang for lang in SERVED if lang != "easy"]
    keys = [key for key, says in table.items() if all(isinstance(says.get(lang), str) for lang in langs)
            and not key.startswith(_NOT_PARALLEL)]
    return {lang: tuple(table[key][lang] for key in keys) for lang in langs}


def language_shifts(encoder: Encoder) -> dict[str, np.ndarray]:
    """Each served language's mean vector minus Japanese's over the parallel fixed texts. e5 puts a sentence and
    its translation near each other but not on each other: a question in English is nearer to any English text
    than to its Japanese twin. Moving the query by this difference compares meaning with meaning."""
    texts = parallel_texts()
    if not texts.get("ja"):
        return {}
    japanese = encoder.encode(list(texts["ja"]), kind="query").mean(axis=0)
    return {lang: np.ascontiguousarray(encoder.encode(list(said), kind="query").mean(axis=0) - japanese,
                                       dtype=np.float32)
            for lang, said in texts.items() if lang != "ja"}


def exemplar_texts() -> tuple[tuple[str, ...], tuple[str, ...]]:
    labels: list[str] = []
    texts: list[str] = []
    for act, phrases in intent_bank.ACT_EXEMPLARS.items():
        labels += [act] * len(phrases)
        texts += phrases
    labels += [OUT_OF_SCOPE] * len(intent_bank.OTHER_SERVICE_EXEMPLARS)
    texts += intent_bank.OTHER_SERVICE_EXEMPLARS
    labels += [OFF_TOPIC] * len(intent_bank.OFF_TOPIC_EXEMPLARS)
    texts += intent_bank.OFF_TOPIC_EXEMPLARS
    return tuple(labels), tuple(texts)


def build(encoder: Encoder, faq_phrasings: np.ndarray) -> IntentVectors:
    """Encode the exemplars (cached with the content's vectors) beside the FAQ's own phrasing vectors."""
    labels, texts = exemplar_texts()
    exemplars = encoder.encode(list(texts), kind="query")
    generic = encoder.encode(list(intent_bank.NEED_EXEMPLARS), kind="query")
    needs = np.ascontiguousarray(np.concatenate([faq_phrasings, generic]), dtype=np.float32)
    everyday = encoder.encode([phrase for _, phrase in EVERYDAY], kind="query")
    return IntentVectors(labels, np.ascontiguousarray(exemplars, dtype=np.float32), needs, everyday,
                         language_shifts(encoder), encoder.encode(list(GENERIC_REQUESTS), kind="query"))


class Bank:
    """The exemplar vectors, ready at once when the vector cache holds them (every start after the first), else
    encoded in the background: a cold start (about 500 short texts more) must not hold up `serve`. Until they are
    ready the word lists decide alone."""

    def __init__(self, encoder: Encoder, faq_phrasings: np.ndarray) -> None:
        self._vectors: IntentVectors | None = None
        self._ready = threading.Event()
        if _cached(encoder):
            self._set(build(encoder, faq_phrasings))
        else:
            threading.Thread(target=lambda: self._set(build(encoder, faq_phrasings)), daemon=True,
                             name="intent-bank").start()

    def _set(self, vectors: IntentVectors) -> None:
        self._vectors = vectors
        self._ready.set()

    @property
    def vectors(self) -> IntentVectors | None:
        return self._vectors

    def wait(self, timeout: float = 300.0) -> IntentVectors | None:
        """The vectors, waiting for a background build (benchmarks and tools that must judge every message)."""
        self._ready.wait(timeout)
        return self._vectors


def _cached(encoder: Encoder) -> bool:
    """Whether the encoder's disk cache already holds the exemplars (probed with a few of them). An encoder without
    a cache (tests' hashing encoder, memory only) is taken as fast enough to build at once."""
    stats = getattr(encoder, "stats", None)
    if stats is None:
        return True
    before = stats().misses
    encoder.encode([*exemplar_texts()[1][:8], *parallel_texts().get("en", ())[:4]], kind="query")
    return bool(stats().misses == before)


def nearest(vectors: IntentVectors, query: np.ndarray) -> tuple[str, float]:
    """(the class of the nearest exemplar, its lead over the nearest welfare phrasing)."""
    # einsum, not @: a BLAS call would start BLAS's thread pool on a shared machine (see bot/search/index.py)
    to_exemplars = np.einsum("ij,j->i", vectors.exemplars, query)
    best = int(np.argmax(to_exemplars))
    need = float(np.einsum("ij,j->i", vectors.needs, query).max()) if len(vectors.needs) else -1.0
    return vectors.labels[best], float(to_exemplars[best]) - need


def classify(bank: Bank | None, encoder: Encoder | None, text: str) -> str | None:
    """An act name, OUT_OF_SCOPE, OFF_TOPIC, or None (a welfare message, or no encoder to tell).

    Only Japanese messages (kana in them): the exemplars are Japanese, and a message in another language is
    answered by its own language's routes."""
    stripped = text.strip()
    vectors = bank.vectors if bank is not None else None
    if vectors is None or encoder is None or not stripped or len(stripped) > SCOPE_CHARS or not _KANA.search(text):
        return None
    label, lead = nearest(vectors, encoder.encode([text], kind="query")[0])
    if label in (OUT_OF_SCOPE, OFF_TOPIC):
        return label if lead >= SCOPE_MARGIN else None
    return label if lead >= ACT_MARGIN and len(stripped) <= ACT_CHARS else None
