"""On-disk cache of sentence vectors (SQLite, WAL), keyed by (model revision, kind, sha256(text)).

Only unseen texts are encoded, so a reload or restart re-encodes only what changed. Texts themselves are never
stored, and by default only *passages* (the city's content) reach the file: what residents type is encoded as a
*query*, and a query's vector (and its text hash) stays in memory, so nothing a resident wrote survives in this
file: it has no user, no time and no message in it, and nothing to delete on unfollow.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Self

import numpy as np

from bot.search.encoders import Encoder, Kind, check_texts, empty_rows


@dataclass(frozen=True)
class CacheStats:
    hits: int      # unique (kind, text) keys served from the cache file
    misses: int    # unique keys that had to be encoded by the inner encoder

    @property
    def hit_rate(self) -> float:
        total = self.hits + self.misses
        return self.hits / total if total else 0.0


class CachedEncoder:
    """Wrap an encoder with a persistent SQLite cache; only unseen texts are encoded.

    Key: (model, kind, sha256(text)) where model is the inner encoder's
    ``revision`` (falls back to ``name``) so a package upgrade does not serve
    stale vectors.  For symmetric encoders the kind is collapsed to "query".
    Texts themselves are NOT stored, and query vectors (residents' messages)
    are written only when ``persist_queries`` is set (tools' query sets), so
    the file normally holds vectors of the city's content alone.

    The file is opened in WAL mode with a busy timeout, so several processes
    and threads may share it; concurrent misses of the same text just write
    the same (deterministic) vector twice.
    """

    _SCHEMA = """
        CREATE TABLE IF NOT EXISTS vectors (
            model TEXT NOT NULL,
            kind  TEXT NOT NULL,
            key   BLOB NOT NULL,          -- sha256(text utf-8)
            dim   INTEGER NOT NULL,
            vec   BLOB NOT NULL,          -- little-endian float32 * dim
            PRIMARY KEY (model, kind, key)
        ) WITHOUT ROWID
    """
    _CHUNK = 500  # host parameters per SELECT (stays far below SQLite's limit)

    def __init__(self, inner: Encoder, path: str | os.PathLike[str], *, timeout_s: float = 30.0,
                 persist_queries: bool = False) -> None:
        self.inner = inner
        # Query vectors are residents' messages: written to the file only when a tool asks (benchmarks' query sets).
        self.persist_queries = persist_queries
        self.path = os.fspath(path)
        self.name = inner.name
        self.dim = inner.dim
        self.symmetric = bool(getattr(inner, "symmetric", False))
        self._model_key = str(getattr(inner, "revision", None) or inner.name)
        self._lock = threading.Lock()
        self._hits = 0
        self._misses = 0
        parent = os.path.dirname(os.path.abspath(self.path))
        os.makedirs(parent, exist_ok=True)
        self._conn = sqlite3.connect(self.path, timeout=timeout_s, check_same_thread=False,
                                     isolation_level=None)  # autocommit; explicit BEGIN below
        self._conn.execute(f"PRAGMA busy_timeout = {int(timeout_s * 1000)}")
        self._conn.execute("PRAGMA journal_mode = WAL")
        self._conn.execute("PRAGMA synchronous = NORMAL")
        self._conn.execute(self._SCHEMA)

    # -- public
    def encode(self, texts: Sequence[str], *, kind: Kind = "query") -> np.ndarray:
        items = check_texts(texts, kind)
        if not items:
            return empty_rows(self.dim)
        ckind = "query" if self.symmetric else kind
        keys = [hashlib.sha256(t.encode("utf-8", "surrogatepass")).digest() for t in items]
        first: dict[bytes, int] = {}
        for i, k in enumerate(keys):
            first.setdefault(k, i)
        found = self._lookup(ckind, list(first))
        todo = [k for k in first if k not in found]
        if todo:
            vecs = self.inner.encode([items[first[k]] for k in todo], kind=kind)
            # keep the inner encoder's exact bytes so a hit is bit-identical to a miss
            vecs = np.ascontiguousarray(np.asarray(vecs, dtype=np.float32).reshape(len(todo), self.dim))
            if kind == "passage" or self.persist_queries:
                self._store(ckind, todo, vecs)
            found.update(zip(todo, vecs))
        with self._lock:
            self._hits += len(first) - len(todo)
            self._misses += len(todo)
        return np.ascontiguousarray(np.stack([found[k] for k in keys]), dtype=np.float32)

    def stats(self) -> CacheStats:
        with self._lock:
            return CacheStats(self._hits, self._misses)

    def reset_stats(self) -> None:
        with self._lock:
            self._hits = self._misses = 0

    def __len__(self) -> int:
        with self._lock:
            return int(self._conn.execute("SELECT COUNT(*) FROM vectors WHERE model = ?",
                                          (self._model_key,)).fetchone()[0])

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- internals
    def _lookup(self, kind: str, keys: list[bytes]) -> dict[bytes, np.ndarray]:
        out: dict[bytes, np.ndarray] = {}
        nbytes = 4 * self.dim
        with self._lock:
            for i in range(0, len(keys), self._CHUNK):
                chunk = keys[i:i + self._CHUNK]
                marks = ",".join("?" * len(chunk))
                # only "?" placeholders are formatted in; every value is a bound parameter
                q = f"SELECT key, dim, vec FROM vectors WHERE model = ? AND kind = ? AND key IN ({marks})"  # noqa: S608  # nosec B608
                for key, dim, blob in self._conn.execute(q, (self._model_key, kind, *chunk)):
                    if dim == self.dim and len(blob) == nbytes:  # ignore corrupt / foreign rows
                        out[bytes(key)] = np.frombuffer(blob, dtype="<f4").astype(np.float32)
        return out

    def _store(self, kind: str, keys: list[bytes], vecs: np.ndarray) -> None:
        rows = [(self._model_key, kind, k, self.dim, np.asarray(v, dtype="<f4").tobytes())
                for k, v in zip(keys, vecs)]
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                self._conn.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?, ?, ?, ?)", rows)
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
