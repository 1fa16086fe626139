"""Directory replies: typed or tapped place/volunteer searches and shared locations → messages."""

from __future__ import annotations

import datetime as dt
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


def text_messages(content: Content, query: Query | VolunteerQuery, now: dt.datetime) -> list[dict[str, Any]]:
    """The reply to a typed directory question."""
    if isinstance(query, VolunteerQuery):
        return volunteer_messages(content, now, query.interests)
    return place_messages(content, query, now)


def place_messages(content: Content, query: Query, now: dt.datetime) -> list[dict[str, Any]]:

    result = find_places(content, query, now)
    heading = query.describe()
    narrow = replies.browse_quick(areas=not query.areas, kinds=not query.kinds, nearby=True)
    if not result.listings:
        general = [content.desks[d] for d in replies.GENERAL_DESKS if d in content.desks]
        return replies.no_places(heading, general, quick=narrow)
    return replies.places_reply(heading, result.listings, total=result.total, quick=narrow,
                                offer_location=query.nearby)


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
        return place_messages(content, Query.from_data(query_string), now)
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
