"""Who changed what from the staff side (phrasing added, question ignored, disaster mode, notice sent), and when.

Entries name the staff member (from their named token) and the thing changed, never a resident.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from bot.store.db import Database
from bot.text.clock import utcnow


def record(db: Database, *, actor: str, action: str, target: str | None = None,
           detail: dict[str, Any] | None = None, now: dt.datetime | None = None) -> None:
    db.execute(
        "INSERT INTO staff_audit (at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)",
        ((now or utcnow()).isoformat(), actor[:80], action[:40], (target or "")[:200] or None,
         json.dumps(detail, ensure_ascii=False)[:2000] if detail else None),
    )


def recent(db: Database, *, limit: int = 50) -> list[dict[str, Any]]:
    return [
        {"at": at, "actor": actor, "action": action, "target": target,
         "detail": json.loads(detail) if detail else None}
        for at, actor, action, target, detail in db.query(
            "SELECT at, actor, action, target, detail FROM staff_audit ORDER BY id DESC LIMIT ?", (limit,)
        )
    ]
