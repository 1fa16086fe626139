"""Train the crisis head: a linear softmax classifier over the shared e5 sentence vectors.

    OMP_NUM_THREADS=1 nice -n 10 taskset -c 0 python bench/crisis/train.py          # writes bot/chat/crisis_head.npz

Training data (never fresh-holdout.yaml):
* bench/crisis/train.yaml (written for the head) and bench/crisis/bank.yaml (round 2's bank);
* bench/crisis/tune.yaml + holdout.yaml (round 2; the holdout was spent, so it is training data now),
  fresh-tune.yaml, r4/r4-tune.yaml, r5/r5-tune.yaml and r6/r6-tune.yaml (never a -holdout half);
* train4*.yaml (round 4) and train6-ordinary.yaml / train6-crisis.yaml (round 6);
* the FAQ's titles and questions and everyday greetings as ordinary (so a plain welfare question is not a crisis);
* built examples: a crisis or ordinary statement after one or two harmless FAQ questions (a long message carries
  its crisis in its last sentence; the head reads the whole message's vector, the one the matcher shares).

Thresholds are calibrated on out-of-fold predictions of the benchmark items only, never on the examples the fold
was trained on: crisis where P(not none) keeps ordinary false crises at or under TARGET_FALSE, concern under
TARGET_CONCERN. Round 6: the folds leave one WRITER out (round 2's halves, fresh, r4, r5: --folds writer), so
each writer's items are read by a head that saw nothing that writer wrote, as the unseen halves are (random
folds, --folds random, let a writer's own style on the other folds help); an example built from a held item is
kept out of its fold; the last sentence of a message of several is read too, as the bot does; and round 6's own
statements (train6-*.yaml) are read out of fold as one more writer and reported, never calibrated on.

The nearest-statement check (round 5, --neighbours): the head alone makes a crisis only when most of the message's
nearest hand-written statements (benchmark items and banks) are crises; out of fold, a held item's own fold is
never among its neighbours.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bot.chat import acts  # noqa: E402
from bot.chat.crisis import detect  # noqa: E402
from bot.chat.crisis_everyday import everyday_beside  # noqa: E402
from bot.chat.crisis_assess import EXTRA_GATE, URGENT_AT, figurative, plainly_typed  # noqa: E402
from bot.chat.crisis_fold import fold_up  # noqa: E402
from bot.chat.crisis_head import AGREE, CLASSES, HEAD_PATH, NEIGHBOURS, head_text  # noqa: E402
from bot.chat.crisis_text import last_sentence, prepare  # noqa: E402
from bot.content import Content, load_content  # noqa: E402
from bot.search.encoders import E5Encoder, MemoEncoder  # noqa: E402
from bot.store.vector_cache import CachedEncoder  # noqa: E402
from bot.text import greetings  # noqa: E402
from bench.crisis.hiragana import has_kanji, hiragana  # noqa: E402

BENCH = ROOT / "bench" / "crisis"
TARGET_FALSE = 0.004   # out-of-fold false crises allowed on ordinary benchmark messages
TARGET_CONCERN = 0.03  # out-of-fold concern lines allowed on them
L2 = 1e-2
STEPS = 200  # round 6: 400 → 200 (stopping early generalised better to a writer left out: writer folds)
CALIBRATE = "bench"  # which items are held out by fold and set the thresholds: "bench" (the benchmark halves'
# items, written by writers who never saw the code) or "all" (every hand-written item, the banks too)
CRISIS_FLOOR = 0.90  # the head alone never makes a crisis under this. Round 4 had 0.96: out of fold it set 0.86,
# which gave ordinary welfare worries (a parent living alone far away, life after prison) a crisis reply; with the
# nearest-statement check (round 5) those get the caring line, and out of fold now sets 0.948
VETO_MARGIN = 0.5  # veto_at is this fraction of the lowest reading of a vetoable real crisis the rules caught
SEEDS = 5  # hidden-layer heads trained from different random starts and averaged
HIDDEN = 64  # units in a ReLU hidden layer; 0 = a linear head (round 3)
NONE_WEIGHT = 2.0  # an ordinary message counts this much more: a false crisis is what residents notice


# FAQ entries about one's own crisis or an emergency stay out of the ordinary statements: a message close to them
# should not be pulled away from the crisis side.
CRISIS_ENTRIES = frozenset({"tsurai-kimochi", "kokoro-soudan", "bot-kinkyu", "kyukyu-mayou"})


def faq_statements(content: Content) -> tuple[str, ...]:
    """The FAQ's titles and questions, and everyday greetings, as ordinary statements; anything the crisis rules
    flag is left out."""
    faq = (q for e in content.entries if e.id not in CRISIS_ENTRIES for q in (e.title, *e.questions))
    # Hello and thanks in every served language are ordinary too: without them a short 「非常感谢您」 sits
    # closer to a foreign-language crisis statement than to anything ordinary in its language.
    everyday = [phrase for table in (greetings.HELLO, greetings.THANKS) for words in table.values() for phrase in words]
    # ... and the conversational acts (bye, thanks, ok, hello, "start over") in every language: an everyday
    # "Tchau, até logo" or "Sampai jumpa" is no farewell letter.
    everyday += [phrase for act in ("bye", "thanks", "ack", "greeting", "restart") for phrase in acts._PHRASES[act]]
    # round 8: asking for a person ("Falar com uma pessoa", 人と話したい) is the bot's own act too, answered with the
    # desks; as residents type them, capitalised as well (e5 reads "Falar" and "falar" apart)
    human = acts._PHRASES["human"]
    everyday += [*human, *(p[:1].upper() + p[1:] for p in human if p[:1].islower())]
    return tuple(dict.fromkeys(q for q in (*faq, *everyday) if detect(q) is None))


def bench_items(name: str) -> list[tuple[str, str]]:
    out = []
    for case in yaml.safe_load((BENCH / f"{name}.yaml").read_text("utf-8"))["cases"]:
        cat = case["category"]
        if cat == "dv" and case.get("first_line") == "110":
            cat = "dv_danger"
        out.append((case["text"], cat))
    return out


def bank_items(path: Path) -> list[tuple[str, str]]:
    raw = yaml.safe_load(path.read_text("utf-8"))
    out = [(t, cat) for cat, langs in raw["crisis"].items() for texts in langs.values() for t in texts]
    out += [(t, "none") for texts in raw["ordinary"].values() for t in texts]
    return out


def built(items: list[tuple[str, str]], harmless: list[str], rng: random.Random, n: int) -> list[tuple[str, str]]:
    """A statement after harmless questions, as residents write when the real matter comes last. Which statements
    and which lead are chosen by each statement's hash, so adding to a bank changes few built examples (and few
    vectors to encode)."""
    short = sorted({t for t, _ in items if len(t) <= 60}, key=lambda t: hashlib.sha256(t.encode()).hexdigest())
    label = dict(items)
    out = []
    for text in short[:n]:
        pick = random.Random(hashlib.sha256(text.encode()).hexdigest())
        lead = "。".join(q.rstrip("。？?") for q in pick.sample(harmless, pick.choice((1, 2))))
        out.append((f"{lead}。{text}", label[text]))
        BUILT_FROM[f"{lead}。{text}"] = text
    return out


BUILT_FROM: dict[str, str] = {}  # a built example → the statement it was built from (kept out of that one's fold)


_KANA = re.compile(r"[\u3041-\u30ff]")  # Japanese has kana; Chinese has none


def kana_copies(items: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Round 15: each Japanese statement with kanji once more, all in hiragana, as residents type without
    converting (bench/crisis/hiragana.py). Out of fold, a copy is kept out of its statement's fold."""
    out = []
    for text, label in items:
        if has_kanji(text) and _KANA.search(text):
            copy = hiragana(text)
            out.append((copy, label))
            BUILT_FROM[head_text(copy)] = head_text(text)
    return out


