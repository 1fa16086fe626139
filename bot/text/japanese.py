"""Sudachi tokenization for matching (split mode A), created lazily and guarded by a lock.

Nothing happens at import time. The first call to :func:`tokenize` loads sudachidict-core
(about 0.4 s). The Sudachi tokenizer must not be used from two threads at once, so every call
holds a module lock: the functions here are safe to call from any thread, one at a time.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import Any

from bot.text.normalize import hira_to_kata, nfkc

_lock = threading.RLock()
_state: dict[str, object] = {}

# Parts of speech that carry meaning for retrieval.
CONTENT_POS = frozenset({"名詞", "動詞", "形容詞", "形状詞", "副詞", "接頭辞", "接尾辞", "代名詞"})
# Sudachi cannot take more than about 49 KB at once; long texts are cut into pieces.
_MAX_CHARS = 4000
_SKIP_POS = frozenset({"空白", "補助記号"})


@dataclass(frozen=True, slots=True)
class Token:
    surface: str
    norm: str  # normalized form (表記ゆれ unified: 附属 -> 付属, ｾｲﾈﾝ -> セイネン)
    reading: str  # katakana reading
    pos: str  # coarse part of speech (名詞, 動詞, ...)
    pos2: str  # second level (普通名詞, 固有名詞, 数詞, 非自立可能, ...)
    synonyms: tuple[int, ...]  # Sudachi synonym group ids


def _tokenizer():
    tok = _state.get("tok")
    if tok is None:
        from sudachipy import Dictionary, SplitMode

        dictionary = Dictionary(dict="core")
        if hasattr(dictionary, "tokenizer"):
            tok = dictionary.tokenizer(mode=SplitMode.A)
        else:  # pragma: no cover - SudachiPy < 0.6.9
            tok = dictionary.create(SplitMode.A)
        _state["dict"] = dictionary
        _state["tok"] = tok
        _state["pos"] = {}
    return tok


def _chunks(text: str):
    while len(text) > _MAX_CHARS:
        cut = max(text.rfind("。", 0, _MAX_CHARS), text.rfind("\n", 0, _MAX_CHARS))
        cut = cut + 1 if cut > 0 else _MAX_CHARS
        yield text[:cut]
        text = text[cut:]
    if text:
        yield text


_HIRA_RE = re.compile("[\u3041-\u3096]")


def tokenize(text: str, *, keep_pos: frozenset[str] | None = None, synonyms: bool = True) -> list[Token]:
    """NFKC the text and split it in mode A, dropping white space and punctuation.

    keep_pos: keep only tokens whose coarse part of speech is in this set (faster than
    filtering afterwards). Equal words come back as the same (immutable) Token object.
    synonyms: kept for callers that do not need synonym ids (bot.crisis); the ids are looked up
    once per word and cached, so they are always filled in.
    Safe to call from several threads (calls are serialised by a lock).
    """
    text = nfkc(text)
    out: list[Token] = []
    if not text.strip():
        return out
    with _lock:
        tok = _tokenizer()
        pos_cache: dict = _state["pos"]  # type: ignore[assignment]
        dictionary: Any = _state["dict"]  # a sudachipy Dictionary, kept in an untyped cache
        # (word id, surface) -> Token: dictionary entries repeat a lot, so most morphemes cost
        # two method calls and a dict lookup. Bounded; cleared when it grows too large.
        memo: dict = _state.setdefault("memo", {})  # type: ignore[assignment]
        if len(memo) > 200_000:
            memo.clear()
        for chunk in _chunks(text):
            for m in tok.tokenize(chunk):
                key = (m.word_id(), m.surface())
                t = memo.get(key)
                if t is None:
                    pid = m.part_of_speech_id()
                    pos = pos_cache.get(pid)
                    if pos is None:
                        p = dictionary.pos_of(pid)
                        pos = pos_cache[pid] = (p[0], p[1])
                    surface = key[1]
                    reading = m.reading_form() or surface
                    if _HIRA_RE.search(reading):
                        reading = hira_to_kata(reading)
                    t = memo[key] = Token(
                        surface, m.normalized_form(), reading, pos[0], pos[1], tuple(m.synonym_group_ids())
                    )
                if t.pos in _SKIP_POS or (keep_pos is not None and t.pos not in keep_pos):
                    continue
                out.append(t)
    return out


def in_dictionary(surface: str) -> bool:
    """Whether Sudachi's dictionary has a word written exactly so (参加者, 同棲: words; 認知賞: two words).
    Safe to call from several threads (the same lock as tokenize)."""
    if not surface:
        return False
    with _lock:
        _tokenizer()
        dictionary: Any = _state["dict"]
        return len(dictionary.lookup(nfkc(surface))) > 0


_ALL_HIRA = re.compile("[\u3041-\u3096ー]+")
_HAS_KANJI = re.compile("[\u3400-\u9fff々]")
_SPELLED_POS = frozenset({"名詞", "動詞", "形容詞"})
# Readings this short are too often another word's (き, ち, め): only longer stems are written in kanji.
_MIN_STEM = 2
# Words usually written in kana, whose dictionary kanji would read oddly (貰いたい, 仕舞った, 婆ちゃん, 何人蟹: a
# misreading of なんにんかに); the sentence encoder reads such a spelling as a darker or stranger text than it is.
_KANA_WORDS = frozenset({"貰う", "仕舞う", "下さる", "頂く", "有る", "居る", "為る", "遣る", "置く", "婆", "爺", "侭",
                         "位", "丈", "迄", "筈", "様", "訳", "程", "頃", "事", "又", "蟹", "呉れる"})


def kanji_spelling(text: str) -> str:
    """The text with each word typed in hiragana written as the dictionary writes it, its ending kept as typed
    (「なぐられた」→「殴られた」, 「しらないおとこ」→「しらない男」); everything else as typed. Sudachi's dictionary
    knows many words in kana and their usual spelling (normalized form); a verb's stem is the part of that spelling
    before the kana it shares with the dictionary form (殴る / なぐる: 殴 for なぐ). Wrong guesses happen (a kana
    message splits ambiguously), so callers read the result only as a second opinion."""
    out: list[str] = []
    with _lock:
        tok = _tokenizer()
        for chunk in _chunks(nfkc(text)):
            for m in tok.tokenize(chunk):
                surface, spelling = m.surface(), m.normalized_form()
                if (not _ALL_HIRA.fullmatch(surface) or not _HAS_KANJI.search(spelling)
                        or m.part_of_speech()[0] not in _SPELLED_POS or spelling in _KANA_WORDS):
                    out.append(surface)
                    continue
                plain = m.dictionary_form()
                shared = 0
                while shared < min(len(spelling), len(plain)) and spelling[-1 - shared] == plain[-1 - shared]:
                    shared += 1
                stem_kana = plain[: len(plain) - shared]
                if len(stem_kana) >= _MIN_STEM and surface.startswith(stem_kana):
                    out.append(spelling[: len(spelling) - shared] + surface[len(stem_kana):])
                else:
                    out.append(surface)
    return "".join(out)


# --------------------------------------------------------------------------- optional word vectors
#
# The `ja-ginza` wheel ships chiVe word vectors (300 dims, 20,000 rows, 480,443 keys) as spaCy
# files. We read them directly (no spaCy): vocab/vectors is a .npy array, vocab/key2row a msgpack
# map from spaCy's string hash (MurmurHash64A, seed 1, of the UTF-8 text) to a row. Install with
# `pip install --no-deps ja-ginza==5.3.0` (its own dependencies would downgrade SudachiPy).

_M64 = 0xFFFFFFFFFFFFFFFF


def spacy_hash(text: str) -> int:
    """spaCy's hash_string: MurmurHash64A with seed 1 over the UTF-8 bytes."""
    data = text.encode("utf-8")
    m, r = 0xC6A4A7935BD1E995, 47
    h = (1 ^ (len(data) * m)) & _M64
    nb = len(data) // 8
    for i in range(nb):
        k = int.from_bytes(data[i * 8 : i * 8 + 8], "little")
        k = (k * m) & _M64
        k ^= k >> r
        k = (k * m) & _M64
        h ^= k
        h = (h * m) & _M64
    rem = data[nb * 8 :]
    if rem:
        for i in range(len(rem) - 1, -1, -1):
            h ^= rem[i] << (8 * i)
        h = (h * m) & _M64
    h ^= h >> r
    h = (h * m) & _M64
    h ^= h >> r
    return h


