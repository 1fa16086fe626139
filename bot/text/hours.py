"""Opening-hours rules as staff write them, and "open now / open today" — pure, with the time passed in.

Staff write short Japanese rules (see README「開いている時間の書き方」):

    open:   ["毎週火曜 10:00-12:00", "第4・5金曜 15:00-20:00", "5〜8月 毎日 9:00-18:00", "平日 8:30-17:15"]
    closed: ["月曜", "祝日(こどもの日を除く)", "年末年始", "第3月曜", "2026-12-28"]

A day is open when it is not closed and at least one open rule matches it; the open intervals of all
matching rules are joined. A closure wins over every open rule. Holidays are Japan's national holidays
(including 振替休日) from jpholiday; 年末年始 is 12/29–1/3. Times are Japan time; [start, end) so that a
place open 9:00-17:00 is open at 16:59 and closed at 17:00.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import jpholiday

from bot.text.clock import JST, WEEKDAYS

NEW_YEAR = ((12, 29), (1, 3))

_DASH = "[-–—~〜～ー]"
_TIME = r"(\d{1,2}):(\d{2})"
_RULE = re.compile(rf"^(?:(?P<m1>\d{{1,2}})(?:{_DASH}(?P<m2>\d{{1,2}}))?月\s*)?(?P<days>.+?)\s+{_TIME}\s*{_DASH}\s*{_TIME}$")
_NTH = re.compile(r"^第(?P<nums>[1-5１-５](?:[・,、と][1-5１-５])*)(?P<days>.+)$")
_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_HOLIDAY = re.compile(r"^祝日(?:[(（](?P<names>.+?)を?除く[)）])?$")


class RuleError(ValueError):
    """A rule staff wrote that we cannot read; the message says how to write it."""


@dataclass(frozen=True)
class Days:
    """Which days of a month: weekdays (0=Mon), optionally only the Nth (1-5) or last (-1) of the month."""

    weekdays: frozenset[int]
    nths: frozenset[int] = frozenset()
    holidays: bool = False  # 「祝日」 as an open day (e.g. 土日祝)

    def match(self, day: dt.date) -> bool:
        if self.holidays and is_holiday(day):
            return True
        if day.weekday() not in self.weekdays:
            return False
        if not self.nths:
            return True
        return nth_of_month(day) in self.nths or (-1 in self.nths and is_last_of_month(day))


@dataclass(frozen=True)
class OpenRule:
    text: str
    days: Days
    start: int  # minutes after midnight
    end: int
    months: frozenset[int] = frozenset()

    def intervals(self, day: dt.date) -> tuple[int, int] | None:
        if self.months and day.month not in self.months:
            return None
        return (self.start, self.end) if self.days.match(day) else None


@dataclass(frozen=True)
class Closure:
    text: str
    days: Days | None = None
    holiday_except: frozenset[str] = frozenset()
    holiday: bool = False
    new_year: bool = False
    date: dt.date | None = None

    def closes(self, day: dt.date) -> bool:
        if self.date is not None:
            return day == self.date
        if self.new_year:
            return is_new_year(day)
        if self.holiday:
            name = holiday_name(day)
            return name is not None and name not in self.holiday_except
        return self.days is not None and self.days.match(day)


@dataclass(frozen=True)
class Schedule:
    open: tuple[OpenRule, ...]
    closed: tuple[Closure, ...] = ()

    def closed_on(self, day: dt.date) -> Closure | None:
        return next((c for c in self.closed if c.closes(day)), None)

    def intervals(self, day: dt.date) -> list[tuple[int, int]]:
        """Open intervals on that day, merged and sorted; empty when closed."""
        if self.closed_on(day):
            return []
        found = sorted(i for r in self.open if (i := r.intervals(day)))
        merged: list[tuple[int, int]] = []
        for start, end in found:
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return merged

    def open_today(self, now: dt.datetime) -> bool:
        return bool(self.intervals(jst(now).date()))

    def open_now(self, now: dt.datetime) -> bool:
        local = jst(now)
        minute = local.hour * 60 + local.minute
        return any(start <= minute < end for start, end in self.intervals(local.date()))

    def today_text(self, now: dt.datetime) -> str | None:
        """「9:00〜17:00」 for today, or None when closed today."""
        spans = self.intervals(jst(now).date())
        return "、".join(f"{clock(s)}〜{clock(e)}" for s, e in spans) if spans else None

    def next_open_day(self, now: dt.datetime, *, within: int = 62) -> dt.date | None:
        day = jst(now).date()
        for offset in range(within + 1):
            candidate = day + dt.timedelta(days=offset)
            if self.intervals(candidate):
                return candidate
        return None

    def open_on_weekday(self, weekday: int, now: dt.datetime, *, weeks: int = 5) -> bool:
        """Whether some coming day with that weekday (within `weeks` weeks) is open: 「土曜日に行ける」."""
        day = jst(now).date()
        ahead = (weekday - day.weekday()) % 7
        return any(self.intervals(day + dt.timedelta(days=ahead + 7 * w)) for w in range(weeks))


def jst(now: dt.datetime) -> dt.datetime:
    """Japan time; a naive datetime is taken to be Japan time already."""
    return now.replace(tzinfo=JST) if now.tzinfo is None else now.astimezone(JST)


def clock(minutes: int) -> str:
    return f"{minutes // 60}:{minutes % 60:02d}"


def holiday_name(day: dt.date) -> str | None:
    return jpholiday.is_holiday_name(day)


def is_holiday(day: dt.date) -> bool:
    return holiday_name(day) is not None


def is_new_year(day: dt.date) -> bool:
    (m1, d1), (m2, d2) = NEW_YEAR
    return (day.month, day.day) >= (m1, d1) or (day.month, day.day) <= (m2, d2)


def nth_of_month(day: dt.date) -> int:
    return (day.day - 1) // 7 + 1


def is_last_of_month(day: dt.date) -> bool:
    return day.day + 7 > calendar.monthrange(day.year, day.month)[1]


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).strip()
    return re.sub(r"\s+", " ", text)


def parse_days(text: str) -> Days:
    """毎日 / 平日 / 土日祝 / 毎週火曜 / 火・木曜日 / 火〜日 / 第4金曜 / 第1・3水曜 / 最終金曜."""
    raw = _norm(text).replace(" ", "")
    if raw == "毎日":
        return Days(frozenset(range(7)))
    if raw == "平日":
        return Days(frozenset(range(5)))
    nths: frozenset[int] = frozenset()
    if raw.startswith("最終"):
        nths, raw = frozenset({-1}), raw[2:]
    elif m := _NTH.match(raw):
        nths = frozenset(int(unicodedata.normalize("NFKC", n)) for n in re.split("[・,、と]", m["nums"]))
        raw = m["days"]
    raw = raw.removeprefix("毎週").replace("曜日", "").replace("曜", "")
    holidays = False
    if raw.endswith("祝") and not nths:
        holidays, raw = True, raw[:-1].rstrip("・,、")
    weekdays: set[int] = set()
    for part in filter(None, re.split("[・,、]", raw)):
        span = re.fullmatch(rf"([{WEEKDAYS}]){_DASH}([{WEEKDAYS}])", part)
        if span:
            a, b = WEEKDAYS.index(span[1]), WEEKDAYS.index(span[2])
            weekdays.update(range(a, b + 1) if a <= b else [*range(a, 7), *range(b + 1)])
        elif all(ch in WEEKDAYS for ch in part):
            weekdays.update(WEEKDAYS.index(ch) for ch in part)
        else:
            raise RuleError(f"曜日「{text}」が読めません。例: 毎週火曜 / 第4金曜 / 火〜日 / 平日 / 毎日")
    if not weekdays and not holidays:
        raise RuleError(f"曜日「{text}」が読めません。例: 毎週火曜 / 第4金曜 / 火〜日 / 平日 / 毎日")
    return Days(frozenset(weekdays), nths, holidays)


@lru_cache(maxsize=512)
def parse_open(text: str) -> OpenRule:
    """「毎週火曜 10:00-12:00」「第4金曜 15:00-20:00」「5〜8月 毎日 9:00-18:00」."""
    m = _RULE.match(_norm(text))
    if not m:
        raise RuleError(f"「{text}」が読めません。例: 毎週火曜 10:00-12:00 / 第4金曜 15:00-20:00")
    start = int(m[4]) * 60 + int(m[5])
    end = int(m[6]) * 60 + int(m[7])
    if not (0 <= start < end <= 24 * 60) or int(m[5]) > 59 or int(m[7]) > 59:
        raise RuleError(f"「{text}」の時間が正しくありません(開始は終了より前、24:00 まで)")
    months: frozenset[int] = frozenset()
    if m["m1"]:
        a = int(m["m1"])
        b = int(m["m2"] or a)
        if not (1 <= a <= 12 and 1 <= b <= 12):
            raise RuleError(f"「{text}」の月が正しくありません")
        months = frozenset(range(a, b + 1) if a <= b else [*range(a, 13), *range(1, b + 1)])
    return OpenRule(text, parse_days(m["days"]), start, end, months)


@lru_cache(maxsize=512)
def parse_closed(text: str) -> Closure:
    """「月曜」「祝日」「祝日(こどもの日を除く)」「年末年始」「第3月曜」「2026-12-28」."""
    raw = _norm(text).replace(" ", "")
    if raw in ("年末年始", "年末年始(12/29〜1/3)", "年末年始(12/29-1/3)"):
        return Closure(text, new_year=True)
    if m := _HOLIDAY.match(raw):
        names = frozenset(n for n in re.split("[・,、と]", m["names"] or "") if n)
        return Closure(text, holiday=True, holiday_except=names)
    if m := _DATE.match(raw):
        try:
            return Closure(text, date=dt.date(int(m[1]), int(m[2]), int(m[3])))
        except ValueError as exc:
            raise RuleError(f"日付「{text}」がありません") from exc
    try:
        return Closure(text, days=parse_days(raw))
    except RuleError as exc:
        raise RuleError(f"休みの日「{text}」が読めません。例: 月曜 / 祝日 / 祝日(こどもの日を除く) / 年末年始 / 第3月曜 / 2026-12-28") from exc


@lru_cache(maxsize=256)
def schedule(open_rules: tuple[str, ...], closed: tuple[str, ...] = ()) -> Schedule:
    return Schedule(tuple(parse_open(r) for r in open_rules), tuple(parse_closed(c) for c in closed))
