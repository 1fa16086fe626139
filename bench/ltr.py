"""Learning to rank on the localgovFAQ development half: every configuration tried, with honest fold figures.

    python bench/ltr.py [--data ../shared/bench/localgovfaq] [--cache var/bench-vectors.sqlite]
                        [--candidates 40 100 150] [--write CONFIG] [--train all|A]
                        [--second use-m3 [--second-columns NAME ...]]

The dev queries are split into two folds by qid as in bench/fusion.py (qid // 2 even = fold A, odd = fold B; fixed
before any fitting). Each configuration is trained on fold A and measured on fold B ("fold B" column), and trained
on fold B and measured on fold A ("fold A" column). The residents' and foreign tuning halves and
tests/regression.yaml (the bot's own content, grade 2 for the labelled entries) can be added to the training rows
of every fold (`+res`): they never touch the localgovFAQ figures' test fold.

Models:
    linear-9    the logistic fusion of round 4 (ListNet weights over the first nine FEATURES, then a calibration)
    linear-all  the same over every FEATURES column
    gbdt-…      LightGBM lambdarank over every column (gain = grade, as nDCG@10 counts it), then a sigmoid
                calibration of its raw score (pointwise log loss, target grade / 2), so thresholds read it
    boost-gbdt-…  the trees over linear-all's score (LightGBM's init_score)
    avg5-gbdt-…   five seeds of one configuration, their calibrated scores averaged (round 8)

--write NAME trains that configuration on --train (all dev, default, or fold A) plus the residents' rows and writes
the model file bot/search/ranker-lambdarank.txt, printing the FusionConfig line for bot/chat/knowledge.py.
--second use-m3 (round 9) adds a second encoder's signals (bot.search.second.SECOND_FEATURES, or the
--second-columns chosen) after FEATURES, on the localgovFAQ rows and the residents' rows alike.
The held-out half of localgovFAQ is not here: the maintainers measure it with `tsunagari eval`.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.fusion import DEFAULT_DATA, fit, fold_of  # noqa: E402
from bench.tuning_rows import TUNING_SETS, Rows, tuning_rows  # noqa: E402
from bot.chat.knowledge import BOT_MATCHER_OPTIONS  # noqa: E402
from bot.search import Index  # noqa: E402
from bot.search.encoders import MemoEncoder, load_encoder  # noqa: E402
from bot.search.hybrid import FEATURES, FusionConfig, HybridIndex, tty_progress  # noqa: E402
from bot.search.second import SECOND_FEATURES  # noqa: E402
from bot.staff.evaluate import evaluate_rankings, load_corpus  # noqa: E402
from bot.store.vector_cache import CachedEncoder  # noqa: E402

MODEL_FILE = ROOT / "bot" / "search" / "ranker-lambdarank.txt"

GBDT = {  # name -> LightGBM parameters (with the shared ones below)
    "gbdt-7x200": {"num_leaves": 7, "num_iterations": 200},
    "gbdt-15x200": {"num_leaves": 15, "num_iterations": 200},
    "gbdt-15x400": {"num_leaves": 15, "num_iterations": 400},
    "gbdt-31x300": {"num_leaves": 31, "num_iterations": 300},
    "gbdt-3x300": {"num_leaves": 3, "num_iterations": 300},
    "gbdt-3x600": {"num_leaves": 3, "num_iterations": 600},
    "gbdt-7x100": {"num_leaves": 7, "num_iterations": 100},
    "gbdt-7x200-reg": {"num_leaves": 7, "num_iterations": 200, "min_data_in_leaf": 100, "lambda_l2": 10.0},
    "gbdt-3x300-reg": {"num_leaves": 3, "num_iterations": 300, "min_data_in_leaf": 100, "lambda_l2": 10.0},
    "gbdt-5x300-reg": {"num_leaves": 5, "num_iterations": 300, "min_data_in_leaf": 100, "lambda_l2": 10.0},
    "gbdt-3x600-reg-slow": {"num_leaves": 3, "num_iterations": 600, "min_data_in_leaf": 100, "lambda_l2": 10.0,
                            "learning_rate": 0.025},
    # pointwise: the probability that a candidate is relevant (label grade / 2), so a score means the same in
    # every query (lambdarank's only orders the candidates of one query)
    "xentropy-3x300-reg": {"objective": "cross_entropy", "num_leaves": 3, "num_iterations": 300,
                           "min_data_in_leaf": 100, "lambda_l2": 10.0},
    "xentropy-7x300-reg": {"objective": "cross_entropy", "num_leaves": 7, "num_iterations": 300,
                           "min_data_in_leaf": 100, "lambda_l2": 10.0},
    "xendcg-7x200": {"objective": "rank_xendcg", "num_leaves": 7, "num_iterations": 200},
    "xendcg-3x300": {"objective": "rank_xendcg", "num_leaves": 3, "num_iterations": 300},
    # round 8: more regularisation (fewer rounds, more data per leaf, stumps)
    "gbdt-3x150-reg": {"num_leaves": 3, "num_iterations": 150, "min_data_in_leaf": 100, "lambda_l2": 10.0},
    "gbdt-3x300-reg200": {"num_leaves": 3, "num_iterations": 300, "min_data_in_leaf": 200, "lambda_l2": 10.0},
    "gbdt-3x300-reg400": {"num_leaves": 3, "num_iterations": 300, "min_data_in_leaf": 400, "lambda_l2": 30.0},
    "gbdt-2x600-reg": {"num_leaves": 2, "num_iterations": 600, "min_data_in_leaf": 100, "lambda_l2": 10.0},
    "gbdt-3x500-reg": {"num_leaves": 3, "num_iterations": 500, "min_data_in_leaf": 100, "lambda_l2": 10.0},
    "gbdt-3x300-reg-ff5": {"num_leaves": 3, "num_iterations": 300, "min_data_in_leaf": 100, "lambda_l2": 10.0,
                           "feature_fraction": 0.5},
    "gbdt-3x300-reg-t10": {"num_leaves": 3, "num_iterations": 300, "min_data_in_leaf": 100, "lambda_l2": 10.0,
                           "lambdarank_truncation_level": 10},
    # round 8: Hit@1 counts grade-2 documents only, so weight them more against the related (grade 1) ones
    "gbdt-3x300-reg-g013": {"num_leaves": 3, "num_iterations": 300, "min_data_in_leaf": 100, "lambda_l2": 10.0,
                            "label_gain": [0, 1, 3]},
    "gbdt-3x300-reg-g015": {"num_leaves": 3, "num_iterations": 300, "min_data_in_leaf": 100, "lambda_l2": 10.0,
                            "label_gain": [0, 1, 5]},
}
SHARED = {"objective": "lambdarank", "learning_rate": 0.05, "min_data_in_leaf": 20, "feature_fraction": 0.8,
          "bagging_fraction": 0.8, "bagging_freq": 1, "lambdarank_truncation_level": 20, "label_gain": [0, 1, 2],
          "num_threads": 1, "deterministic": True, "seed": 7, "verbosity": -1}


def dev_signals(data: Path, cache: Path, k: int, second: str = "") -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Candidates and signals of every dev query: FEATURES, then SECOND_FEATURES with a `second` encoder (kept in
    var/ so configurations re-run in seconds)."""
    keep = ROOT / "var" / f"ltr-dev-signals-{k}{'-' + second if second else ''}.npz"
    width = len(FEATURES) + (len(SECOND_FEATURES) if second else 0)
    queries = json.loads((data / "queries-dev.json").read_text(encoding="utf-8"))
    if keep.exists():
        saved = np.load(keep)
        if int(saved["features"]) == width:
            return {q: (saved[f"c{q}"], saved[f"f{q}"]) for q in queries}
    docs = load_corpus(data / "corpus.json")
    encoder = MemoEncoder(CachedEncoder(load_encoder("e5-small"), cache, persist_queries=True))
    # the benchmark's public queries may be kept on disk (persist_queries), as for e5
    other = MemoEncoder(CachedEncoder(load_encoder(second), cache, persist_queries=True)) if second else None
    t = time.perf_counter()
    hybrid = HybridIndex(Index.build(docs, **BOT_MATCHER_OPTIONS), encoder, docs, FusionConfig(candidates=k),
                         progress=tty_progress, second=other)
    out = {q: hybrid.signals(text) for q, text in queries.items()}
    print(f"dev signals, {k} candidates per list: {time.perf_counter() - t:.0f} s", file=sys.stderr)
    arrays = {f"c{q}": c for q, (c, _) in out.items()} | {f"f{q}": f for q, (_, f) in out.items()}
    np.savez_compressed(keep, features=width, **arrays)
    return out


