"""The event log: every webhook event's life as one row (received → replied / handled / failed / undeliverable).

A row is written before the webhook answers 200, so an acknowledged event survives a crash; it doubles as the
dedupe table across processes (the primary key is LINE's `webhookEventId`). While an event waits, the row holds
the event encrypted (AES-GCM, key derived from the pseudonym key): the resident's LINE ID and text never lie on
disk in the clear, and the body is dropped as soon as the event is finished.

Ownership is a lease: the process that holds an event renews `lease_until` while it works; a row whose lease ran
out (its process died) or that has no owner (queue full, or released at shutdown) is taken by the next sweep.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from bot.store import stats
from bot.store.db import Cursor, Database
from bot.text.clock import utcnow

RECEIVED = "received"
REPLIED = "replied"  # the reply (or its push fallback) was accepted by LINE
HANDLED = "handled"  # nothing to send (unfollow, unsend, standby, join …)
FAILED = "failed"  # handling raised: logged, never retried (it would raise again)
UNDELIVERABLE = "undeliverable"  # a reply was built but LINE never accepted it
FINAL_STATES = (REPLIED, HANDLED, FAILED, UNDELIVERABLE)

CRISIS, ORDINARY = 0, 1  # priority: lower first


def _now_ms() -> int:
    return int(time.time() * 1000)


class Sealer:
    """Encrypts waiting event bodies at rest; bound to the event id so a body cannot be moved to another row."""

    def __init__(self, secret: bytes):
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self._aead = AESGCM(hmac.new(secret, b"tsunagari-event-log-v1", hashlib.sha256).digest())

    def seal(self, event_id: str, event: dict[str, Any]) -> bytes:
        nonce = os.urandom(12)
        # ASCII JSON: a lone surrogate in a resident's text (\ud83d) survives as an escape instead of failing to
        # encode (which would turn the whole webhook into a 503); the reply path cleans it later.
        data = json.dumps(event, separators=(",", ":")).encode("ascii")
        return nonce + self._aead.encrypt(nonce, data, event_id.encode("utf-8"))

    def open(self, event_id: str, blob: bytes) -> dict[str, Any]:
        raw = bytes(blob)
        data = self._aead.decrypt(raw[:12], raw[12:], event_id.encode("utf-8"))
        loaded: dict[str, Any] = json.loads(data)
        return loaded


@dataclass(frozen=True)
class Incoming:
    """One parsed event of a webhook body, ready to be recorded."""

    event_id: str
    sealed: bytes
    priority: int
    redelivery: bool


@dataclass(frozen=True)
class Claimed:
    """A row this process now owns: from this request (`fresh`), or a redelivered orphan taken over."""

    event_id: str
    fresh: bool


def record_received(
    cur: Cursor, incoming: Sequence[Incoming], *, owner: str | None, lease: float
) -> tuple[list[Claimed], int]:
    """Insert new events (owned by `owner`, or unowned when it is None); take over redelivered orphans.

    Returns the events this process must answer and the number of duplicates (already answered, or owned by a
    live process that will answer them)."""
    now = _now_ms()
    at = utcnow().isoformat()
    until = now + int(lease * 1000) if owner else None
    claimed: list[Claimed] = []
    duplicates = 0
    for item in incoming:
        inserted = cur.execute(
            "INSERT INTO event_log (event_id, received_at, token_at, state, priority, body, owner, lease_until, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING",
            (item.event_id, at, now, RECEIVED, item.priority, item.sealed, owner, until, at),
        )
        if inserted:
            claimed.append(Claimed(item.event_id, True))
            continue
        # Seen before. Still waiting and nobody alive holds it (its process was killed mid-request, or it was
        # left for the next start): this delivery takes it, with the fresh reply token time of a redelivery.
        taken = owner is not None and cur.execute(
            "UPDATE event_log SET owner = ?, lease_until = ?, token_at = ?, updated_at = ? "
            "WHERE event_id = ? AND state = ? AND (owner IS NULL OR lease_until < ?)",
            (owner, until, now, at, item.event_id, RECEIVED, now),
        )
        if taken:
            claimed.append(Claimed(item.event_id, False))
        else:
            duplicates += 1
            if item.redelivery:  # a redelivered token is good for another minute (LINE: within 20 min of the event)
                cur.execute(
                    "UPDATE event_log SET token_at = ? WHERE event_id = ? AND state = ?",
                    (now, item.event_id, RECEIVED),
                )
    return claimed, duplicates


@dataclass(frozen=True)
class Waiting:
    event_id: str
    sealed: bytes
    priority: int
    token_at_ms: int
    retry_key: str | None


def claim_waiting(db: Database, *, owner: str, lease: float, limit: int) -> list[Waiting]:
    """Take up to `limit` waiting events nobody alive holds (crisis first, then oldest first)."""
    if limit <= 0:
        return []
    now = _now_ms()
    taken: list[Waiting] = []
    # A plain read first: every process sweeps twice a second, and most sweeps find nothing, so they need no
    # write lock (which would make the webhook's inserts wait).
    if not db.query(
        "SELECT 1 FROM event_log WHERE state = ? AND (owner IS NULL OR lease_until < ?) LIMIT 1", (RECEIVED, now)
    ):
        return taken
    with db.transaction() as cur:
        rows = cur.query(
            "SELECT event_id, body, priority, token_at, retry_key FROM event_log "
            "WHERE state = ? AND (owner IS NULL OR lease_until < ?) ORDER BY priority, received_at LIMIT ?",
            (RECEIVED, now, limit),
        )
        for event_id, body, priority, token_at, retry_key in rows:
            if cur.execute(
                "UPDATE event_log SET owner = ?, lease_until = ? "
                "WHERE event_id = ? AND state = ? AND (owner IS NULL OR lease_until < ?)",
                (owner, now + int(lease * 1000), event_id, RECEIVED, now),
            ):
                taken.append(Waiting(event_id, bytes(body), int(priority), int(token_at), retry_key))
    return taken


def renew(db: Database, *, owner: str, lease: float) -> int:
    """Keep this process's waiting events its own for another lease."""
    return db.execute(
        "UPDATE event_log SET lease_until = ? WHERE owner = ? AND state = ?",
        (_now_ms() + int(lease * 1000), owner, RECEIVED),
    )


