"""Reply statistics for staff: one counter per Japan-time day, reply kind, entry id and language.

Counted when LINE accepts a reply. No message text, no user: only what kind of reply went out and which
entry answered. Crisis replies are a count only (no entry, no language), so nothing about who was in
danger or what they wrote is kept.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from bot.store.db import Cursor, Database
from bot.text.clock import JST, now_jst

# The kinds the staff page charts; others (subscription, other, …) are counted too and shown when present.
KINDS = ("answer", "clarify", "fallback", "crisis", "directory", "greeting")


def record_reply(db: Database, kind: str, entry_id: str | None = None, lang: str | None = None, *,
                 now: dt.datetime | None = None) -> None:
    """Count one reply that went out. Crisis keeps the kind only."""
    with db.transaction() as cur:
        count_reply(cur, kind, entry_id, lang, now=now)


def count_reply(cur: Cursor, kind: str, entry_id: str | None = None, lang: str | None = None, *,
                now: dt.datetime | None = None) -> None:
    """`record_reply` inside the caller's transaction: the webhook counts a reply in the same transaction that
    finishes its event (bot/store/events.py), so a reply is counted once even when it went out twice."""
    day = (now or now_jst()).astimezone(JST).date().isoformat()
    if kind == "crisis":
        entry_id, lang = None, None
    cur.execute(
        "INSERT INTO reply_stats (day, kind, entry_id, lang, count) VALUES (?, ?, ?, ?, 1)"
        " ON CONFLICT (day, kind, entry_id, lang) DO UPDATE SET count = reply_stats.count + 1",
        (day, kind[:32], (entry_id or "")[:80], (lang or "")[:16]),
    )


def summary(db: Database, *, days: int = 30, titles: Mapping[str, str] | None = None,
            now: dt.datetime | None = None, top: int = 10) -> dict[str, Any]:
    """Per-day counts by kind (every day of the window, zeros included), top entries, fallback rate, notices."""
    today = (now or now_jst()).astimezone(JST).date()
    first = today - dt.timedelta(days=max(1, days) - 1)
    rows = db.query("SELECT day, kind, entry_id, lang, count FROM reply_stats WHERE day >= ?", (first.isoformat(),))
    kinds = list(KINDS) + sorted({str(r[1]) for r in rows} - set(KINDS))
    per_day: dict[str, dict[str, Any]] = {}
    for i in range(max(1, days)):
        day = (first + dt.timedelta(days=i)).isoformat()
        per_day[day] = {"date": day, **{k: 0 for k in kinds}}
    entries: dict[str, int] = {}
    languages: dict[str, int] = {}
    for day, kind, entry_id, lang, count in rows:
        if str(day) in per_day:
            per_day[str(day)][str(kind)] += int(count)
        if entry_id and kind == "answer":
            entries[str(entry_id)] = entries.get(str(entry_id), 0) + int(count)
        if lang:
            languages[str(lang)] = languages.get(str(lang), 0) + int(count)
    for row in per_day.values():
        row["total"] = sum(int(row[k]) for k in kinds)
    totals = {k: sum(int(d[k]) for d in per_day.values()) for k in kinds}
    questions = totals["answer"] + totals["clarify"] + totals["fallback"]
    ranked = sorted(entries.items(), key=lambda item: (-item[1], item[0]))[:top]
    return {
        "days": list(per_day.values()),
        "totals": totals,
        "fallback_rate": round(totals["fallback"] / questions, 4) if questions else None,
        "top_entries": [{"id": i, "title": (titles or {}).get(i, i), "count": n} for i, n in ranked],
        "languages": languages,
        "notices": notice_totals(db, since=first),
    }


def notice_totals(db: Database, *, since: dt.date) -> list[dict[str, Any]]:
    """Notices finished in the window: recipients delivered and failed (from the exactly-once ledger)."""
    start = dt.datetime.combine(since, dt.time(), JST).astimezone(dt.UTC).isoformat()
    out = []
    for notice_id, state, recipients, delivered, failed in db.query(
        "SELECT d.notice_id, d.state, d.recipients,"
        " COALESCE(SUM(CASE WHEN b.state = 'sent' THEN b.recipients ELSE 0 END), 0),"
        " COALESCE(SUM(CASE WHEN b.state IN ('failed', 'unknown') THEN b.recipients ELSE 0 END), 0)"
        " FROM notice_deliveries d LEFT JOIN notice_batches b ON b.notice_id = d.notice_id"
        " WHERE d.created_at >= ? GROUP BY d.notice_id, d.state, d.recipients ORDER BY d.notice_id",
        (start,),
    ):
        out.append({"id": notice_id, "state": state, "recipients": int(recipients),
                    "delivered": int(delivered), "failed": int(failed)})
    return out

