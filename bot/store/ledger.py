"""The notice ledger's audit log and helpers (who sent what, when; lease liveness)."""

from __future__ import annotations

import getpass
import hashlib
import os
import socket
from collections.abc import Sequence
from typing import Any

from bot.store.db import Database
from bot.text.clock import utcnow


def actor_name(explicit: str | None = None) -> str:
    if explicit:
        return explicit
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in some containers
        return f"uid{os.getuid()}"


def recipients_hash(people: Sequence[str]) -> str:
    return hashlib.sha256("\n".join(people).encode()).hexdigest()[:32]


def holder_gone(owner: str) -> bool:
    """Whether a lease holder on this machine has died (a killed sender); other hosts wait for the lease."""
    host, _, pid = owner.rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return _zombie(int(pid))


def _zombie(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return False


def audit(cur: Any, actor: str, action: str, notice_id: str | None, recipients: int | None = None,
           batches: int | None = None, delivered: int | None = None, failed: int | None = None,
           detail: str | None = None, *, now: str) -> None:
    cur.execute(
        "INSERT INTO notice_audit (at, actor, action, notice_id, recipients, batches, delivered, failed, detail)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (now, actor, action, notice_id, recipients, batches, delivered, failed, detail),
    )


def audit_db(db: Database, actor: str, action: str, notice_id: str | None, **kw: Any) -> None:
    with db.transaction() as cur:
        audit(cur, actor, action, notice_id, now=utcnow().isoformat(), **kw)


def audit_log(db: Database, notice_id: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
    sql = "SELECT at, actor, action, notice_id, recipients, batches, delivered, failed, detail FROM notice_audit"
    params: list[Any] = []
    if notice_id:
        sql += " WHERE notice_id = ?"
        params.append(notice_id)
    sql += " ORDER BY id DESC LIMIT ?"
    params.append(limit)
    keys = ("at", "actor", "action", "notice_id", "recipients", "batches", "delivered", "failed", "detail")
    return [dict(zip(keys, row, strict=True)) for row in db.query(sql, params)]
