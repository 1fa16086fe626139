"""Fit the decider (bot.search.decider): how sure the bot may be of its top candidate, on one scale for every message.

    python bench/decider.py [--fusion name=value ...] [--l2 1.0]

The rows are the tuning halves' messages that reach the FAQ search (residents, foreign, tests/regression.yaml; the
same as bench/calibrate_hybrid.py), ranked by the bot's ranking (BOT_FUSION, with --fusion overrides such as
model=ranker-lambdarank.txt scale=… bias=… candidates=100). Target: the top candidate is one of the message's right
entries; a message with no entry (out-of-scope, fallback) is a negative whatever it ranks first.

Honest figures first: the rows are split in two halves (by position, fixed before fitting); the decider and the
thresholds are fitted on one half and the utility (bench/calibrate_hybrid.py's) measured on the other, both ways,
against the ranking's own score with thresholds fitted the same way. Then the decider and the thresholds fitted
on all rows are printed, ready for BOT_FUSION (decider=…, decider_bias=…) and BOT_THRESHOLDS.
Never run on the holdout halves.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.calibrate_hybrid import UTILITY, grid, outcome  # noqa: E402
from bench.run_residents import label_class, load_cases  # noqa: E402
from bench.tuning_rows import MORE_SETS, TUNING_SETS  # noqa: E402
from bot.chat import needs  # noqa: E402
from bot.chat.knowledge import (BOT_FUSION, BOT_THRESHOLDS, content_encoder_for, documents_of,  # noqa: E402
                                load_knowledge, second_encoders_for)
from bot.chat.routing import TEXT_ROUTES, Turn  # noqa: E402
from bot.search import Thresholds  # noqa: E402
from bot.search import decider  # noqa: E402
from bot.search.hybrid import HybridIndex  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.text.clock import now_jst  # noqa: E402


def collect(fusion_overrides: dict, cross: list[dict] | None = None,
            sets: tuple[str, ...] = TUNING_SETS) -> tuple[list[dict], list[dict]]:
    """(messages that reach the FAQ search, messages with no entry that an earlier route takes: out-of-scope
    questions the scope route recognises, ranked as if they had reached the search).

    `cross` (two sets of FusionConfig overrides: models trained by bench/ltr.py --exclude-half 0 / 1): each message
    is ranked by the model that did not train on it. A tuning message is a ranker's training row when it is
    topical, reaches the search and has a right entry among the candidates (bench/tuning_rows.py), in the same
    order, so its position there gives its half; every other message alternates between the two."""
    settings = Settings(content_dir=ROOT)
    knowledge = load_knowledge(settings)
    if knowledge.intents is not None:
        knowledge.intents.wait()
    if not isinstance(knowledge.index, HybridIndex):
        raise SystemExit("the decider needs the sentence vectors (the bot's hybrid index)")
    second, second_content = second_encoders_for(settings)
    indexes = [HybridIndex(knowledge.index.lexical, knowledge.index.encoder, documents_of(knowledge.content),
                           replace(BOT_FUSION, decider=(), decider_bias=0.0, **(fusion_overrides | extra)),
                           content_encoder=content_encoder_for(settings), second=second, second_content=second_content)
               for extra in (cross or [{}])]
    index = indexes[0]
    turn = Turn(knowledge, now_jst())
    rows: list[dict] = []
    taken: list[dict] = []
    trained = other = 0
    for name in sets:
        for case in load_cases(name, "tune"):
            cls = label_class(case["expect"])
            earlier = any(route(turn, case["q"]) is not None for n, route in TEXT_ROUTES if n != "faq")
            if earlier and cls not in ("out-of-scope", "fallback"):
                continue
            right = {case["expect"], *(case.get("also") or [])} if cls == "topical" else set(case.get("also") or [])
            query, _ = needs.main_need(index, case["q"])
            ids, z, feats = index.ranked_logits(query)
            if cross:
                if cls == "topical" and not earlier and right & set(ids):
                    half, trained = trained % 2, trained + 1
                else:
                    half, other = other % 2, other + 1
                ids, z, feats = indexes[half].ranked_logits(query)
            if not ids:
                continue
            top = knowledge.content.entry_by_id.get(ids[0])
            (taken if earlier else rows).append({"q": case["q"], "right": right, "ids": ids[:3], "z": z, "x": decider.inputs(z, feats, index.features),
                         "feats": feats[:3], "vague": needs.too_vague(query, needs.phrasings_of(top)), "n": len(query)})
    if cross:  # must match bench/ltr.py's count of residents' rows, or the halves are not the rankers' halves
        print(f"cross-fit: {trained} ranker training messages, {other} others")
    return rows, taken


def fit(rows: list[dict], l2: float, only: tuple[str, ...] = ()) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression on standardised inputs, returned in the inputs' own units (`only`: fit
    those DECIDER_FEATURES, the others weigh 0)."""
    keep = np.array([not only or n in only for n in decider.DECIDER_FEATURES])
    x = np.array([r["x"] for r in rows])[:, keep]
    y = np.array([float(r["ids"][0] in r["right"]) for r in rows])
    mu, sd = x.mean(0), x.std(0) + 1e-9
    xs = (x - mu) / sd

    def loss(wb: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = wb[:-1], wb[-1]
        p = 1.0 / (1.0 + np.exp(-(xs @ w + b)))
        d = (p - y) / len(y)
        value = -float(np.mean(y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12))) + l2 * float(w @ w) / len(y)
        return value, np.append(xs.T @ d + 2 * l2 * w / len(y), d.sum())

    wb = minimize(loss, np.zeros(x.shape[1] + 1), jac=True, method="L-BFGS-B").x
    w = np.zeros(len(keep))
    w[keep] = wb[:-1] / sd
    return w, float(wb[-1] - (wb[:-1] * mu / sd).sum())


