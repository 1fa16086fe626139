"""`tsunagari eval`: rank a benchmark's queries with the bot's matcher and score the rankings.

    tsunagari eval --corpus corpus.json --queries queries.json [--qrels qrels.json]
                   [--rankings out.jsonl] [--k 10] [--option name=value ...] [--words-only]

With no options it runs exactly the bot's configuration (bot.chat.knowledge: the lexical index with
BOT_MATCHER_OPTIONS fused with the e5 sentence vectors by BOT_FUSION, vectors cached on disk where the bot
caches them). --option changes a lexical knob on top of the bot's; --words-only leaves the vectors out.

The corpus is the localgovFAQ format: doc id -> "Question: …\\nAnswer: …". Metric functions are
pure (lists and dicts in, floats out) and follow /work/shared/bench/localgovfaq/README.md:
nDCG gain = grade; Hit@k / MRR count the first grade-2 document, on queries that have one.
"""

from __future__ import annotations

import argparse
import ast
import json
import math
import resource
import statistics
import sys
import time
import tracemalloc
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from bot.search import Document, Index
from bot.search.encoders import Encoder
from bot.search.hybrid import HybridIndex, tty_progress

Qrels = Mapping[str, int]  # doc id -> grade for one query

# --------------------------------------------------------------------------- metrics (pure)


def recall_at_k(ranking: Sequence[str], qrels: Qrels, k: int = 10) -> float | None:
    """Share of documents with grade >= 1 found in the top k; None when the query has none."""
    relevant = {d for d, g in qrels.items() if g >= 1}
    if not relevant:
        return None
    return len(relevant.intersection(ranking[:k])) / len(relevant)


def dcg(gains: Sequence[float]) -> float:
    return sum(g / math.log2(i + 2) for i, g in enumerate(gains))


def ndcg_at_k(ranking: Sequence[str], qrels: Qrels, k: int = 10) -> float | None:
    """nDCG@k with gain = grade; None when the query has no judged relevant document."""
    ideal = sorted((g for g in qrels.values() if g > 0), reverse=True)[:k]
    if not ideal:
        return None
    return dcg([qrels.get(d, 0) for d in ranking[:k]]) / dcg(ideal)


def first_rank(ranking: Sequence[str], qrels: Qrels, grade: int = 2) -> int | None:
    """1-based rank of the first document with at least `grade`, or None."""
    for i, d in enumerate(ranking):
        if qrels.get(d, 0) >= grade:
            return i + 1
    return None


def hit_at_k(ranking: Sequence[str], qrels: Qrels, k: int) -> float | None:
    """1.0 if a grade-2 document is in the top k; None if the query has no grade-2 judgment."""
    if not any(g >= 2 for g in qrels.values()):
        return None
    r = first_rank(ranking[:k], qrels)
    return 1.0 if r is not None else 0.0


def mrr_at_k(ranking: Sequence[str], qrels: Qrels, k: int = 10) -> float | None:
    if not any(g >= 2 for g in qrels.values()):
        return None
    r = first_rank(ranking[:k], qrels)
    return 1.0 / r if r is not None else 0.0


