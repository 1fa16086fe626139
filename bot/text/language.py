"""Which language a resident wrote in: script rules first, then lingua (restricted to what we serve) for Latin text.

Codes are the bot's served languages: ja, easy (やさしい日本語), en, zh-Hans, vi, pt-BR, tl, ko, ne. A message in
Japanese written in romaji, or in simple kana with spaces between words (わかち書き), gets `easy`: the person
writing it most likely reads plain Japanese more easily than kanji-heavy text.

Why rules before the library: scripts decide most cases outright (Hangul → ko, Devanagari → ne, kana → Japanese),
and lingua has no Nepali and no romaji; it reads kanji-only Japanese (生活保護) as Chinese. lingua is good at
telling English, Portuguese, Vietnamese and Tagalog apart, even in a few words (bench/foreign_run.py measures it).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

from bot.text import greetings, romaji

SERVED = ("ja", "easy", "en", "zh-Hans", "vi", "pt-BR", "tl", "ko", "ne")
# Each language's own name, for the 「Language / 言語」 menu.
NAMES = {
    "ja": "日本語",
    "easy": "やさしい日本語",
    "en": "English",
    "zh-Hans": "简体中文",
    "vi": "Tiếng Việt",
    "pt-BR": "Português",
    "tl": "Tagalog",
    "ko": "한국어",
    "ne": "नेपाली",
}
JAPANESE = ("ja", "easy")

# Below this lingua confidence a Latin-script message is too short to say (「ok」「no」): keep the resident's setting.
MIN_CONFIDENCE = 0.5
ONE_WORD_CONFIDENCE = 0.8
LIKELY_WORDS = 3


@dataclass(frozen=True)
class Detected:
    lang: str
    confident: bool  # sure enough to override the resident's setting for this reply
    # Not sure, but a sentence rather than a word: better than Japanese for a resident with no setting yet.
    likely: bool = False


def detect(text: str) -> Detected | None:
    """The language of one message, or None when it has no letters to go by (a sticker's text, 「👍」, 「123」)."""
    text = unicodedata.normalize("NFKC", text).strip()
    counts = _script_counts(text)
    if not any(counts.values()):
        return None
    if counts["hangul"] and counts["hangul"] >= counts["kana"]:
        return Detected("ko", True)
    if counts["devanagari"]:
        return Detected("ne", True)
    cjk = counts["kana"] + counts["han"]
    # A Japanese name inside a sentence in another language (「Tôi muốn hỏi về 介護保険」「Where is 福祉課?」「I want
    # ボランティア」「Onde fica o 子ども食堂?」): with (almost) no hiragana the Japanese carries no grammar (の, です,
    # について), so the sentence is the words around it. Capitals-only words (LINE, NPO) are names, not a sentence.
    if cjk and counts["latin"] and len(_HIRAGANA.findall(text)) <= NAME_HIRAGANA:
        if sum(1 for w in _LATIN_WORD.findall(text) if len(w) == 1 or not w.isupper()) >= 2:
            return _latin(_CJK.sub(" ", text))
    # Otherwise a CJK character carries about as much as a short Latin word: weigh them so that
    # 「ボランティア ok です」 counts as Japanese.
    if cjk * 3 >= counts["latin"]:
        if counts["kana"]:
            return Detected("easy" if _simple_kana(text) else "ja", True)
        return Detected(_han_only(text), True)
    return _latin(text)


NAME_HIRAGANA = 2  # 子ども, お金: a name may hold a little hiragana
_HIRAGANA = re.compile(r"[\u3041-\u309f]")
_CJK = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff]+")
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]+")


def choose(detected: Detected | None, saved: str | None) -> str:
    """The reply language: a confident detection wins for this one reply; otherwise the saved setting; else the
    detector's guess for a sentence (3+ words), else ja.

    A saved やさしい日本語 stays on for ordinary Japanese messages (the resident asked for it)."""
    if detected is None or not detected.confident:
        return saved or (detected.lang if detected is not None and detected.likely else "ja")
    if saved == "easy" and detected.lang == "ja":
        return "easy"
    if saved == "ja" and detected.lang == "easy":
        return "ja"  # someone who chose plain 日本語 keeps it even when typing kana only
    return detected.lang


def _script_counts(text: str) -> dict[str, int]:
    counts = {"kana": 0, "han": 0, "hangul": 0, "devanagari": 0, "latin": 0}
    for ch in text:
        code = ord(ch)
        if 0x3040 <= code <= 0x30FF or 0x31F0 <= code <= 0x31FF:
            if ch not in "・ー゛゜":
                counts["kana"] += 1
        elif 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF:
            counts["han"] += 1
        elif 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
            counts["hangul"] += 1
        elif 0x0900 <= code <= 0x097F:
            counts["devanagari"] += 1
        elif ch.isalpha() and code < 0x2000:
            counts["latin"] += 1
    return counts


