"""Processed webhook event ids (dedupe across processes)."""

from __future__ import annotations

import datetime as dt

from bot.store.db import Database
from bot.text.clock import utcnow


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
