"""Turning a verified webhook body into events to record: each event parsed on its own, crisis ones marked first.

Runs in the intake thread, never on the event loop (parsing, crisis rules and sealing cost CPU).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from linebot.v3.webhooks import Event, MessageEvent, StickerMessageContent, TextMessageContent

from bot.chat import crisis
from bot.store.events import CRISIS, ORDINARY, Incoming, Sealer

log = logging.getLogger("tsunagari.webhook")

# Enough to spot a crisis for the queue's order; the reply itself still reads the whole message.
_PRIORITY_CHARS = 1000


@dataclass(frozen=True)
class Parsed:
    incoming: Incoming
    event: Event


def parse_events(raw_events: list[Any], sealer: Sealer) -> tuple[list[Parsed], list[str]]:
    """Parse every event of a body separately; a malformed or unknown one is logged and skipped (its reason
    returned), never costing its neighbours their replies."""
    parsed: list[Parsed] = []
    skipped: list[str] = []
    for index, raw in enumerate(raw_events):
        reason = _problem(raw)
        event: Event | None = None
        if reason is None:
            try:
                event = Event.from_dict(raw)
            except Exception:  # noqa: BLE001 - the SDK raises ValueError, pydantic errors, TypeError…
                reason = "malformed"
        if event is None or reason is not None:
            kind = raw.get("type") if isinstance(raw, dict) else type(raw).__name__
            log.warning("skipped event %d of %d: %s (type=%s)", index + 1, len(raw_events), reason or "malformed",
                        _printable(kind))
            skipped.append(reason or "malformed")
            continue
        event_id = str(raw["webhookEventId"])
        redelivery = bool((raw.get("deliveryContext") or {}).get("isRedelivery"))
        parsed.append(Parsed(Incoming(event_id, sealer.seal(event_id, raw), priority(event), redelivery), event))
    return parsed, skipped


def priority(event: Any) -> int:
    """Crisis words in a text or a message sticker's text: answered before everything queued."""
    text = _words(event)
    if not text:
        return ORDINARY
    try:
        return CRISIS if crisis.detect(text[:_PRIORITY_CHARS]) else ORDINARY
    except Exception:  # noqa: BLE001 - ordering only; the reply path runs the rules again and reports errors
        log.warning("crisis rules failed while ordering an event", exc_info=False)
        return ORDINARY


def _words(event: Any) -> str | None:
    if not isinstance(event, MessageEvent):
        return None
    message = event.message
    if isinstance(message, TextMessageContent):
        return message.text
    if isinstance(message, StickerMessageContent):
        return message.text
    return None


def _problem(raw: Any) -> str | None:
    if not isinstance(raw, dict):
        return "not_an_object"
    event_id = raw.get("webhookEventId")
    if not isinstance(event_id, str) or not 1 <= len(event_id) <= 64:
        return "no_event_id"
    return None


def _printable(value: Any) -> str:
    text = str(value)[:30]
    return "".join(c for c in text if c.isalnum() or c in "_-") or "?"
