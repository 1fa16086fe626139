"""Both crisis stages together: `assess(text, encoder)` → crisis, concern or none, with the lines to lead with.

1. The fast rules (bot.chat.crisis.detect) decide the unmistakable.
2. Otherwise each sentence's meaning is compared with the crisis bank (bot.chat.crisis_semantic): a clear
   margin over the ordinary bank is a crisis; a small one is *concern* (answer as usual, with a caring line on
   top). Never a silent miss: when in doubt, a hotline at the top costs little.

Thresholds are margins of multilingual-e5-small cosines (compressed: crisis and ordinary differ by ~0.02), set
on bench/crisis/tune.yaml only; re-set them with bench/crisis/run.py if the encoder or the bank changes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from bot.chat import crisis_rules as rules
from bot.chat import crisis_semantic
from bot.chat.crisis import CATEGORIES, detect
from bot.chat.crisis_text import prepare, sentences
from bot.search.encoders import Encoder
from bot.text.normalize import nfkc

CRISIS_MARGIN = 0.026   # nearest crisis statement beats the nearest ordinary one by this much: crisis
CONCERN_MARGIN = 0.012  # a smaller lead: concern
# The semantic stage reads the whole message: its vector is the one the FAQ matcher asks for too (shared memo),
# so crisis adds no encode. Per-sentence vectors (first two and last two sentences) caught 1.2 points more on
# tune but add one encode per sentence (p99 ~540 ms on one core, docs/benchmarks-crisis.md); the rules still
# judge every sentence. Set PER_SENTENCE = True where a second core can pay for it.
PER_SENTENCE = False
MAX_SEMANTIC_SENTENCES = 4

Level = Literal["crisis", "concern", "none"]
LANGS = ("ja", "en", "zh", "vi", "pt", "tl", "ko", "es", "id", "ne")


@dataclass(frozen=True)
class Verdict:
    level: Level
    categories: tuple[str, ...] = ()
    first_line: str | None = None  # "119" | "110" | "189": the number the reply must lead with
    lang: str = "ja"
    danger: bool = False
    stage: str = ""  # "rules" or "semantic": which stage decided (for staff tools and the benchmark)
    margin: float | None = None


NONE = Verdict("none")
_ASKABLE = {"dv", "child_abuse", "elder_abuse"}


def first_line(categories: tuple[str, ...] | set[str], danger: bool) -> str | None:
    """119 when someone is hurt or took pills; 110 for violence, or DV with danger now; 189 for a child."""
    if "overdose_injury" in categories:
        return "119"
    if "violence" in categories or (danger and categories and set(categories) & {"dv", "elder_abuse"}):
        return "110"
    if "child_abuse" in categories:
        return "189"
    return None


# ---------------------------------------------------------------------------- language (cheap, crisis-only)
# Script first; for Latin script a few function words, then the language of the nearest bank statement.
_KANA = re.compile(r"[\u3040-\u30ff\uff66-\uff9f]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")
_DEVANAGARI = re.compile(r"[\u0900-\u097f]")
_VIET = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)
_ZH_ONLY = re.compile(r"[我你他她的了吗么们这没说很吧呢爸妈会让给从还]")
_WORDS = {
    "en": {"i", "my", "me", "the", "is", "am", "want", "to", "and", "you", "he", "she", "it", "don't", "i'm", "of"},
    "pt": {"eu", "meu", "minha", "não", "estou", "com", "que", "quero", "ele", "ela", "está", "uma", "um", "de"},
    "es": {"yo", "mi", "quiero", "estoy", "que", "con", "el", "la", "y", "no", "es", "una", "me", "de", "se"},
    "tl": {"ako", "ko", "ng", "ang", "sa", "na", "mga", "siya", "niya", "hindi", "ito", "nang", "po", "namin"},
    "id": {"saya", "aku", "tidak", "yang", "dan", "di", "ini", "itu", "mau", "sudah", "dengan", "banget", "aja"},
    "ne": {"malai", "mero", "cha", "chaina", "man", "lagyo", "ma", "hajur"},
}


def language(text: str, nearest: str | None = None) -> str:
    if _HANGUL.search(text):
        return "ko"
    if _DEVANAGARI.search(text):
        return "ne"
    if _KANA.search(text):
        return "ja"
    if _HAN.search(text):
        return "zh" if _ZH_ONLY.search(text.replace("我慢", "")) or nearest == "zh" else "ja"
    if _VIET.search(text):
        return "vi"
    words = re.findall(r"[a-zà-ÿ']+", text.lower())
    if not words:
        return "ja"
    votes = {lang: sum(w in vocab for w in words) for lang, vocab in _WORDS.items()}
    if nearest in votes:
        votes[nearest] += 1
    best = max(votes, key=lambda lang: votes[lang])
    return best if votes[best] > 0 else (nearest if nearest in LANGS and nearest != "ja" else "en")


# ---------------------------------------------------------------------------- the two stages

SEMANTIC_CHARS = 320  # characters the meaning stage reads of a long message (head + tail)
SEMANTIC_HEAD = 200


def _semantic_sentences(prepared: str) -> list[str]:
    if not PER_SENTENCE:
        return [prepared]
    parts = sentences(prepared) or [prepared]
    if len(parts) > MAX_SEMANTIC_SENTENCES:
        half = MAX_SEMANTIC_SENTENCES // 2
        parts = parts[:half] + parts[-half:]
    return parts


def assess(text: str, encoder: Encoder | None, *, ordinary: tuple[str, ...] = (), wait: bool = True) -> Verdict:
    """The full verdict for one message: rules first, then meaning (skipped when there is no encoder).

    `ordinary`: ordinary statements beyond the bank's own (the FAQ's questions; see crisis_semantic).
    `wait=False` (the bot): while the banks are still being encoded after a cold start, the rules decide alone."""
    prepared = prepare(text)
    if not prepared.strip():
        return NONE
    found = detect(text)
    if found is not None:
        cats = found.categories
        lang = language(prepared)
        if not found.danger and set(cats) <= _ASKABLE and rules.ASKING.search(rules.fold_up(prepared)):
            return Verdict("concern", cats, None, lang, False, "rules")
        return Verdict("crisis", cats, first_line(cats, found.danger), lang, found.danger, "rules")
    if rules.NEGLECT_SIGNS.search(rules.fold_up(prepared)):
        return Verdict("concern", ("child_abuse",), None, language(prepared), False, "rules")
    if encoder is None:
        return NONE
    # The encoder reads full-width forms well, so an undisguised message is encoded as typed: the FAQ matcher's
    # vector (memo hit, no added encode). Only a disguised one (hidden characters, spaced letters, netspeak)
    # costs an encode of its undisguised form.
    semantic_text = text if prepared == nfkc(text) else prepared
    if len(semantic_text) > SEMANTIC_CHARS:
        # e5's cost grows with the text (a 5,000-character message took 9 s on one core and held a reply
        # builder meanwhile): meaning reads the head and the tail; the rules above have read every sentence.
        semantic_text = f"{semantic_text[:SEMANTIC_HEAD]} … {semantic_text[-(SEMANTIC_CHARS - SEMANTIC_HEAD):]}"
    matches = crisis_semantic.match(encoder, _semantic_sentences(semantic_text), ordinary, wait=wait)
    if not matches:
        return Verdict("none", lang=language(prepared), stage="rules (bank warming up)")
    best = max(matches, key=lambda m: m.margin)
    nearest = best.nearest
    lang = language(prepared, nearest.lang)
    if best.margin >= CONCERN_MARGIN:
        category = crisis_semantic.ALIASES.get(nearest.category, nearest.category)
        danger = nearest.category == "dv_danger" or category in {"overdose_injury", "violence"}
        cats = tuple(c for c in CATEGORIES if c == category)
        level: Level = "crisis" if best.margin >= CRISIS_MARGIN else "concern"
        return Verdict(level, cats, first_line(cats, danger) if level == "crisis" else None, lang, danger,
                       "semantic", round(best.margin, 4))
    return Verdict("none", lang=lang, stage="semantic", margin=round(best.margin, 4))
