"""What the bot remembers: processed webhook events and, masked and pseudonymised, unanswered questions."""

from __future__ import annotations

import datetime as dt

from bot.db import Database
from bot.privacy import mask


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def claim_event(db: Database, event_id: str, *, now: dt.datetime | None = None) -> bool:
    """Record a webhook event id; False when it was already seen (a redelivery or a duplicate)."""
    at = (now or utcnow()).isoformat()
    changed = db.execute(
        "INSERT INTO processed_events (event_id, received_at) VALUES (?, ?) ON CONFLICT (event_id) DO NOTHING",
        (event_id, at),
    )
    return changed == 1


def purge_events(db: Database, *, older_than: dt.timedelta, now: dt.datetime | None = None) -> int:
    cutoff = ((now or utcnow()) - older_than).isoformat()
    return db.execute("DELETE FROM processed_events WHERE received_at < ?", (cutoff,))


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
    """Keep a question the bot could not answer well, with personal details masked."""
    db.execute(
        "INSERT INTO unanswered (user_key, message_id, kind, text, nearest_id, nearest_score, asked_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (user_key, message_id, kind, mask(text)[:500], nearest_id, nearest_score, (now or utcnow()).isoformat()),
    )


def forget_user(db: Database, user_key: str) -> int:
    """Delete everything kept about one resident (on unfollow)."""
    return db.execute("DELETE FROM unanswered WHERE user_key = ?", (user_key,))


def forget_message(db: Database, message_id: str) -> int:
    """Delete a message the resident unsent."""
    return db.execute("DELETE FROM unanswered WHERE message_id = ?", (message_id,))


def purge_unanswered(db: Database, *, days: int, now: dt.datetime | None = None) -> int:
    cutoff = ((now or utcnow()) - dt.timedelta(days=days)).isoformat()
    return db.execute("DELETE FROM unanswered WHERE asked_at < ?", (cutoff,))
