"""Questions the bot could not answer well, grouped for staff, and the retention purge that limits them.

Rows are written by bot.store.unanswered.record_unanswered (masked text, pseudonymised user). Here they are read back,
grouped by similarity (rapidfuzz on the folded text) and paired with the nearest existing entry when it is
close enough to be worth suggesting, so staff can add a phrasing to that entry or write a new one.

Grouping is bounded: each wording is compared (WRatio) with at most MAX_CANDIDATES groups, found through an
index of character bigrams (bigrams shared by more than MAX_POSTING groups are too common to tell groups
apart and are skipped). 1,600 rows took 30 s with the old compare-with-every-group loop.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import logging
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from bot.chat.knowledge import Knowledge
from bot.store.db import Database
from bot.store.events import purge_events
from bot.store.unanswered import purge_unanswered
from bot.store.unanswered_marks import ignored, wording_hash
from bot.text.clock import utcnow
from bot.text.normalize import fold

log = logging.getLogger("tsunagari.unanswered")

SIMILAR = 72.0  # rapidfuzz WRatio on folded text at/above which two questions are grouped
EVENT_DAYS = 7  # processed webhook event ids are kept this long (LINE redelivers within minutes)
MAX_CANDIDATES = 20  # groups compared with each wording (the ones sharing the most bigrams)
MAX_POSTING = 200  # a bigram in more groups than this does not pick candidates
# The nearest entry is suggested only at or above this top-1 score. Calibrated with
# `nice -n 10 python bench/calibrate_suggest.py --precision 0.8` on the clarify/fallback cases of
# tests/regression.yaml (even cases tune, odd cases held out), on the bot's own scores (round 6: the decider's
# P(top entry right), bot/search/decider.py): 0.416, the highest tuning score, since no level reaches 80% on the
# 13 tuning cases; held-out 50% right (25% suggested); docs/notes/matching.md. Below it the page says "no close
# entry".
SUGGEST_SCORE = 0.416


@dataclass
class Group:
    text: str  # the most frequent wording in the group
    count: int
    kinds: dict[str, int]
    examples: list[str]
    first: str
    last: str
    nearest_id: str | None = None
    nearest_title: str | None = None
    nearest_score: float | None = None
    _folded: str = field(default="", repr=False)
    keys: set[str] = field(default_factory=set, repr=False)  # folded wordings in the group
    texts: set[str] = field(default_factory=set, repr=False)  # stored (masked) texts, to delete when handled

    @property
    def id(self) -> str:
        """Stable while the rows stay: the hash of the group's leading wording."""
        return hashlib.sha256(self._folded.encode("utf-8")).hexdigest()[:16]

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "count": self.count,
            "kinds": self.kinds,
            "examples": self.examples,
            "first": self.first,
            "last": self.last,
            "nearest": (
                {"id": self.nearest_id, "title": self.nearest_title, "score": self.nearest_score}
                if self.nearest_id
                else None
            ),
        }


def rows(db: Database, *, days: int, now: dt.datetime | None = None) -> list[tuple[str, str, str]]:
    cutoff = ((now or utcnow()) - dt.timedelta(days=days)).isoformat()
    return [
        (str(r[0]), str(r[1]), str(r[2]))
        for r in db.query("SELECT text, kind, asked_at FROM unanswered WHERE asked_at >= ? ORDER BY asked_at", (cutoff,))
    ]


def _bigrams(key: str) -> set[str]:
    return {key[i:i + 2] for i in range(len(key) - 1)} or {key}


