"""What the bot remembers: processed webhook events and, masked and pseudonymised, unanswered questions."""

from __future__ import annotations

import datetime as dt
import logging

from bot.store.db import Database
from bot.store.privacy import mask
from bot.text.clock import utcnow

log = logging.getLogger("tsunagari.store")


def record_unanswered(
    db: Database,
    *,
    user_key: str,
    message_id: str | None,
    kind: str,
    text: str,
    nearest_id: str | None,
    nearest_score: float | None,
    now: dt.datetime | None = None,
) -> None:
    """Keep a question the bot could not answer well, with personal details masked; once per LINE message, so a
    message handled again after a crash (its reply was not recorded) is not listed twice."""
    row = (user_key, message_id, kind, mask(text)[:500], nearest_id, nearest_score, (now or utcnow()).isoformat())
    with db.transaction() as cur:
        if message_id is not None and cur.query("SELECT 1 FROM unanswered WHERE message_id = ?", (message_id,)):
            return
        cur.execute(
            "INSERT INTO unanswered (user_key, message_id, kind, text, nearest_id, nearest_score, asked_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            row,
        )


def forget_user(db: Database, user_key: str) -> int:
    """Delete everything kept about one resident (on unfollow), from every database file."""
    return _erased(db, db.execute("DELETE FROM unanswered WHERE user_key = ?", (user_key,)))


def forget_message(db: Database, message_id: str) -> int:
    """Delete a message the resident unsent, from every database file."""
    return _erased(db, db.execute("DELETE FROM unanswered WHERE message_id = ?", (message_id,)))


def purge_unanswered(db: Database, *, days: int, now: dt.datetime | None = None) -> int:
    """Delete questions older than the retention (days ≥ 1: settings refuse less), from every database file."""
    if days < 1:
        raise ValueError(f"retention must be at least 1 day, not {days}")
    cutoff = ((now or utcnow()) - dt.timedelta(days=days)).isoformat()
    return _erased(db, db.execute("DELETE FROM unanswered WHERE asked_at < ?", (cutoff,)))


def _erased(db: Database, removed: int) -> int:
    """A delete is only final once the old pages are gone from the write-ahead log too."""
    if not db.erase_from_disk():
        log.warning("forget: the write-ahead log is still in use by another reader; it is checkpointed again later")
    return removed
