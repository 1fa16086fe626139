"""The e5 encoder with every real encode recorded (texts and CPU), for the reply-time benchmarks.

It sits below the memo and the disk cache, so only texts the model actually reads are counted. Token counts are
worked out afterwards (``tokens``), outside any timed code.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Sequence

import numpy as np

from bot.search.encoders import E5Encoder, Kind


@dataclasses.dataclass
class Call:
    texts: list[str]
    kind: Kind
    cpu_ms: float
    site: str = ""


class CountingE5:
    """E5Encoder with a log of its calls; ``site`` (optional) names the caller of each one."""

    def __init__(self, inner: E5Encoder | None = None, site: Callable[[], str] | None = None) -> None:
        self.inner = inner or E5Encoder()
        self.name, self.dim, self.revision = self.inner.name, self.inner.dim, self.inner.revision
        self.symmetric = False
        self.calls: list[Call] = []
        self._site = site

    def encode(self, texts: Sequence[str], *, kind: Kind = "query") -> np.ndarray:
        c = time.thread_time()
        out = self.inner.encode(texts, kind=kind)
        self.calls.append(Call(list(texts), kind, (time.thread_time() - c) * 1000,
                               self._site() if self._site else ""))
        return out

    def tokens(self, call: Call) -> list[int]:
        """The tokens e5 read for each text of a call (prefix and special tokens included)."""
        model = self.inner.load()._model
        return [model.token_count(t, call.kind == "query") for t in call.texts]
