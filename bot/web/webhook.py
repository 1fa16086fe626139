"""POST /callback: verify, dedupe, queue, answer 200 at once; workers reply off the request path."""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from linebot.v3.exceptions import InvalidSignatureError
from linebot.v3.webhook import WebhookParser

from bot.chat import handlers
from bot.line.gateway import LineGateway
from bot.store import stats
from bot.store.events import claim_event
from bot.web.metrics import Metrics

log = logging.getLogger("tsunagari.webhook")


class BodyTooLarge(Exception):
    pass


@dataclass
class EventQueue:
    """Events waiting for a reply, and the workers that answer them."""

    deps: handlers.Deps
    gateway: LineGateway
    workers: int = 4
    metrics: Metrics = field(default_factory=Metrics)
    queue: asyncio.Queue[Any] = field(default_factory=asyncio.Queue)
    counts: Counter[str] = field(default_factory=Counter)
    _tasks: list[asyncio.Task[None]] = field(default_factory=list)
    # Building a reply (Sudachi, BM25, rapidfuzz) is CPU work: one thread keeps it off the event loop so
    # that webhook requests are acknowledged at once while replies are being built.
    _builder: ThreadPoolExecutor = field(
        default_factory=lambda: ThreadPoolExecutor(max_workers=1, thread_name_prefix="reply-builder")
    )

    def start(self) -> None:
        self._tasks = [asyncio.create_task(self._work(), name=f"event-worker-{i}") for i in range(self.workers)]

    async def stop(self, *, drain_seconds: float = 10.0) -> None:
        """Finish what is queued (bounded), then stop the workers."""
        try:
            await asyncio.wait_for(self.queue.join(), timeout=drain_seconds)
        except TimeoutError:
            log.warning("stopping with %d events unanswered", self.queue.qsize())
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._builder.shutdown(wait=True)

    async def _work(self) -> None:
        while True:
            event, received = await self.queue.get()
            try:
                await self.process(event, received=received)
            except Exception:  # noqa: BLE001 - one bad event must not stop the worker
                self.counts["errors"] += 1
                self.metrics.event_errors.inc()
                log.exception("event %s failed", getattr(event, "webhook_event_id", "?"))
            finally:
                self.queue.task_done()

    async def process(self, event: Any, *, received: float | None = None) -> None:
        loop = asyncio.get_running_loop()
        outgoing = await loop.run_in_executor(self._builder, handlers.handle, event, self.deps)
        event_type = getattr(event, "type", "unknown")
        self.counts[f"event.{event_type}"] += 1
        self.metrics.event(event_type)
        if outgoing is None:
            return
        result = await self.gateway.reply(outgoing.reply_token, outgoing.reply.messages)
        self.counts[f"reply.{outgoing.reply.kind}"] += 1
        self.counts["replies.sent" if result.ok else "replies.failed"] += 1
        self.metrics.reply(outgoing.reply.kind, result.ok, result.status, result.error)
        if result.ok:  # staff statistics (issue 16): kind, entry, language and day; never the text
            await loop.run_in_executor(None, stats.count_sent, self.deps.db, outgoing.reply.kind,
                                       outgoing.reply.entry_id, getattr(outgoing.reply, "language", None))
        if received is not None:
            self.metrics.reply_latency.observe(time.monotonic() - received)
        if not result.ok:
            # Reply tokens are single-use: never resent. LINE's request id lets staff ask LINE what happened.
            log.warning(
                "reply not delivered: event=%s kind=%s status=%s request_id=%s",
                getattr(event, "webhook_event_id", "?"), outgoing.reply.kind, result.status, result.request_id,
            )


def router() -> APIRouter:
    api = APIRouter()

    @api.post("/callback", include_in_schema=False)
    async def callback(request: Request) -> Response:
        runtime = request.app.state.runtime
        started = time.monotonic()
        response = await _callback(request, runtime)
        outcome = str(response.status_code)
        runtime.metrics.webhook_requests.labels(outcome).inc()
        runtime.metrics.webhook_latency.labels(outcome).observe(time.monotonic() - started)
        return response

    return api


async def _callback(request: Request, runtime: Any) -> Response:
    """Verify, dedupe and queue; every early return is a 4xx/503 without a traceback."""
    if runtime.events is None:
        return JSONResponse(
            {"detail": "webhook is off: set LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN"}, status_code=503
        )
    signatures = request.headers.getlist("x-line-signature")
    # Exactly one signature header: a duplicated header is ambiguous (which one did a proxy check?).
    signature = signatures[0] if len(signatures) == 1 else None
    try:
        raw = await _read_limited(request, runtime.settings.max_body_bytes)
    except BodyTooLarge:
        return PlainTextResponse("request body too large", status_code=413)
    if not signature:
        return PlainTextResponse("missing signature", status_code=400)
    try:
        body = raw.decode("utf-8")
    except UnicodeDecodeError:
        return PlainTextResponse("body is not UTF-8", status_code=400)
    try:
        events = runtime.parser.parse(body, signature)
    except InvalidSignatureError:
        return PlainTextResponse("invalid signature", status_code=400)
    except Exception:  # noqa: BLE001 - signed but malformed: refuse without a traceback
        return PlainTextResponse("malformed webhook body", status_code=400)
    for event in events:
        event_id = getattr(event, "webhook_event_id", None)
        if event_id and not claim_event(runtime.db, event_id):
            runtime.events.counts["duplicates"] += 1
            runtime.metrics.duplicates.inc()
            continue
        runtime.events.queue.put_nowait((event, time.monotonic()))
    return PlainTextResponse("OK")


def make_parser(secret: str) -> WebhookParser:
    return WebhookParser(secret)


async def _read_limited(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
    return b"".join(chunks)
