"""POST /callback: verify, dedupe, queue, answer 200 at once; workers reply off the request path."""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from linebot.v3.exceptions import InvalidSignatureError
from linebot.v3.webhook import WebhookParser

from bot import handlers, store
from bot.line_api import LineGateway

log = logging.getLogger("tsunagari.webhook")


class BodyTooLarge(Exception):
    pass


@dataclass
class EventQueue:
    """Events waiting for a reply, and the workers that answer them."""

    deps: handlers.Deps
    gateway: LineGateway
    workers: int = 4
    queue: asyncio.Queue[Any] = field(default_factory=asyncio.Queue)
    counts: Counter[str] = field(default_factory=Counter)
    _tasks: list[asyncio.Task[None]] = field(default_factory=list)

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

    async def _work(self) -> None:
        while True:
            event = await self.queue.get()
            try:
                await self.process(event)
            except Exception:  # noqa: BLE001 - one bad event must not stop the worker
                self.counts["errors"] += 1
                log.exception("event %s failed", getattr(event, "webhook_event_id", "?"))
            finally:
                self.queue.task_done()

    async def process(self, event: Any) -> None:
        outgoing = handlers.handle(event, self.deps)
        self.counts[f"event.{getattr(event, 'type', 'unknown')}"] += 1
        if outgoing is None:
            return
        result = await self.gateway.reply(outgoing.reply_token, outgoing.reply.messages)
        self.counts[f"reply.{outgoing.reply.kind}"] += 1
        self.counts["replies.sent" if result.ok else "replies.failed"] += 1


def router() -> APIRouter:
    api = APIRouter()

    @api.post("/callback", include_in_schema=False)
    async def callback(request: Request) -> Response:
        runtime = request.app.state.runtime
        if runtime.events is None:
            return JSONResponse(
                {"detail": "webhook is off: set LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN"}, status_code=503
            )
        signature = request.headers.get("x-line-signature")
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
            if event_id and not store.claim_event(runtime.db, event_id):
                runtime.events.counts["duplicates"] += 1
                continue
            runtime.events.queue.put_nowait(event)
        return PlainTextResponse("OK")

    return api


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
