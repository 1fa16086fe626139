"""Japan time: every date a resident sees is in JST; the database keeps UTC."""

from __future__ import annotations

import datetime as dt

JST = dt.timezone(dt.timedelta(hours=9), "JST")
WEEKDAYS = "月火水木金土日"  # Monday first, as datetime.weekday() counts


def now_jst() -> dt.datetime:
    return dt.datetime.now(JST)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
