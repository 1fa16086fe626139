"""Round 8: candidate signals the learned ranker lacks, tried on the localgovFAQ dev folds only (no `+res` rows).

    python bench/ltr_extra.py [--candidates 100] [--models gbdt-3x300-reg ...]

Each configuration is trained on one fold and measured on the other, both ways, as in bench/ltr.py, with and
without the extra columns (dev rows only on both sides, so the comparison is like for like). Extra columns:

    answer        cosine between the query and the document's answer alone (its own e5 vector)
    answer_gap    that cosine minus the query's best one
    answer_rr     10 / (rank + 10) of the document when all are ordered by the answer cosine

    chive         cosine between mean chiVe word vectors (the 20k-row table in ja_ginza, read without spaCy) of the
                  query's and the question's content words, and the same against question + answer

The bot's content has no such vectors yet: a column is only worth adding to bot.search.hybrid if it wins here.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.fusion import DEFAULT_DATA, fold_of  # noqa: E402
from bench.ltr import GBDT, SHARED, dev_signals  # noqa: E402
from bot.chat.knowledge import BOT_MATCHER_OPTIONS  # noqa: E402
from bot.search import Index  # noqa: E402
from bot.search.encoders import MemoEncoder, load_encoder  # noqa: E402
from bot.search.hybrid import FusionConfig, HybridIndex, _reciprocal_rank, encode_all, tty_progress  # noqa: E402
from bot.staff.evaluate import evaluate_rankings, load_corpus  # noqa: E402
from bot.store.vector_cache import CachedEncoder  # noqa: E402


def answer_columns(data: Path, cache: Path, k: int) -> dict[str, np.ndarray]:
    """The extra columns of every dev query's candidates (kept in var/)."""
    keep = ROOT / "var" / f"ltr-extra-answer-{k}.npz"
    queries = json.loads((data / "queries-dev.json").read_text(encoding="utf-8"))
    sig = dev_signals(data, cache, k)
    if keep.exists():
        saved = np.load(keep)
        return {q: saved[f"x{q}"] for q in queries}
    docs = load_corpus(data / "corpus.json")
    encoder = MemoEncoder(CachedEncoder(load_encoder("e5-small"), cache, persist_queries=True))
    hybrid = HybridIndex(Index.build(docs, **BOT_MATCHER_OPTIONS), encoder, docs, FusionConfig(candidates=k),
                         progress=tty_progress)
    answers = encode_all(encoder, [(d.answer or d.questions[0])[:512] for d in docs], progress=tty_progress,
                         label="answers")
    out = {}
    for q, text in queries.items():
        cand = sig[q][0]
        cos = np.einsum("ij,j->i", answers, hybrid.query_vector(text))
        out[q] = np.column_stack([cos[cand], cos[cand] - cos.max(), _reciprocal_rank(cos, cand)]) if len(cand) \
            else np.zeros((0, 3))
    np.savez_compressed(keep, **{f"x{q}": x for q, x in out.items()})
    return out


GINZA_VOCAB = "ja_ginza/ja_ginza-5.3.0/vocab"
CONTENT_POS = ("名詞", "動詞", "形容詞", "形状詞", "副詞")


def _murmur64a(data: bytes, seed: int = 1) -> int:
    """spaCy's string hash (MurmurHash64A, seed 1): the keys of ja_ginza's key2row."""
    m, mask = 0xc6a4a7935bd1e995, (1 << 64) - 1
    h = (seed ^ (len(data) * m)) & mask
    n = len(data) // 8
    for i in range(n):
        k = (int.from_bytes(data[8 * i:8 * i + 8], "little") * m) & mask
        k = ((k ^ (k >> 47)) * m) & mask
        h = ((h ^ k) * m) & mask
    if len(data) % 8:
        h = ((h ^ int.from_bytes(data[8 * n:], "little")) * m) & mask
    h = ((h ^ (h >> 47)) * m) & mask
    return h ^ (h >> 47)