def percentile(values: Sequence[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100) of a non-empty sequence."""
    s = sorted(values)
    if not s:
        return float("nan")
    rank = max(1, math.ceil(p / 100.0 * len(s)))
    return s[rank - 1]


def _mean(values: list[float | None]) -> float:
    kept = [v for v in values if v is not None]
    return sum(kept) / len(kept) if kept else float("nan")


def evaluate_rankings(
    rankings: Mapping[str, Sequence[str]], qrels: Mapping[str, Qrels], k: int = 10
) -> dict[str, float]:
    """Average every metric over the queries that have qrels."""
    qids = [q for q in rankings if q in qrels]
    return {
        "queries": float(len(qids)),
        f"recall@{k}": _mean([recall_at_k(rankings[q], qrels[q], k) for q in qids]),
        f"ndcg@{k}": _mean([ndcg_at_k(rankings[q], qrels[q], k) for q in qids]),
        "hit@1": _mean([hit_at_k(rankings[q], qrels[q], 1) for q in qids]),
        "hit@3": _mean([hit_at_k(rankings[q], qrels[q], 3) for q in qids]),
        f"hit@{k}": _mean([hit_at_k(rankings[q], qrels[q], k) for q in qids]),
        f"mrr@{k}": _mean([mrr_at_k(rankings[q], qrels[q], k) for q in qids]),
    }


# --------------------------------------------------------------------------- corpus format


def parse_benchmark_doc(doc_id: str, text: str):
    """Split "Question: …\\nAnswer: …" into a matcher Document."""

    question, answer = text, ""
    if text.startswith("Question:"):
        body = text[len("Question:") :]
        q, sep, a = body.partition("\nAnswer:")
        question, answer = q.strip(), a.strip() if sep else ""
    return Document(id=str(doc_id), questions=(question,), answer=answer)


def load_corpus(path: Path) -> list:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return [parse_benchmark_doc(k, v) for k, v in data.items()]


def _parse_option(text: str) -> tuple[str, Any]:
    name, _, value = text.partition("=")
    try:
        return name.strip(), ast.literal_eval(value)
    except (ValueError, SyntaxError):
        return name.strip(), value


def run(
    documents: list,
    queries: Mapping[str, str],
    qrels: Mapping[str, Qrels] | None = None,
    *,
    k: int = 10,
    options: Mapping[str, Any] | None = None,
    measure_memory: bool = False,
    encoder: Encoder | None = None,
    fusion: Any = None,
    document_encoder: Encoder | None = None,
    second: Encoder | None = None,
    second_document_encoder: Encoder | None = None,
) -> dict[str, Any]:
    """Build the index, rank every query, time it; metrics when qrels are given.

    Peak memory is the process's peak RSS (ru_maxrss: Python, Sudachi's dictionary, the index,
    vectors if used). With measure_memory the index is built a second time under tracemalloc
    (which slows Python down ~10x, so never while timing) to report the Python heap it takes.
    """

    t0, c0 = time.perf_counter(), time.process_time()
    lexical = Index.build(documents, **(options or {}))
    index: Index | HybridIndex = lexical
    if encoder is not None:
        # The corpus's vectors may be kept on disk (document_encoder); the queries' are not, like residents' words.
        # `second`: the bot's second reader (bot.search.second), whose signals the bot's ranker reads
        index = HybridIndex(lexical, encoder, documents, fusion, progress=tty_progress,
                            content_encoder=document_encoder, second=second, second_content=second_document_encoder)
    build_s, build_cpu_s = time.perf_counter() - t0, time.process_time() - c0
    index.search("ウォームアップ", limit=k)  # first call loads nothing new, but warms caches
    rankings: dict[str, list[str]] = {}
    latencies: list[float] = []
    cpu: list[float] = []
    items = list(queries.items())
    for qid, text in _progress(items):
        t, c = time.perf_counter(), time.thread_time()
        hits = index.search(text, limit=k)
        latencies.append((time.perf_counter() - t) * 1000.0)
        cpu.append((time.thread_time() - c) * 1000.0)
        rankings[qid] = [h.id for h in hits]
    peak_mb = float("nan")
    if measure_memory:
        tracemalloc.start()
        again = Index.build(documents, **(options or {}))
        again.search("ウォームアップ", limit=k)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        del again
        peak_mb = peak / 1e6
    result: dict[str, Any] = {
        "documents": len(index),
        "build_s": build_s,
        "build_cpu_s": build_cpu_s,
        "latency_cpu_median_ms": statistics.median(cpu) if cpu else float("nan"),
        "latency_cpu_p99_ms": percentile(cpu, 99) if cpu else float("nan"),
        "latency_median_ms": statistics.median(latencies) if latencies else float("nan"),
        "latency_p99_ms": percentile(latencies, 99) if latencies else float("nan"),
        "peak_traced_mb": peak_mb,
        "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0,
        "rankings": rankings,
    }
    if qrels is not None:
        result["metrics"] = evaluate_rankings(rankings, qrels, k)
    return result


def _progress(items: list[tuple[str, str]]) -> Any:
    if not sys.stderr.isatty():
        return items
    from tqdm import tqdm

    return tqdm(items, desc="queries", unit="q", file=sys.stderr, leave=False)


def format_report(result: Mapping[str, Any], k: int = 10) -> str:
    lines = []
    m = result.get("metrics")
    if m:
        lines.append(
            f"queries {int(m['queries'])}  Recall@{k} {m[f'recall@{k}']:.3f}  nDCG@{k} {m[f'ndcg@{k}']:.3f}  "
            f"Hit@1 {m['hit@1']:.1%}  Hit@3 {m['hit@3']:.1%}  Hit@{k} {m[f'hit@{k}']:.1%}  MRR@{k} {m[f'mrr@{k}']:.3f}"
        )
    lines.append(
        f"documents {result['documents']}  build {result['build_s']:.2f} s (CPU {result['build_cpu_s']:.2f} s)  "
        f"latency median {result['latency_median_ms']:.2f} ms  p99 {result['latency_p99_ms']:.2f} ms "
        f"(CPU median {result['latency_cpu_median_ms']:.2f}, p99 {result['latency_cpu_p99_ms']:.2f})  "
        f"peak RSS {result['maxrss_mb']:.0f} MB"
        + (
            f"  index build heap {result['peak_traced_mb']:.0f} MB"
            if result["peak_traced_mb"] == result["peak_traced_mb"]
            else ""
        )
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    from bot.chat.knowledge import (BOT_FUSION, BOT_MATCHER_OPTIONS, cache_path, content_encoder_for, encoder_for,
                                    second_encoders_for)
    from bot.settings import Settings, SettingsError

    parser = argparse.ArgumentParser(prog="tsunagari eval", description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", required=True, type=Path, help='JSON: id -> "Question: …\\nAnswer: …"')
    parser.add_argument("--queries", required=True, type=Path, help="JSON: qid -> query text")
    parser.add_argument("--qrels", type=Path, help="JSON: qid -> {doc id: grade}")
    parser.add_argument("--rankings", type=Path, help="write one JSON line per query: {qid, ids}")
    parser.add_argument("--k", type=int, default=10)
    parser.add_argument(
        "--option",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="matcher build option (repeatable)",
    )
    parser.add_argument(
        "--tracemalloc", action="store_true", help="also measure the index's Python heap (builds it twice)"
    )
    parser.add_argument("--words-only", action="store_true", help="the lexical index alone, without sentence vectors")
    args = parser.parse_args(argv)

    try:
        documents = load_corpus(args.corpus)
        queries = {str(k): v for k, v in json.loads(args.queries.read_text(encoding="utf-8")).items()}
        qrels = None
        if args.qrels:
            raw = json.loads(args.qrels.read_text(encoding="utf-8"))
            qrels = {str(q): {str(d): int(g) for d, g in v.items()} for q, v in raw.items()}
        options = {**BOT_MATCHER_OPTIONS, **dict(_parse_option(o) for o in args.option)}
    except (OSError, ValueError) as exc:
        print(f"tsunagari eval: {exc}", file=sys.stderr)
        return 2
    encoder = document_encoder = second = second_document = None
    if not args.words_only:
        try:
            settings = Settings.from_env()  # TSUNAGARI_ENCODER, TSUNAGARI_VECTOR_CACHE, … as for `serve`
        except SettingsError as exc:
            print(f"tsunagari eval: {exc}", file=sys.stderr)
            return 2
        encoder, document_encoder = encoder_for(settings), content_encoder_for(settings)
        second, second_document = second_encoders_for(settings)
        print(f"tsunagari eval: sentence vectors {settings.encoder}; the corpus's cached in {cache_path(settings)}",
              file=sys.stderr)
    try:
        result = run(documents, queries, qrels, k=args.k, options=options, measure_memory=args.tracemalloc,
                     encoder=encoder, fusion=BOT_FUSION, document_encoder=document_encoder, second=second,
                     second_document_encoder=second_document)
    except TypeError as exc:  # unknown --option
        print(f"tsunagari eval: {exc}", file=sys.stderr)
        return 2
    if args.rankings:
        args.rankings.parent.mkdir(parents=True, exist_ok=True)
        with args.rankings.open("w", encoding="utf-8") as fh:
            for qid, ids in result["rankings"].items():
                fh.write(json.dumps({"qid": qid, "ids": ids}, ensure_ascii=False) + "\n")
    print(format_report(result, args.k))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
