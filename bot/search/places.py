"""Find help nearby: pure queries over places (居場所), desks and volunteer openings.

Everything here is a pure function of the content snapshot and an injected clock: by kind, 地区, weekday,
"open today / now", nearest by straight-line distance, and a small intent parser for typed questions
(「吹上のサロン」「今日やってる子ども食堂」「近くの児童センター」「土曜日に行ける居場所」).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from urllib.parse import parse_qs

from bot.content import AREAS, PLACE_KINDS, Content, Desk, Place, VolunteerOpening
from bot.text import postbacks
from bot.text.hours import jst
from bot.text.normalize import fold

WALK_METERS_PER_MINUTE = 80  # the usual figure used in Japanese real-estate listings
EARTH_RADIUS_KM = 6371.0088
MAX_RESULTS = 12


def _folded(*words: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in words)


KIND_WORDS: dict[str, tuple[str, ...]] = {
    "サロン": _folded("サロン", "いきいきサロン", "ふれあいサロン", "茶話会", "お茶会"),
    "こども食堂": _folded("こども食堂", "子ども食堂", "子供食堂", "こどもしょくどう", "フードパントリー"),
    "児童センター": _folded("児童センター", "児童館", "じどうセンター", "じどうかん"),
    "通いの場": _folded("通いの場", "かよいの場", "かよいのば", "通いのば"),
    "認知症カフェ": _folded("認知症カフェ", "オレンジカフェ", "にんちしょうカフェ"),
}
GENERIC_WORDS = _folded("居場所", "いばしょ", "集まれる場所", "集まれるところ", "集まれるとこ", "集まる場所",
                        "集いの場", "つどいの場", "たまり場", "行ける場所", "行けるところ", "集まりの場所",
                        "集まりの場", "集まれる所", "行ける集まり")
# Round 15: a place told by what people do there (「年寄りが集まってお茶飲めるとこ」「みんなで集まれる場」), in the folded
# form (katakana, no spaces): gathering or having tea, then a place word (not talking: 「話せるところ」 is a listener).
_GATHER_PLACE = re.compile("(" + "|".join(map(re.escape, _folded("集ま", "あつま", "お茶", "おちゃ"))) + ").{0,10}("
                           + "|".join(map(re.escape, _folded("場所", "ところ", "とこ", "所", "場"))) + ")")
# ... for elders, that is a 通いの場 or a サロン (the list shows both)
_ELDER_WORDS = _folded("年寄", "としより", "高齢", "こうれい", "シニア", "老人", "じいちゃん", "ばあちゃん", "おじいさん",
                       "おばあさん")
# A place for children to play or stay after school is what a 児童センター is.
_CHILD_WORDS = _folded("子ども", "子供", "こども", "小学生", "児童", "子が", "子を")
_CHILD_PLACE_WORDS = _folded("遊べる", "あそべる", "遊び場", "あそびば", "遊ぶ場所", "放課後", "いられる所",
                             "いられるところ", "過ごせる")
AREA_WORDS: dict[str, tuple[str, ...]] = {
    "吹上": _folded("吹上", "ふきあげ"),
    "川里": _folded("川里", "かわさと"),
    # Alone, 鴻巣 usually means the whole city; the 地区 is named as such, or by a town in it.
    "鴻巣": _folded("鴻巣地区", "こうのす地区", "旧鴻巣"),
}
# Towns named in the sources with their 地区 (konosu-facts.md: the 児童センター addresses): 「広田のあたり」 is 川里.
TOWN_AREAS: dict[str, tuple[str, ...]] = {
    "吹上": _folded("吹上富士見"),
    "川里": _folded("広田", "屈巣"),
    "鴻巣": _folded("笠原", "馬室", "箕田", "稲荷町", "人形", "北鴻巣",
                   # round 17: 鴻巣駅, in the old 鴻巣 town (a map's fact, not the sources'; a search filter only)
                   "鴻巣駅", "こうのす駅"),
}
NEARBY_WORDS = _folded("近く", "ちかく", "近所", "きんじょ", "近い", "ちかい", "最寄り", "もより", "あたり", "周辺",
                       "付近")
TODAY_WORDS = _folded("今日", "きょう", "本日")
TOMORROW_WORDS = _folded("明日", "あした", "あす")
_NOW = re.compile(
    "(?:" + "|".join(_folded("今", "いま")) + ")(?:" + "|".join(_folded("やって", "開いて", "あいて", "空いて", "行ける", "いける")) + ")"
    + "|" + "|".join(_folded("営業中", "開館中", "開いてる", "あいてる"))
)
WEEKDAY_NAMES = "月火水木金土日"
_WEEKDAY = re.compile(f"([{WEEKDAY_NAMES}])曜")
_ASKING = _folded("どこ", "教えて", "おしえて", "一覧", "リスト", "ある", "知りたい", "探", "さがし", "行きたい",
                  "いきたい", "行ける", "いける", "行って", "やって", "開いて", "場所", "ところ")
# 「サロンみたいなの」「茶話会のような場所」: the resident does not know what the kind is called, so the FAQ that
# explains it (and who runs them) answers, unless an area, a day or "nearby" makes it a search.
_LIKENESS = _folded("みたいな", "みたいの", "のような", "ようなとこ", "っぽい")
# ... and who may go (「こども食堂って中学生でも行っていいの？」「だれでもいけるの」, round 17): the FAQ says who it is for,
# unless an area, a day or "nearby" makes it a search
_WHO_MAY_GO = _folded("誰でも", "だれでも", "でも行っていい", "でもいっていい", "でも行ける", "でもいける", "でも参加",
                      "でも利用", "でも使え", "でもつかえ", "行っていいの", "いっていいの", "行ってもいい", "いってもいい",
                      "対象は", "何歳から", "なんさいから", "何歳まで", "なんさいまで")
_NAMED_NOT_SEARCHED = (*_LIKENESS, *_WHO_MAY_GO)
# Wanting to run or help a place is an FAQ (社協 helps start one), not a search.
_NOT_SEARCH = _folded("手伝", "てつだ", "お手伝い", "ボランティア", "作りたい", "つくりたい", "開きたい", "ひらきたい",
                      "始めたい", "はじめたい", "始めれ", "始めるには", "開いてみ", "ひらいてみ", "作る", "つくる", "作れ",
                      "何から", "立ち上げ", "寄付", "運営",
                      # what it costs is the FAQ's answer (「子ども食堂ってタダ？」): not ただ alone (「ただ、近くの…」)
                      "無料", "むりょう", "有料", "料金", "りょうきん", "費用", "ひよう", "いくら", "お金がかか", "おかねかか",
                      "ってただ", "はただ", "ただなの", "ただです",
                      # where to gather in a disaster is an evacuation site (the disaster entries), not a 居場所
                      "避難", "ひなん", "地震", "じしん", "災害", "さいがい", "台風", "洪水", "津波")

INTERESTS: dict[str, tuple[str, ...]] = {
    "子ども": _folded("子ども", "子供", "こども", "児童", "学習支援", "子育て"),
    "高齢者": _folded("高齢者", "お年寄り", "おとしより", "シニア"),
    "災害": _folded("災害", "防災", "被災", "避難"),
    "運転": _folded("運転", "送迎", "送り迎え", "外出支援", "ドライバー"),
    "障がい": _folded("障害", "障がい", "しょうがい"),
}
_VOLUNTEER = fold("ボランティア")
_VOLUNTEER_SEARCH = _folded("募集", "ぼしゅう", "探", "さがし", "一覧", "求人", "できること", "どんな")
_VOLUNTEER_NOT = _folded("団体", "グループ", "立ち上げ", "仲間", "保険", "こども食堂", "子ども食堂", "子供食堂")
# How to sign up, take part or what it is (「防災ボランティアの申し込み方法は」「初めてでもできる？」): the FAQ's answer
# (where to register), not a list of openings, unless the openings are asked for as well (募集, 探す)
_VOLUNTEER_HOW = _folded("登録", "とうろく", "方法", "やり方", "仕方", "どうやって", "どうすれば", "どうしたら", "手続",
                         "てつづき", "申し込", "申込", "もうしこ", "初心者", "初めて", "はじめて", "始め方", "とは", "って何",
                         "ってなに")


@dataclass(frozen=True)
class Query:
    """What a resident is looking for. Empty sets mean "any"."""

    kinds: frozenset[str] = frozenset()
    areas: frozenset[str] = frozenset()
    weekdays: frozenset[int] = frozenset()
    today: bool = False
    now: bool = False
    nearby: bool = False

    def to_data(self) -> str:
        """As postback data: dir:p?kind=サロン&area=吹上&when=today."""
        params: list[tuple[str, str]] = [("kind", k) for k in sorted(self.kinds)]
        params += [("area", a) for a in sorted(self.areas)]
        params += [("day", WEEKDAY_NAMES[d]) for d in sorted(self.weekdays)]
        if self.today:
            params.append(("when", "today"))
        if self.now:
            params.append(("when", "now"))
        return postbacks.directory("p", params)

    @classmethod
    def from_data(cls, query_string: str) -> Query:
        qs = parse_qs(query_string)
        when = set(qs.get("when", []))
        return cls(
            kinds=frozenset(k for k in qs.get("kind", []) if k in PLACE_KINDS),
            areas=frozenset(a for a in qs.get("area", []) if a in AREAS),
            weekdays=frozenset(WEEKDAY_NAMES.index(d) for d in qs.get("day", []) if d and d in WEEKDAY_NAMES),
            today="today" in when,
            now="now" in when,
        )

    def describe(self) -> str:
        """「吹上の サロン(今日)」 for headings."""
        parts = []
        if self.areas:
            parts.append("・".join(a for a in AREAS if a in self.areas) + "地区の")
        parts.append("・".join(k for k in PLACE_KINDS if k in self.kinds) or "居場所")
        when = []
        if self.now:
            when.append("いま開いている")
        elif self.today:
            when.append("今日")
        if self.weekdays:
            when.append("・".join(WEEKDAY_NAMES[d] + "曜" for d in sorted(self.weekdays)))
        return "".join(parts) + (f"({'・'.join(when)})" if when else "")


@dataclass(frozen=True)
class VolunteerQuery:
    interests: tuple[str, ...] = ()


@dataclass(frozen=True)
class Listing:
    """A place with what we know about it at `now` and, for location searches, its distance."""

    place: Place
    open_today: bool | None  # None when the hours are not known as rules
    open_now: bool | None
    today_hours: str | None
    distance_km: float | None = None
    desk: Desk | None = None

    @property
    def walk_minutes(self) -> int | None:
        return None if self.distance_km is None else walking_minutes(self.distance_km)


@dataclass(frozen=True)
class Result:
    query: Query
    listings: list[Listing] = field(default_factory=list)
    total: int = 0


def parse(text: str) -> Query | VolunteerQuery | None:
    """A directory question, or None when the text is not clearly one (then the FAQ answers it)."""
    key = fold(text)
    if not key:
        return None
    if _VOLUNTEER in key:
        if any(w in key for w in _VOLUNTEER_NOT):
            return None
        interests = interests_in(key)
        searching = any(w in key for w in _VOLUNTEER_SEARCH)
        if searching or (interests and not any(w in key for w in _VOLUNTEER_HOW)):
            return VolunteerQuery(interests)
        return None
    kinds = frozenset(k for k, words in KIND_WORDS.items() if any(w in key for w in words)) | _implied_kinds(key)
    # a place told by what people do there is a search only where it names the 地区 (「川里で…集まれるとこ」); without
    # one, the FAQ on 居場所 answers (and offers the list)
    areas = _areas(key)
    gathering = _GATHER_PLACE.search(key) and areas
    if gathering and any(w in key for w in _ELDER_WORDS):
        kinds |= {"通いの場", "サロン"}
    generic = any(w in key for w in GENERIC_WORDS) or bool(gathering)
    if not kinds and not generic:
        return None
    if any(w in key for w in _NOT_SEARCH):
        return None
    weekdays = _weekdays(key)
    today = any(w in key for w in TODAY_WORDS)
    now = bool(_NOW.search(key))
    nearby = any(w in key for w in NEARBY_WORDS)
    asking = any(w in key for w in _ASKING)
    if not (areas or weekdays or today or now or nearby or asking):
        return None  # a kind named in passing (「サロンって何？」) is left to the FAQ
    if not (areas or weekdays or today or now or nearby) and any(w in key for w in _NAMED_NOT_SEARCHED):
        return None
    return Query(kinds, areas, weekdays, today and not now, now, nearby)


def _implied_kinds(key: str) -> frozenset[str]:
    if any(w in key for w in _CHILD_WORDS) and any(w in key for w in _CHILD_PLACE_WORDS):
        return frozenset({"児童センター"})
    return frozenset()


def _areas(key: str) -> frozenset[str]:
    named = {a for a, words in AREA_WORDS.items() if any(w in key for w in words)}
    named |= {a for a, towns in TOWN_AREAS.items() if any(t in key for t in towns)}
    return frozenset(named)


def _weekdays(key: str) -> frozenset[int]:
    days = {WEEKDAY_NAMES.index(m) for m in _WEEKDAY.findall(key)}
    if fold("土日") in key or fold("週末") in key:
        days |= {5, 6}
    if fold("平日") in key:
        days |= set(range(5))
    return frozenset(days)


def interests_in(text: str) -> tuple[str, ...]:
    key = fold(text)
    return tuple(name for name, words in INTERESTS.items() if any(w in key for w in words))


# --- queries -----------------------------------------------------------------------------------------


def listing(content: Content, place: Place, now: dt.datetime, distance_km: float | None = None) -> Listing:
    desk = content.desks.get(place.desk) if place.desk else None
    if place.opening_hours is None:
        return Listing(place, None, None, None, distance_km, desk)
    schedule = place.opening_hours.schedule
    return Listing(place, schedule.open_today(now), schedule.open_now(now), schedule.today_text(now), distance_km, desk)


def find_places(content: Content, query: Query, now: dt.datetime) -> Result:
    """Places matching the query; open ones first, then unknown hours, keeping the file's order."""
    now = jst(now)
    found: list[Listing] = []
    for place in content.places:
        if query.kinds and place.kind not in query.kinds:
            continue
        if query.areas and place.area not in query.areas:
            continue
        item = listing(content, place, now)
        schedule = place.opening_hours.schedule if place.opening_hours else None
        if schedule is not None:
            if query.now and not item.open_now:
                continue
            if query.today and not item.open_today:
                continue
            if query.weekdays and not any(schedule.open_on_weekday(d, now) for d in query.weekdays):
                continue
        found.append(item)

    def rank(item: Listing) -> int:
        if item.open_now:
            return 0
        if item.open_today:
            return 1
        if item.open_today is None:
            return 3
        return 2

    found.sort(key=rank)
    return Result(query, found[:MAX_RESULTS], len(found))


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (straight-line) distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, a)))


