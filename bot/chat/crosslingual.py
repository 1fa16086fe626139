"""When a question in another language (English, Vietnamese, Portuguese…) is clear enough to answer outright.

The fused score (bot/search/hybrid.py) is calibrated on Japanese, where the lexical features carry much of the
weight. A message in another language shares few words with the Japanese entries, so its fused score stays low
and it would always get "which of these?". What does carry over is e5's meaning, read here in a way that fits a
message in another language:

- **the language moved out of the way**: e5 puts a sentence and its translation near each other but not on each
  other, so an English question is nearer to any English text than to the Japanese phrasing that means the same.
  The query is moved by its language's direction (bot.chat.intents.language_shifts, from the bot's own fixed
  texts, which say the same in every language) to Japanese, and compared with the entries' Japanese phrasings;
- **several phrasings, not the luckiest one**: an entry scores the mean of its ``top`` best phrasings, so one
  phrasing that happens to share a frame (「Where can I…」) with the message does not outvote an entry whose
  phrasings agree;
- **a lead, and agreement**: the first entry is answered when it leads the second by ``margin``, or by the
  smaller ``agreed`` when the fused ranking (words and meaning as the Japanese matcher reads them) puts the same
  entry first;
- **the fused ranking, by its own thresholds**: with phrasings in the resident's language, the fused ranking has
  words to match too; its first entry is answered when its score and lead reach the foreign-language ``fused`` /
  ``fused_lead`` and the meaning ranking has it among its first ``near``.

- **no need, no answer**: a message nearer (moved into Japanese) to a request that names no need (「助けて」
  「相談したい」「申請したい」, bot.chat.intents.GENERIC_REQUESTS) than to its first entry, by ``generic``, is not
  answered outright ("Tôi cần giúp đỡ", "帮帮我", "I have a question"): the Japanese side's needs.too_vague, by
  meaning.

Anything less clear keeps the clarify (with the desks).

Small talk is told apart the same way: a message nearer to a hello / thank-you phrase of any served language
(bot.chat.intents.EVERYDAY) than to every entry's phrasings, by at least ``everyday``, is small talk. It gets the
greeting in its language ("Cảm ơn nhiều, bạn đã giúp tôi rất nhiều" is thanks, not a question about help), and
is never answered with an entry.

The rule's numbers are fitted by ``python bench/calibrate_foreign.py --write`` on the tuning half only (a right
answer +1, a wrong answer −4: a confident wrong answer costs far more than a clarify), which rewrites the
CROSS_LINGUAL line below. Japanese and やさしい日本語 never come here.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from bot.chat.intents import EVERYDAY
from bot.chat.knowledge import Knowledge
from bot.search import Hit
from bot.search.hybrid import FEATURES, HybridIndex
from bot.search.kana import KanaReader
from bot.text import romaji
from bot.text.language import JAPANESE, detect


@dataclass(frozen=True)
class CrossLingualRule:
    top: int  # how many of an entry's best phrasings are averaged into its score
    margin: float  # how far the first entry must lead the second to be answered
    agreed: float  # the lead that is enough when the fused ranking has the same entry first
    everyday: float = 0.04  # how much nearer to a hello / thanks phrase than to any entry makes small talk
    # The fused ranking's first entry is answered when its score reaches `fused` and leads the second by
    # `fused_lead` (lower than the Japanese thresholds: phrasings in the resident's language give it words to
    # match, but fewer than a Japanese message has), and it is among the cross-lingual ranking's first `near`.
    fused: float = 1.0
    fused_lead: float = 1.0
    near: int = 3
    # how much nearer to a request that names no need (「助けて」, intents.GENERIC_REQUESTS) than to the first
    # entry makes a message too vague to answer outright ("Tôi cần giúp đỡ", "帮帮我")
    generic: float = 0.0


CROSS_LINGUAL = CrossLingualRule(top=3, margin=0.0175, agreed=0.01, everyday=0.045, fused=0.3, fused_lead=0.2, near=1, generic=-0.0025)

_PHRASING = FEATURES.index("phrasing")
# A Japanese word typed in romaji inside another language names a need only when its kana is a word the entries
# use (bot.search.kana's vocabulary) of at least this many kana after long vowels are shortened: shorter ones
# (さめ, ほめ, かさ from "same", "home", "casa") are too easily an ordinary word of the message's own language.
MIN_TERM_KANA = 3
MAX_TERM_WORDS = 3  # 「seikatsu fukushi shikin」: how many romaji words one term may join
_VOCAB: list[tuple[KanaReader, dict[str, str]]] = []


def _vocabulary(reader: KanaReader) -> dict[str, str]:
    """loose reading -> the entries' spelling, for the snapshot's kana reader (rebuilt when the content changes)."""
    last = _VOCAB[0] if _VOCAB else None
    if last is not None and last[0] is reader:
        return last[1]
    vocab: dict[str, str] = {}
    for reading, spelling in sorted(reader.spelling.items(), key=lambda rs: len(rs[0])):
        if len(key := romaji.loose(reading)) >= MIN_TERM_KANA:
            vocab.setdefault(key, spelling)
    _VOCAB[:] = [(reader, vocab)]
    return vocab


def with_japanese_terms(knowledge: Knowledge, text: str) -> str:
    """A message in another language with each Japanese word it spells in romaji also written as the entries write
    it: 「Can I borrow money from shakyo?」 -> 「Can I borrow money from shakyo (社協)?」, 「cho minh hoi ve kaigo hoken
    voi」 -> 「… kaigo hoken (介護保険) voi」. The romaji stays (it is part of the sentence e5 reads); the Japanese
    beside it is what e5 and the lexical index can match. Longest terms first; only the content's own words."""
    index = knowledge.index
    reader = index.kana if isinstance(index, HybridIndex) else None
    if reader is None:
        return text
    vocab = _vocabulary(reader)
    spans = [(m.start(), m.end(), m.group().lower()) for m in romaji.WORD.finditer(text)]
    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(spans):
        for n in range(min(MAX_TERM_WORDS, len(spans) - i), 0, -1):
            group = spans[i:i + n]
            if not all(len(w) >= 2 and romaji.syllabic(w) for _, _, w in group):
                continue
            parts = [vocab.get(romaji.loose(romaji.to_kana(w))) for _, _, w in group]
            joined = vocab.get(romaji.loose("".join(romaji.to_kana(w) for _, _, w in group)))
            spelled = joined or ("".join(p for p in parts if p) if all(parts) else None)
            if spelled:
                found.append((group[0][0], group[-1][1], spelled))
                i += n
                break
        else:
            i += 1
    for start, end, spelled in reversed(found):
        text = f"{text[:end]} ({spelled}){text[end:]}"
    return text


