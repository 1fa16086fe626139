"""Training rows from the bot's own content: the tuning halves' messages that reach the FAQ search, with the
hybrid index's candidates and signals, grade 2 for their labelled entries. Read by bench/ltr.py (the learned
ranker) and bench/fusion.py (the logistic fusion), so neither imports the other for them.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.chat.knowledge import BOT_MATCHER_OPTIONS  # noqa: E402
from bot.search import Index  # noqa: E402
from bot.search.hybrid import FusionConfig, HybridIndex  # noqa: E402

Rows = list[tuple[np.ndarray, np.ndarray]]  # per query: (features of its candidates, their grades)

# The sets whose tuning halves train the shipped ranker; MORE_SETS (the later blind resident sets' tuning halves)
# were tried as more rows in round 17 and not shipped (bench/ltr_more_rows.py, bench/decider.py --more-sets,
# bench/calibrate_foreign.py; docs/notes/matching.md, "residents6 and round 17").
TUNING_SETS = ("residents", "foreign", "regression")
MORE_SETS = ("residents2", "residents3", "residents4", "residents5")


def tuning_rows(k: int, *, use_full: bool = True, second: str = "", sets: tuple[str, ...] = TUNING_SETS) -> Rows:
    """Computed afresh: the tuning messages' candidates and signals (the bot's Knowledge decides which reach the
    FAQ search), `k` candidates from each list; `second` (an encoder name, e.g. use-m3) adds that encoder's signals
    (bot.search.second), read through the bot's own encoders for it (messages in memory, content cached)."""
    from bench.run_residents import label_class, load_cases
    from bot.chat import needs
    from bot.chat.knowledge import Knowledge, content_encoder_for, documents_of, encoder_for
    from bot.chat.routing import TEXT_ROUTES, Turn
    from bot.content import load_content
    from bot.settings import Settings
    from bot.text.clock import now_jst

    settings = Settings(content_dir=ROOT)
    content = load_content(ROOT)
    knowledge = Knowledge.build(content, encoder=encoder_for(settings), content_encoder=content_encoder_for(settings))
    if knowledge.intents is not None:
        knowledge.intents.wait()
    docs = documents_of(content)
    ids = [d.id for d in docs]
    hybrid = HybridIndex(Index.build(docs, **BOT_MATCHER_OPTIONS), encoder_for(settings), docs,
                         FusionConfig(candidates=k, use_full=use_full), content_encoder=content_encoder_for(settings),
                         second=encoder_for(settings, second) if second else None,
                         second_content=content_encoder_for(settings, second) if second else None)
    turn = Turn(knowledge, now_jst())
    rows: Rows = []
    for name in sets:
        for case in load_cases(name, "tune"):
            if label_class(case["expect"]) != "topical":
                continue
            if any(route(turn, case["q"]) is not None for n, route in TEXT_ROUTES if n != "faq"):
                continue
            right = {case["expect"], *(case.get("also") or [])}
            query, _ = needs.main_need(hybrid, case["q"])
            cand, feats = hybrid.signals(query)
            grades = np.array([2.0 if ids[int(i)] in right else 0.0 for i in cand])
            if len(cand) and grades.sum() > 0:
                rows.append((feats, grades))
    print(f"resident tuning rows: {len(rows)}", file=sys.stderr)
    return rows
