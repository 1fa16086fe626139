"""Residents' opt-in to event notices: one area and any number of interests, changed or stopped at any time.

This is the only place (with the send ledger while a send is running) that keeps the raw LINE user ID,
because multicast needs it. Nothing else about the resident is stored, and everything is deleted on
unfollow or「配信停止」.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from bot.store.db import Cursor, Database
from bot.store.events import once
from bot.text.clock import utcnow

# Codes as they appear in postbacks and notice files → labels residents see.
AREAS: dict[str, str] = {"konosu": "鴻巣", "fukiage": "吹上", "kawasato": "川里", "all": "全域"}
TAGS: dict[str, str] = {
    "kosodate": "子育て",
    "koureisha": "高齢",
    "shogai": "障がい",
    "volunteer": "ボランティア",
    "ibasho": "居場所",
    "bousai": "防災",
}



# --- store ------------------------------------------------------------------------------------------


def get(db: Database, user_id: str) -> tuple[str, list[str]] | None:
    """(area, sorted tags) for a subscribed resident, or None."""
    rows = db.query("SELECT area FROM subscriptions WHERE user_id = ?", (user_id,))
    if not rows:
        return None
    tags = [r[0] for r in db.query("SELECT tag FROM subscription_tags WHERE user_id = ? ORDER BY tag", (user_id,))]
    return rows[0][0], tags


def set_area(db: Database, user_id: str, area: str, *, now: dt.datetime | None = None) -> None:
    if area not in AREAS:
        raise ValueError(f"unknown area {area!r}")
    at = (now or utcnow()).isoformat()
    db.execute(
        "INSERT INTO subscriptions (user_id, area, created_at, updated_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (user_id) DO UPDATE SET area = excluded.area, updated_at = excluded.updated_at",
        (user_id, area, at, at),
    )


def toggle_tag(db: Database, user_id: str, tag: str, *, now: dt.datetime | None = None) -> bool:
    """Add the interest, or remove it when already chosen; True when it is now chosen.

    A resident who picks an interest before an area is subscribed for the whole city (全域)."""
    if tag not in TAGS:
        raise ValueError(f"unknown tag {tag!r}")
    at = (now or utcnow()).isoformat()

    def toggle(cur: Cursor) -> str:
        cur.execute(
            "INSERT INTO subscriptions (user_id, area, created_at, updated_at) VALUES (?, 'all', ?, ?)"
            " ON CONFLICT (user_id) DO UPDATE SET updated_at = excluded.updated_at",
            (user_id, at, at),
        )
        if cur.execute("DELETE FROM subscription_tags WHERE user_id = ? AND tag = ?", (user_id, tag)):
            return "removed"
        cur.execute("INSERT INTO subscription_tags (user_id, tag) VALUES (?, ?)", (user_id, tag))
        return "added"

    with db.transaction() as cur:
        # A toggle applied twice undoes itself: once per webhook event, even when it is handled again after a crash.
        return once(cur, f"toggle_tag:{tag}", lambda: toggle(cur)) == "added"


def clear_tags(db: Database, user_id: str) -> None:
    db.execute("DELETE FROM subscription_tags WHERE user_id = ?", (user_id,))


def forget(db: Database, user_id: str) -> int:
    """Delete the resident's subscription and take them out of any send still in progress (unfollow, stop)."""
    with db.transaction() as cur:
        cur.execute("DELETE FROM subscription_tags WHERE user_id = ?", (user_id,))
        removed = cur.execute("DELETE FROM subscriptions WHERE user_id = ?", (user_id,))
        # Frozen recipient lists exist only for batches not yet delivered (delivered ones are purged).
        cur.execute("DELETE FROM notice_recipients WHERE user_id = ?", (user_id,))
    db.erase_from_disk()  # the raw ID must not survive in the write-ahead log (bot/store/db.py)
    return removed


def matching(db: Database, areas: Sequence[str], tags: Sequence[str]) -> list[str]:
    """User IDs (sorted) of residents a segmented notice is for.

    Area: a resident in one of `areas`, or one who chose 全域 (every area), matches; no areas = every area.
    Interests: a resident with at least one of `tags`, or with no interest chosen (= everything), matches;
    no tags = every interest."""
    # Only "?" placeholders are joined into the SQL; every value is a bound parameter.
    sql = "SELECT s.user_id FROM subscriptions s WHERE 1 = 1"
    params: list[Any] = []
    if areas:
        marks = ", ".join("?" for _ in areas)
        sql += f" AND (s.area = 'all' OR s.area IN ({marks}))"  # nosec B608
        params.extend(areas)
    if tags:
        marks = ", ".join("?" for _ in tags)
        has_none = "NOT EXISTS (SELECT 1 FROM subscription_tags t WHERE t.user_id = s.user_id)"
        has_one = f"EXISTS (SELECT 1 FROM subscription_tags t WHERE t.user_id = s.user_id AND t.tag IN ({marks}))"  # nosec B608
        sql += f" AND ({has_none} OR {has_one})"
        params.extend(tags)
    sql += " ORDER BY s.user_id"
    return [r[0] for r in db.query(sql, params)]


def count(db: Database) -> int:
    return int(db.query("SELECT COUNT(*) FROM subscriptions")[0][0])


def bulk_subscribe(db: Database, rows: Iterable[tuple[str, str, Sequence[str]]], *, now: dt.datetime | None = None) -> int:
    """Load many subscriptions at once (tests, benchmarks, a migration from another system)."""
    at = (now or utcnow()).isoformat()
    subs: list[tuple[str, str, str, str]] = []
    tag_rows: list[tuple[str, str]] = []
    for user_id, area, tags in rows:
        subs.append((user_id, area, at, at))
        tag_rows.extend((user_id, t) for t in tags)
    with db.transaction() as cur:
        cur.executemany("INSERT INTO subscriptions (user_id, area, created_at, updated_at) VALUES (?, ?, ?, ?)", subs)
        cur.executemany("INSERT INTO subscription_tags (user_id, tag) VALUES (?, ?)", tag_rows)
    return len(subs)


# --- conversation -----------------------------------------------------------------------------------


