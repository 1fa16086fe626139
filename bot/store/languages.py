"""Each resident's reply language, by pseudonymised user key only (the same key as unanswered questions).

`chosen` is 1 when the resident picked it in 「Language / 言語」 and 0 when the bot only noticed the language
they write in; a chosen language is kept until they choose again, a noticed one follows their latest message.
Deleted on unfollow with everything else.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.store.db import Database
from bot.text.clock import utcnow


@dataclass(frozen=True)
class Saved:
    lang: str
    chosen: bool


def saved(db: Database, user_key: str) -> Saved | None:
    rows = db.query("SELECT lang, chosen FROM languages WHERE user_key = ?", (user_key,))
    return Saved(rows[0][0], bool(rows[0][1])) if rows else None


def remember(db: Database, user_key: str, lang: str, *, chosen: bool, now: dt.datetime | None = None) -> None:
    """Save the language; a noticed language never replaces one the resident chose."""
    stamp = (now or utcnow()).isoformat()
    with db.transaction() as cur:
        rows = cur.query("SELECT chosen FROM languages WHERE user_key = ?", (user_key,))
        if not rows:
            cur.execute("INSERT INTO languages (user_key, lang, chosen, updated_at) VALUES (?, ?, ?, ?)",
                        (user_key, lang, int(chosen), stamp))
        elif chosen or not rows[0][0]:
            cur.execute("UPDATE languages SET lang = ?, chosen = ?, updated_at = ? WHERE user_key = ?",
                        (lang, int(chosen), stamp, user_key))


def forget(db: Database, user_key: str) -> int:
    return db.execute("DELETE FROM languages WHERE user_key = ?", (user_key,))
