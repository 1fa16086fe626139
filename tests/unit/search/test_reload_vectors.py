"""A restart or a reload of the content encodes only what changed: every sentence vector of the snapshot (FAQ
phrasings, whole entries, the meaning stage's exemplars and language directions) comes from the disk cache."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from bot.chat.knowledge import Knowledge
from bot.content import load_content
from bot.search.encoders import HashingEncoder, MemoEncoder
from bot.store.vector_cache import CachedEncoder

ROOT = Path(__file__).resolve().parents[3]


def build(content, path: Path) -> tuple[Knowledge, CachedEncoder]:
    """A snapshot as load_knowledge makes one: residents' messages in memory only, content kept on disk."""
    cache = CachedEncoder(HashingEncoder(), path, persist_queries=True)
    messages = MemoEncoder(CachedEncoder(HashingEncoder(), path))
    knowledge = Knowledge.build(content, encoder=messages, content_encoder=cache)
    assert knowledge.intents is not None and knowledge.intents.wait(60) is not None
    return knowledge, cache


def test_a_restart_and_a_reload_encode_only_the_changed_phrasing(tmp_path):
    content = load_content(ROOT)
    path = tmp_path / "vectors.sqlite"
    build(content, path)  # a first start fills the cache

    _, restarted = build(content, path)
    assert restarted.stats().misses == 0  # a restart with the same content encodes nothing

    first = content.entries[0]
    edited = first.model_copy(update={"questions": [*first.questions, "新しく足した言い回しです"]})
    entries = (edited, *content.entries[1:])
    changed = dataclasses.replace(content, entries=entries, entry_by_id={e.id: e for e in entries})
    knowledge, reloaded = build(changed, path)
    assert reloaded.stats().misses == 1  # the one new phrasing; the entry's whole text starts with its title
    assert knowledge.content.entry_by_id[first.id].questions[-1] == "新しく足した言い回しです"
