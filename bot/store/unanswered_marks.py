"""Staff decisions on unanswered questions: a handled group's rows are deleted; an ignored wording is kept
only as a keyed hash (never its text), so the same wording asked again stays out of the list."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from collections.abc import Iterable

from bot.store.db import Database
from bot.text.clock import utcnow


def wording_hash(folded: str, key: bytes) -> str:
    return hmac.new(key, folded.encode("utf-8"), hashlib.sha256).hexdigest()[:32]


def ignored(db: Database) -> set[str]:
    return {str(r[0]) for r in db.query("SELECT key_hash FROM unanswered_ignored")}


def ignore(db: Database, hashes: Iterable[str], *, actor: str, now: dt.datetime | None = None) -> None:
    at = (now or utcnow()).isoformat()
    with db.transaction() as cur:
        for key_hash in sorted(set(hashes)):
            cur.execute("DELETE FROM unanswered_ignored WHERE key_hash = ?", (key_hash,))
            cur.execute("INSERT INTO unanswered_ignored (key_hash, actor, at) VALUES (?, ?, ?)", (key_hash, actor, at))


def delete_texts(db: Database, texts: Iterable[str]) -> int:
    """Delete the rows of one group (their stored, masked texts), once staff have dealt with it."""
    removed = 0
    with db.transaction() as cur:
        for text in sorted(set(texts)):
            removed += cur.execute("DELETE FROM unanswered WHERE text = ?", (text,))
    return removed