def items(rows: list[dict], model: tuple[np.ndarray, float] | None) -> list[tuple]:
    """calibrate_hybrid's items: (q, right, top-3 [(id, score)], vague, length)."""
    out = []
    for r in rows:
        if model is None:
            s = 1.0 / (1.0 + np.exp(-r["z"][:3]))
        else:
            s = decider.scores_of(r["x"], r["z"][:3], model[0], model[1])
        out.append((r["q"], r["right"], list(zip(r["ids"], map(float, s), strict=False)), r["vague"], r["n"]))
    return out


def counts(its: list[tuple], t: Thresholds) -> str:
    c: dict[str, int] = {}
    for i in its:
        c[outcome(i, t)] = c.get(outcome(i, t), 0) + 1
    return "  ".join(f"{k} {v}" for k, v in sorted(c.items()))


def utility(its: list[tuple], t: Thresholds) -> float:
    return sum(UTILITY[outcome(i, t)] for i in its)


def _saved(row: dict) -> dict:
    return {k: sorted(v) if isinstance(v, set) else v.tolist() if isinstance(v, np.ndarray) else v
            for k, v in row.items()}


def _loaded(row: dict) -> dict:
    return row | {"right": set(row["right"]), "z": np.array(row["z"]), "x": np.array(row["x"]),
                  "feats": np.array(row["feats"])}


def wrong_answers(its: list[tuple], t: Thresholds) -> int:
    return sum(outcome(i, t) in ("answer_wrong", "out_answer") for i in its)


