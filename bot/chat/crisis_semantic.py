"""The semantic stage: how close each sentence of a message is, in meaning, to a bank of crisis statements per
category and language (bot/chat/crisis_bank.yaml), against a bank of ordinary statements.

Raw closeness to the crisis bank separates badly (alarming words in ordinary use sit close too); the margin
"nearest crisis statement minus nearest ordinary statement" separates best (/work/scratch/enc/REPORT.md).
Bank vectors come from the shared encoder (memoised, cached on disk), so a restart does not re-encode them.
"""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import numpy as np
import yaml

from bot.search.encoders import Encoder

# dv_danger statements count as dv, with danger now (110 first).
ALIASES = {"dv_danger": "dv"}


@dataclass(frozen=True)
class Statement:
    category: str  # as written in the bank (dv_danger stays dv_danger)
    lang: str
    text: str


@dataclass(frozen=True)
class Bank:
    crisis: tuple[Statement, ...]
    ordinary: tuple[Statement, ...]


@dataclass(frozen=True)
class Match:
    """One sentence against the bank: the best crisis statement, the best ordinary one, and their margin."""

    sentence: str
    margin: float
    crisis_score: float
    ordinary_score: float
    nearest: Statement
    scores: dict[str, float]  # best score per category (bank names)


@cache
def load_bank() -> Bank:
    raw: dict[str, Any] = yaml.safe_load(resources.files("bot.chat").joinpath("crisis_bank.yaml").read_text("utf-8"))
    crisis = tuple(
        Statement(category, lang, text)
        for category, langs in raw["crisis"].items()
        for lang, texts in langs.items()
        for text in texts
    )
    ordinary = tuple(Statement("none", lang, text) for lang, texts in raw["ordinary"].items() for text in texts)
    return Bank(crisis, ordinary)


# Bank vectors per (model revision, statements): the same for every encoder instance of one model, so several
# snapshots (reloads, test servers) share one copy per process.
_VECTORS: dict[tuple[str, int], tuple[tuple[str, ...], np.ndarray, np.ndarray]] = {}
_WARMING: set[tuple[str, int]] = set()
_LOCK = threading.Lock()


def _key(encoder: Encoder, extra: tuple[str, ...]) -> tuple[str, int]:
    return str(getattr(encoder, "revision", encoder.name)), hash(extra)


def _encode_banks(encoder: Encoder, extra: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    bank = load_bank()
    crisis = encoder.encode([s.text for s in bank.crisis], kind="passage")
    ordinary = encoder.encode([s.text for s in bank.ordinary] + list(extra), kind="passage")
    with _LOCK:
        if len(_VECTORS) > 8:  # old snapshots after many reloads
            _VECTORS.clear()
        _VECTORS[_key(encoder, extra)] = (extra, crisis, ordinary)
        _WARMING.discard(_key(encoder, extra))
    return crisis, ordinary


def _warm(encoder: Encoder, extra: tuple[str, ...]) -> None:
    """Background warm-up at the lowest CPU priority (Linux nice is per thread), so replies are not slowed."""
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)
    except (AttributeError, OSError):  # not Linux, or not allowed: warm at normal priority
        pass
    try:
        _encode_banks(encoder, extra)
    except Exception:  # a failed warm-up must not kill anything; the next message tries again
        with _LOCK:
            _WARMING.discard(_key(encoder, extra))
        logging.getLogger("tsunagari.crisis").exception("crisis bank warm-up failed; the rules answer alone")


def bank_vectors(encoder: Encoder, extra_ordinary: tuple[str, ...] = (), *,
                 wait: bool = True) -> tuple[np.ndarray, np.ndarray] | None:
    """(crisis, ordinary) bank matrices for this encoder: encoded once per process, and cached on its disk.

    `extra_ordinary`: more ordinary statements, e.g. the FAQ's own questions (bot.chat.conversation passes them),
    so a plain welfare question is nearer to its FAQ entry than to any crisis statement.
    `wait=False` never blocks a reply: on a cold cache (about 1,200 texts, 20-45 s on one core) it starts
    encoding in the background and returns None, and the rules answer alone until the banks are ready."""
    key = _key(encoder, extra_ordinary)
    with _LOCK:
        known = _VECTORS.get(key)
        if known is not None and known[0] == extra_ordinary:
            return known[1], known[2]
        if not wait:
            if key not in _WARMING:
                _WARMING.add(key)
                threading.Thread(target=_warm, args=(encoder, extra_ordinary), daemon=True,
                                 name="crisis-bank").start()
            return None
    return _encode_banks(encoder, extra_ordinary)


def match(encoder: Encoder, sentences: list[str], extra_ordinary: tuple[str, ...] = (), *,
          wait: bool = True) -> list[Match]:
    """Each sentence (the message's own, kind="query") scored against both banks; [] while the banks warm up."""
    vectors = bank_vectors(encoder, extra_ordinary, wait=wait) if sentences else None
    if vectors is None:
        return []
    bank = load_bank()
    crisis, ordinary = vectors
    queries = encoder.encode(sentences, kind="query")
    to_crisis = queries @ crisis.T
    to_ordinary = queries @ ordinary.T
    out = []
    for i, sentence in enumerate(sentences):
        best = int(np.argmax(to_crisis[i]))
        best_ordinary = float(to_ordinary[i].max())
        scores: dict[str, float] = {}
        for j, statement in enumerate(bank.crisis):
            value = float(to_crisis[i, j])
            if value > scores.get(statement.category, -1.0):
                scores[statement.category] = value
        top = float(to_crisis[i, best])
        out.append(Match(sentence, top - best_ordinary, top, best_ordinary, bank.crisis[best], scores))
    return out
