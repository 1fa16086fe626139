"""Directory replies: typed or tapped place/volunteer searches and shared locations → messages.

A place search written in another language (「Tem algum lugar para crianças brincarem em Fukiage?」) is read by
`foreign_query`: a kind of place (or a place at all) *and* a 地区 named, in the languages the bot serves. Without
an area, such a question goes on to the FAQ, whose entries (児童センター, 居場所…) answer it by meaning.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any
from urllib.parse import parse_qs

from bot import replies
from bot.content import Content
from bot.search.places import (
    INTERESTS,
    NEAR_KM,
    Query,
    VolunteerQuery,
    find_places,
    nearest,
    nearest_km,
    open_volunteers,
)
from bot.text.language import JAPANESE
from bot.text.normalize import nfkc

# Words residents use for each kind of place, 地区 and "I want to run one" (which is an FAQ, not a search), in the
# served languages other than Japanese. Latin words match as whole words; other scripts as substrings.
FOREIGN_KINDS: dict[str, tuple[str, ...]] = {
    "児童センター": ("children's center", "childrens center", "children's centre", "children center", "kids center",
                 "jido center", "jidou center", "centro infantil", "centro para crianças", "trung tâm thiếu nhi",
                 "trung tâm trẻ em", "儿童中心", "儿童馆", "兒童中心", "아동센터", "아동 센터", "sentro para sa mga bata",
                 "sentro ng mga bata", "बाल केन्द्र"),
    "こども食堂": ("children's cafeteria", "kids cafeteria", "kids' cafeteria", "kodomo shokudo", "kodomo shokudou",
              "refeitório infantil", "restaurante infantil", "bếp ăn cho trẻ em", "儿童食堂", "어린이 식당",
              "kainan para sa mga bata", "बालबालिकाको भोजनालय"),
    "サロン": ("salon", "salão de convivência", "交流沙龙", "살롱"),
    "通いの場": ("kayoi no ba", "seniors' get-together", "senior get-together", "encontro de idosos", "老年人聚会",
             "어르신 모임", "tagpuan ng mga nakatatanda"),
    "認知症カフェ": ("dementia cafe", "dementia café", "café da demência", "café para pessoas com demência",
                "cà phê cho người sa sút trí tuệ", "认知症咖啡", "失智症咖啡", "치매 카페", "डिमेन्सिया क्याफे"),
}
# A place for children to play is what a 児童センター is (as in Japanese: bot.search.places).
_CHILD = ("child", "children", "kid", "kids", "criança", "crianças", "filho", "filha", "trẻ em", "trẻ con", "孩子",
          "儿童", "小孩", "아이", "어린이", "bata", "anak", "बच्चा", "बालबालिका", "छोराछोरी")
_PLAY = ("play", "brincar", "brincarem", "chơi", "玩", "놀", "maglaro", "paglaruan", "palaruan", "खेल")
_PLACE = ("place", "places", "somewhere", "where", "lugar", "lugares", "espaço", "onde", "nơi", "chỗ", "ở đâu", "地方",
          "哪里", "哪儿", "곳", "어디", "saan", "ठाउँ", "कहाँ", "ibasho", "gathering", "drop-in", "convivência")
FOREIGN_AREAS: dict[str, tuple[str, ...]] = {
    "吹上": ("fukiage", "吹上", "후키아게", "फुकिआगे"),
    "川里": ("kawasato", "川里", "가와사토", "कावासातो"),
    "鴻巣": ("konosu area", "konosu district", "região de konosu", "khu vực konosu", "鸿巢地区", "鴻巣地区", "고노스 지구"),
}
_RUN_ONE = ("volunteer", "start", "open a", "run a", "voluntário", "voluntária", "voluntariado", "começar", "abrir um",
            "abrir uma", "tình nguyện", "mở một", "志愿", "开办", "자원봉사", "시작", "magboluntaryo", "mag-volunteer",
            "magsimula", "स्वयंसेवा", "सुरु")


def _says(text: str, words: Sequence[str]) -> bool:
    for word in words:
        if word.isascii() or re.match(r"[a-zà-ỹ]", word):
            # a whole word, or its plural ("children's centers", "salons", "dementia cafes")
            if re.search(rf"(?<![\w']){re.escape(word)}(?:e?s)?(?![\w'])", text):
                return True
        elif word in text:
            return True
    return False


def foreign_query(text: str, lang: str) -> Query | None:
    """A place search in a language other than Japanese: a place (kind or any) and a 地区, or None."""
    if lang in JAPANESE:
        return None
    lowered = nfkc(text).lower()
    areas = frozenset(a for a, words in FOREIGN_AREAS.items() if _says(lowered, words))
    if not areas or _says(lowered, _RUN_ONE):
        return None
    kinds = {k for k, words in FOREIGN_KINDS.items() if _says(lowered, words)}
    if not kinds and _says(lowered, _CHILD) and _says(lowered, _PLAY):
        kinds.add("児童センター")
    if not kinds and not _says(lowered, _PLACE):
        return None
    return Query(kinds=frozenset(kinds), areas=areas)


def text_messages(content: Content, query: Query | VolunteerQuery, now: dt.datetime,
                  lang: str = "ja") -> list[dict[str, Any]]:
    """The reply to a typed directory question."""
    if isinstance(query, VolunteerQuery):
        return volunteer_messages(content, now, query.interests)
    return place_messages(content, query, now, lang)


def place_messages(content: Content, query: Query, now: dt.datetime, lang: str = "ja") -> list[dict[str, Any]]:

    result = find_places(content, query, now)
    heading = replies.heading(query, lang)
    narrow = replies.browse_quick(areas=not query.areas, kinds=not query.kinds, nearby=True, lang=lang)
    general = [content.desks[d] for d in replies.GENERAL_DESKS if d in content.desks]
    if not result.listings:
        return replies.no_places(heading, general, quick=narrow, lang=lang)
    messages = replies.places_reply(heading, result.listings, total=result.total, quick=narrow,
                                    offer_location=query.nearby, lang=lang)
    if lang != "ja" and general:
        # The cards are in Japanese and some places have no phone in the sources: a resident writing another
        # language always gets the two desks that answer any question, tap to call.
        cards = replies.desks_message(general, alt=replies.fixed("desks_general", lang), lang=lang)
        messages = replies.with_quick([*messages, cards], replies.quick_items(messages))
    return messages


def location_messages(content: Content, lat: float, lon: float, now: dt.datetime) -> list[dict[str, Any]]:

    found = nearest(content, lat, lon, now)
    if found:
        return replies.nearest_reply(found)
    closest = nearest_km(content, lat, lon)
    if closest is None:
        return replies.no_located_places()
    return replies.too_far(closest, NEAR_KM)


def volunteer_messages(content: Content, now: dt.datetime, interests: Sequence[str] = ()) -> list[dict[str, Any]]:

    openings = open_volunteers(content, now, interests)
    pairs = [(v, content.desks.get(v.desk) if v.desk else None) for v in openings]
    return replies.volunteers_reply(pairs, content.desks.get("shakyo"), interests)


def postback_messages(content: Content, data: str, now: dt.datetime, lang: str = "ja") -> list[dict[str, Any]] | None:
    """`dir:...` postbacks from the rich menu and quick replies; None for data we do not know."""

    path, _, query_string = data.partition("?")
    if path == "places":
        return replies.browse_menu()
    if path == "p":
        return place_messages(content, Query.from_data(query_string), now, lang)
    if path == "v":
        tags = [t for t in parse_qs(query_string).get("tag", []) if t in INTERESTS]
        return volunteer_messages(content, now, tags)
    if path == "desks":
        shown = [content.desks[d] for d in (*replies.GENERAL_DESKS, "jiritsu-center") if d in content.desks]
        body = replies.fixed("desks_intro", lang)
        return [replies.text(body), replies.desks_message(shown, alt=replies.fixed("desks_general", lang), lang=lang)]
    if path == "news":
        return replies.announcements()
    if path == "plan":
        plan = content.plan
        return replies.plan_overview(plan.title, plan.period, plan.philosophy, [(g.number, g.title) for g in plan.goals])
    return None