def _read_uint(b: bytes, p: int) -> tuple[int, int]:
    t = b[p]
    if t < 0x80:
        return t, p + 1
    if t == 0xCC:
        return b[p + 1], p + 2
    if t == 0xCD:
        return int.from_bytes(b[p + 1 : p + 3], "big"), p + 3
    if t == 0xCE:
        return int.from_bytes(b[p + 1 : p + 5], "big"), p + 5
    if t == 0xCF:
        return int.from_bytes(b[p + 1 : p + 9], "big"), p + 9
    raise ValueError(f"unexpected msgpack type {t:#x}")


def _read_key2row(data: bytes) -> dict[int, int]:
    try:  # fast path when a msgpack implementation is installed
        import msgpack  # type: ignore[import-not-found]

        return msgpack.unpackb(data, strict_map_key=False)
    except ImportError:
        pass
    if data[0] == 0xDF:
        n, p = int.from_bytes(data[1:5], "big"), 5
    elif data[0] == 0xDE:
        n, p = int.from_bytes(data[1:3], "big"), 3
    else:
        raise ValueError("key2row is not a msgpack map")
    out: dict[int, int] = {}
    for _ in range(n):
        k, p = _read_uint(data, p)
        v, p = _read_uint(data, p)
        out[k] = v
    return out


def vectors_path():
    """Folder holding vectors + key2row of the installed ja-ginza package, or None."""
    import importlib.util
    from pathlib import Path

    try:
        spec = importlib.util.find_spec("ja_ginza")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for base in spec.submodule_search_locations:
        for cand in sorted(Path(base).glob("ja_ginza-*/vocab")):
            if (cand / "vectors").is_file() and (cand / "key2row").is_file():
                return cand
    return None


def load_vectors():
    """(key2row, unit-normalised float32 matrix) from ja-ginza, loaded once; None if absent."""
    with _lock:
        if "vectors" in _state:
            return _state["vectors"]
        result = None
        path = vectors_path()
        if path is not None:
            import numpy as np

            matrix = np.load(path / "vectors", allow_pickle=False).astype(np.float32)
            matrix /= np.linalg.norm(matrix, axis=1, keepdims=True) + 1e-9
            key2row = _read_key2row((path / "key2row").read_bytes())
            result = (key2row, matrix)
        _state["vectors"] = result
        return result
