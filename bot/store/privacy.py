"""Minimising what we keep about residents: pseudonyms for LINE user IDs and masking of what they typed.

`mask` looks at the first `LIMIT` characters only (plus a small margin so a detail cut at the edge is still
recognised) and every pattern runs in linear time: no pattern can backtrack over more than a bounded window,
so a 100,000-character message costs no more than a short one (issue 14: the old e-mail pattern was quadratic
and froze the reply thread). It hides, in this order:

* e-mail addresses, any `x@y` (with or without a dot; full-width ＠ too, after NFKC);
* LINE user IDs (U + 32 hex digits);
* phone numbers in any width or in kanji numerals (〇九〇…), with -, ー, の, spaces or brackets between groups,
  and any other run of 4+ digits;
* street addresses: blocks (…丁目, …番地, …番…号, 町1-2-3), with the place name written before them;
* names given in a self-introduction (〜と申します / 〜といいます / 私は〜です / はじめまして、〜です / 名前は〜).
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Callable

from bot.text.normalize import nfkc

LIMIT = 500  # characters kept of a message (bot.store.unanswered stores no more)
_MARGIN = 100  # read a little past the limit so a phone number or address cut at the edge is still recognised

# --- e-mail and LINE IDs ------------------------------------------------------------------------------------
# The local part starts only where the previous character cannot belong to it (the lookbehind), and its run is
# possessive: each character is read a bounded number of times, so the scan is linear however long the run.
_EMAIL_CHARS = r"A-Za-z0-9._%+\-"
_EMAIL = re.compile(rf"(?<![{_EMAIL_CHARS}])[{_EMAIL_CHARS}]*+@[A-Za-z0-9\-]++(?:\.[A-Za-z0-9\-]++)*+")
_LINE_USER_ID = re.compile(r"U[0-9a-f]{32}")

# --- numbers (phones, digit runs, address blocks) -------------------------------------------------------------
# Detection runs on a "shadow" of the text of the same length in which kanji numerals are digits and every dash
# (and の between numbers) is "-"; replacements are applied at the same positions in the real text.
_SHADOW = str.maketrans("〇零一二三四五六七八九" "ー‐−–—―の", "00123456789" "-------")
_NUMBER = re.compile(r"\+?\d(?:[-\s().]{0,3}\d)*")
_DIGIT_RUN = re.compile(r"\d{4,}")

_PLACE = r"[一-龯々ヶァ-ヴ]"  # a place name written before the block: kanji or katakana (hiragana ends it)
_CHOME = r"\d{1,4}丁目(?:\d{1,4}(?:番地?|-))?(?:\d{1,4}号?)?"  # 1丁目 / 1丁目2番3号 / 1丁目2-3
_BANCHI = r"\d{1,4}番地(?:-?\d{1,4}号?)?|\d{1,4}番\d{1,4}号?"  # 12番地3 / 2番3号 (一番 alone means "most")
_DASHED = r"\d{1,4}-\d{1,4}-\d{1,4}(?:-\d{1,4})?号?"  # 本町1-2-3(-101): only right after a place name
_DASHED_TOWN = r"[町村区市台野丘谷]\d{1,4}-\d{1,4}号?"  # 本町1-2; not 月曜9-12 (hours) or 第3-4 (a range)
_ROOM = r"(?: ?[ァ-ヴA-Za-z一-龯\-]{0,12} ?\d{1,4}号室)?"  # コーポ鴻巣 101号室
_ADDRESS = re.compile(rf"(?:{_PLACE}{{0,10}}?(?:{_CHOME}|{_BANCHI})|{_PLACE}{{1,10}}?{_DASHED}"
                      rf"|{_PLACE}{{0,9}}?{_DASHED_TOWN}){_ROOM}")

# --- names in self-introductions --------------------------------------------------------------------------------
_NAME_ANY = r"[一-龯々〆ヶァ-ヴーぁ-んA-Za-z・ ]"  # 〜と申します: the name may be in hiragana too
_NAME_STRICT = r"[一-龯々〆ヶァ-ヴーA-Za-z・ ]"  # 私は〜です: です is everywhere, so kanji/katakana names only
_INTRODUCES = r"(?:と|って)(?:申し|もうし|申す|言い|いい|いう者|言う者|名乗|呼んで|呼ばれ)"
_SELF = r"(?:私|わたし|わたくし|僕|ぼく|俺|おれ|自分|うち)(?:の名前)?は|(?:名前|なまえ|氏名)(?:は|が|[:：])"
_GREETING = r"(?:はじめまして|初めまして|こんにちは|こんばんは|おはようございます|お世話になります)[、。,!！ ]*"
_NAMES: list[re.Pattern[str]] = [
    re.compile(rf"(?P<name>{_NAME_ANY}{{1,12}}?)(?={_INTRODUCES})"),
    re.compile(rf"(?:{_SELF}) ?(?P<name>{_NAME_STRICT}{{1,10}}?)(?=です|でございます|[。、,.!！?？]|$)"),
    re.compile(rf"{_GREETING}(?P<name>{_NAME_STRICT}{{1,10}}?)(?=です|でございます)"),
    re.compile(r"(?i)\bmy name is (?P<name>[a-z]+(?: [a-z]+)?)"),
]
_KANJI_TAIL = re.compile(r"(?<=[ぁ-ん])[一-龯々〆ヶァ-ヴーA-Za-z][一-龯々〆ヶァ-ヴーA-Za-z ]*$")

# What may be half of a detail when a long message is cut: dropped from the end of the window (first the digits
# and separators of a number, spaces included, then the word it was part of).
_PARTIAL_NUMBER = "0123456789〇零一二三四五六七八九-()ー‐−–—―の. 丁目番地号室"
_BREAKS = "。、\n!?！？"  # a detail never spans these: what follows the last one near the cut is dropped
_TAIL = 60
_PARTIAL = "0123456789〇零一二三四五六七八九ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz@._%+-()ー‐−"


def pseudonym(user_id: str, key: bytes) -> str:
    """A keyed hash of a LINE user ID: stable for one key, useless without it."""
    return hmac.new(key, user_id.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()[:32]


def mask(text: str, *, limit: int = LIMIT) -> str:
    """The first `limit` characters of `text` with personal details replaced by [メール] [ID] [電話] [住所] [名前]
    (other runs of 4+ digits by #). Linear in `limit`, whatever the length of `text`."""
    window = nfkc(text[: limit + _MARGIN])  # also turns lone surrogates (unstorable in UTF-8) into U+FFFD
    if len(text) > limit + _MARGIN:  # a number, e-mail or address cut in half is dropped, not kept in part
        window = _without_cut_tail(window)
    window = _EMAIL.sub("[メール]", window)
    window = _LINE_USER_ID.sub("[ID]", window)
    window = _on_shadow(window, _NUMBER, _number)
    window = _on_shadow(window, _ADDRESS, lambda _real, _shadow: "[住所]")
    for pattern in _NAMES:
        window = pattern.sub(_name, window)
    return window[:limit]


def _without_cut_tail(window: str) -> str:
    """The window of an overlong message, without the piece after the last break near the cut (where a detail
    may have been cut in half); with no break close to the end, without a trailing number or word."""
    near = len(window) - _TAIL
    last_break = max(window.rfind(ch, max(near, 0)) for ch in _BREAKS)
    if last_break >= 0:
        return window[: last_break + 1]
    return window.rstrip(_PARTIAL_NUMBER).rstrip(_PARTIAL)


def _on_shadow(text: str, pattern: re.Pattern[str], replace: Callable[[str, str], str]) -> str:
    """Find `pattern` in the digit/dash-normalised shadow of `text`; replace(real, shadow) those spans of the
    real text (the shadow has the same length, so positions agree)."""
    shadow = text.translate(_SHADOW)
    pieces: list[str] = []
    last = 0
    for found in pattern.finditer(shadow):
        pieces.append(text[last:found.start()])
        pieces.append(replace(text[found.start():found.end()], found.group()))
        last = found.end()
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


def _number(real: str, shadow: str) -> str:
    """A run of digits (and separators): a phone number, or digit runs to hide, or harmless (kept as written)."""
    digits = sum(ch.isdigit() for ch in shadow)
    national = shadow.startswith(("0", "+", "81"))
    if (national and digits >= 9) or (digits >= 7 and not shadow.isdigit()):
        return "[電話]"
    runs = [run.span() for run in _DIGIT_RUN.finditer(shadow)]
    if not runs:
        return real
    chars = list(real)
    for start, end in runs:
        chars[start:end] = "#" * (end - start)
    return "".join(chars)


def _name(found: re.Match[str]) -> str:
    """Replace the name; when a kanji/katakana name follows hiragana (相談したい山田と申します), only the name."""
    span = found.group("name")
    tail = _KANJI_TAIL.search(span)
    start = found.start("name") - found.start()
    kept = span[: tail.start()] if tail else ""
    return found.group()[:start] + kept + "[名前]" + found.group()[start + len(span):]