# 分かち書き: kana words separated by spaces, hardly any kanji (「おかね が ありません。どこ に いけば いいですか」).
def _simple_kana(text: str) -> bool:
    han = sum(1 for ch in text if 0x4E00 <= ord(ch) <= 0x9FFF)
    words = [w for w in re.split(r"[\s、。,.!?！？]+", text) if w]
    return han <= 1 and len(words) >= 3 and text.count(" ") + text.count("\u3000") >= 2


# Function words of Chinese that Japanese writing almost never uses alone.
_CHINESE_MARKS = set("我你您他她们的是吗呢吧了么怎哪谁没这那给让说请问帮")


def _han_only(text: str) -> str:
    """Kanji/hanzi with no kana: Chinese when a character is not in Japanese use (JIS X 0208) or is a Chinese
    function word; otherwise Japanese (生活保護、介護保険)."""
    for ch in text:
        if 0x4E00 <= ord(ch) <= 0x9FFF:
            if ch in _CHINESE_MARKS:
                return "zh-Hans"
            try:
                ch.encode("euc_jp")
            except UnicodeEncodeError:
                return "zh-Hans"
    return "ja"


# --- Latin script ---------------------------------------------------------------------------------------

_VIETNAMESE_LETTERS = set("ăđơưĂĐƠƯ")  # â ê ô are Portuguese too
_PORTUGUESE_LETTERS = set("ãõçÃÕÇ")
# Vietnamese typed without diacritics (a Japanese phone keyboard): common words that are not English/Portuguese.
_VIETNAMESE_BARE = {"toi", "minh", "khong", "duoc", "voi", "cua", "nhung", "muon", "giup", "hoi", "cho", "lam",
                    "dau", "chung", "nha", "tien", "viec"}
# Tagalog function words: residents mix English nouns into Tagalog (Taglish: 「Ano ang phone number ng shakyo?」).
_TAGALOG_MARKS = {"ang", "ng", "mga", "po", "ba", "ako", "ko", "kayo", "namin", "ito", "kung", "saan", "paano",
                  "ano", "may", "wala", "gusto", "hindi", "sa", "na"}

# English function words: two of them make a short message English (lingua reads 「ok got it」 as Tagalog).
_ENGLISH_MARKS = {"i", "my", "the", "is", "are", "it", "got", "you", "your", "what", "where", "how", "can",
                  "does", "to", "for", "of", "and", "with", "please", "need", "want", "see", "this", "that"}

LINGUA_CODES = {"ENGLISH": "en", "PORTUGUESE": "pt-BR", "VIETNAMESE": "vi", "TAGALOG": "tl"}


def _latin(text: str) -> Detected:
    words = re.findall(r"[^\W\d_]+", text.lower())
    if romaji.is_romaji(text):
        return Detected("easy", True)
    said = greetings.thanks_language(text) or greetings.hello_language(text)
    if said:
        return Detected(said, True)
    letters = set(text)
    # Vietnamese tone marks live in their own Unicode block (ạ ả ấ …); lingua confuses short ones with Portuguese.
    if letters & _VIETNAMESE_LETTERS or any(0x1EA0 <= ord(ch) <= 0x1EF9 for ch in text):
        return Detected("vi", True)
    if letters & _PORTUGUESE_LETTERS:
        return Detected("pt-BR", True)
    if sum(1 for w in words if w in _TAGALOG_MARKS) >= 2:
        return Detected("tl", True)
    if sum(1 for w in words if w in _VIETNAMESE_BARE) >= 2:
        return Detected("vi", True)
    if sum(1 for w in words if w in _ENGLISH_MARKS) >= 2:
        return Detected("en", True)
    values = _detector().compute_language_confidence_values(text)
    best = values[0]
    # One short word (「ok」「no」「taxi」) is shared by too many languages to override a setting.
    sure = best.value >= (MIN_CONFIDENCE if len(words) >= 2 else ONE_WORD_CONFIDENCE)
    return Detected(LINGUA_CODES[best.language.name], sure, likely=len(words) >= LIKELY_WORDS)


_build_lock = threading.Lock()


@cache
def _built() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    # Models load lazily on first use (about 0.5 s once; preloading all four costs several seconds at the first
    # foreign message); the lock keeps concurrent first messages from building it twice.
    return LanguageDetectorBuilder.from_languages(
        Language.ENGLISH, Language.PORTUGUESE, Language.VIETNAMESE, Language.TAGALOG
    ).build()


def warm_up() -> None:
    """Build lingua and load its four models now (serve calls this in the background at start), so the first
    resident who writes in English or Vietnamese does not wait the 0.5-1 s that loading takes (bench/reply_latency.py:
    that first message was every run's slowest reply)."""
    _detector().compute_language_confidence_values("Hello, where is the city hall? Xin chào. Olá. Kumusta po.")


def _detector() -> Any:
    """lingua, limited to the Latin-script languages we serve (fewer candidates: faster and surer on short text)."""
    with _build_lock:
        return _built()