def dev_labels(data: Path) -> tuple[dict[str, dict[str, int]], list[str]]:
    """The dev half's relevance grades (query -> document id -> grade) and the corpus's document ids in order."""
    qrels = {q: {d: int(g) for d, g in v.items()} for q, v in
             json.loads((data / "qrels-dev.json").read_text(encoding="utf-8")).items()}
    return qrels, list(json.loads((data / "corpus.json").read_text(encoding="utf-8")))


def grades(qrels: dict[str, dict[str, int]], ids: list[str], q: str, candidates: np.ndarray) -> np.ndarray:
    """The grade of each candidate (a row of the corpus) for dev query q."""
    return np.array([qrels[q].get(ids[int(i)], 0) for i in candidates], dtype=float)


def resident_rows(k: int, second: str = "", sets: tuple[str, ...] = TUNING_SETS) -> Rows:
    """The bot's own content: tuning messages that reach the FAQ search, grade 2 for their labelled entries (kept
    in var/ for the content and tuning sets they were computed on); `second` as for dev_signals."""
    import hashlib

    digest = hashlib.sha256(b"" if sets == TUNING_SETS else repr(sets).encode())  # (the shipped sets keep their key)
    for path in sorted([*ROOT.glob("faq/*.yaml"), *ROOT.glob("plan_data/*.yaml"), *ROOT.glob("bench/*/tune.yaml"),
                        ROOT / "tests" / "regression.yaml"]):
        digest.update(path.read_bytes())
    width = len(FEATURES) + (len(SECOND_FEATURES) if second else 0)
    keep = ROOT / "var" / f"ltr-resident-rows-{k}-{digest.hexdigest()[:12]}-{width}{'-' + second if second else ''}.npz"
    if keep.exists():
        saved = np.load(keep)
        return [(saved[f"f{i}"], saved[f"g{i}"]) for i in range(int(saved["n"]))]
    rows = tuning_rows(k, second=second, sets=sets)
    np.savez_compressed(keep, n=len(rows), **{f"f{i}": f for i, (f, _) in enumerate(rows)},
                        **{f"g{i}": g for i, (_, g) in enumerate(rows)})
    return rows