def _adam(params: list[np.ndarray], grad_fn, steps: int, lr: float = 0.05) -> None:  # type: ignore[no-untyped-def]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    b1, b2 = 0.9, 0.999
    for t in range(1, steps + 1):
        for i, (param, grad) in enumerate(zip(params, grad_fn(), strict=True)):
            m[i] = b1 * m[i] + (1 - b1) * grad
            v[i] = b2 * v[i] + (1 - b2) * grad * grad
            param -= lr * (m[i] / (1 - b1 ** t)) / (np.sqrt(v[i] / (1 - b2 ** t)) + 1e-8)


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    p = np.exp(z)
    return p / p.sum(axis=1, keepdims=True)


def train(x: np.ndarray, y: np.ndarray, w_sample: np.ndarray, seed: int = 0) -> dict[str, np.ndarray]:
    """Multinomial logistic regression (HIDDEN = 0) or one ReLU hidden layer; full-batch Adam, L2 on weights."""
    x = x.astype(np.float32)
    n, d = x.shape
    k = len(CLASSES)
    onehot = np.eye(k, dtype=np.float32)[y]
    w_sample = (w_sample / w_sample.sum()).astype(np.float32)
    if not HIDDEN:
        W = np.zeros((d, k), np.float32)
        b = np.zeros(k, np.float32)

        def grads_linear() -> list[np.ndarray]:
            g = (_softmax(x @ W + b) - onehot) * w_sample[:, None]
            return [x.T @ g + L2 * W, g.sum(axis=0)]

        _adam([W, b], grads_linear, STEPS)
        return {"W": W, "b": b}
    rng = np.random.default_rng(seed)
    W1 = (rng.standard_normal((d, HIDDEN)) * np.sqrt(2 / d)).astype(np.float32)
    b1 = np.zeros(HIDDEN, np.float32)
    W2 = (rng.standard_normal((HIDDEN, k)) * np.sqrt(1 / HIDDEN)).astype(np.float32)
    b2 = np.zeros(k, np.float32)

    def grads_mlp() -> list[np.ndarray]:
        pre = x @ W1 + b1
        h = np.maximum(pre, 0)
        g = (_softmax(h @ W2 + b2) - onehot) * w_sample[:, None]
        gh = (g @ W2.T) * (pre > 0)
        return [x.T @ gh + L2 * W1, gh.sum(axis=0), h.T @ g + L2 * W2, g.sum(axis=0)]

    _adam([W1, b1, W2, b2], grads_mlp, STEPS, lr=0.01)
    return {"W1": W1, "b1": b1, "W": W2, "b": b2}


