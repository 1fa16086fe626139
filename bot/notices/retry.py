"""Retry policy for sending: exponential backoff with full jitter, never sooner than Retry-After."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 6
    base: float = 0.5
    cap: float = 16.0
    budget: float = 90.0  # seconds one batch may spend retrying in one run

    def delay(self, attempt: int, retry_after: float | None, rng: Callable[[], float]) -> float:
        backoff = rng() * min(self.cap, self.base * (2 ** (attempt - 1)))
        return max(backoff, retry_after or 0.0)