def walking_minutes(km: float) -> int:
    return max(1, math.ceil(km * 1000 / WALK_METERS_PER_MINUTE))


# Beyond this a place is not "near" in any useful sense: 鴻巣市 is about 12 km across, and 15 km is over three
# hours on foot. A location farther from every place (another city, a wrong pin) gets "none near you".
NEAR_KM = 15.0


def nearest(content: Content, lat: float, lon: float, now: dt.datetime, *, limit: int = 3,
            kinds: Iterable[str] = (), max_km: float = NEAR_KM) -> list[Listing]:
    """The `limit` nearest places that have coordinates and lie within `max_km` (ties broken by the file's
    order); empty when none is that close."""
    wanted = set(kinds)
    scored = [
        (km, i, p)
        for km, i, p in _distances(content, lat, lon)
        if km <= max_km and (not wanted or p.kind in wanted)
    ]
    scored.sort(key=lambda t: (t[0], t[1]))
    return [listing(content, p, jst(now), km) for km, _, p in scored[:limit]]


def nearest_km(content: Content, lat: float, lon: float) -> float | None:
    """The distance to the closest place with coordinates, at any range (None when no place has them)."""
    return min((km for km, _, _ in _distances(content, lat, lon)), default=None)


def _distances(content: Content, lat: float, lon: float) -> list[tuple[float, int, Place]]:
    return [
        (haversine_km(lat, lon, p.lat, p.lon), i, p)
        for i, p in enumerate(content.places)
        if p.lat is not None and p.lon is not None
    ]


def located_places(content: Content) -> list[Place]:
    return [p for p in content.places if p.has_coords]


def open_volunteers(content: Content, now: dt.datetime, interests: Sequence[str] = ()) -> list[VolunteerOpening]:
    """Openings not yet expired (expires is the last day shown); matching interests first when given."""
    today = jst(now).date()
    live = [v for v in content.volunteers if v.expires >= today]
    if not interests:
        return live[:MAX_RESULTS]
    words = {name: INTERESTS.get(name, (fold(name),)) for name in interests}

    def matches(v: VolunteerOpening) -> bool:
        tags = fold(" ".join(v.tags) + v.title)
        return any(any(w in tags for w in ws) for ws in words.values())

    return [v for v in live if matches(v)][:MAX_RESULTS]


def desks_with_hours(content: Content) -> list[Desk]:
    return [d for d in content.desks.values() if d.opening_hours is not None]


# --- replies (messages built by bot/replies.py; conversation.py wraps them) ---------------------------