def train_ensemble(x: np.ndarray, y: np.ndarray, w_sample: np.ndarray) -> dict[str, np.ndarray]:
    """SEEDS hidden-layer heads from different starts, as one head: their hidden units side by side and their
    logits averaged, so the bot still runs one product per layer."""
    if not HIDDEN or SEEDS == 1:
        return train(x, y, w_sample)
    heads = [train(x, y, w_sample, seed) for seed in range(SEEDS)]
    return {"W1": np.hstack([h["W1"] for h in heads]), "b1": np.concatenate([h["b1"] for h in heads]),
            "W": np.vstack([h["W"] for h in heads]) / SEEDS, "b": np.mean([h["b"] for h in heads], axis=0)}


def probs(x: np.ndarray, params: dict[str, np.ndarray]) -> np.ndarray:
    if "W1" in params:
        x = np.maximum(x @ params["W1"] + params["b1"], 0)
    return _softmax(x @ params["W"] + params["b"])


def weights(y: np.ndarray) -> np.ndarray:
    counts = np.bincount(y, minlength=len(CLASSES)).astype(float)
    per_class = counts.sum() / (len(CLASSES) * np.maximum(counts, 1))
    per_class[0] *= NONE_WEIGHT
    return per_class[y]


def agreeing(queries: np.ndarray, pool: np.ndarray, crisis: np.ndarray, k: int) -> np.ndarray:
    """For each query vector, whether at least AGREE of its k nearest pool statements are crises."""
    sims = queries @ pool.T
    nearest = np.argpartition(-sims, k, axis=1)[:, :k]
    return crisis[nearest].mean(axis=1) >= AGREE


def nearest(queries: np.ndarray, pool: np.ndarray, pool_labels: np.ndarray, k: int = 10) -> tuple[np.ndarray, np.ndarray]:
    """The k nearest pool statements of each query: their similarities (highest first) and labels."""
    sims = queries @ pool.T
    order = np.argsort(-sims, axis=1)[:, :k]
    return np.take_along_axis(sims, order, axis=1), pool_labels[order]


