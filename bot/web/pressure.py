"""Acknowledging first: while the webhook is flooded, ordinary replies wait for the flood to end.

The 200 is what keeps LINE from giving up on an event (without redelivery a webhook that times out is lost for
good); a reply can wait as long as its token lives. Building and sending replies is most of the process's CPU, so
during a flood they would take it from the 200s. Crisis replies never wait, and an ordinary reply waits at most
until its token is half used, so a long flood cannot push it past the reply window.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

# Webhook requests waiting for their events to be recorded at which the webhook counts as pressed. 50 req/s at a
# few milliseconds each keeps this near 0.
PRESSED_AT = 4
# Seconds without pressure before ordinary replies go out again: a flood has gaps of a few milliseconds between
# requests, and a reply started in each gap costs the next 200s their time (measured: docs/benchmarks-webhook.md).
CALM_AFTER = 0.25
# How much lower ordinary reply builders run than the rest of the process (nice steps, Linux only).
ORDINARY_NICENESS = 5

log = logging.getLogger("tsunagari.webhook")


def lower_thread_priority() -> None:
    """Run the calling thread ORDINARY_NICENESS steps nicer than the process. On Linux a thread's nice value is its
    own (setpriority with the thread id); elsewhere that id could name another process, so nothing is done."""
    if sys.platform != "linux":
        return
    tid = threading.get_native_id()
    try:
        os.setpriority(os.PRIO_PROCESS, tid, min(19, os.getpriority(os.PRIO_PROCESS, tid) + ORDINARY_NICENESS))
    except OSError as exc:  # e.g. a sandbox that refuses it: replies are built as before
        log.warning("could not lower the reply builders' priority: %s", exc)


class Pressure:
    """How many webhook requests wait for the intake, and whether ordinary replies should hold back."""

    def __init__(self) -> None:
        self.waiting = 0
        self._calm = asyncio.Event()
        self._calm.set()
        self._pressed_at = 0.0
        self._timer: asyncio.TimerHandle | None = None

    @contextmanager
    def request(self) -> Iterator[None]:
        """Around one webhook request's wait for its events to be recorded."""
        self.waiting += 1
        if self.waiting >= PRESSED_AT:
            self._pressed_at = time.monotonic()
            self._calm.clear()
            if self._timer is None:
                self._timer = asyncio.get_running_loop().call_later(CALM_AFTER, self._calm_down)
        try:
            yield
        finally:
            self.waiting -= 1

    def release(self) -> None:
        """Shutting down: nothing holds back any more (the webhook answers 503 from now on)."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        self._calm.set()

    async def hold_back(self, token_age: float, token_ttl: float) -> bool:
        """Wait while the webhook is pressed, at most until the reply token is half used. Returns whether it
        waited (the reply then goes out without the loading animation: it follows within milliseconds)."""
        deadline = time.monotonic() + token_ttl / 2 - token_age
        waited = False
        while not self._calm.is_set() and (left := deadline - time.monotonic()) > 0:
            waited = True
            try:
                await asyncio.wait_for(self._calm.wait(), timeout=left)
            except TimeoutError:
                break
        return waited

    def _calm_down(self) -> None:
        quiet_for = time.monotonic() - self._pressed_at
        if quiet_for >= CALM_AFTER:
            self._timer = None
            self._calm.set()
        else:
            self._timer = asyncio.get_running_loop().call_later(CALM_AFTER - quiet_for, self._calm_down)
