"""How the crisis rules read text: folded (NFKC, lower case, katakana, no spaces or punctuation, then upper case),
so 「しにたい」「死にたい」「ｼﾆﾀｲ」 are one rule and "kill myself" is KILLMYSELF; and a rule's marked Latin letters also
matched as typed without them. `rule` compiles a crisis_rules word list."""

from __future__ import annotations

import re
import unicodedata

from bot.text.normalize import fold

# Vietnamese typed in chat shortens không to ko / k / hok before a verb ("e ko muon song nua"); read as the word,
# only before the verbs a crisis rule goes on with, since "ko" is a word of its own in Tagalog ("gusto ko").
# Written as the verb after it is (with marks or without), so the phrase reads one way.
_VI_NOT = re.compile(r"(?<![^\W\d_])(?:ko|k|hok|hông|hong|khg|kg)(?=\s+((?:muốn|muon|còn|con|thể|the|sống|song|"
                     r"chịu|chiu|thở|tho|tỉnh|tinh|dậy|day|mở|mo))(?![^\W\d_]))", re.IGNORECASE)


def _not(match: re.Match[str]) -> str:
    return "khong" if match.group(1).isascii() else "không"


# A weapon sent as an emoji (「知らない男が🔪もって」) is the word (round 17).
_WEAPONS = str.maketrans({"🔪": "ナイフ", "🗡": "ナイフ"})


def fold_up(text: str) -> str:
    return fold(_VI_NOT.sub(_not, text).translate(_WEAPONS)).upper()


# Latin letters with their marks taken off (Ố → O, Ã → A, Đ → D): Vietnamese and Portuguese are often typed
# without them on a phone. Only Latin letters: a kana's dakuten is a mark too, and ガ is not カ.
_BASES = {c: unicodedata.normalize("NFD", chr(c))[0] for c in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00))}
_UNMARKED = {c: base for c, base in _BASES.items() if base.isascii() and base.isalpha()} | {ord("Đ"): "D", ord("đ"): "d"}


def unmarked(text: str) -> str:
    return text.translate(_UNMARKED)


# Unmarked, a short phrase is a piece of other words: 「TỰTỬ」 (suicide) is 「TUTU」 in Tagalog's matutulungan.
MIN_UNMARKED = 7


def _shortest(source: str) -> int:
    """The fewest characters a regular expression can match."""
    return int(re._parser.parse(source).getwidth()[0])  # type: ignore[attr-defined]


# Folding drops the long-vowel mark (ロープ is ロプ, ゲーム is ゲム), so a regular expression must not ask for it: it is
# taken out of each one, with a quantifier that followed it (「ゲー?ム」 is ゲム). Until round 13 a rule written with it
# (「ホーム」, 「カッター」, 「ヘルパー」, 「ロープ」) never matched.
_LONG_MARK = re.compile(r"ー[*+?]?")


def rule(*patterns: str) -> re.Pattern[str]:
    """One pattern for the folded text; a pattern with marked Latin letters also matches the text typed without
    them (「MUỐNCHẾT」 and 「MUONCHET」), when what it matches is long enough to be that phrase only."""
    sources = [_LONG_MARK.sub("", p[3:]) if p.startswith("re:") else re.escape(fold_up(p)) for p in patterns]
    sources += [bare for source in sources
                if (bare := unmarked(source)) != source and _shortest(bare) >= MIN_UNMARKED]
    return re.compile("|".join(f"(?:{source})" for source in sources))