def pick_right(its: list[tuple], most_wrong: int) -> tuple[Thresholds, float]:
    """The thresholds with the most right answers (then right clarifies) among those that answer wrongly no more
    often than `most_wrong` (the bot's thresholds on the ranking's own score): no new confident wrong answers."""
    steps = [round(0.025 * i, 3) for i in range(1, 40)]
    best: tuple[tuple[int, int, float], Thresholds] | None = None
    for c in steps:
        for a in steps:
            for m in (0.0, 0.02, 0.05, 0.1, 0.15, 0.2):
                for sure in (0.8, 0.9, 0.95, 1.01):
                    if a < c or sure < a:
                        continue
                    t = Thresholds(a, m, c, sure)
                    if wrong_answers(its, t) > most_wrong:
                        continue
                    o = [outcome(i, t) for i in its]
                    key = (o.count("answer_right"), o.count("clarify_right") + o.count("out_fallback"), -a)
                    if best is None or key > best[0]:
                        best = (key, t)
    if best is None:
        raise SystemExit("no thresholds answer as rarely wrongly as the bot's")
    return best[1], utility(its, best[1])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--fusion", nargs="*", default=[], help="FusionConfig overrides, name=value")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--cross-fit", nargs=2, metavar="MODEL:SCALE:BIAS",
                    help="rank each tuning message with the model that did not train on it (bench/ltr.py "
                         "--exclude-half 0, then 1, with their printed scale and bias)")
    ap.add_argument("--negatives", action="store_true",
                    help="also train on the no-entry messages an earlier route takes (out-of-scope questions)")
    ap.add_argument("--keep", action="store_true",
                    help="keep the collected rows in var/ (same overrides: re-fit without re-ranking; content unchanged)")
    ap.add_argument("--pick", choices=("utility", "right"), default="utility",
                    help="thresholds: best utility, or most right answers with no more wrong ones than the bot's")
    ap.add_argument("--most-wrong", type=int,
                    help="--pick right: this many wrong answers at most on all rows (default: the bot's thresholds on "
                         "the ranking's own score; halved for a half)")
    ap.add_argument("--only", nargs="*", default=[], help="fit these DECIDER_FEATURES only (the others weigh 0)")
    # (the decider learns from the ranker's own tuning halves; residents2-5's messages, added by --more-sets, neither
    # cross-fitted ranker saw: either ranks them out of sample. Tried in round 17, not shipped.)
    ap.add_argument("--more-sets", action="store_true", help="also residents2-5's tuning halves (round 17)")
    args = ap.parse_args()
    overrides = {k: ast.literal_eval(v) if v[:1] in "-.0123456789(" else v
                 for k, v in (o.split("=", 1) for o in args.fusion)}
    cross = [dict(zip(("model", "scale", "bias"), (m, float(a), float(b)), strict=True))
             for m, a, b in (c.rsplit(":", 2) for c in args.cross_fit)] if args.cross_fit else None
    sets = TUNING_SETS + (MORE_SETS if args.more_sets else ())
    keep = ROOT / "var" / ("decider-rows-" + hashlib.sha256(repr((sorted(overrides.items()), cross, sets)).encode()
                                                           ).hexdigest()[:12] + ".json")
    if args.keep and keep.exists():
        rows, taken = (list(map(_loaded, part)) for part in json.loads(keep.read_text(encoding="utf-8")))
    else:
        rows, taken = collect(overrides, cross, sets)
        if args.keep:
            keep.write_text(json.dumps([[_saved(r) for r in part] for part in (rows, taken)]), encoding="utf-8")
    extra = taken if args.negatives else []
    print(f"no-entry messages taken by an earlier route: {len(taken)}" + (" (training negatives)" if extra else ""))
    need = [r for r in rows if r["right"]]
    print(f"{len(rows)} messages reach the search ({len(rows) - len(need)} with no entry); top-1 right "
          f"{sum(r['ids'][0] in r['right'] for r in need)}/{len(need)}, top 3 "
          f"{sum(bool(set(r['ids']) & r['right']) for r in need)}/{len(need)}")
    halves = [rows[0::2], rows[1::2]]
    totals = {"ranking's score": 0.0, "decider": 0.0}
    for test in (0, 1):
        train, held = halves[1 - test], halves[test]
        model = fit(train + extra[1 - test::2], args.l2, tuple(args.only))
        if args.pick == "right":
            most = args.most_wrong // 2 if args.most_wrong else wrong_answers(items(train, None), BOT_THRESHOLDS)
            base_t, _ = pick_right(items(train, None), most)
            dec_t, _ = pick_right(items(train, model), most)
        else:
            base_t, _ = grid(items(train, None))
            dec_t, _ = grid(items(train, model))
        for label, its, t in (("ranking's score", items(held, None), base_t), ("decider", items(held, model), dec_t)):
            u = utility(its, t)
            totals[label] += u
            print(f"half {test} (fitted on the other): {label}: {t} utility {u:.1f} | {counts(its, t)}")
    print("both halves, utility: " + ", ".join(f"{k} {v:.1f}" for k, v in totals.items()))
    print(f"the bot's thresholds {BOT_THRESHOLDS} on the ranking's score: halves "
          + " / ".join(f"{utility(items(h, None), BOT_THRESHOLDS):.1f}" for h in halves))
    model = fit(rows + extra, args.l2, tuple(args.only))
    if args.pick == "right":
        most = args.most_wrong or wrong_answers(items(rows, None), BOT_THRESHOLDS)
        t, best = pick_right(items(rows, model), most)
        base_t, base = pick_right(items(rows, None), most)
    else:
        t, best = grid(items(rows, model))
        base_t, base = grid(items(rows, None))
    print(f"all rows: the bot's thresholds on the ranking's score: utility {utility(items(rows, None), BOT_THRESHOLDS):.1f}"
          f" | {counts(items(rows, None), BOT_THRESHOLDS)}")
    print(f"all rows: ranking's score {base_t} utility {base:.1f} | {counts(items(rows, None), base_t)}")
    print(f"all rows: decider {t} utility {best:.1f} | {counts(items(rows, model), t)}")
    print(f"decider=({', '.join(f'{v:.4f}' for v in model[0])}), decider_bias={model[1]:.4f}")
    print(f"Thresholds(answer={t.answer}, margin={t.margin}, clarify={t.clarify}, sure={t.sure})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
