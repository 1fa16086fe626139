"""Getting a built reply to the resident: reply while the token is young, retrying what LINE may still accept,
then push with one `X-Line-Retry-Key` per reply (crisis replies always; ordinary ones only when allowed).

The reply API has no retry key: a reply whose answer was lost (a timeout) may have reached LINE, so a retry can
show it twice. We take that side: a resident seeing an answer twice is better than a resident seeing none.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from bot.chat.crisis import Read
from bot.chat.handlers import Outgoing
from bot.line.gateway import LineGateway, Outcome, SendResult
from bot.settings import Settings
from bot.store.events import CRISIS, REPLIED, UNDELIVERABLE
from bot.web.metrics import Metrics

log = logging.getLogger("tsunagari.webhook")

PUSH_ATTEMPTS = 5
PUSH_BUDGET = 60.0  # seconds of retrying one push; its key stays valid at LINE for 24 h


@dataclass(order=True)
class Pending:
    """An event this process owns, waiting for (or being given) its reply. Ordered: crisis first, then FIFO."""

    priority: int
    seq: int
    event_id: str = field(compare=False)
    event: Any = field(compare=False)
    token_at: float = field(compare=False)  # wall-clock seconds of the (re)delivery that brought the reply token
    received: float = field(compare=False, default_factory=time.monotonic)
    retry_key: str | None = field(compare=False, default=None)
    # What the crisis rules found at intake, for the text they read (bot/web/intake.py read_rules); none after a
    # restart, when the reply reads them itself.
    rules: Read = field(compare=False, default=(None, None))

    @property
    def token_age(self) -> float:
        return time.time() - self.token_at


def chat_id(event: Any) -> str | None:
    """Where a push for this event goes: the user in a 1:1 chat, else the group or room."""
    source = getattr(event, "source", None)
    kind = getattr(source, "type", None)
    if kind == "group":
        return getattr(source, "group_id", None)
    if kind == "room":
        return getattr(source, "room_id", None)
    return getattr(source, "user_id", None)


def one_to_one(event: Any) -> str | None:
    source = getattr(event, "source", None)
    return getattr(source, "user_id", None) if getattr(source, "type", None) == "user" else None


# (pending, outgoing, state, via) once an event's delivery is decided; the queue records it.
Finished = Callable[[Pending, Outgoing, str, str | None, str | None], Awaitable[None]]


class Delivery:
    def __init__(self, *, gateway: LineGateway, settings: Settings, metrics: Metrics, counts: Any,
                 remember_key: Callable[[str, str], Awaitable[str]], finished: Finished):
        self.gateway = gateway
        self.settings = settings
        self.metrics = metrics
        self.counts = counts
        self._remember_key = remember_key
        self._finished = finished
        self.closing = False

    async def first_attempt(self, p: Pending, out: Outgoing) -> tuple[bool, SendResult | None]:
        """Try once, in the worker. Returns (settled, result): settled when the reply was accepted or nothing more
        can be done; otherwise `keep_trying` takes over beside the workers."""
        if p.token_age >= self.settings.reply_token_ttl:
            return False, None  # too old to reply (recovered after a restart): push, if allowed
        result = await self._reply(p, out)
        if result.ok:
            await self._finished(p, out, REPLIED, "reply", None)
            return True, result
        if not result.retryable and not self._may_push(p, out):
            await self._undeliverable(p, out, result.status, result.error)
            return True, result
        return False, result

    async def keep_trying(self, p: Pending, out: Outgoing, last: SendResult | None) -> None:
        """Retries of the reply while its token is young (backoff, or LINE's Retry-After), then the push."""
        delay = 0.5
        while last is not None and last.retryable and not self.closing:
            wait = last.retry_after if last.retry_after is not None else delay
            if p.token_age + wait >= self.settings.reply_token_ttl:
                break
            self.counts["retries"] += 1
            self.metrics.reply_retries.inc()
            await asyncio.sleep(wait)
            delay = min(delay * 2, 8.0)
            last = await self._reply(p, out)
            if last.ok:
                await self._finished(p, out, REPLIED, "reply", None)
                return
        status = last.status if last else None
        error = last.error if last else "reply token too old"
        if self._may_push(p, out) and not self.closing and (to := chat_id(p.event)):
            outcome = await self._push(p, out, to)
            if outcome.kind == "ok":
                await self._finished(p, out, REPLIED, "push", None)
                return
            status, error = outcome.status, outcome.error or outcome.kind
        if self.closing:
            return  # left waiting in the database: the next start tries again (its push key is kept)
        await self._undeliverable(p, out, status, error)

    def _may_push(self, p: Pending, out: Outgoing) -> bool:
        return p.priority == CRISIS or out.reply.kind == "crisis" or self.settings.push_fallback

    async def _reply(self, p: Pending, out: Outgoing) -> SendResult:
        result = await self.gateway.reply(out.reply_token, out.reply.messages)
        self.counts["replies.sent" if result.ok else "replies.failed"] += 1
        self.metrics.reply(out.reply.kind, result.ok, result.status, result.error)
        if not result.ok:
            log.warning("reply not delivered: event=%s kind=%s status=%s request_id=%s",
                        p.event_id, out.reply.kind, result.status, result.request_id)
        return result

    async def _push(self, p: Pending, out: Outgoing, to: str) -> Outcome:
        if p.retry_key is None:
            # Stored before the first attempt, so a retry after a crash reuses it (LINE answers 409, sends nothing).
            p.retry_key = await self._remember_key(p.event_id, uuid.uuid4().hex)
        started = time.monotonic()
        delay = 1.0
        outcome = Outcome("retry", error="not tried")
        for attempt in range(PUSH_ATTEMPTS):
            outcome = await self.gateway.push(to, out.reply.messages, p.retry_key)
            ok = outcome.kind == "ok"
            self.counts["pushes.sent" if ok else "pushes.failed"] += 1
            self.metrics.pushes.labels("sent" if ok else "failed").inc()
            if not ok:
                self.metrics.line_error("push", outcome.status, outcome.error)
                log.warning("push not delivered: event=%s kind=%s status=%s request_id=%s attempt=%d",
                            p.event_id, out.reply.kind, outcome.status, outcome.request_id, attempt + 1)
            if outcome.kind != "retry" or self.closing:
                return outcome
            wait = outcome.retry_after if outcome.retry_after is not None else delay
            delay = min(delay * 2, 16.0)
            if time.monotonic() - started + wait > PUSH_BUDGET:
                break
            await asyncio.sleep(wait)
        return outcome

    async def _undeliverable(self, p: Pending, out: Outgoing, status: int | None, error: str | None) -> None:
        detail = f"status={status} {error or ''}".strip()
        log.warning("reply undeliverable: event=%s kind=%s %s", p.event_id, out.reply.kind, detail)
        await self._finished(p, out, UNDELIVERABLE, None, detail)
