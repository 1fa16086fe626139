"""EventQueue: durable events from the webhook to their replies.

    webhook ──(intake thread: parse, crisis order, seal, INSERT)──> event_log row ──> bounded priority queue
        ──> workers ──(builder threads: handlers.handle)──> Delivery (reply, retries, push) ──> row finished

A row is written before the 200. Crisis events skip the queue (a task each, on a builder thread of their own),
and while the webhook is flooded ordinary replies hold back (bot/web/pressure.py). The queue is bounded: when it
is full the row is written without an owner and the next sweep takes it as room frees up (200 answered, nothing
dropped). Each process holds its events with a lease it renews; the sweep also takes events whose owner died
(kill -9) and those released at shutdown.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import os
import socket
import time
import uuid
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from linebot.v3.webhooks import Event

from bot.chat import crisis, handlers
from bot.line.gateway import LineGateway
from bot.settings import Settings
from bot.store import events as store
from bot.store.db import Database
from bot.web.delivery import Delivery, Pending, one_to_one
from bot.web.intake import Intake, Recorded, parse_events
from bot.web.metrics import Metrics
from bot.web.pressure import Pressure, lower_thread_priority

log = logging.getLogger("tsunagari.webhook")
T = TypeVar("T")
SWEEP_EVERY = 0.5


class Busy(Exception):
    """The database did not answer in time: the webhook says 503 and LINE redelivers."""


def _handle(p: Pending, deps: handlers.Deps) -> handlers.Outgoing | None:
    """The handler, in a builder thread, marked as handling this event: a side effect that is not idempotent (a
    tag toggle) is applied once per event, also when the event is handled again after a crash."""
    with store.handling(p.event_id), crisis.already_read(p.rules):
        return handlers.handle(p.event, deps)


class EventQueue:
    """Events waiting for a reply, the workers that answer them, and the rows that keep them safe."""

    def __init__(self, *, deps: handlers.Deps, gateway: LineGateway, settings: Settings, intake_db: Database,
                 sealer: store.Sealer, metrics: Metrics | None = None):
        self.deps = deps
        self.db = deps.db
        self.intake_db = intake_db
        self.gateway = gateway
        self.settings = settings
        self.sealer = sealer
        self.metrics = metrics or Metrics()
        self.workers = settings.event_workers
        self.queue: asyncio.PriorityQueue[Pending] = asyncio.PriorityQueue(maxsize=settings.event_queue_size)
        self.counts: Counter[str] = Counter()
        self.owner = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self.closing = False
        self._held: set[str] = set()  # ids queued, being built or being retried here
        self._seq = itertools.count()
        self._tasks: list[asyncio.Task[None]] = []
        self._idle: dict[int, bool] = {}
        self._retrying: set[asyncio.Task[None]] = set()
        self._maintainer: asyncio.Task[None] | None = None
        self._finishing: list[tuple[str, str, str | None, str | None]] = []
        self._counted: dict[str, store.Counted] = {}
        self._flusher: asyncio.Task[None] | None = None
        # Reply building (Sudachi, BM25, the encoder) is CPU work off the loop; crisis replies get a thread of
        # their own so they never wait behind long messages, and ordinary builders run at a lower OS priority, so
        # that on busy cores the crisis thread and the 200s get the CPU first.
        self._builders = ThreadPoolExecutor(settings.reply_builders, thread_name_prefix="reply-builder",
                                            initializer=lower_thread_priority)
        self._crisis_builder = ThreadPoolExecutor(1, thread_name_prefix="crisis-builder")
        self._intake = Intake(self._record_many)
        self.pressure = Pressure()  # ordinary replies hold back while the webhook is flooded
        self._crises = 0  # crisis replies being answered outside the queue
        self._store = ThreadPoolExecutor(1, thread_name_prefix="event-store")
        self.delivery = Delivery(gateway=gateway, settings=settings, metrics=self.metrics, counts=self.counts,
                                 remember_key=self._remember_key, finished=self._finished)

    # --- life cycle --------------------------------------------------------------------------------------

    def start(self) -> None:
        self._intake.start()
        self._tasks = [asyncio.create_task(self._work(i), name=f"event-worker-{i}") for i in range(self.workers)]
        self._maintainer = asyncio.create_task(self._maintain(), name="event-sweeper")

    async def stop(self, *, drain_seconds: float | None = None) -> None:
        """SIGTERM: stop taking events, answer what can be answered within the drain window, hand the rest back
        to the database (unowned) for the next start. Calls to LINE in flight are let finish, never cut."""
        drain = self.settings.shutdown_drain if drain_seconds is None else drain_seconds
        self.closing = True
        self.pressure.release()
        if self._maintainer:
            self._maintainer.cancel()
            await asyncio.gather(self._maintainer, return_exceptions=True)
        deadline = time.monotonic() + drain
        while (self.queue.qsize() or self._retrying or not all(self._idle.values())) and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        left = 0
        while not self.queue.empty():
            self._held.discard(self.queue.get_nowait().event_id)
            self.queue.task_done()
            left += 1
        self.delivery.closing = True  # retries stop before their next attempt
        grace = time.monotonic() + self.settings.line_timeout + 2
        while time.monotonic() < grace and (self._retrying or not all(self._idle.values())):
            await asyncio.sleep(0.05)
        for task in [*self._tasks, *self._retrying]:
            task.cancel()
        await asyncio.gather(*self._tasks, *self._retrying, return_exceptions=True)
        if self._flusher:
            await asyncio.wait({self._flusher}, timeout=30)  # finished rows written before the rest is released
        released = await self._db(store.release, self.db, owner=self.owner)
        if left or released:
            log.warning("stopping: %d events left for the next start (%d were queued)", released, left)
        self._intake.stop()
        for pool in (self._builders, self._crisis_builder, self._store):
            pool.shutdown(wait=True)

    # --- intake (the webhook) ----------------------------------------------------------------------------

    async def receive(self, raw_events: list[Any]) -> None:
        """Record a signed body's events before the 200; raises Busy when the database does not answer in time."""
        if not raw_events:
            return
        owner = None if self.queue.full() else self.owner
        future = self._intake.submit(raw_events, owner)
        # Admitted from the future's own callback: if the request gives up (503), events recorded late are
        # still answered once, and LINE's redelivery is then a duplicate.
        future.add_done_callback(self._admit)
        with self.pressure.request():
            done, _ = await asyncio.wait({future}, timeout=self.settings.db_busy_timeout + 0.5)
        if not done:
            raise Busy("database busy")
        if future.exception() is not None:
            raise Busy(type(future.exception()).__name__)

    def _record_many(self, jobs: list[tuple[list[Any], str | None]]) -> list[Recorded]:
        """Every body waiting for the intake thread in one transaction (a group commit: one WAL write for all)."""
        parsed = [parse_events(raw_events, self.sealer) for raw_events, _ in jobs]
        results: list[Recorded] = []
        with self.intake_db.transaction() as cur:
            for (events, skipped), (_, owner) in zip(parsed, jobs):
                if not events:
                    results.append(([], 0, skipped, owner is not None))
                    continue
                by_id = {p.incoming.event_id: p for p in events}
                claimed, duplicates = store.record_received(
                    cur, [p.incoming for p in events], owner=owner, lease=self.settings.event_lease
                )
                now = time.time()
                pending = [
                    Pending(by_id[c.event_id].incoming.priority, next(self._seq), c.event_id,
                            by_id[c.event_id].event, now, rules=by_id[c.event_id].read)
                    for c in claimed
                ]
                results.append((pending, duplicates, skipped, owner is not None))
        return results

    def _admit(self, future: asyncio.Future[Recorded]) -> None:
        if future.cancelled():
            return
        if (error := future.exception()) is not None:
            log.warning("webhook events not recorded (LINE will redeliver): %s", type(error).__name__)
            return
        pending, duplicates, skipped, owned = future.result()
        self.counts["duplicates"] += duplicates
        self.metrics.duplicates.inc(duplicates)
        for reason in skipped:
            self.counts["skipped"] += 1
            self.metrics.skip(reason)
        if not owned:
            self.counts["deferred"] += len(pending)
            self.metrics.deferred.inc(len(pending))
            return
        self._enqueue(pending)

    def _enqueue(self, pending: list[Pending]) -> None:
        overflow = []
        for p in pending:
            if self.closing:
                overflow.append(p.event_id)
                continue
            if p.priority == store.CRISIS and self._crises < self.queue.maxsize:
                # Not queued: every worker may be busy with (or holding back) an ordinary reply, and a crisis reply
                # must not wait for one of them to finish. It has a builder thread of its own.
                self._held.add(p.event_id)
                self._crises += 1
                self._spawn(self._answer_crisis(p))
                continue
            try:
                self.queue.put_nowait(p)
                self._held.add(p.event_id)
            except asyncio.QueueFull:
                overflow.append(p.event_id)
        if overflow and not self.closing:
            # Still durable: unowned rows are taken by the next sweep once there is room.
            self.counts["deferred"] += len(overflow)
            self.metrics.deferred.inc(len(overflow))
            asyncio.get_running_loop().run_in_executor(
                self._store, lambda: store.release(self.db, owner=self.owner, event_ids=overflow)
            )

    # --- the sweep: leases, restarts, overflow -----------------------------------------------------------

    async def _maintain(self) -> None:
        renew_every = self.settings.event_lease / 3
        last_renew = time.monotonic()
        while True:
            try:
                if time.monotonic() - last_renew >= renew_every:
                    await self._db(store.renew, self.db, owner=self.owner, lease=self.settings.event_lease)
                    last_renew = time.monotonic()
                room = self.queue.maxsize - self.queue.qsize()
                if room > 0:
                    await self._take_waiting(room)
            except asyncio.CancelledError:
                raise
            except Exception:  # noqa: BLE001 - a locked database now must not end the sweeps
                log.warning("event sweep failed; trying again", exc_info=True)
            await asyncio.sleep(SWEEP_EVERY)

    async def _take_waiting(self, room: int) -> None:
        waiting = await self._db(store.claim_waiting, self.db, owner=self.owner, lease=self.settings.event_lease,
                                 limit=room)
        for row in waiting:
            if row.event_id in self._held:
                continue  # ours already (its lease ran out while the database was locked)
            try:
                event = Event.from_dict(self.sealer.open(row.event_id, row.sealed))
            except Exception as exc:  # noqa: BLE001 - a body sealed with another key, or an SDK that changed
                log.warning("waiting event %s cannot be read: %s", row.event_id, type(exc).__name__)
                await self._db(store.finish, self.db, row.event_id, store.FAILED, detail="unreadable")
                continue
            self.counts["recovered"] += 1
            self.metrics.recovered.inc()
            self._enqueue([Pending(row.priority, next(self._seq), row.event_id, event, row.token_at_ms / 1000,
                                   retry_key=row.retry_key)])

    # --- workers -----------------------------------------------------------------------------------------

    async def _work(self, index: int) -> None:
        while True:
            self._idle[index] = True
            pending = await self.queue.get()
            self._idle[index] = False
            try:
                waited = pending.priority != store.CRISIS and await self.pressure.hold_back(
                    pending.token_age, self.settings.reply_token_ttl)
                await self._answer(pending, loading=not waited)
            finally:
                self.queue.task_done()

    async def _answer(self, pending: Pending, *, loading: bool = True) -> None:
        try:
            await self.process(pending, loading=loading)
        except Exception:  # noqa: BLE001 - one bad event must not stop the worker
            self.counts["errors"] += 1
            self.metrics.event_errors.inc()
            log.exception("event %s failed", pending.event_id)
            await self._close_row(pending, store.FAILED, None, "handler raised")

    async def _answer_crisis(self, pending: Pending) -> None:
        try:
            await self._answer(pending)
        finally:
            self._crises -= 1

    async def process(self, p: Pending, *, loading: bool = True) -> None:
        """Build and send one reply. `loading=False` after waiting out a flood: its reply follows within
        milliseconds, so the animation would be one more LINE call per event just when the process is behind,
        shown for no time."""
        loop = asyncio.get_running_loop()
        pool = self._crisis_builder if p.priority == store.CRISIS else self._builders
        build = loop.run_in_executor(pool, _handle, p, self.deps)
        chat = one_to_one(p.event)
        if chat and loading and self.settings.loading_after >= 0:
            remaining = p.received + self.settings.loading_after - time.monotonic()
            if remaining > 0:
                await asyncio.wait({build}, timeout=remaining)
            if not build.done():  # not ready within `loading_after` of receipt (it may have waited in the queue)
                self._spawn(self._loading(chat))
        outgoing = await build
        event_type = getattr(p.event, "type", "unknown")
        self.counts[f"event.{event_type}"] += 1
        self.metrics.event(event_type)
        if outgoing is None:
            await self._close_row(p, store.HANDLED, None, None)
            return
        settled, first = await self.delivery.first_attempt(p, outgoing)
        if not settled:
            self._spawn(self.delivery.keep_trying(p, outgoing, first))

    async def _loading(self, chat: str) -> None:
        outcome = await self.gateway.loading(chat)
        if outcome.kind == "ok":
            self.metrics.loading.inc()
            self.counts["loading"] += 1
        else:
            self.metrics.line_error("loading", outcome.status, outcome.error)

    def _spawn(self, work: Any) -> None:
        task: asyncio.Task[None] = asyncio.create_task(work)
        self._retrying.add(task)
        task.add_done_callback(self._retrying.discard)

    # --- outcomes ----------------------------------------------------------------------------------------

    async def _finished(self, p: Pending, out: handlers.Outgoing, state: str, via: str | None,
                        detail: str | None) -> None:
        if state == store.REPLIED:
            self.counts["delivered"] += 1
            self.counts[f"reply.{out.reply.kind}"] += 1
            self.metrics.delivered.labels(via or "reply").inc()
            self.metrics.reply_latency.observe(time.monotonic() - p.received)
        else:
            self.counts["undeliverable"] += 1
            self.metrics.undelivered(out.reply.kind)
        # The staff statistics count a reply in the transaction that finishes its row: once per event, however
        # often the reply went out (bot/store/events.py finish_many).
        counted = (out.reply.kind, out.reply.entry_id, out.reply.lang) if state == store.REPLIED else None
        await self._close_row(p, state, via, detail, counted)

    async def _close_row(self, p: Pending, state: str, via: str | None, detail: str | None,
                         counted: store.Counted | None = None) -> None:
        """Queue the row's final state; one writer flushes all that finished meanwhile in one transaction."""
        self._finishing.append((p.event_id, state, via, detail))
        if counted is not None:
            self._counted[p.event_id] = counted
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.create_task(self._flush(), name="event-finisher")

    async def _flush(self) -> None:
        while self._finishing:
            batch, self._finishing = self._finishing, []
            counted = {event_id: self._counted[event_id] for event_id, *_ in batch if event_id in self._counted}
            try:
                await self._db(store.finish_many, self.db, batch, counted=counted)
            except Exception:  # noqa: BLE001 - e.g. locked for longer than the busy timeout: try again
                log.warning("could not record %d finished events; trying again", len(batch), exc_info=True)
                self._finishing = batch + self._finishing
                await asyncio.sleep(SWEEP_EVERY)
                continue
            for event_id, *_ in batch:
                self._held.discard(event_id)
                self._counted.pop(event_id, None)
            self.counts["finished"] += len(batch)

    async def _remember_key(self, event_id: str, key: str) -> str:
        return await self._db(store.remember_retry_key, self.db, event_id, key)

    async def _db(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._store, lambda: fn(*args, **kwargs))

    @property
    def in_flight(self) -> int:
        return len(self._held)
