"""State every server shares through the database: the bot's mode (normal / disaster) and short leases.

Each server reads the mode from the database (no cache), so `tsunagari mode disaster on` on one machine
changes the next reply of every server sharing the database. A lease row picks one leader among servers
(the in-serve notice scheduler): whoever holds an unexpired lease runs, the others wait.
"""

from __future__ import annotations

import datetime as dt

from bot.store.db import Database
from bot.text.clock import utcnow

MODE = "mode"
NORMAL, DISASTER = "normal", "disaster"


def current(db: Database) -> str:
    rows = db.query("SELECT value FROM shared_state WHERE name = ?", (MODE,))
    return str(rows[0][0]) if rows and rows[0][0] == DISASTER else NORMAL


def is_disaster(db: Database | None) -> bool:
    return db is not None and current(db) == DISASTER


def set_mode(db: Database, value: str, *, actor: str, now: dt.datetime | None = None) -> bool:
    """Set the mode; returns True when it changed."""
    if value not in (NORMAL, DISASTER):
        raise ValueError(f"unknown mode {value!r}")
    at = (now or utcnow()).isoformat()
    with db.transaction() as cur:
        rows = cur.query("SELECT value FROM shared_state WHERE name = ?", (MODE,))
        before = str(rows[0][0]) if rows else NORMAL
        if rows:
            cur.execute("UPDATE shared_state SET value = ?, updated_by = ?, updated_at = ? WHERE name = ?",
                        (value, actor, at, MODE))
        else:
            cur.execute("INSERT INTO shared_state (name, value, updated_by, updated_at) VALUES (?, ?, ?, ?)",
                        (MODE, value, actor, at))
    return before != value


def lease(db: Database, name: str, owner: str, *, seconds: float, now: dt.datetime | None = None) -> bool:
    """Take or renew the lease `name` for `owner`; True when `owner` holds it now."""
    at = now or utcnow()
    until = (at + dt.timedelta(seconds=seconds)).isoformat()
    key = f"lease:{name}"
    with db.transaction() as cur:
        if db.dialect == "postgresql":
            cur.execute("SELECT pg_advisory_xact_lock(7406116)")
        rows = cur.query("SELECT owner, until FROM shared_state WHERE name = ?", (key,))
        if rows and rows[0][0] != owner and str(rows[0][1] or "") > at.isoformat():
            return False
        if rows:
            cur.execute("UPDATE shared_state SET value = ?, owner = ?, until = ?, updated_at = ? WHERE name = ?",
                        ("held", owner, until, at.isoformat(), key))
        else:
            cur.execute("INSERT INTO shared_state (name, value, owner, until, updated_at) VALUES (?, ?, ?, ?, ?)",
                        (key, "held", owner, until, at.isoformat()))
    return True
