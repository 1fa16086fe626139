"""Reproduce every matcher figure in docs/benchmarks.md with one command.

    python bench/run_matcher.py                 # all steps + scaling, rewrites docs/benchmarks.md
    python bench/run_matcher.py --no-scaling    # skip the 100 / 1,786 / 20,000 latency runs
    python bench/run_matcher.py --no-write      # print only

Each configuration runs in a fresh subprocess (so build time includes loading Sudachi's
dictionary and, when used, the chiVe vectors, and peak RSS is that configuration's own), with
OPENBLAS_NUM_THREADS=OMP_NUM_THREADS=1: one core per query. Every configuration is an option set
of the one bot.matcher.Index. Data: the localgovFAQ dev half in ../shared/bench/localgovfaq
(override with --data). Runtime: about 3-5 minutes on 2 shared cores.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "bench" / "localgovfaq"
ENV = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}

OFF_VECTORS = {"vector_weight": 0.0, "vector_expand": 0.0}

# The ladder: each step adds one idea to the previous one. The last step is MatcherConfig().
LADDER: list[tuple[str, dict]] = [
    (
        "1. BM25, Sudachi mode A normalized forms, every part of speech, question + answer fields",
        dict(
            content_only=False,
            stopwords=False,
            strip_boilerplate=False,
            reading_weight=0.0,
            reading_char_weight=0.0,
            answer_weight=1.0,
            fuzzy_weight=0.0,
            **OFF_VECTORS,
        ),
    ),
    (
        "2. + keep content words only (nouns, verbs, adjectives, adverbs, ...)",
        dict(
            stopwords=False,
            strip_boilerplate=False,
            reading_weight=0.0,
            reading_char_weight=0.0,
            answer_weight=1.0,
            fuzzy_weight=0.0,
            **OFF_VECTORS,
        ),
    ),
    (
        "3. + stopwords and boilerplate stripping (〜について教えてください, 知りたい, ですか)",
        dict(reading_weight=0.0, reading_char_weight=0.0, answer_weight=1.0, fuzzy_weight=0.0, **OFF_VECTORS),
    ),
    (
        "4. + katakana readings as terms (x0.5)",
        dict(reading_char_weight=0.0, answer_weight=1.0, fuzzy_weight=0.0, **OFF_VECTORS),
    ),
    ("5. + answer field x1.5", dict(reading_char_weight=0.0, fuzzy_weight=0.0, **OFF_VECTORS)),
    (
        "6. + reading bigrams on the question field (x0.3, scaled by the query's kana share)",
        dict(fuzzy_weight=0.0, **OFF_VECTORS),
    ),
    (
        "7. + rapidfuzz re-rank against the phrasings (x0.3, tapering for long queries, floor 0.3) = default without ja-ginza",
        dict(**OFF_VECTORS),
    ),
    ("8. + chiVe document vectors (cosine x0.5; needs ja-ginza)", dict(vector_expand=0.0)),
    ("9. + chiVe neighbour query expansion (x0.5, cos >= 0.6, top 3) = DEFAULT", dict()),
]

# Ideas measured on top of the default and not kept (or kept off by default).
SIDE: list[tuple[str, dict]] = [
    ("Sudachi synonym groups as terms (x0.3)", dict(synonym_weight=0.3)),
    ("character unigrams, both fields (x0.5)", dict(char_weight=0.5, char_n=(1,), char_fields="qa")),
    ("character bigrams, question field (x0.5)", dict(char_weight=0.5, char_n=(2,))),
    ("pseudo-relevance feedback (3 docs, 10 terms, x0.3)", dict(prf_docs=3)),
    ("consecutive word pairs (x0.5)", dict(pair_weight=0.5)),
    ("chiVe row ids as terms (x0.3)", dict(vector_row_weight=0.3)),
    ("phrasings scored separately, best phrasing wins", dict(question_mode="max")),
    ("no rapidfuzz re-rank", dict(fuzzy_weight=0.0)),
    ("rapidfuzz without the chance-level floor (fuzzy_floor 0)", dict(fuzzy_floor=0.0)),
    ("reading bigrams for every query (not scaled by kana share)", dict(reading_char_adaptive=False)),
    ("document vectors x0.3", dict(vector_weight=0.3)),
    ("answer field x1.0", dict(answer_weight=1.0)),
    ("answer field x2.0", dict(answer_weight=2.0)),
    ("BM25 b = 0.5", dict(b=0.5)),
    ("without ja-ginza: + synonym groups (x0.3)", dict(synonym_weight=0.3, **OFF_VECTORS)),
    ("without ja-ginza: + pseudo-relevance feedback", dict(prf_docs=3, **OFF_VECTORS)),
]


# --------------------------------------------------------------------------- child process


def _child(spec: dict) -> dict:
    sys.path.insert(0, str(ROOT))
    from bot.search import Index
    from bot.staff.evaluate import load_corpus, run

    data = Path(spec["data"])
    docs = load_corpus(data / "corpus.json")
    if spec.get("size"):
        docs = scaled_corpus(docs, spec["size"])
    queries = json.loads((data / "queries-dev.json").read_text(encoding="utf-8"))
    qrels = None
    if not spec.get("size") or spec["size"] == 1786:
        raw = json.loads((data / "qrels-dev.json").read_text(encoding="utf-8"))
        qrels = {q: {d: int(g) for d, g in v.items()} for q, v in raw.items()}
    result = run(docs, queries, qrels, options=spec["options"])
    result.pop("rankings")
    result["uses_vectors"] = Index.build(docs[:3], **spec["options"]).uses_vectors
    return result


def scaled_corpus(docs: list, size: int) -> list:
    """`size` documents: the first `size` of the corpus, or the corpus plus variations.

    A variation of document i (seeded, reproducible) keeps i's question and appends the first
    half of another random question, and takes i's answer with its sentences rotated plus the
    first sentence of a third document's answer: new texts (Sudachi has to analyse them) with
    the corpus's vocabulary and length distribution.
    """
    from bot.search import Document

    if size <= len(docs):
        return docs[:size]
    rng = random.Random(0)
    out = list(docs)
    while len(out) < size:
        a, b, c = rng.choice(docs), rng.choice(docs), rng.choice(docs)
        qb = b.questions[0]
        sentences = [x for x in a.answer.split("。") if x]
        k = rng.randrange(len(sentences)) if sentences else 0
        rotated = "。".join(sentences[k:] + sentences[:k])
        extra = c.answer.split("。")[0]
        out.append(
            Document(
                id=f"syn{len(out)}",
                questions=(a.questions[0] + "・" + qb[: max(1, len(qb) // 2)],),
                answer=rotated + "。" + extra + "。",
            )
        )
    return out


def run_one(options: dict, data: Path, size: int | None = None) -> dict:
    spec = {"options": options, "data": str(data), "size": size}
    env = {**os.environ, **ENV}
    proc = subprocess.run(
        [sys.executable, __file__, "--child", json.dumps(spec, ensure_ascii=False)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-2000:])
    return json.loads(proc.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------------- report


def _row(name: str, r: dict) -> str:
    m = r.get("metrics", {})
    return (
        f"| {name} | {m.get('recall@10', float('nan')):.3f} | {m.get('ndcg@10', float('nan')):.3f} | "
        f"{m.get('hit@1', float('nan')):.1%} | {m.get('mrr@10', float('nan')):.3f} | "
        f"{r['latency_median_ms']:.2f} / {r['latency_p99_ms']:.2f} | "
        f"{r['latency_cpu_median_ms']:.2f} / {r['latency_cpu_p99_ms']:.2f} | "
        f"{r['build_s']:.2f} ({r['build_cpu_s']:.2f}) | {r['maxrss_mb']:.0f} |"
    )


HEADER = (
    "| configuration | R@10 | nDCG@10 | Hit@1 | MRR@10 | latency median / p99 ms (wall) "
    "| latency median / p99 ms (CPU) | build s wall (CPU) | peak RSS MB |\n"
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
)


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = []
    for mod in ("sudachipy", "numpy", "scipy", "rapidfuzz"):
        try:
            from importlib.metadata import version

            versions.append(f"{mod} {version(mod)}")
        except Exception:  # noqa: BLE001
            pass
    return (
        f"{os.cpu_count()} cores ({cpu}), shared with other jobs; Python {platform.python_version()}; "
        + ", ".join(versions)
    )


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", type=Path, default=DEFAULT_DATA)
    p.add_argument("--no-scaling", action="store_true")
    p.add_argument("--no-side", action="store_true")
    p.add_argument("--no-write", action="store_true")
    p.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "matcher.json")
    p.add_argument("--child", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        print(json.dumps(_child(json.loads(args.child)), ensure_ascii=False))
        return 0

    results: dict[str, list] = {"ladder": [], "side": [], "scaling": []}
    for name, opts in LADDER:
        r = run_one(opts, args.data)
        results["ladder"].append((name, opts, r))
        print(_row(name, r), flush=True)
    if not args.no_side:
        for name, opts in SIDE:
            r = run_one(opts, args.data)
            results["side"].append((name, opts, r))
            print(_row(name, r), flush=True)
    if not args.no_scaling:
        for size in (100, 1786, 20000):
            for label, opts in (("default", {}), ("without ja-ginza", dict(OFF_VECTORS))):
                r = run_one(opts, args.data, size)
                results["scaling"].append((size, label, r))
                print(
                    size,
                    label,
                    f"build {r['build_s']:.1f}s p99 {r['latency_p99_ms']:.2f}ms "
                    f"cpu p99 {r['latency_cpu_p99_ms']:.2f}ms rss {r['maxrss_mb']:.0f}MB",
                    flush=True,
                )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    if not args.no_write:
        write_tables(results)
    return 0


def write_tables(results: dict) -> None:
    """Replace the generated block of docs/benchmarks.md (between the two markers)."""
    doc = ROOT / "docs" / "benchmarks.md"
    begin, end = "<!-- BEGIN GENERATED: bench/run_matcher.py -->", "<!-- END GENERATED -->"
    lines = [
        begin,
        f"Generated {dt.date.today().isoformat()} by `python bench/run_matcher.py` on {machine()}.",
        "",
        "### Ablation ladder (localgovFAQ dev half: 375 queries, 1,786 documents)",
        "",
        HEADER,
    ]
    lines += [_row(n, r) for n, _, r in results["ladder"]]
    if results["side"]:
        lines += ["", "### Ideas measured on top of the default, not kept", "", HEADER]
        lines += [_row(n, r) for n, _, r in results["side"]]
    if results["scaling"]:
        lines += [
            "",
            "### Latency as the corpus grows (375 dev queries each)",
            "",
            "| documents | configuration | build s wall (CPU) | search median / p99 ms (wall) "
            "| search median / p99 ms (CPU) | peak RSS MB |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        for size, label, r in results["scaling"]:
            lines.append(
                f"| {size:,} | {label} | {r['build_s']:.2f} ({r['build_cpu_s']:.2f}) | "
                f"{r['latency_median_ms']:.2f} / {r['latency_p99_ms']:.2f} | "
                f"{r['latency_cpu_median_ms']:.2f} / {r['latency_cpu_p99_ms']:.2f} | {r['maxrss_mb']:.0f} |"
            )
    lines.append(end)
    block = "\n".join(lines)
    text = doc.read_text(encoding="utf-8") if doc.exists() else f"# Benchmarks\n\n{begin}\n{end}\n"
    if begin in text and end in text:
        head, rest = text.split(begin, 1)
        _, tail = rest.split(end, 1)
        text = head + block + tail
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    doc.parent.mkdir(parents=True, exist_ok=True)
    doc.write_text(text, encoding="utf-8")
    print(f"wrote {doc}")


if __name__ == "__main__":
    raise SystemExit(main())
