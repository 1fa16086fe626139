"""Sending a notice exactly once: a ledger of batches, each with its X-Line-Retry-Key, committed before sending.

Ledger (tables notice_deliveries / notice_batches / notice_recipients, migration 0003):

* plan — one transaction freezes everything: the messages (JSON), the mode (broadcast for audience "all",
  multicast otherwise), the recipients split into batches of at most 500 (sorted user IDs), and for every
  batch a fresh UUID retry key. A crash before the commit leaves nothing; after it, the plan never changes.
* batch states: pending → sending (an attempt may have reached LINE; committed before each HTTP attempt)
  → sent (2xx, or 409 "retry key already accepted") | failed (other 4xx: not retried) | skipped (every
  recipient unfollowed meanwhile) | unknown (an attempt older than the 24 h retry-key window: resending
  could duplicate, so staff reconcile it by hand).
* A resumed run (same command again, after a crash or a stop) sends only pending/sending batches, each with
  its stored key, so LINE answers 409 for any batch it had already accepted: no batch twice, none skipped.
* The frozen recipient IDs are deleted as soon as their batch is settled (only count and hash remain), and
  an unfollow removes the resident from every unsent batch.

Retry policy per batch and run: 429, 5xx, timeouts and dropped connections are retried with exponential
backoff and full jitter (base·2^n, capped), never sooner than Retry-After, at most `max_attempts` times and
`budget` seconds; then the run stops (batch stays "sending", the next run resumes it with the same key).
A 429 "monthly limit" stops at once. Sleeps, clock and randomness are injectable.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import os
import random
import socket
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from bot.content.notices import Notice, Segment
from bot.line.gateway import Outcome
from bot.notices.retry import RetryPolicy
from bot.replies.notices import messages, messages_hash
from bot.store import subscriptions
from bot.store.db import Database
from bot.store.ledger import audit, audit_db, holder_gone, recipients_hash
from bot.text.clock import utcnow

log = logging.getLogger("tsunagari.delivery")

BATCH_SIZE = 500  # LINE's multicast limit
KEY_WINDOW = dt.timedelta(hours=23)  # LINE keeps a retry key for 24 h; keep a margin
LEASE = dt.timedelta(minutes=2)
OPEN_STATES = ("pending", "sending")



# --- the gateway ------------------------------------------------------------------------------------


# --- policy and reports -----------------------------------------------------------------------------


class SendRefused(Exception):
    """The send must not start (past event, quota, another sender running). The message is for staff."""


class SendStopped(Exception):
    """The run stopped part-way (LINE kept failing); run the same command again to resume."""

    def __init__(self, message: str, report: Report | None = None):
        super().__init__(message)
        self.report = report


@dataclass
class Report:
    notice_id: str
    mode: str
    state: str
    recipients: int
    batches: int
    delivered: int = 0
    failed: int = 0
    pending: int = 0
    unknown: int = 0
    batches_sent: int = 0
    batches_failed: int = 0
    dry_run: bool = False
    resumed: bool = False
    message: str = ""
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


Progress = Callable[[int, int, int], None]  # (batches settled, batches total, recipients delivered)


# --- the sender -------------------------------------------------------------------------------------


class Sender:
    def __init__(
        self,
        db: Database,
        gateway: Any,
        *,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], dt.datetime] = utcnow,
        rng: Callable[[], float] = random.random,
        progress: Progress | None = None,
        owner: str | None = None,
    ):
        self.db = db
        self.gateway = gateway
        self.policy = policy or RetryPolicy()
        self.sleep = sleep
        self.clock = clock
        self.rng = rng
        self.progress = progress
        self.owner = owner or f"{socket.gethostname()}:{os.getpid()}"
        self._renewed = 0.0

    # planning ------------------------------------------------------------------------------------

    def recipients_for(self, notice: Notice) -> list[str] | None:
        """The residents a segmented notice goes to, or None for a broadcast."""
        if notice.audience == "all":
            return None
        assert isinstance(notice.audience, Segment)
        return subscriptions.matching(self.db, notice.audience.areas, notice.audience.tags)

    def status(self, notice_id: str) -> Report | None:
        rows = self.db.query(
            "SELECT mode, state, recipients, batches FROM notice_deliveries WHERE notice_id = ?", (notice_id,)
        )
        if not rows:
            return None
        mode, state, recipients, batches = rows[0]
        report = Report(notice_id, mode, state, int(recipients), int(batches))
        for b_state, n, people in self.db.query(
            "SELECT state, COUNT(*), SUM(recipients) FROM notice_batches WHERE notice_id = ? GROUP BY state",
            (notice_id,),
        ):
            n, people = int(n), int(people or 0)
            if b_state == "sent":
                report.batches_sent += n
                report.delivered += people
            elif b_state == "failed":
                report.batches_failed += n
                report.failed += people
            elif b_state in OPEN_STATES:
                report.pending += people
            elif b_state == "unknown":
                report.unknown += people
        return report

    def plan(self, notice: Notice, *, actor: str, recipients: list[str] | None = None) -> bool:
        """Freeze the send in one transaction; False when it was already planned (then nothing changes)."""
        msgs = messages(notice)
        now = self.clock().isoformat()
        with self.db.transaction() as cur:
            if cur.query("SELECT 1 FROM notice_deliveries WHERE notice_id = ?", (notice.id,)):
                return False
            people = recipients if recipients is not None else self.recipients_for(notice)
            mode = "broadcast" if people is None else "multicast"
            chunks: list[list[str]] = [[]] if people is None else [
                people[i : i + BATCH_SIZE] for i in range(0, len(people), BATCH_SIZE)
            ]
            created = cur.execute(
                "INSERT INTO notice_deliveries (notice_id, mode, state, messages, messages_hash, recipients, batches,"
                " created_by, created_at, updated_at) VALUES (?, ?, 'sending', ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (notice_id) DO NOTHING",
                (notice.id, mode, json.dumps(msgs, ensure_ascii=False), messages_hash(msgs),
                 0 if people is None else len(people), len(chunks), actor, now, now),
            )
            if not created:  # another server planned it at the same moment: theirs stands
                return False
            cur.executemany(
                "INSERT INTO notice_batches (notice_id, batch_no, retry_key, recipients, recipients_hash, state,"
                " updated_at) VALUES (?, ?, ?, ?, ?, 'pending', ?)",
                [(notice.id, n, str(uuid.uuid4()), len(chunk), recipients_hash(chunk), now) for n, chunk in enumerate(chunks)],
            )
            cur.executemany(
                "INSERT INTO notice_recipients (notice_id, batch_no, user_id) VALUES (?, ?, ?)",
                [(notice.id, n, user) for n, chunk in enumerate(chunks) for user in chunk],
            )
            audit(cur, actor, "plan", notice.id, 0 if people is None else len(people), len(chunks), now=now)
        return True

    # preflight -----------------------------------------------------------------------------------

    async def check_quota(self, needed: int | None, *, broadcast: bool = False) -> str | None:
        """A refusal message when the monthly quota would be exceeded, else None.

        For a broadcast `needed` is LINE's followers − blocks (gateway.followers()); None means the Insight
        figure is not ready, and then a limited quota refuses rather than guess."""
        remaining = await self.gateway.remaining_quota()
        if remaining is None:
            return None
        if needed is None:
            return (f"今月の残り送信数は {remaining:,} 通ですが、LINE の友だち数の統計(Insight)がまだ出ていないため、"
                    "全員への配信が上限に収まるか確かめられません。送りません。"
                    "統計は翌日に出ます。時間をおいて同じコマンドを実行してください。")
        if needed > remaining:
            who = "(友だち数 − ブロック数)" if broadcast else ""
            return (f"今月の送信上限を超えるため送りません: 必要 {needed:,} 通{who}、残り {remaining:,} 通。"
                    "上限の追加は LINE Official Account Manager で。")
        return None

    # sending -------------------------------------------------------------------------------------

    async def send(self, notice: Notice, *, actor: str, check_quota: bool = True) -> Report:
        """Plan (if new) and deliver the notice, or resume an earlier run. Raises SendRefused/SendStopped."""
        now = self.clock()
        existing = self.status(notice.id)
        if existing and existing.state == "done":
            existing.message = "このお知らせは送信済みです(二度は送りません)。"
            return existing
        if notice.is_past(now):
            audit_db(self.db, actor, "refused", notice.id, detail="past event")
            raise SendRefused(f"{notice.id}: 催しの日時({notice.date})を過ぎているため送りません。")
        resumed = existing is not None
        if not resumed:
            people = self.recipients_for(notice)
            if check_quota:
                needed = len(people) if people is not None else await self.gateway.followers()
                refusal = await self.check_quota(needed, broadcast=people is None)
                if refusal:
                    audit_db(self.db, actor, "refused", notice.id, recipients=needed, detail="quota")
                    raise SendRefused(refusal)
            self.plan(notice, actor=actor, recipients=people)
        elif check_quota:
            # Only batches never attempted count: one in "sending" may already be in LINE's consumption figure.
            mode, untried, people_left = self.db.query(
                "SELECT d.mode, COUNT(b.batch_no), COALESCE(SUM(b.recipients), 0) FROM notice_deliveries d"
                " LEFT JOIN notice_batches b ON b.notice_id = d.notice_id AND b.state = 'pending'"
                " WHERE d.notice_id = ? GROUP BY d.mode",
                (notice.id,),
            )[0]
            if int(untried):
                needed = int(people_left) if mode == "multicast" else await self.gateway.followers()
                refusal = await self.check_quota(needed, broadcast=mode == "broadcast")
                if refusal:
                    audit_db(self.db, actor, "refused", notice.id, recipients=needed, detail="quota")
                    raise SendRefused(refusal)
        self._claim(notice.id)
        audit_db(self.db, actor, "resume" if resumed else "start", notice.id)
        try:
            await self._deliver(notice.id)
        except SendStopped as stop:
            report = self._finish(notice.id, actor, stopped=str(stop))
            report.resumed = resumed
            raise SendStopped(str(stop), report) from None
        finally:
            self._release(notice.id)
        report = self._finish(notice.id, actor)
        report.resumed = resumed
        return report

    async def _deliver(self, notice_id: str) -> None:
        mode, raw = self.db.query("SELECT mode, messages FROM notice_deliveries WHERE notice_id = ?", (notice_id,))[0]
        msgs = json.loads(raw)
        batches = self.db.query(
            "SELECT batch_no, retry_key, state, first_attempt_at FROM notice_batches WHERE notice_id = ?"
            " ORDER BY batch_no",
            (notice_id,),
        )
        total = len(batches)
        settled = sum(1 for b in batches if b[2] not in OPEN_STATES)
        delivered = self.status(notice_id).delivered  # type: ignore[union-attr]
        for batch_no, key, state, first_attempt in batches:
            if state not in OPEN_STATES:
                continue
            self._renew(notice_id)
            if first_attempt and self.clock() - dt.datetime.fromisoformat(first_attempt) > KEY_WINDOW:
                self._settle(notice_id, batch_no, "unknown", None, None, "retry key window passed; check by hand")
                settled += 1
                continue
            people = [r[0] for r in self.db.query(
                "SELECT user_id FROM notice_recipients WHERE notice_id = ? AND batch_no = ? ORDER BY user_id",
                (notice_id, batch_no),
            )]
            if mode == "multicast" and not people:
                self._settle(notice_id, batch_no, "skipped", None, None, "no recipients left")
                settled += 1
                continue
            outcome = await self._attempts(notice_id, batch_no, key, mode, people, msgs)
            settled += 1
            if outcome.kind == "ok":
                delivered += len(people)
            if self.progress:
                self.progress(settled, total, delivered)

    async def _attempts(
        self, notice_id: str, batch_no: int, key: str, mode: str, people: list[str], msgs: list[dict[str, Any]]
    ) -> Outcome:
        started = time.monotonic()
        attempt = 0
        while True:
            attempt += 1
            now = self.clock().isoformat()
            # Committed before the request: from here on LINE may have accepted this key.
            self.db.execute(
                "UPDATE notice_batches SET state = 'sending', attempts = attempts + 1,"
                " first_attempt_at = COALESCE(first_attempt_at, ?), updated_at = ? WHERE notice_id = ? AND batch_no = ?",
                (now, now, notice_id, batch_no),
            )
            if mode == "broadcast":
                outcome = await self.gateway.broadcast(msgs, key)
            else:
                outcome = await self.gateway.multicast(people, msgs, key)
            if outcome.kind == "ok":
                self._settle(notice_id, batch_no, "sent", outcome.status, outcome.request_id, None)
                return outcome
            if outcome.kind == "fail":
                log.warning("notice %s batch %d refused by LINE: %s", notice_id, batch_no, outcome.status)
                self._settle(notice_id, batch_no, "failed", outcome.status, outcome.request_id, outcome.error)
                return outcome
            self._note(notice_id, batch_no, outcome)
            if outcome.kind == "quota":
                raise SendStopped(f"LINE の今月の送信上限に達しました(batch {batch_no})。上限を確かめてから再開してください。")
            wait = self.policy.delay(attempt, outcome.retry_after, self.rng)
            spent = time.monotonic() - started
            if attempt >= self.policy.max_attempts or spent + wait > self.policy.budget:
                raise SendStopped(
                    f"LINE が応答しないため中断しました(batch {batch_no}、{attempt} 回、最後: "
                    f"{outcome.status or outcome.error})。同じコマンドで再開できます(同じ再送キーを使うので二重には届きません)。"
                )
            log.info("notice %s batch %d: %s, retry in %.2fs", notice_id, batch_no, outcome.status or outcome.error, wait)
            await self.sleep(wait)

    # ledger writes -------------------------------------------------------------------------------

    def _settle(
        self, notice_id: str, batch_no: int, state: str, status: int | None, request_id: str | None, error: str | None
    ) -> None:
        with self.db.transaction() as cur:
            cur.execute(
                "UPDATE notice_batches SET state = ?, last_status = ?, request_id = ?, error = ?, updated_at = ?"
                " WHERE notice_id = ? AND batch_no = ?",
                (state, status, request_id, error, self.clock().isoformat(), notice_id, batch_no),
            )
            # The count and hash stay; the IDs are no longer needed once the batch is settled (an "unknown"
            # batch keeps them until staff decide: resend or count as sent).
            if state != "unknown":
                cur.execute("DELETE FROM notice_recipients WHERE notice_id = ? AND batch_no = ?", (notice_id, batch_no))

    def resolve(self, notice_id: str, batch_no: int, *, resend: bool, actor: str) -> None:
        """Staff decision on an "unknown" batch (LINE's 24 h key window passed): resend with a new key, or
        count it as sent (e.g. LINE's statistics show it went out)."""
        now = self.clock().isoformat()
        with self.db.transaction() as cur:
            rows = cur.query(
                "SELECT state FROM notice_batches WHERE notice_id = ? AND batch_no = ?", (notice_id, batch_no)
            )
            if not rows or rows[0][0] != "unknown":
                raise SendRefused(f"{notice_id} batch {batch_no} は確認待ち(unknown)ではありません。")
            if resend:
                cur.execute(
                    "UPDATE notice_batches SET state = 'pending', retry_key = ?, attempts = 0, first_attempt_at = NULL,"
                    " error = NULL, updated_at = ? WHERE notice_id = ? AND batch_no = ?",
                    (str(uuid.uuid4()), now, notice_id, batch_no),
                )
                cur.execute(
                    "UPDATE notice_deliveries SET state = 'sending', finished_at = NULL, updated_at = ?"
                    " WHERE notice_id = ?",
                    (now, notice_id),
                )
            else:
                cur.execute(
                    "UPDATE notice_batches SET state = 'sent', error = 'counted as sent by staff', updated_at = ?"
                    " WHERE notice_id = ? AND batch_no = ?",
                    (now, notice_id, batch_no),
                )
                cur.execute("DELETE FROM notice_recipients WHERE notice_id = ? AND batch_no = ?", (notice_id, batch_no))
            audit(cur, actor, "resolve-resend" if resend else "resolve-sent", notice_id, batches=1,
                   detail=f"batch {batch_no}", now=now)

    def _note(self, notice_id: str, batch_no: int, outcome: Outcome) -> None:
        self.db.execute(
            "UPDATE notice_batches SET last_status = ?, error = ?, updated_at = ? WHERE notice_id = ? AND batch_no = ?",
            (outcome.status, (outcome.error or "")[:200], self.clock().isoformat(), notice_id, batch_no),
        )

    def _claim(self, notice_id: str) -> None:
        """Only one sender per notice: a lease, taken over when expired or when its process is gone."""
        now = self.clock()
        until = (now + LEASE).isoformat()
        taken = self.db.execute(
            "UPDATE notice_deliveries SET owner = ?, lease_until = ?, updated_at = ? WHERE notice_id = ?"
            " AND (owner IS NULL OR owner = ? OR lease_until < ?)",
            (self.owner, until, now.isoformat(), notice_id, self.owner, now.isoformat()),
        )
        if taken:
            return
        rows = self.db.query("SELECT owner FROM notice_deliveries WHERE notice_id = ?", (notice_id,))
        holder = rows[0][0] if rows else None
        if holder and holder_gone(holder):
            self.db.execute(
                "UPDATE notice_deliveries SET owner = ?, lease_until = ? WHERE notice_id = ? AND owner = ?",
                (self.owner, until, notice_id, holder),
            )
            if self.db.query("SELECT owner FROM notice_deliveries WHERE notice_id = ?", (notice_id,))[0][0] == self.owner:
                return
        raise SendRefused(f"{notice_id}: ほかの送信処理({holder})が実行中です。終わってから確かめてください。")

    def _renew(self, notice_id: str) -> None:
        if time.monotonic() - self._renewed < LEASE.total_seconds() / 4:
            return
        self._renewed = time.monotonic()
        self.db.execute(
            "UPDATE notice_deliveries SET lease_until = ? WHERE notice_id = ? AND owner = ?",
            ((self.clock() + LEASE).isoformat(), notice_id, self.owner),
        )

    def _release(self, notice_id: str) -> None:
        self.db.execute(
            "UPDATE notice_deliveries SET owner = NULL, lease_until = NULL WHERE notice_id = ? AND owner = ?",
            (notice_id, self.owner),
        )

    def _finish(self, notice_id: str, actor: str, *, stopped: str | None = None) -> Report:
        report = self.status(notice_id)
        assert report is not None
        now = self.clock().isoformat()
        open_batches = self.db.query(
            "SELECT COUNT(*) FROM notice_batches WHERE notice_id = ? AND state IN ('pending', 'sending')", (notice_id,)
        )[0][0]
        if not open_batches:
            self.db.execute(
                "UPDATE notice_deliveries SET state = 'done', finished_at = ?, updated_at = ? WHERE notice_id = ?",
                (now, now, notice_id),
            )
            report.state = "done"
        audit_db(
            self.db, actor, "stopped" if stopped else "sent", notice_id, recipients=report.recipients,
            batches=report.batches, delivered=report.delivered, failed=report.failed, detail=stopped,
        )
        report.message = stopped or ""
        return report


