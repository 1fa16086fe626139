"""Cost of masking one message (not a test): bot.store.privacy.mask on messages of growing length, against the
masking of issue 14 (git show 96bf849:bot/privacy.py, its e-mail pattern quadratic, reading the whole text).

Inputs: an ordinary consultation padded to length, and the adversarial shapes from tests/unit/store/test_masking.py
(a run that looks like an e-mail's local part, digits and dashes, …). Reports the CPU time of the fastest of
--repeat runs and the ratio to a 100-character message.

    nice -n 10 python bench/mask_cost.py
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # this checkout's bot/, not an installed copy

from bot.store.privacy import mask  # noqa: E402
from tests.unit.store.test_masking import cost as cpu  # noqa: E402 - the tests' CPU-time helper

# The old implementation, kept here verbatim only to measure what issue 14 fixed.
_OLD_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
_OLD_PHONE = re.compile(r"(?<!\d)(\+?81[-\s]?|0)\d{1,4}[-\s(（]?\d{1,4}[-\s)）]?\d{3,4}(?!\d)")
_OLD_DIGITS = re.compile(r"\d{4,}")
_OLD_ID = re.compile(r"U[0-9a-f]{32}")


def old_mask(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = _OLD_EMAIL.sub("[メール]", text)
    text = _OLD_ID.sub("[ID]", text)
    text = _OLD_PHONE.sub("[電話]", text)
    return _OLD_DIGITS.sub(lambda m: "#" * len(m.group()), text)[:500]


CONSULTATION = "母が一人暮らしで心配です。介護保険の申請はどこでできますか。連絡先は090-1234-5678です。"
SHAPES: dict[str, Callable[[int], str]] = {
    "consultation": lambda n: (CONSULTATION * (n // len(CONSULTATION) + 1))[:n],
    "email-run": lambda n: "a" * n,
    "digits-and-dashes": lambda n: "1-" * (n // 2),
    "kanji": lambda n: "山" * n,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--old-max", type=int, default=5_000, help="longest message given to the old mask")
    args = parser.parse_args()
    sizes = (100, 500, 5_000, 20_000, 100_000)
    print(f"{'shape':<18} {'chars':>8} {'new ms':>9} {'new ×100':>9} {'old ms':>9} {'old ×100':>9}")
    for name, make in SHAPES.items():
        base_new = cpu(lambda make=make: mask(make(100)), repeat=args.repeat)
        base_old = cpu(lambda make=make: old_mask(make(100)), repeat=args.repeat)
        for n in sizes:
            text = make(n)
            new = cpu(lambda text=text: mask(text), repeat=args.repeat)
            old = cpu(lambda text=text: old_mask(text), repeat=1) if n <= args.old_max else None
            old_cols = f"{old * 1000:9.2f} {old / base_old:9.0f}" if old is not None else f"{'-':>9} {'-':>9}"
            print(f"{name:<18} {n:>8} {new * 1000:9.3f} {new / base_new:9.1f} {old_cols}")


if __name__ == "__main__":
    main()
