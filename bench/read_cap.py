"""Experiment, not the bot: run another bench with every e5 query text cut to its head and tail of N characters.

    CAP=60 OMP_NUM_THREADS=1 nice -n 10 python bench/read_cap.py bench/run_residents.py --set residents --half tune
    CAP=60 OMP_NUM_THREADS=1 nice -n 10 taskset -c 1 python bench/read_cap.py bench/reply_latency.py

It measures what reading fewer tokens would cost in answers and save in reply time (docs/notes/speed.md). The cut
is made inside the model's wrapper, so the crisis head, the matcher and every other stage read the cut text. The
disk cache still serves content vectors uncut. bench/reply_latency.py's token counts are those of the uncut texts.
"""

from __future__ import annotations

import os
import runpy
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.search import encoders  # noqa: E402

CAP = int(os.environ.get("CAP", "100"))
_encode = encoders.E5Encoder.encode


def cut(text: str, cap: int = CAP) -> str:
    """Head (two thirds) and tail of a text over `cap` characters, as bot.search.hybrid.vector_text joins them."""
    if len(text) <= cap:
        return text
    head = cap * 2 // 3
    return f"{text[:head]} … {text[-(cap - head):]}"


def _cut_encode(self: encoders.E5Encoder, texts: Sequence[str], *, kind: Any = "query") -> Any:
    return _encode(self, [cut(t) for t in texts] if kind == "query" else texts, kind=kind)


if __name__ == "__main__":
    encoders.E5Encoder.encode = _cut_encode  # type: ignore[method-assign]
    script = sys.argv[1]
    sys.argv = sys.argv[1:]
    runpy.run_path(script, run_name="__main__")
