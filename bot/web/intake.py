"""Turning a verified webhook body into events to record: each event parsed on its own, crisis ones marked first.

Runs in the intake thread (`Intake`, below), never on the event loop: parsing, crisis rules and sealing cost CPU.
"""

from __future__ import annotations

import asyncio
import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from linebot.v3.webhooks import Event, MessageEvent, StickerMessageContent, TextMessageContent

from bot.chat import crisis
from bot.store.events import CRISIS, ORDINARY, Incoming, Sealer
from bot.web.delivery import Pending

log = logging.getLogger("tsunagari.webhook")

# Enough to spot a crisis for the queue's order; the reply itself still reads the whole message.
_PRIORITY_CHARS = 1000


@dataclass(frozen=True)
class Parsed:
    incoming: Incoming
    event: Event
    read: crisis.Read  # what the rules found for the queue's order, for the reply to reuse


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
        read = read_rules(event)
        order = CRISIS if read[1] is not None else ORDINARY
        parsed.append(Parsed(Incoming(event_id, sealer.seal(event_id, raw), order, redelivery), event, read))
    return parsed, skipped


def read_rules(event: Any) -> crisis.Read:
    """Crisis words in a text or a message sticker's text put the event before everything queued. What the rules
    found goes with the event, so its reply does not read them again (`crisis.already_read`)."""
    text = _words(event)
    if not text:
        return None, None
    text = text[:_PRIORITY_CHARS]
    try:
        return text, crisis.detect(text)
    except Exception:  # noqa: BLE001 - ordering only; the reply path runs the rules again and reports errors
        log.warning("crisis rules failed while ordering an event", exc_info=False)
        return None, None


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


# What recording one body gave: events to answer here, duplicates, skip reasons, whether this process owns them.
Recorded = tuple[list[Pending], int, list[str], bool]


class Intake:
    """One thread that records webhook bodies; it takes every body waiting and commits them together."""

    def __init__(self, record: Callable[[list[tuple[list[Any], str | None]]], list[Recorded]]):
        self._record = record
        self._jobs: queue.SimpleQueue[tuple[list[Any], str | None, asyncio.Future[Recorded]] | None] = (
            queue.SimpleQueue()
        )
        self._thread = threading.Thread(target=self._run, name="event-intake", daemon=True)
        self._loop: asyncio.AbstractEventLoop | None = None

    def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._thread.start()

    def submit(self, raw_events: list[Any], owner: str | None) -> asyncio.Future[Recorded]:
        assert self._loop is not None
        future: asyncio.Future[Recorded] = self._loop.create_future()
        self._jobs.put((raw_events, owner, future))
        return future

    def stop(self) -> None:
        if self._thread.is_alive():
            self._jobs.put(None)
            self._thread.join(timeout=30)

    def _run(self) -> None:
        while True:
            first = self._jobs.get()
            if first is None:
                return
            jobs = [first]
            while len(jobs) < 64:
                try:
                    more = self._jobs.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    self._jobs.put(None)
                    break
                jobs.append(more)
            try:
                results: list[Recorded] | BaseException = self._record([(raw, owner) for raw, owner, _ in jobs])
            except Exception as exc:  # noqa: BLE001 - handed to each request: 503, LINE redelivers
                results = exc
            assert self._loop is not None
            for index, (_, _, future) in enumerate(jobs):
                outcome = results if isinstance(results, BaseException) else results[index]
                try:
                    self._loop.call_soon_threadsafe(_settle, future, outcome)
                except RuntimeError:  # the loop is gone (shutdown): nobody waits any more
                    return


def _settle(future: asyncio.Future[Recorded], outcome: Recorded | BaseException) -> None:
    if future.done():
        return
    if isinstance(outcome, BaseException):
        future.set_exception(outcome)
    else:
        future.set_result(outcome)
