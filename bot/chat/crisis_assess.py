"""Both crisis stages together: `assess(text, encoder)` → crisis, concern or none, with the lines to lead with.

1. The fast rules (bot.chat.crisis.detect) decide the unmistakable.
2. Otherwise a learned head reads the message's meaning from its shared e5 vector (bot.chat.crisis_head): a high
   probability of any crisis class is a crisis; a lower one is *concern* (answer as usual, with a caring line on
   top). Never a silent miss: when in doubt, a hotline at the top costs little.

The head's thresholds are calibrated by bench/crisis/train.py on out-of-fold predictions of the tuning halves
only, and stored with its weights.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from bot.chat import crisis_rules as rules
from bot.chat import crisis_head
from bot.chat.crisis import CHILDREN, ELDERS, detect
from bot.chat.crisis_text import last_sentence, prepare
from bot.search.encoders import Encoder
from bot.text.normalize import nfkc, strip_format

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
    risk: float | None = None  # the head's P(any crisis class), when it was asked


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
# Script first; for Latin script a few function words (English when none is known).
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


_THAI = re.compile(r"[\u0e00-\u0e7f]")


def language(text: str) -> str:
    if _THAI.search(text):  # no crisis reply in Thai yet: English, which the foreign-language lines take
        return "en"
    if _HANGUL.search(text):
        return "ko"
    if _DEVANAGARI.search(text):
        return "ne"
    if _KANA.search(text):
        return "ja"
    if _HAN.search(text):
        return "zh" if _ZH_ONLY.search(text.replace("我慢", "")) else "ja"
    if _VIET.search(text):
        return "vi"
    words = re.findall(r"[a-zà-ÿ']+", text.lower())
    if not words:
        return "ja"
    votes = {lang: sum(w in vocab for w in words) for lang, vocab in _WORDS.items()}
    best = max(votes, key=lambda lang: votes[lang])
    return best if votes[best] > 0 else "en"


# ---------------------------------------------------------------------------- the two stages

LAST_GATE = 0.3  # the whole message's reading from which its last sentence is read alone too. On the tuning
# halves every crisis that its last sentence decided read ≥ 0.3 whole; about half of the chatty messages read < 0.1
TAIL_CHARS = 160  # a message longer than the head reads (its first 200 characters) also gets its tail read


def _head_texts(text: str, prepared: str, whole_risk: float = 1.0) -> list[str]:
    """The message as typed (its vector is the FAQ matcher's: shared, no added encode); its tail when it is longer
    than the head reads; its undisguised form when netspeak or letters written apart changed it (zero-width
    characters alone leave the e5 vector nearly as it is, so they cost nothing; spaced letters do not); and the
    last sentence of a message of several (one more short encode, only when the rules found nothing)."""
    texts = [crisis_head.head_text(text)]
    if len(text) > crisis_head.QUERY_CHARS:
        texts.append(prepared[-TAIL_CHARS:])
    elif prepared != strip_format(nfkc(text)):
        # netspeak, or letters written apart: 「お そ わ れ た」 reads as nothing, おそわれた as what it says
        texts.append(prepared)
    # a chatty message with its crisis last: that sentence alone (round 6); not when the whole message reads
    # plainly ordinary (an encode costs 20-60 ms on a shared core, and most chatty messages are ordinary)
    last = last_sentence(prepared) if whole_risk >= LAST_GATE else None
    if last is not None and last not in texts:
        texts.append(last)
    return texts


def _respelled_reading(head: crisis_head.Head, encoder: Encoder, text: str, respell: Callable[[str], str],
                       reading: crisis_head.Reading) -> crisis_head.Reading:
    """e5 reads a kana-only message poorly: 「くるま が ない ので びょういん に いけない」 reads nearly as dark as a
    wish to die; respelled with the content's own words (車がないので病院にいけない) it reads as what it is. Only
    kana that spell a word of the FAQ entries are respelled, and a respelled word is easier for e5 to read, not
    harder, so a kana crisis keeps its dark meaning either way (measured: no tuning half changed); the lower of
    the two readings is taken. The respelled text is the one the FAQ matcher encodes next, so its vector costs
    nothing more (the shared memo)."""
    respelled = respell(text)
    if respelled == text:
        return reading
    alt = crisis_head.read(head, encoder, [crisis_head.head_text(respelled)])
    return alt if alt.risk < reading.risk else reading


def plainly_typed(text: str, prepared: str) -> bool:
    """Typed plainly: nothing disguised (no hidden or half-width characters, spaced letters or netspeak), and
    Japanese with some kanji. Only then is the e5 vector a fair reading of the words; a kana-only or disguised
    crisis often reads as ordinary to the head, so the head may veto a rules hit only when this holds."""
    if prepared != text:
        return False
    return not _KANA.search(text) or bool(_HAN.search(text))


def _asking(prepared: str, cats: tuple[str, ...], danger: bool) -> bool:
    """Asking what something is or where to tell (「これってDV？」), with no danger now: the FAQ answer lists the
    same lines, so it is a concern (the answer, with the caring line on top), whichever stage heard it."""
    return not danger and set(cats) <= _ASKABLE and bool(rules.ASKING.search(rules.fold_up(prepared)))


URGENT_AT = 0.5  # the head's probability from which its reading of injury or danger now is added to a rules hit
# For a crisis the head alone found: the probability of injury or overdose from which 119 leads anyway. On the
# tuning sets, no head-only crisis without someone hurt came near it (their P(overdose_injury) < 0.05).
MAYBE_HURT_AT = 0.1
_ELDER_WORDS = re.compile("|".join(sorted(ELDERS, key=len, reverse=True)))
_CHILD_WORDS = re.compile("|".join(sorted(CHILDREN - {"子"}, key=len, reverse=True)) + "|子が|子を|子に")


def _victim_read_again(prepared: str, category: str) -> tuple[str, ...]:
    """The head reads 「おじいちゃんにあざ」 much like a child's bruises: when the harmed one is named as an elder
    (and no child is named), it is elder abuse (#7171 and 福祉課), not 189."""
    if category == "child_abuse" and _ELDER_WORDS.search(prepared) and not _CHILD_WORDS.search(prepared):
        return ("elder_abuse",)
    # ... and a child telling of what a parent does to it ("My mom locks me out") is child abuse (189), though the
    # head may read it as a partner's violence or an elder's neglect
    if (category in {"dv", "elder_abuse"} and rules.child_of_parent(prepared) and rules.SELF_HARMED.search(prepared)
            and not _ELDER_WORDS.search(prepared) and not rules.ELDERS_NAMED.search(prepared)):
        return ("child_abuse",)
    return (category,)


def _with_urgent_meaning(cats: tuple[str, ...], danger: bool,
                         reading: crisis_head.Reading) -> tuple[tuple[str, ...], bool]:
    """A rules hit keeps its categories; when the meaning says someone is hurt now (「首を吊ろうとして失敗した。
    息が苦しい」 is a suicide word and an injury) or in danger now, that is added, so 119 / 110 lead."""
    p = reading.probabilities
    if p["overdose_injury"] >= URGENT_AT and "overdose_injury" not in cats:
        return ("overdose_injury", *cats), True
    if p["dv_danger"] >= URGENT_AT and "dv" in cats:
        return cats, True
    return cats, danger


def assess(text: str, encoder: Encoder | None, respell: Callable[[str], str] | None = None) -> Verdict:
    """The full verdict for one message: rules first, then meaning (skipped when there is no head for the
    encoder, e.g. no encoder at all: the rules answer alone). `respell` is the FAQ matcher's reading of a
    mostly-kana message in the content's spelling (bot.search.kana), when the snapshot has one."""
    prepared = prepare(text)
    if not prepared.strip():
        return NONE
    found = detect(text)
    head = crisis_head.head_for(encoder)
    if found is not None:
        cats, danger = found.categories, found.danger
        lang = language(prepared)
        said = None
        if head is not None and encoder is not None:  # the shared vector only: a rules hit adds no encode
            said = crisis_head.read(head, encoder, [crisis_head.head_text(text)])
            cats, danger = _with_urgent_meaning(cats, danger, said)
        if _asking(prepared, cats, danger):
            return Verdict("concern", cats, None, lang, False, "rules")
        if (said is not None and head is not None and not danger and said.risk < head.veto_at
                and plainly_typed(text, prepared)):
            # The words matched, but the meaning is plainly ordinary (an idiom the rules do not know): the
            # usual answer with the caring line on top, never nothing. veto_at sits under every plainly typed
            # real crisis the rules caught in the tuning data (disguised ones read badly, so they keep the rules).
            return Verdict("concern", cats, None, lang, False, "rules (meaning: ordinary)", round(said.risk, 4))
        return Verdict("crisis", cats, first_line(cats, danger), lang, danger, "rules")
    if rules.NEGLECT_SIGNS.search(rules.fold_up(prepared)):  # what a neighbour sees: the FAQ answer, cared for
        return Verdict("concern", ("child_abuse",), None, language(prepared), False, "rules")
    if head is None or encoder is None:
        return NONE
    whole = crisis_head.read(head, encoder, [crisis_head.head_text(text)])  # the shared vector: no encode
    texts = _head_texts(text, prepared, whole.risk)
    reading = crisis_head.read(head, encoder, texts) if len(texts) > 1 else whole
    if respell is not None and reading.risk >= head.concern_at:
        reading = _respelled_reading(head, encoder, text, respell, reading)
    lang = language(prepared)
    risk = round(reading.risk, 4)
    if reading.risk < head.concern_at:
        return Verdict("none", lang=lang, stage="semantic", risk=risk)
    category = "dv" if reading.category == "dv_danger" else reading.category
    danger = reading.category in {"dv_danger", "overdose_injury", "violence"}
    cats = _victim_read_again(prepared, category)
    if "overdose_injury" not in cats and reading.probabilities["overdose_injury"] >= MAYBE_HURT_AT:
        # The meaning says someone may be hurt or have taken something now (「床で吐いたまま返事がない」 read as a
        # partner's trouble): 119 leads, the category the head chose follows.
        cats, danger = ("overdose_injury", *cats), True
    level: Level = "crisis" if reading.risk >= head.crisis_at and not _asking(prepared, cats, danger) else "concern"
    return Verdict(level, cats, first_line(cats, danger) if level == "crisis" else None, lang, danger,
                   "semantic", risk)
