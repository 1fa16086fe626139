"""The catalogue of fixed texts, keyed by language (texts.yaml beside this file): one place to review tone.

`say(key, lang)` gives the text in that language; an unknown language falls back to Japanese (today's wording),
never to an empty string. tests/unit/replies/test_texts.py fails when any key is missing in a served language.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

from bot.text.language import SERVED

CATALOGUE = Path(__file__).with_name("texts.yaml")

# The example questions offered as buttons, as the FAQ entries they lead to (ja keeps typed examples).
EXAMPLE_ENTRIES = (
    ("example_volunteer", "volunteer-start"),
    ("example_parent", "oya-hitorigurashi"),
    ("example_money", "seikatsu-komaru"),
    ("example_desk", "soudan-general"),
)


@cache
def catalogue() -> dict[str, dict[str, str]]:
    with CATALOGUE.open(encoding="utf-8") as f:
        data: dict[str, dict[str, str]] = yaml.safe_load(f)
    return data


def say(key: str, lang: str = "ja", **fill: str) -> str:
    """The fixed text `key` in `lang` (Japanese when the language is not served), with {placeholders} filled."""
    versions = catalogue()[key]
    words = versions.get(lang if lang in SERVED else "ja") or versions["ja"]
    if key == "welcome":
        fill.setdefault("not_emergency", say("not_emergency", lang))
    return words.format(**fill) if fill else words


def missing() -> list[tuple[str, str]]:
    """(key, language) pairs with no text: must be empty."""
    return [(key, lang) for key, versions in catalogue().items() for lang in SERVED
            if not str(versions.get(lang) or "").strip()]