def readable(knowledge: Knowledge, text: str, lang: str) -> str:
    """The message as the search should read it: a romaji Japanese message in kana (「hinan basho doko desu ka」 ->
    「ひなん ばしょ どこ です か」), a message in another language with its romaji Japanese words spelled out.
    Japanese and kana messages are returned as they are."""
    if lang in JAPANESE:
        return romaji.as_kana(text) if romaji.is_romaji(text) else text
    return with_japanese_terms(knowledge, text)


@dataclass(frozen=True)
class _Phrasings:
    """The rows of the index's phrasing vectors written in Japanese (kana or kanji), and the entry (row of
    content.entries) each belongs to."""

    rows: np.ndarray
    owners: np.ndarray
    # those rows' vectors, gathered once per snapshot (gathering them for every message cost ~0.3 ms)
    vectors: np.ndarray


_PHRASINGS: list[tuple[HybridIndex, _Phrasings | None]] = []
_KANA_OR_KANJI = re.compile(r"[\u3041-\u30ff\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


def _japanese(text: str) -> bool:
    """A phrasing written in Japanese. Mostly Latin letters (English, romaji, Taglish with 社協 in it) is not, and
    is told by its letters alone: the Latin-language detector is not needed for that (it costs ~0.1 s a call
    while its models load)."""
    cjk = len(_KANA_OR_KANJI.findall(text))
    if not cjk or cjk * 3 < len(_LATIN.findall(text)):
        return False
    found = detect(text)
    return found is not None and found.lang in JAPANESE


_phrasings_lock = threading.Lock()


def _japanese_phrasings(knowledge: Knowledge, index: HybridIndex) -> _Phrasings | None:
    """The snapshot's Japanese phrasings by entry, worked out on its first foreign message (None when the index's
    rows are not the content's titles and phrasings, which Knowledge.build guarantees).

    Only Japanese ones: measured on the foreign tuning half with phrasings in eight languages added to every
    entry, e5-small's cosine to a phrasing in the resident's own language ranks entries worse than the moved
    cosine to the Japanese ones (a shared sentence frame, 「Where can I…」, outweighs the need); those phrasings
    do their work in the fused ranking, through the words they share with the message. Romaji phrasings are
    left out too (e5 reads romaji poorly; a romaji message is searched as kana)."""
    with _phrasings_lock:
        last = _PHRASINGS[0] if _PHRASINGS else None
        if last is not None and last[0] is index:
            return last[1]
        rows: list[int] = []
        owners: list[int] = []
        row = 0
        for owner, entry in enumerate(knowledge.content.entries):
            for text in (entry.title, *entry.questions):  # bot.chat.knowledge.documents_of: title + phrasings
                if _japanese(text):
                    rows.append(row)
                    owners.append(owner)
                row += 1
        found_rows = _Phrasings(np.array(rows, dtype=np.int64), np.array(owners, dtype=np.int64),
                                np.ascontiguousarray(index.phrasing_vectors[rows])) \
            if row == len(index.phrasing_vectors) and rows else None
        _PHRASINGS[:] = [(index, found_rows)]
        return found_rows


def _moved_vector(knowledge: Knowledge, index: HybridIndex, query: str, lang: str) -> np.ndarray:
    """The message's vector moved from its language to Japanese (as it is until the language directions are ready)."""
    bank = knowledge.intents.vectors if knowledge.intents is not None else None
    shift = bank.shifts.get(lang) if bank is not None else None
    vector = index.query_vector(query).astype(np.float64)
    if shift is not None:
        vector -= shift
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm else vector


def entry_scores(knowledge: Knowledge, query: str, lang: str, top: int) -> np.ndarray | None:
    """Per entry (content.entries order): the mean cosine of its `top` best Japanese phrasings to the message,
    moved from its language to Japanese first. None without sentence vectors."""
    index = knowledge.index
    if not isinstance(index, HybridIndex) or not query.strip():
        return None
    found = _japanese_phrasings(knowledge, index)
    if found is None:
        return None
    vector = _moved_vector(knowledge, index, query, lang)
    cos = np.einsum("ij,j->i", found.vectors, vector)  # einsum: no BLAS threads (index.py)
    # the `top` best cosines of each entry: sort by (entry, cosine descending), keep each entry's first `top`
    order = np.lexsort((-cos, found.owners))
    owner = found.owners[order]
    keep = np.arange(len(owner)) - np.searchsorted(owner, owner) < top
    n = len(knowledge.content.entries)
    sums = np.bincount(owner[keep], weights=cos[order][keep], minlength=n)
    counts = np.bincount(owner[keep], minlength=n)
    return np.where(counts > 0, sums / np.maximum(counts, 1), -1.0)


def scores(knowledge: Knowledge, query: str, lang: str,
           rule: CrossLingualRule = CROSS_LINGUAL) -> list[tuple[str, float]]:
    """Entries by the cross-lingual score, best first (empty without sentence vectors)."""
    score = entry_scores(knowledge, query, lang, rule.top)
    if score is None:
        return []
    order = np.argsort(-score, kind="stable")
    entries = knowledge.content.entries
    return [(entries[int(i)].id, float(score[i])) for i in order]


def small_talk_gap(knowledge: Knowledge, query: str) -> tuple[str, float] | None:
    """(nearest everyday act, its cosine minus the best entry phrasing's) for a message, or None without vectors."""
    index = knowledge.index
    # The phrases' vectors come with the snapshot's exemplar bank (bot.chat.intents: cached on disk with the
    # content's; until a cold start's bank is ready, small talk is left to the greeting word lists).
    bank = knowledge.intents.vectors if knowledge.intents is not None else None
    if not isinstance(index, HybridIndex) or bank is None or not EVERYDAY:
        return None
    # small talk, the rule and its guard read the same message's signals, and the search after them: computed once
    rows, feats = index.shared_signals(query)
    if not len(rows):
        return None
    vector = index.encoder.encode([query[:index.fusion.query_chars]], kind="query")[0]
    near = np.einsum("ij,j->i", bank.everyday, vector)  # einsum: no BLAS threads (index.py)
    best = int(np.argmax(near))
    return EVERYDAY[best][0], float(near[best]) - float(feats[:, _PHRASING].max())


def small_talk(knowledge: Knowledge, query: str, lang: str, rule: CrossLingualRule = CROSS_LINGUAL) -> str | None:
    """"hello" or "thanks" when a message in another language is small talk rather than a question, else None."""
    if lang in JAPANESE or not query.strip():
        return None
    found = small_talk_gap(knowledge, query)
    return found[0] if found is not None and found[1] >= rule.everyday else None


def leader(ranked: list[tuple[str, float]], fused_first: str | None = None,
           rule: CrossLingualRule = CROSS_LINGUAL) -> str | None:
    """The first entry when it leads the second by the rule's margin (or by `agreed` when the fused ranking's
    first entry is the same one)."""
    if not ranked:
        return None
    lead = ranked[0][1] - (ranked[1][1] if len(ranked) > 1 else -1.0)
    needed = rule.agreed if fused_first is not None and fused_first == ranked[0][0] else rule.margin
    return ranked[0][0] if lead >= needed else None


def generic_gap(knowledge: Knowledge, query: str, lang: str, ranked: list[tuple[str, float]]) -> float | None:
    """How much nearer the message (moved into Japanese) is to a request that names no need than to its first
    entry's score; None without the vectors."""
    index = knowledge.index
    bank = knowledge.intents.vectors if knowledge.intents is not None else None
    if not ranked or not isinstance(index, HybridIndex) or bank is None or bank.generic is None:
        return None
    vector = _moved_vector(knowledge, index, query, lang)
    return float(np.einsum("ij,j->i", bank.generic, vector).max()) - ranked[0][1]


def _names_no_need(knowledge: Knowledge, query: str, lang: str, ranked: list[tuple[str, float]]) -> bool:
    gap = generic_gap(knowledge, query, lang, ranked)
    return gap is not None and gap >= CROSS_LINGUAL.generic


def names_no_need(knowledge: Knowledge, query: str, lang: str) -> bool:
    """A message in another language that asks for help but names no need ("Tôi cần giúp đỡ", "帮帮我"): not
    answered outright, whichever ranking found an entry for it (the Japanese side's needs.too_vague)."""
    if lang in JAPANESE or not query.strip():
        return False
    return _names_no_need(knowledge, query, lang, scores(knowledge, query, lang))


def fused_leader(ranked: list[tuple[str, float]], fused: Sequence[Hit],
                 rule: CrossLingualRule = CROSS_LINGUAL) -> str | None:
    """The fused ranking's first entry when it is sure enough by the rule's foreign-language thresholds and the
    meaning ranking has it near the top too."""
    if not fused:
        return None
    lead = fused[0].score - (fused[1].score if len(fused) > 1 else 0.0)
    close = {entry for entry, _ in ranked[:rule.near]}
    return fused[0].id if fused[0].score >= rule.fused and lead >= rule.fused_lead and fused[0].id in close else None


def confident_entry(knowledge: Knowledge, query: str, lang: str, fused: Sequence[Hit] = ()) -> str | None:
    """The entry to answer a non-Japanese question with, or None (the usual decision stands). `fused`: the fused
    (Japanese matcher's) hits for the same query, best first."""
    if lang in JAPANESE or not isinstance(knowledge.index, HybridIndex) or not query.strip():
        return None
    if small_talk(knowledge, query, lang) is not None:
        return None  # nearer to "thank you" than to any entry: never answered with one
    ranked = scores(knowledge, query, lang)
    if _names_no_need(knowledge, query, lang, ranked):
        return None  # "help me", "I have a question": no need named, so no entry is answered outright
    found = leader(ranked, fused[0].id if fused else None) or fused_leader(ranked, fused)
    return found if found in knowledge.content.entry_by_id else None
