"""Learn the hybrid fusion weights on the localgovFAQ development half, and report every configuration tried.

    python bench/fusion.py [--data ../shared/bench/localgovfaq] [--cache var/bench-vectors.sqlite]

The dev queries are split into two folds by qid (qid // 2 even = fold A, odd = fold B; fixed before any
fitting). A logistic model over the first nine bot.search.hybrid.FEATURES (LINEAR) is fitted on fold A and
measured on fold B, and the other way round; the weights of round 4 were fitted on fold A only, and their fold-B
figures are the honest ones (bench/ltr.py compares them with the learned rankers). The held-out half of
localgovFAQ is not here: the maintainers measure it with `tsunagari eval`.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.chat.knowledge import BOT_MATCHER_OPTIONS  # noqa: E402
from bot.search import Index  # noqa: E402
from bot.search.encoders import MemoEncoder, load_encoder  # noqa: E402
from bot.search.hybrid import FEATURES, FusionConfig, HybridIndex, tty_progress  # noqa: E402
from bot.staff.evaluate import evaluate_rankings, load_corpus  # noqa: E402
from bench.tuning_rows import tuning_rows  # noqa: E402
from bot.store.vector_cache import CachedEncoder  # noqa: E402

DEFAULT_DATA = Path("/work/shared/bench/localgovfaq")
LINEAR = FEATURES[:9]  # the logistic fusion's signals; the learned ranker (bench/ltr.py) reads them all


def fold_of(qid: str) -> str:
    return "A" if (int(qid) // 2) % 2 == 0 else "B"


def fit(rows: list[tuple[np.ndarray, np.ndarray]], l2: float = 1e-4) -> tuple[np.ndarray, float]:
    """Weights by a listwise softmax loss (ListNet: each query's candidates compete, target = grades
    normalised to sum 1), then a scale and bias so that sigmoid(scale * w.x + bias) is a calibrated
    probability that the candidate is relevant (pointwise log loss, target = grade / 2)."""
    rows = [(f, g) for f, g in rows if g.sum() > 0]
    dim = rows[0][0].shape[1]

    def listwise(w: np.ndarray) -> tuple[float, np.ndarray]:
        value, grad = l2 * float(w @ w), 2 * l2 * w
        for f, g in rows:
            z = f @ w
            z = z - z.max()
            p = np.exp(z) / np.exp(z).sum()
            t = g / g.sum()
            value -= float(t @ np.log(p + 1e-12)) / len(rows)
            grad += f.T @ (p - t) / len(rows)
        return value, grad

    w = minimize(listwise, np.zeros(dim), jac=True, method="L-BFGS-B").x
    z = np.concatenate([f @ w for f, _ in rows])
    y = np.concatenate([g for _, g in rows]) / 2.0

    def pointwise(ab: np.ndarray) -> tuple[float, np.ndarray]:
        p = 1.0 / (1.0 + np.exp(-(ab[0] * z + ab[1])))
        value = -float(np.mean(y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12)))
        d = (p - y) / len(y)
        return value, np.array([float(d @ z), float(d.sum())])

    a, b = minimize(pointwise, np.array([1.0, 0.0]), jac=True, method="L-BFGS-B").x
    return w * a, float(b)


def resident_rows(use_full: bool) -> list[tuple[np.ndarray, np.ndarray]]:
    """Training rows from the tuning halves: every message that reaches the FAQ search, grade 2 for its labels."""
    return [(f[:, :len(LINEAR)], g) for f, g in tuning_rows(40, use_full=use_full)]


def rank(cand: np.ndarray, scores: np.ndarray, ids: list[str], k: int = 10) -> list[str]:
    order = np.argsort(-scores, kind="stable")[:k]
    return [ids[int(cand[i])] for i in order]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--cache", type=Path, default=ROOT / "var" / "bench-vectors.sqlite")
    ap.add_argument("--no-full", action="store_true", help="phrasing vectors only (no whole-document vectors)")
    ap.add_argument("--lexical", choices=("bot", "chive", "both"), default="both")
    ap.add_argument("--with-residents", action="store_true",
                    help="also train on the residents' and foreign tuning halves (the bot's own content)")
    args = ap.parse_args()
    extra_rows = resident_rows(not args.no_full) if args.with_residents else []
    docs = load_corpus(args.data / "corpus.json")
    queries = json.loads((args.data / "queries-dev.json").read_text(encoding="utf-8"))
    qrels = {q: {d: int(g) for d, g in v.items()} for q, v in
             json.loads((args.data / "qrels-dev.json").read_text(encoding="utf-8")).items()}
    encoder = MemoEncoder(CachedEncoder(load_encoder("e5-small"), args.cache))
    print(f"vector cache: {args.cache}", file=sys.stderr)
    ids = [d.id for d in docs]
    results: dict[str, dict[str, dict[str, float]]] = {}
    signals: dict[str, dict[str, tuple[np.ndarray, np.ndarray]]] = {}
    configs = [("bot lexical (chiVe off)", BOT_MATCHER_OPTIONS), ("lexical default (chiVe on)", {})]
    configs = [c for c in configs if args.lexical == "both" or (args.lexical == "bot") == (c[1] is BOT_MATCHER_OPTIONS)]
    for name, options in configs:
        t = time.perf_counter()
        lexical = Index.build(docs, **options)
        fusion = FusionConfig(candidates=100, use_full=not args.no_full)
        hybrid = HybridIndex(lexical, encoder, docs, fusion, progress=tty_progress)
        print(f"{name}: built in {time.perf_counter() - t:.1f} s", file=sys.stderr)
        signals[name] = {q: hybrid.signals(text) for q, text in queries.items()}
    for name, sig in signals.items():
        def evaluate(score_fn, label: str, sig=sig) -> None:
            runs = {}
            for fold in ("A", "B", "all"):
                qids = [q for q in queries if fold in ("all", fold_of(q)) and q in qrels]
                rankings = {q: rank(sig[q][0], score_fn(sig[q][1]), ids) for q in qids}
                runs[fold] = evaluate_rankings(rankings, qrels)
            results[f"{name} | {label}"] = runs

        evaluate(lambda f: f[:, 0] + 1e-6 * f[:, 1], "lexical only")
        evaluate(lambda f: f[:, 1] + f[:, 2], "e5 only (phrasing + full cosine)")
        for w in (0.1, 0.3, 1.0):
            evaluate(lambda f, w=w: f[:, 0] + w * (f[:, 1] + f[:, 2]) / 2 / 0.1, f"lexical + {w} x e5 mean/0.1")
        train = {}
        for fold in ("A", "B"):
            rows = []
            for q, (cand, feats) in sig.items():
                if fold_of(q) != fold or q not in qrels or not len(cand):
                    continue
                grades = np.array([qrels[q].get(ids[int(i)], 0) for i in cand], dtype=float)
                rows.append((feats[:, :len(LINEAR)], grades))
            train[fold] = fit(rows + extra_rows)
        for fold, (w, b) in train.items():
            evaluate(lambda f, w=w, b=b: f[:, :len(w)] @ w + b, f"learned on fold {fold}")
            print(f"{name}: fold {fold} weights {dict(zip(LINEAR, np.round(w, 3), strict=True))} bias {b:.3f}")
    print()
    print("| configuration | fold A R@10 / nDCG@10 / Hit@1 | fold B | all dev |")
    print("|---|---|---|---|")
    for label, runs in results.items():
        cells = [f"{r['recall@10']:.3f} / {r['ndcg@10']:.3f} / {r['hit@1']:.3f}" for r in runs.values()]
        print(f"| {label} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