def release(db: Database, *, owner: str, event_ids: Sequence[str] | None = None) -> int:
    """Give waiting events back (shutdown, or a full queue) so that the next sweep, here or elsewhere, takes them."""
    if event_ids is None:
        return db.execute(
            "UPDATE event_log SET owner = NULL, lease_until = NULL WHERE owner = ? AND state = ?", (owner, RECEIVED)
        )
    with db.transaction() as cur:
        return sum(
            cur.execute(
                "UPDATE event_log SET owner = NULL, lease_until = NULL WHERE owner = ? AND event_id = ? "
                "AND state = ?",
                (owner, event_id, RECEIVED),
            )
            for event_id in event_ids
        )


def remember_retry_key(db: Database, event_id: str, key: str) -> str:
    """Store the push retry key before its first use; an existing key wins (one key per reply, ever)."""
    with db.transaction() as cur:
        cur.execute("UPDATE event_log SET retry_key = ? WHERE event_id = ? AND retry_key IS NULL", (key, event_id))
        rows = cur.query("SELECT retry_key FROM event_log WHERE event_id = ?", (event_id,))
    return str(rows[0][0]) if rows and rows[0][0] else key


def finish(db: Database, event_id: str, state: str, *, via: str | None = None, detail: str | None = None) -> None:
    """Record how an event ended and drop its body: nothing of the resident's message stays behind."""
    finish_many(db, [(event_id, state, via, detail)])


# What the staff statistics count for a reply LINE accepted: (kind, entry id, language).
Counted = tuple[str, str | None, str | None]


def finish_many(db: Database, rows: Sequence[tuple[str, str, str | None, str | None]], *,
                counted: Mapping[str, Counted] | None = None) -> int:
    """`finish` for several events (event_id, state, via, detail) in one transaction; returns how many ended now.

    Only a waiting row is finished, and a reply is counted in the statistics (`counted`, by event id) in the same
    transaction as its row leaves `received`: an event handled again after a crash, or answered by two processes
    whose leases crossed, is counted once however often its reply went out."""
    at = utcnow().isoformat()
    ended = 0
    with db.transaction() as cur:
        for event_id, state, via, detail in rows:
            assert state in FINAL_STATES
            if not cur.execute(
                "UPDATE event_log SET state = ?, via = ?, detail = ?, body = NULL, owner = NULL, lease_until = NULL, "
                "updated_at = ? WHERE event_id = ? AND state = ?",
                (state, via, (detail or "")[:200] or None, at, event_id, RECEIVED),
            ):
                continue  # finished already (here or by another process): nothing to do, nothing to count
            ended += 1
            if state == REPLIED and counted and event_id in counted:
                stats.count_reply(cur, *counted[event_id])
    return ended


# --- side effects applied once per event ---------------------------------------------------------------------

# The webhook event being handled in this thread (set by the event queue around a handler): the key under which a
# side effect that is not idempotent by nature is applied once.
_HANDLING: ContextVar[str | None] = ContextVar("tsunagari_handling_event", default=None)


@contextmanager
def handling(event_id: str) -> Iterator[None]:
    """Mark the code inside as handling webhook event `event_id` (see `once`)."""
    token = _HANDLING.set(event_id)
    try:
        yield
    finally:
        _HANDLING.reset(token)


def once(cur: Cursor, effect: str, apply: Callable[[], str]) -> str:
    """Run `apply` (inside the caller's transaction) once per webhook event and `effect`; when the same event is
    handled again (after a crash its reply may not have been recorded), return the first result instead, so the
    effect is not applied twice and the reply says the same. Outside an event (tests, the staff simulator) `apply`
    simply runs."""
    event_id = _HANDLING.get()
    if event_id is None:
        return apply()
    rows = cur.query("SELECT result FROM event_effects WHERE event_id = ? AND effect = ?", (event_id, effect))
    if rows:
        return str(rows[0][0])
    result = apply()
    cur.execute("INSERT INTO event_effects (event_id, effect, result, at) VALUES (?, ?, ?, ?)",
                (event_id, effect[:80], result[:80], utcnow().isoformat()))
    return result


def state_counts(db: Database) -> dict[str, int]:
    return {str(s): int(n) for s, n in db.query("SELECT state, COUNT(*) FROM event_log GROUP BY state")}


def purge_events(db: Database, *, older_than: dt.timedelta, now: dt.datetime | None = None) -> int:
    """Forget finished events after the dedupe window (waiting ones are kept until they are answered)."""
    cutoff = ((now or utcnow()) - older_than).isoformat()
    with db.transaction() as cur:
        # An effect outlives its event by the same window; a waiting event's effects are kept with it.
        cur.execute("DELETE FROM event_effects WHERE at < ? AND event_id NOT IN "
                    "(SELECT event_id FROM event_log WHERE state = ?)", (cutoff, RECEIVED))
        return cur.execute("DELETE FROM event_log WHERE received_at < ? AND state <> ?", (cutoff, RECEIVED))