def columns(second: str, chosen: list[str]) -> tuple[np.ndarray | None, tuple[str, ...]]:
    """Which columns of the signals a configuration reads (None: all) and their names."""
    if not second:
        return None, FEATURES
    picked = chosen or list(SECOND_FEATURES)
    keep = np.array([*range(len(FEATURES)), *(len(FEATURES) + SECOND_FEATURES.index(c) for c in picked)])
    return keep, FEATURES + tuple(picked)


def calibrate(raw: list[np.ndarray], grades: list[np.ndarray]) -> tuple[float, float]:
    """scale, bias so that sigmoid(scale * raw + bias) is the probability that a candidate is relevant."""
    z, y = np.concatenate(raw), np.concatenate(grades) / 2.0

    def loss(ab: np.ndarray) -> tuple[float, np.ndarray]:
        p = 1.0 / (1.0 + np.exp(-(ab[0] * z + ab[1])))
        d = (p - y) / len(y)
        return (-float(np.mean(y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12))),
                np.array([float(d @ z), float(d.sum())]))

    a, b = minimize(loss, np.array([1.0, 0.0]), jac=True, method="L-BFGS-B").x
    return float(a), float(b)


def train_gbdt(rows: Rows, params: dict, base: Callable[[np.ndarray], np.ndarray] | None = None,
               names: Sequence[str] = FEATURES) -> tuple[object, float, float]:
    """LightGBM lambdarank; with `base`, the trees learn what a linear score leaves (LightGBM's init_score), and
    the calibration is of the sum."""
    import lightgbm

    rows = [(f, g) for f, g in rows if g.sum() > 0]
    x = np.concatenate([f for f, _ in rows])
    y = np.concatenate([g for _, g in rows])
    y = y / 2.0 if params.get("objective") == "cross_entropy" else y.astype(int)
    start = np.concatenate([base(f) for f, _ in rows]) if base is not None else None
    data = lightgbm.Dataset(x, y, group=[len(g) for _, g in rows], feature_name=list(names), init_score=start,
                            params={"verbosity": -1})
    booster = lightgbm.train({**SHARED, **params}, data)
    scale, bias = calibrate([booster.predict(f, num_threads=1) + (base(f) if base is not None else 0.0)
                             for f, _ in rows], [g for _, g in rows])
    return booster, scale, bias