def figures(texts: list[str], hurt: np.ndarray) -> np.ndarray:
    """Items the head alone may not make a crisis, as in the bot (crisis_assess): a figure of speech the rules
    know, and the head does not read someone hurt now (`hurt`: its P(overdose_injury)); or an everyday context
    with no sign of harm (crisis_everyday.everyday_beside, round 12), whatever the head reads."""
    prepared = [prepare(t) for t in texts]
    everyday = np.array([everyday_beside(fold_up(p)) for p in prepared], dtype=bool)
    return (np.array([figurative(p) for p in prepared]) & (hurt < URGENT_AT)) | everyday


def verdicts(risk: np.ndarray, texts: list[str], agree: np.ndarray, crisis_at: float, concern_at: float,
             veto_at: float, hurt: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The whole system's crisis and crisis-or-concern verdicts for items read with these thresholds."""
    found = [detect(t) for t in texts]
    ruled = np.array([f is not None for f in found])
    vetoed = np.array([f is not None and not f.danger and plainly_typed(t, prepare(t)) and r < veto_at
                       for f, t, r in zip(found, texts, risk, strict=True)])
    crisis = (ruled & ~vetoed) | (~ruled & (risk >= crisis_at) & agree & ~figures(texts, hurt))
    return crisis, ruled | (risk >= concern_at)


def calibrate(oof: np.ndarray, y: np.ndarray, texts: list[str],
              agree: np.ndarray | None = None) -> tuple[float, float, float, np.ndarray, np.ndarray]:
    """Thresholds for the whole two-stage system, from out-of-fold head readings and the rules' own verdicts.

    veto_at: a rules hit whose head reading is below it is only a concern (an idiom the rules did not know);
    set under every out-of-fold reading of a real crisis the rules caught, so no caught crisis is lost.
    crisis_at / concern_at: for messages the rules let through, the lowest P(not none) that keeps the whole
    system's false crises / concern lines on ordinary messages within TARGET_FALSE / TARGET_CONCERN.
    agree: the nearest-statement check's verdict per item (None: no check); where it disagrees the head alone
    gives a concern, never a crisis."""
    risk = 1 - oof[:, 0]
    if agree is None:
        agree = np.ones(len(risk), bool)
    found = [detect(t) for t in texts]
    ruled = np.array([f is not None for f in found])
    # the bot lets the head veto only a rules hit with no danger, typed plainly (bot.chat.crisis_assess)
    vetoable = np.array([f is not None and not f.danger and plainly_typed(t, prepare(t))
                         for f, t in zip(found, texts, strict=True)])
    pos = y != 0
    caught = np.sort(risk[pos & vetoable])
    veto_at = float(caught[0]) * VETO_MARGIN
    ordinary = ~pos
    vetoed = vetoable & (risk < veto_at)
    false_rules = ordinary & ruled & ~vetoed
    free = np.sort(risk[ordinary & ~ruled])[::-1]
    allowed = int(TARGET_FALSE * len(free))  # the head's own budget, on what the rules let through
    can = np.sort(risk[ordinary & ~ruled & agree])[::-1]  # what the head alone could make a crisis
    crisis_at = float(can[allowed]) + 1e-4 if allowed < len(can) else 0.5
    crisis_at = max(crisis_at, CRISIS_FLOOR)
    allowed_c = int(TARGET_CONCERN * ordinary.sum())
    concern_at = min(crisis_at, float(free[allowed_c]) + 1e-4) if allowed_c < len(free) else crisis_at
    crisis = (ruled & ~vetoed) | (~ruled & (risk >= crisis_at) & agree)
    alert = ruled | (risk >= concern_at)
    print(f"out-of-fold, {pos.sum()} crisis / {ordinary.sum()} ordinary benchmark items: veto below {veto_at:.3f}, "
          f"crisis at {crisis_at:.3f}, concern at {concern_at:.3f}")
    print(f"  recall {crisis[pos].mean():.3f} (rules alone {ruled[pos].mean():.3f}, head alone "
          f"{((risk >= crisis_at) & agree)[pos].mean():.3f}; held back by neighbours "
          f"{((risk >= crisis_at) & ~agree & ~ruled)[pos].sum()} crisis / "
          f"{((risk >= crisis_at) & ~agree & ~ruled)[ordinary].sum()} ordinary), crisis or concern {alert[pos].mean():.3f}; "
          f"false crisis {crisis[ordinary].mean():.3f} ({false_rules.sum()} from rules), "
          f"concern {(alert & ~crisis)[ordinary].mean():.3f}; vetoed rule hits on ordinary "
          f"{(ordinary & vetoed).sum()}/{(ordinary & ruled).sum()}")
    for cls in range(1, len(CLASSES)):
        m = y == cls
        print(f"  {CLASSES[cls]:16s} n={m.sum():3d} recall {crisis[m].mean():.3f} category right "
              f"{(np.argmax(oof[m][:, 1:], axis=1) + 1 == cls).mean():.3f}")
    if SHOW:
        for i in np.argsort(-risk * ordinary)[:8]:
            print("  TOP-ORDINARY", "rules" if ruled[i] else "-", f"{risk[i]:.3f}", texts[i][:70])
        for i in np.argsort(risk + 10 * ~(pos & ruled))[:8]:
            print("  LOW-CAUGHT", CLASSES[y[i]], f"{risk[i]:.3f}", texts[i][:70])
        for i in np.flatnonzero((pos & ~crisis) | (ordinary & crisis)):
            print("  OOF", CLASSES[y[i]], "rules" if ruled[i] else "-", f"{risk[i]:.3f}",
                  CLASSES[1 + int(np.argmax(oof[i, 1:]))], texts[i][:70].replace("\n", " "))
    return crisis_at, concern_at, veto_at, crisis, alert


SHOW = False
DUMP = False
# Round 15: hiragana copies of the Japanese statements (kana_copies, --kana), as neighbours too unless
# --no-kana-neighbours. Measured, not shipped: on the hiragana copies of r8-r11-tune (never trained on) 128 -> 135 of
# 174 crises, but 331 -> 326 of 332 on those halves as written (docs/notes/crisis.md, round 15).
KANA = False
KANA_NEIGHBOURS = True
BENCHMARKS = ("tune", "holdout", "fresh-tune", "r4/r4-tune", "r5/r5-tune", "r6/r6-tune", "r7/r7-tune")  # never a -holdout half
KNN = NEIGHBOURS  # the nearest-statement check's k (0: none)
TAILS = True  # read the last sentence of a message of several too (round 6), as the bot does
FOLDS = "writer"  # out-of-fold by "writer" (leave one benchmark writer out) or "random" (5 folds, rounds 3-5)
WRITERS = {"tune": "round2", "holdout": "round2", "fresh-tune": "fresh", "r4/r4-tune": "r4", "r5/r5-tune": "r5",
           "r6/r6-tune": "r6", "r7/r7-tune": "r7"}
BANKS = ("train.yaml", "train4.yaml", "train4-ordinary.yaml", "train4-crisis.yaml", "bank.yaml",  # round 3, 4, 2
         "train6-ordinary.yaml", "train6-crisis.yaml", "train6-foreign.yaml",  # round 6
         "train7-crisis.yaml", "train7-ordinary.yaml",  # round 7
         "train8-crisis.yaml", "train8-ordinary.yaml")  # round 8
# Round 6's statements were written by one more writer (crisis6, from the classes): with --folds writer they are
# also read out of fold as a writer of their own and reported, but they never set a threshold (that writer had
# seen the code).
# Round 7's statements (train7-*.yaml, another helper who had seen the code) join them as one probe fold.
PROBES = ("train6-ordinary.yaml", "train6-crisis.yaml", "train6-foreign.yaml", "train7-crisis.yaml",
          "train7-ordinary.yaml")
# Round 8's statements were written blind (a writer who saw neither the code nor a benchmark): read out of fold as
# a writer of their own ("train8") and reported beside the benchmark writers, never calibrated on.
BLIND_BANKS = {"train8-crisis.yaml": "train8", "train8-ordinary.yaml": "train8"}
# Round 11: round 9's blind statements (train9-*.yaml) are read out of fold by every head and trained on by none (round
# 9: training on them lost a chatty crisis), so the shipped head keeps round 8's data; reported as "train9".
READ_ONLY = {"train9-crisis.yaml": "train9", "train9-ordinary.yaml": "train9"}
REPORTED = ("probes", "train8", "train9")  # writers read out of fold and reported, never used to set a threshold


def vectors(encoder: MemoEncoder, texts: list[str]) -> np.ndarray:
    """The training vectors. Two copies under var/: one keyed by the whole list (so re-training the same data
    reads one file), and one by text (so adding a benchmark half or a bank encodes only the new texts; the shared
    vector cache does not keep query vectors)."""
    key = hashlib.sha256("\n".join([encoder.name, *texts]).encode("utf-8")).hexdigest()[:16]
    path = ROOT / "var" / f"crisis-train-{key}.npy"
    memo_path = ROOT / "var" / f"crisis-train-memo-{encoder.name}.npz"
    memo: dict[str, np.ndarray] = {}
    if memo_path.exists():
        with np.load(memo_path, allow_pickle=False) as saved:
            memo = dict(zip((str(t) for t in saved["texts"]), saved["vectors"], strict=True))
    if path.exists():
        x = np.load(path)
        new = {t: v for t, v in zip(texts, x, strict=True) if t not in memo}
    else:
        todo = [t for t in dict.fromkeys(texts) if t not in memo]
        print(f"encoding {len(todo)} of {len(texts)} training texts (cached in var/)", file=sys.stderr)
        new = dict(zip(todo, encoder.encode(todo, kind="query").astype(np.float64), strict=True)) if todo else {}
        x = np.array([new[t] if t in new else memo[t] for t in texts])
        np.save(path, x)
    if new:
        memo.update(new)
        np.savez(memo_path, texts=np.array(list(memo)), vectors=np.array(list(memo.values())))
    return x


def main() -> None:
    global L2, NONE_WEIGHT, SHOW, DUMP, HIDDEN, STEPS, CALIBRATE, SEEDS, CRISIS_FLOOR, KNN, FOLDS, TAILS, KANA
    global KANA_NEIGHBOURS
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--l2", type=float, default=L2)
    parser.add_argument("--none-weight", type=float, default=NONE_WEIGHT)
    parser.add_argument("--hidden", type=int, default=HIDDEN, help="ReLU hidden units (0: linear head)")
    parser.add_argument("--steps", type=int, default=STEPS)
    parser.add_argument("--seeds", type=int, default=SEEDS, help="hidden-layer heads averaged (an ensemble)")
    parser.add_argument("--crisis-floor", type=float, default=CRISIS_FLOOR,
                        help="never put the head's crisis threshold under this")
    parser.add_argument("--neighbours", type=int, default=KNN,
                        help="nearest hand-written statements that must mostly be crises (0: no check)")
    parser.add_argument("--benchmarks", nargs="+", default=list(BENCHMARKS),
                        help="benchmark halves trained on and calibrated out of fold")
    parser.add_argument("--calibrate", choices=("bench", "all"), default=CALIBRATE)
    parser.add_argument("--folds", choices=("writer", "random"), default=FOLDS,
                        help="out of fold by leaving one benchmark writer out, or by 5 random folds")
    parser.add_argument("--no-tails", action="store_true", help="out of fold, read the whole message only (round 5)")
    parser.add_argument("--dump", action="store_true", help="save the out-of-fold readings to var/crisis-oof.npz")
    parser.add_argument("--kana", action="store_true", help="train on hiragana copies too (round 15, not shipped)")
    parser.add_argument("--no-kana-neighbours", action="store_true", help="hiragana copies train, are no neighbours")
    parser.add_argument("--dry", action="store_true", help="calibrate and report, write nothing")
    parser.add_argument("--show", action="store_true", help="list out-of-fold misses and false crises")
    args = parser.parse_args()
    SHOW, DUMP = args.show, args.dump
    L2, NONE_WEIGHT, HIDDEN, STEPS, CALIBRATE = args.l2, args.none_weight, args.hidden, args.steps, args.calibrate
    SEEDS, CRISIS_FLOOR, KNN, FOLDS = args.seeds, args.crisis_floor, args.neighbours, args.folds
    TAILS = not args.no_tails
    KANA, KANA_NEIGHBOURS = args.kana, not args.no_kana_neighbours
    if any("holdout" in name and name != "holdout" for name in args.benchmarks):
        parser.error("the held-out halves (fresh-holdout, r4/r4-holdout, r5/r5-holdout, r6/r6-holdout, r7/r7-holdout) are never trained on")
    rng = random.Random(20261201)
    encoder = MemoEncoder(CachedEncoder(E5Encoder(), ROOT / "var" / "bench-crisis-vectors.sqlite"))
    faq = list(faq_statements(load_content(ROOT)))
    banks = [item for name in BANKS for item in bank_items(BENCH / name)]
    bank_writer = [("probes" if name in PROBES else BLIND_BANKS.get(name, "")) for name in BANKS
                   for _ in bank_items(BENCH / name)]
    read_only = [item for name in READ_ONLY for item in bank_items(BENCH / name)]
    read_writer = [READ_ONLY[name] for name in READ_ONLY for _ in bank_items(BENCH / name)]
    benchmark = [item for name in args.benchmarks for item in bench_items(name)]
    harmless = [q for q in faq if 6 <= len(q) <= 40]
    extra = built(banks + benchmark, harmless, rng, 500) + built([(q, "none") for q in faq], harmless, rng, 200)
    kana = kana_copies(benchmark + banks + [(q, "none") for q in faq]) if KANA else []
    groups = [("bench", benchmark), ("bank", banks), ("read", read_only), ("faq", [(q, "none") for q in faq]),
              ("built", extra), ("kana", kana)]
    texts = [head_text(t) for _, items in groups for t, _ in items]
    labels = np.array([CLASSES.index(c) for _, items in groups for _, c in items])
    source = np.array([g for g, items in groups for _ in items])
    writer = np.array([WRITERS.get(name, name) for name in args.benchmarks for _ in bench_items(name)]
                      + bank_writer + read_writer + [""] * (len(texts) - len(benchmark) - len(banks) - len(read_only)))
    x = vectors(encoder, texts)
    trained = source != "read"  # the read-only statements never train a head nor set its standardisation
    mean = x[trained].mean(axis=0)
    scale = x[trained].std(axis=0) + 1e-6
    xs = (x - mean) / scale

    # Out-of-fold predictions for the benchmark items: thresholds come from messages a fold never saw.
    pool = (source == "bench") | (source == "bank") if CALIBRATE == "all" else source == "bench"
    if FOLDS == "writer":
        pool |= np.isin(writer, REPORTED)
    bench_idx = np.flatnonzero(pool)
    if FOLDS == "writer":
        # Leave one writer out (round 2's halves, fresh, r4, r5): each writer's items are read by a head trained
        # without anything that writer wrote, as the unseen halves are. Random folds let a writer's own style
        # and topics on the other folds help, so they were optimistic on unseen writers.
        names = sorted(set(writer[bench_idx]))
        folds = np.array([names.index(w) for w in writer[bench_idx]])
    else:
        names = [str(f) for f in range(5)]
        folds = np.array([i % 5 for i in range(len(bench_idx))])
        rng_np = np.random.default_rng(20261201)
        rng_np.shuffle(folds)
    oof = np.zeros((len(bench_idx), len(CLASSES)))
    unit = x / np.linalg.norm(x, axis=1, keepdims=True)
    # the nearest-statement check's pool (round 15: the hiragana copies too, so a kana message has kana neighbours)
    hand = np.flatnonzero((source == "bench") | (source == "bank") | ((source == "kana") & KANA_NEIGHBOURS))
    agree = np.ones(len(bench_idx), bool)
    origin = np.array([BUILT_FROM.get(t, t) for t in texts])  # a built example counts as its statement
    # The bot also reads the last sentence of a message of several on its own (crisis_assess._head_texts): out of
    # fold, an item's reading is the riskier of the two, as in the bot.
    full = [t for _, items in groups for t, _ in items]
    lasts = [last_sentence(prepare(full[i])) if TAILS else None for i in bench_idx]
    tail_rows = np.array([k for k, last in enumerate(lasts) if last is not None], int)
    tail_x = vectors(encoder, [lasts[k] for k in tail_rows]) if len(tail_rows) else np.zeros((0, x.shape[1]))
    tail_unit = tail_x / np.linalg.norm(tail_x, axis=1, keepdims=True) if len(tail_rows) else tail_x
    near_sim = np.zeros((len(bench_idx), 10))
    near_lab = np.zeros((len(bench_idx), 10), int)
    for f in range(len(names)):
        held = bench_idx[folds == f]
        held_texts = {texts[i] for i in held}
        # neither a bank copy of a held item nor an example built from one trains its fold
        keep = np.array([i for i in range(len(texts)) if origin[i] not in held_texts and trained[i]])
        params = train_ensemble(xs[keep], labels[keep], weights(labels[keep]))
        oof[folds == f] = probs(xs[held], params)
        pool_f = np.array([i for i in hand if texts[i] not in held_texts])
        if KNN:
            agree[folds == f] = agreeing(unit[held], unit[pool_f], labels[pool_f] != 0, KNN)
        if DUMP:
            near_sim[folds == f], near_lab[folds == f] = nearest(unit[held], unit[pool_f], labels[pool_f])
        mine = np.flatnonzero(folds[tail_rows] == f) if len(tail_rows) else np.zeros(0, int)
        if len(mine):
            p_tail = probs((tail_x[mine] - mean) / scale, params)
            a_tail = (agreeing(tail_unit[mine], unit[pool_f], labels[pool_f] != 0, KNN) if KNN
                      else np.ones(len(mine), bool))
            for j, k in enumerate(tail_rows[mine]):
                if p_tail[j, 0] < oof[k, 0] and 1 - oof[k, 0] >= EXTRA_GATE:  # read as the bot does (gated)
                    oof[k], agree[k] = p_tail[j], a_tail[j]
                    if DUMP:
                        near_sim[k], near_lab[k] = (a[0] for a in nearest(tail_unit[mine[j:j + 1]], unit[pool_f],
                                                                           labels[pool_f]))
    y_b = labels[bench_idx]
    cal = ~np.isin(writer[bench_idx], REPORTED)  # the probe and blind bank writers are reported, never calibrated on
    hurt = oof[:, CLASSES.index("overdose_injury")]
    # round 8: a figure of speech the rules know is never a crisis from the head alone (crisis_assess.figurative)
    allowed = agree & ~figures([texts[i] for i in bench_idx], hurt)
    crisis_at, concern_at, veto_at, _, _ = calibrate(oof[cal], y_b[cal], [texts[i] for i in bench_idx[cal]],
                                                     allowed[cal])
    sys_crisis, sys_alert = verdicts(1 - oof[:, 0], [texts[i] for i in bench_idx], agree, crisis_at, concern_at,
                                     veto_at, hurt)
    for f, name in enumerate(names):
        m = folds == f
        pos, neg = m & (y_b != 0), m & (y_b == 0)
        print(f"  fold {name:10s} crisis {sys_crisis[pos].sum()}/{pos.sum()} ({sys_crisis[pos].mean():.3f}), "
              f"alert {sys_alert[pos].mean():.3f}; false crisis {sys_crisis[neg].sum()}/{neg.sum()}, "
              f"concern {(sys_alert & ~sys_crisis)[neg].sum()}")
        if SHOW and name in REPORTED:  # the probe writer's own statements may be read; the benchmarks' are above
            for k in np.flatnonzero((pos & ~sys_crisis) | (neg & sys_crisis)):
                print("   PROBE", CLASSES[y_b[k]], f"{1 - oof[k, 0]:.3f}", texts[bench_idx[k]][:70])

    if DUMP:  # for trying decision rules offline: every out-of-fold reading and its nearest statements
        np.savez(ROOT / "var" / "crisis-oof.npz", oof=oof, agree=agree, near_sim=near_sim, near_lab=near_lab,
                 y=y_b, writer=writer[bench_idx], folds=folds, texts=np.array([texts[i] for i in bench_idx]))
    if args.dry:
        return
    params = train_ensemble(xs[trained], labels[trained], weights(labels[trained]))
    # Fold the standardisation into the first layer: the bot reads the raw unit vector.
    first = "W1" if "W1" in params else "W"
    W, b = params[first], params["b1" if first == "W1" else "b"]
    params[first] = (W / scale[:, None]).astype(np.float32)
    params["b1" if first == "W1" else "b"] = (b - (mean / scale) @ W).astype(np.float32)
    if KNN:
        params["neighbours"] = unit[hand].astype(np.float16)
        params["neighbour_crisis"] = labels[hand] != 0
    np.savez_compressed(HEAD_PATH, **params, classes=np.array(CLASSES), encoder=np.array(encoder.name),
                        crisis_at=np.array(crisis_at), concern_at=np.array(concern_at), veto_at=np.array(veto_at))
    print(f"wrote {HEAD_PATH.relative_to(ROOT)} ({HEAD_PATH.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