def cluster(items: list[tuple[str, str, str]], *, similar: float = SIMILAR) -> list[Group]:
    """Greedy single pass: wordings by frequency, each joins the first close group among its candidates."""
    by_text: dict[str, list[tuple[str, str, str]]] = {}
    for item in items:
        by_text.setdefault(fold(item[0]) or item[0], []).append(item)
    groups: list[Group] = []
    members: list[list[tuple[str, str, str]]] = []
    posting: defaultdict[str, list[int]] = defaultdict(list)
    for key in sorted(by_text, key=lambda k: (-len(by_text[k]), k)):
        grams = _bigrams(key)
        shared: Counter[int] = Counter()
        for gram in grams:
            found = posting.get(gram, ())
            if len(found) <= MAX_POSTING:
                shared.update(found)
        candidates = sorted(i for i, _ in shared.most_common(MAX_CANDIDATES))
        target = next((i for i in candidates if fuzz.WRatio(key, groups[i]._folded) >= similar), None)
        if target is None:
            groups.append(Group(text=by_text[key][0][0], count=0, kinds={}, examples=[], first="", last="", _folded=key))
            members.append([])
            target = len(groups) - 1
            for gram in grams:
                posting[gram].append(target)
        groups[target].keys.add(key)
        members[target].extend(by_text[key])
    for group, found_rows in zip(groups, members, strict=True):
        group.count = len(found_rows)
        group.kinds = dict(Counter(kind for _, kind, _ in found_rows))
        wordings = Counter(text for text, _, _ in found_rows)
        group.examples = [text for text, _ in wordings.most_common(5)]
        group.text = group.examples[0]
        group.texts = set(wordings)
        times = sorted(at for _, _, at in found_rows)
        group.first, group.last = times[0], times[-1]
    groups.sort(key=lambda g: (-g.count, g.text))
    return groups


def groups(db: Database, knowledge: Knowledge, *, days: int = 30, now: dt.datetime | None = None,
           key: bytes = b"", limit: int | None = None) -> list[Group]:
    """Groups of the window, largest first, without the wordings staff ignored; the nearest entry only when
    it scores at least SUGGEST_SCORE. `limit` bounds the searches (the page shows the largest groups)."""
    hidden = ignored(db)
    kept = [r for r in rows(db, days=days, now=now)
            if not hidden or wording_hash(fold(r[0]) or r[0], key) not in hidden]
    found = cluster(kept)[:limit] if limit else cluster(kept)
    content = knowledge.content
    for group in found:
        hits = knowledge.index.search(group.text, limit=1)
        if hits and hits[0].id in content.entry_by_id and hits[0].score >= SUGGEST_SCORE:
            group.nearest_id = hits[0].id
            group.nearest_title = content.entry_by_id[hits[0].id].title
            group.nearest_score = round(hits[0].score, 3)
    return found


def purge(db: Database, *, retention_days: int, now: dt.datetime | None = None) -> dict[str, int]:
    """Delete unanswered questions older than the retention, and old webhook event ids."""
    removed = {
        "unanswered": purge_unanswered(db, days=retention_days, now=now),
        "events": purge_events(db, older_than=dt.timedelta(days=EVENT_DAYS), now=now),
    }
    if any(removed.values()):
        log.info("retention purge: %d unanswered question(s), %d event id(s) removed",
                 removed["unanswered"], removed["events"])
    return removed


async def purge_daily(
    db: Database, *, retention_days: int, clock: Callable[[], dt.datetime] = utcnow,
    every: float = 86_400.0,
) -> None:
    """Run the purge once a day for as long as the server runs (the start-up purge runs before this)."""
    while True:
        await asyncio.sleep(every)
        try:
            await asyncio.to_thread(purge, db, retention_days=retention_days, now=clock())
        except Exception:  # noqa: BLE001 - a failed purge is logged and tried again tomorrow
            log.exception("retention purge failed")


def render(found: list[Group], *, days: int) -> str:
    if not found:
        return f"この {days} 日間、答えられなかった質問はありません。"
    lines = [f"この {days} 日間に答えられなかった質問({sum(g.count for g in found)} 件、{len(found)} グループ):", ""]
    for g in found:
        kinds = "、".join(f"{'聞き返し' if k == 'clarify' else '案内できず'} {n}" for k, n in sorted(g.kinds.items()))
        lines.append(f"{g.count:>4} 件  「{g.text}」  ({kinds})")
        for other in g.examples[1:]:
            lines.append(f"         ほかの言い方: 「{other}」")
        if g.nearest_id:
            lines.append(f"         近い項目: {g.nearest_id}「{g.nearest_title}」 score {g.nearest_score:.2f}"
                         " → 言い方として questions に足すか、新しい項目を作ってください")
        else:
            lines.append("         近い項目: なし → 新しい項目を作ることを検討してください")
    return "\n".join(lines)