def chive_columns(data: Path, k: int) -> dict[str, np.ndarray]:
    keep = ROOT / "var" / f"ltr-extra-chive-{k}.npz"
    queries = json.loads((data / "queries-dev.json").read_text(encoding="utf-8"))
    sig = dev_signals(data, ROOT / "var" / "bench-vectors.sqlite", k)
    if keep.exists():
        saved = np.load(keep)
        return {q: saved[f"x{q}"] for q in queries}
    import importlib.util

    import msgpack
    from sudachipy import Dictionary

    spec = importlib.util.find_spec("ja_ginza")  # found, not imported: its __init__ needs spaCy, absent here
    assert spec is not None and spec.origin is not None, "ja_ginza is not installed"
    vocab = Path(spec.origin).parent.parent / GINZA_VOCAB
    table = np.load(vocab / "vectors")
    rows = msgpack.unpackb((vocab / "key2row").read_bytes(), strict_map_key=False)
    tokenizer = Dictionary().tokenizer()

    def embed(text: str) -> np.ndarray:
        found = []
        for m in tokenizer.tokenize(text[:2000]):
            if m.part_of_speech()[0] in CONTENT_POS:
                row = rows.get(_murmur64a(m.normalized_form().encode()), rows.get(_murmur64a(m.surface().encode())))
                if row is not None:
                    found.append(table[row])
        v = np.mean(found, axis=0) if found else np.zeros(table.shape[1], dtype=np.float32)
        return v / (np.linalg.norm(v) or 1.0)

    docs = load_corpus(data / "corpus.json")
    question = np.array([embed(d.questions[0] if d.questions else "") for d in docs])
    full = np.array([embed(f"{d.questions[0] if d.questions else ''} {d.answer}") for d in docs])
    out = {}
    for q, text in queries.items():
        cand, v = sig[q][0], embed(text)
        a, b = question @ v, full @ v
        out[q] = np.column_stack([a[cand], b[cand], a[cand] - a.max(), b[cand] - b.max()])
    np.savez_compressed(keep, **{f"x{q}": x for q, x in out.items()})
    return out


def train(rows: list[tuple[np.ndarray, np.ndarray]], params: dict):  # type: ignore[no-untyped-def]
    import lightgbm

    rows = [(f, g) for f, g in rows if g.sum() > 0]
    data = lightgbm.Dataset(np.concatenate([f for f, _ in rows]), np.concatenate([g for _, g in rows]).astype(int),
                            group=[len(g) for _, g in rows], params={"verbosity": -1})
    return lightgbm.train({**SHARED, **params}, data)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--cache", type=Path, default=ROOT / "var" / "bench-vectors.sqlite")
    ap.add_argument("--candidates", type=int, default=100)
    ap.add_argument("--models", nargs="+", default=["gbdt-3x300-reg"])
    args = ap.parse_args()
    qrels = {q: {d: int(g) for d, g in v.items()} for q, v in
             json.loads((args.data / "qrels-dev.json").read_text(encoding="utf-8")).items()}
    ids = list(json.loads((args.data / "corpus.json").read_text(encoding="utf-8")))
    sig = dev_signals(args.data, args.cache, args.candidates)
    answer = answer_columns(args.data, args.cache, args.candidates)
    chive = chive_columns(args.data, args.candidates)
    extra = {q: np.hstack([answer[q], chive[q]]) for q in answer}
    for name in args.models:
        for label, cols in (("as shipped", []), ("+ answer", [0, 1, 2]), ("+ answer cosine only", [0]),
                            ("+ chive", [3, 4, 5, 6]), ("+ chive cosines only", [3, 4])):
            def feats(q: str, w: list[int] = cols) -> np.ndarray:
                return np.hstack([sig[q][1], extra[q][:, w]])
            cells = {}
            for test, trained in (("A", "B"), ("B", "A")):
                rows = [(feats(q), np.array([qrels[q].get(ids[int(i)], 0) for i in c], dtype=float))
                        for q, (c, _) in sig.items() if q in qrels and len(c) and fold_of(q) == trained]
                booster = train(rows * 2, GBDT[name])
                rankings = {}
                for q, (c, _) in sig.items():
                    if q in qrels and fold_of(q) == test:
                        order = np.argsort(-booster.predict(feats(q), num_threads=1), kind="stable")[:10] \
                            if len(c) else []
                        rankings[q] = [ids[int(c[i])] for i in order]
                cells[test] = evaluate_rankings(rankings, qrels)
            n = {t: cells[t]["queries"] for t in cells}
            both = {m: (cells["A"][m] * n["A"] + cells["B"][m] * n["B"]) / (n["A"] + n["B"])
                    for m in ("recall@10", "ndcg@10", "hit@1")}
            row = " | ".join(f"{r['recall@10']:.3f} / {r['ndcg@10']:.3f} / {r['hit@1']:.3f}"
                             for r in (cells["B"], cells["A"], both))
            print(f"| {name} {label}, dev rows x2 only, {args.candidates} candidates | {row} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