Scorer = Callable[[np.ndarray], np.ndarray]


def trainer(name: str, names: Sequence[str] = FEATURES) -> Callable[[Rows], Scorer]:
    if name.startswith("linear"):
        width = 9 if name == "linear-9" else len(FEATURES)

        def linear(rows: Rows) -> Scorer:
            w, b = fit([(f[:, :width], g) for f, g in rows])
            return lambda f: f[:, :width] @ w + b
        return linear

    if name.startswith("boost-"):  # linear-all on the localgovFAQ rows, then trees on every row over it
        def boosted(rows: Rows) -> Scorer:
            dev = [(f, g) for f, g in rows if np.all(f[:, FEATURES.index("phrasings")] <= np.log1p(1.0))]
            w, b = fit(dev)
            booster, scale, bias = train_gbdt(rows, GBDT[name[len("boost-"):]], lambda f: f @ w, names)
            return lambda f: scale * (f @ w + booster.predict(f, num_threads=1)) + bias  # type: ignore[attr-defined]
        return boosted

    if name.startswith("avg5-"):  # round 8: five seeds of one configuration, their calibrated scores averaged
        def averaged(rows: Rows) -> Scorer:
            models = [train_gbdt(rows, {**GBDT[name[len("avg5-"):]], "seed": seed}, names=names) for seed in range(5)]
            return lambda f: np.mean([s * b.predict(f, num_threads=1) + c for b, s, c in models],  # type: ignore
                                     axis=0)
        return averaged

    def gbdt(rows: Rows) -> Scorer:
        booster, scale, bias = train_gbdt(rows, GBDT[name], names=names)
        return lambda f: scale * booster.predict(f, num_threads=1) + bias  # type: ignore[attr-defined]
    return gbdt


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--cache", type=Path, default=ROOT / "var" / "bench-vectors.sqlite")
    ap.add_argument("--candidates", type=int, nargs="+", default=[40, 100])
    ap.add_argument("--models", nargs="+", default=["linear-9", "linear-all", *GBDT])
    ap.add_argument("--no-residents", action="store_true", help="train on localgovFAQ only (no `+res` rows)")
    ap.add_argument("--write", help="train this model on --train + the residents' rows and write its file")
    ap.add_argument("--train", choices=("all", "A"), default="all")
    ap.add_argument("--exclude-half", type=int, choices=(0, 1),
                    help="--write without the residents' rows at positions H, H+2, … (a cross-fitted model for "
                         "bench/decider.py --cross-fit: the decider's rows of those messages come from a ranker "
                         "that never saw them)")
    ap.add_argument("--out", type=Path, default=MODEL_FILE, help="--write: the model file (default: the bot's)")
    ap.add_argument("--second", default="", help="a second encoder's signals too (round 9: use-m3)")
    ap.add_argument("--second-columns", nargs="*", default=[], help="only these SECOND_FEATURES (default: all)")
    ap.add_argument("--dev-weight", type=int, default=1,
                    help="count each localgovFAQ query this many times next to the residents' rows (+res only)")
    args = ap.parse_args()
    qrels, ids = dev_labels(args.data)
    print(f"vector cache: {args.cache}", file=sys.stderr)
    keep, names = columns(args.second, args.second_columns)

    def cut(rows: Rows) -> Rows:
        return rows if keep is None else [(f[:, keep], g) for f, g in rows]

    def signals(k: int) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        sig = dev_signals(args.data, args.cache, k, args.second)
        return sig if keep is None else {q: (c, f[:, keep]) for q, (c, f) in sig.items()}
    if args.write:
        k = args.candidates[0]
        sig = signals(k)
        rows = [(f, grades(qrels, ids, q, c)) for q, (c, f) in sig.items()
                if q in qrels and len(c) and (args.train == "all" or fold_of(q) == "A")]
        res = [] if args.no_residents else cut(resident_rows(k, args.second))
        if args.exclude_half is not None:
            res = [r for i, r in enumerate(res) if i % 2 != args.exclude_half]
        booster, scale, bias = train_gbdt(rows * args.dev_weight + res, GBDT[args.write], names=names)
        booster.save_model(str(args.out))  # type: ignore[attr-defined]
        print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB); "
              f"FusionConfig(candidates={k}, model={args.out.name!r}, scale={scale:.4f}, bias={bias:.4f})")
        return 0
    lines = []
    for k in args.candidates:
        sig = signals(k)
        folds: dict[str, Rows] = {"A": [], "B": []}
        for q, (c, f) in sig.items():
            if q in qrels and len(c):
                folds[fold_of(q)].append((f, grades(qrels, ids, q, c)))
        union = np.mean([any(qrels[q].get(ids[int(i)], 0) >= 1 for i in c) for q, (c, _) in sig.items() if q in qrels])
        print(f"{k} candidates per list: a relevant document among the candidates for {union:.1%} of dev queries",
              file=sys.stderr)
        extras = [("", [])] if args.no_residents else [("", []), (" +res", cut(resident_rows(k, args.second)))]
        if args.dev_weight > 1:
            extras = [(f"{suffix} (dev rows x{args.dev_weight})", extra) for suffix, extra in extras if extra]
        for suffix, extra in extras:
            for name in args.models:
                cells = {}
                for test, train in (("A", "B"), ("B", "A")):
                    score = trainer(name, names)(folds[train] * args.dev_weight + extra)
                    rankings = {}
                    for q, (c, f) in sig.items():
                        if q in qrels and fold_of(q) == test:
                            order = np.argsort(-score(f), kind="stable")[:10] if len(c) else []
                            rankings[q] = [ids[int(c[i])] for i in order]
                    cells[test] = evaluate_rankings(rankings, qrels)
                both = {m: (cells["A"][m] * cells["A"]["queries"] + cells["B"][m] * cells["B"]["queries"])
                        / (cells["A"]["queries"] + cells["B"]["queries"]) for m in ("recall@10", "ndcg@10", "hit@1")}
                row = [f"{r['recall@10']:.3f} / {r['ndcg@10']:.3f} / {r['hit@1']:.3f}" for r in (cells["B"], cells["A"],
                                                                                               both)]
                if extra:  # the bot's own content too: residents' rows in two halves, all dev rows in training
                    right1 = right3 = 0
                    for half in (0, 1):
                        score = trainer(name, names)((folds["A"] + folds["B"]) * args.dev_weight + extra[1 - half::2])
                        for f, g in extra[half::2]:
                            order = np.argsort(-score(f), kind="stable")
                            right1 += int(g[order[0]] > 0)
                            right3 += int((g[order[:3]] > 0).any())
                    row.append(f"{right1} / {right3} of {len(extra)}")
                line = f"| {name}{suffix}, {k} candidates | " + " | ".join(row) + " |"
                print(line, file=sys.stderr)
                lines.append(line)
    print("\n| configuration | fold B (trained on A) R@10 / nDCG@10 / Hit@1 | fold A (trained on B) | both folds "
          "| residents' tuning rows, top-1 / top-3 right (two halves) |")
    print("|---|---|---|---|---|")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
