"""POST /callback: verify the signature over the raw body, record every event durably, answer 200; the
EventQueue (bot/web/events.py) replies off the request path."""

from __future__ import annotations

import json
import logging
import time
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from linebot.v3.webhook import WebhookParser

from bot.web.admin_auth import read_limited  # one size-limited body reader for every endpoint
from bot.web.events import Busy, EventQueue

log = logging.getLogger("tsunagari.webhook")

__all__ = ["Busy", "EventQueue", "make_parser", "router"]



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
    raw = await read_limited(request, runtime.settings.max_body_bytes)
    if raw is None:
        return PlainTextResponse("request body too large", status_code=413)
    if not signature:
        return PlainTextResponse("missing signature", status_code=400)
    try:
        body = raw.decode("utf-8")
    except UnicodeDecodeError:
        return PlainTextResponse("body is not UTF-8", status_code=400)
    # The signature covers the whole raw body; after that each event stands on its own (bot/web/intake.py).
    if not runtime.parser.signature_validator.validate(body, signature):
        return PlainTextResponse("invalid signature", status_code=400)
    try:
        document = json.loads(body)
    except (ValueError, RecursionError):
        return PlainTextResponse("malformed webhook body", status_code=400)
    if not isinstance(document, dict) or not isinstance(document.get("events"), list):
        return PlainTextResponse("malformed webhook body", status_code=400)
    if runtime.events.closing:
        return PlainTextResponse("shutting down", status_code=503, headers={"Retry-After": "1"})
    try:
        await runtime.events.receive(document["events"])
    except Busy:
        # Not recorded in time (another process holds the database): LINE redelivers what gets no 200.
        return PlainTextResponse("busy, try again", status_code=503, headers={"Retry-After": "1"})
    return PlainTextResponse("OK")


def make_parser(secret: str) -> WebhookParser:
    return WebhookParser(secret)
