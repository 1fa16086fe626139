"""Verbatim check: no phrasing or keyword added to faq/ may equal, or nearly equal, a benchmark case.

    python bench/phrasing_overlap.py [--base main] [--ratio 85]

Reads the questions and keywords faq/ has now and did not have at `<base>` and compares each against every
case of bench/residents*/, bench/holdout.yaml, bench/foreign*/ and bench/crisis/ (any yaml with a `q` / `text`),
with rapidfuzz's ratio on the NFKC-folded text and on the katakana reading (so a kana respelling of a case counts
too). Prints every pair at or above the ratio and exits 1 if there is one.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.text.japanese import tokenize  # noqa: E402
from bot.text.normalize import fold  # noqa: E402

def _phrasings(yaml_texts: Iterator[str]) -> set[str]:
    """Every question and keyword of the faq/ files given as YAML text."""
    out: set[str] = set()
    for text in yaml_texts:
        for entry in (yaml.safe_load(text) or {}).get("entries", []):
            out.update(str(t) for t in (*entry.get("questions", []), *entry.get("keywords", [])))
    return out


def added(base: str) -> list[str]:
    """Phrasings and keywords faq/ has now and did not have at `base` (the files read as YAML, not the diff's lines,
    so a reflowed list or a quoted keyword counts as what it is)."""
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout

    then = _phrasings(git("show", f"{base}:{name}") for name in git("ls-tree", "--name-only", base, "faq/").split()
                      if name.endswith(".yaml"))
    now = _phrasings(path.read_text(encoding="utf-8") for path in sorted((ROOT / "faq").glob("*.yaml")))
    return sorted(now - then)


def _texts(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("q", "text", "message") and isinstance(value, str):
                yield value
            else:
                yield from _texts(value)
    elif isinstance(node, list):
        for item in node:
            yield from _texts(item)


def cases() -> list[str]:
    paths = [*ROOT.glob("bench/residents*/*.yaml"), ROOT / "bench" / "holdout.yaml", *ROOT.glob("bench/foreign*/*.yaml"),
             *ROOT.glob("bench/crisis/**/*.yaml")]
    found: set[str] = set()
    for path in paths:
        if path.is_file():
            found.update(_texts(yaml.safe_load(path.read_text(encoding="utf-8"))))
    return sorted(found)


def reading(text: str) -> str:
    return "".join(t.reading for t in tokenize(text))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="main")
    ap.add_argument("--ratio", type=float, default=85.0)
    args = ap.parse_args()
    new = added(args.base)
    bench = cases()
    bench_forms = [(c, fold(c), reading(c)) for c in bench]
    hits = 0
    for phrasing in new:
        f, r = fold(phrasing), reading(phrasing)
        for case, cf, cr in bench_forms:
            score = max(fuzz.ratio(f, cf), fuzz.ratio(r, cr) if r and cr else 0.0)
            if score >= args.ratio:
                hits += 1
                print(f"{score:5.1f}  {phrasing!r}  ~  {case!r}")
    print(f"{len(new)} added phrasings/keywords against {len(bench)} cases: {hits} at ratio >= {args.ratio}",
          file=sys.stderr)
    return 1 if hits else 0


if __name__ == "__main__":
    raise SystemExit(main())
