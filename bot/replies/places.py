"""Replies for the directory: 居場所 cards, nearest places, volunteer openings, the plan overview."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from bot.content import Desk, VolunteerOpening
from bot.replies.base import (
    MAX_BUBBLES,
    SAMPLE_LABEL,
    Message,
    bubble_of,
    call_buttons,
    carousel,
    desk_bubble,
    desks_message,
    label,
    link,
    map_uri,
    postback,
    row,
    say,
    text,
    with_quick,
)
from bot.replies.texts import say as fixed
from bot.search.places import Listing, Query
from bot.text import postbacks

TODAY_BADGE = fixed("place_badge")

# Catalogue keys (texts.yaml) for the content's kinds and 地区, so headings and labels can be said in any language.
KIND_KEYS = {"サロン": "kind_salon", "こども食堂": "kind_kodomo_shokudo", "児童センター": "kind_jido_center",
             "通いの場": "kind_kayoi", "認知症カフェ": "kind_dementia_cafe"}
AREA_KEYS = {"鴻巣": "area_konosu", "吹上": "area_fukiage", "川里": "area_kawasato"}


AREA_NAMES = ("鴻巣", "吹上", "川里")


KIND_NAMES = ("サロン", "こども食堂", "児童センター", "通いの場", "認知症カフェ")


DISTANCE_NOTE = "距離は直線距離で、歩く時間は分速80mで計算したおよその目安です(実際の道のりはもっと長くなります)。"


def location_request(words: str | None = None, lang: str = "ja") -> dict[str, Any]:
    return {"type": "action", "action": {"type": "location", "label": label(words or fixed("location_button", lang))}}


WALK_LIMIT_MINUTES = 60  # past an hour on foot a walking time is no help ("歩いて約175分"); the distance says it


def distance_text(km: float, minutes: int) -> str:
    shown = f"{km:.1f}km" if km >= 1 else f"{round(km * 1000, -1):.0f}m"
    if minutes > WALK_LIMIT_MINUTES:
        return f"直線で約{shown}・歩くと1時間以上"
    return f"直線で約{shown}・歩いて約{minutes}分"


def kind_name(kind: str, lang: str = "ja") -> str:
    return fixed(KIND_KEYS[kind], lang) if kind in KIND_KEYS else kind


def area_name(area: str, lang: str = "ja") -> str:
    return fixed(AREA_KEYS[area], lang) if area in AREA_KEYS else f"{area}地区"


def heading(query: Query, lang: str = "ja") -> str:
    """「吹上地区のサロン(今日)」; in another language from the catalogue ("Community salon (サロン) in Fukiage…")."""
    if lang == "ja":
        return query.describe()
    kinds = "・".join(kind_name(k, lang) for k in KIND_KEYS if k in query.kinds) or fixed("place_any", lang)
    areas = "・".join(area_name(a, lang) for a in AREA_KEYS if a in query.areas)
    words = fixed("places_heading", lang, kinds=kinds, areas=areas) if areas else kinds
    return words + (f" ({fixed('place_today', lang)})" if query.today or query.now else "")


def place_bubble(item: Listing, lang: str = "ja") -> dict[str, Any]:
    """A card for one 居場所: badge when open today, hours, address, distance, tap-to-call and a map link. The
    labels are in the resident's language; what the place is (name, hours, address) is as the content has it."""
    place = item.place
    body: list[dict[str, Any]] = []
    if place.sample:
        body.append({"type": "text", "text": fixed("place_sample", lang), "size": "xs", "color": "#B71C1C",
                     "weight": "bold"})
    body.append({"type": "text", "text": place.name, "weight": "bold", "size": "md", "wrap": True})
    kind_line = kind_name(place.kind, lang) + (f"・{area_name(place.area, lang)}" if place.area else "")
    body.append({"type": "text", "text": kind_line, "size": "xs", "color": "#888888"})
    body.append({"type": "text", "text": place.description[:200], "size": "sm", "wrap": True, "color": "#555555"})
    rows: list[tuple[str, str]] = []
    if item.open_today:
        rows.append((fixed("place_today", lang), item.today_hours or ""))
    elif item.open_today is False:
        rows.append((fixed("place_today", lang), fixed("place_closed", lang)))
    if place.opening_hours:
        rows.append((fixed("place_time", lang), "、".join(place.opening_hours.open)))
        if place.opening_hours.closed:
            rows.append((fixed("place_rest", lang), "、".join(place.opening_hours.closed)))
    if place.hours_note:
        rows.append((fixed("place_dates", lang), place.hours_note))
    if place.address:
        rows.append((fixed("desk_place", lang), place.address))
    if item.distance_km is not None and item.walk_minutes is not None:
        rows.append(("距離", distance_text(item.distance_km, item.walk_minutes)))
    for key, value in (("place_target", place.target), ("place_cost", place.cost), ("place_booking", place.booking)):
        if value:
            rows.append((fixed(key, lang), value))
    if place.barrier_free is not None:
        steps = fixed("place_barrier_free" if place.barrier_free else "place_has_steps", lang)
        rows.append((fixed("place_steps", lang), steps))
    if place.note:
        rows.append((fixed("desk_note", lang), place.note))
    body.extend(row(k, v) for k, v in rows)
    numbers = [place.phone] if place.phone else [p.number for p in (item.desk.phones if item.desk else [])]
    buttons = call_buttons(numbers)
    if place.address:
        buttons.append(link(fixed("place_map", lang), map_uri(place.address)))
    if place.url:
        buttons.append(link(fixed("desk_web", lang), place.url))
    bubble = bubble_of(body, buttons)
    if item.open_today:
        bubble["header"] = {
            "type": "box",
            "layout": "vertical",
            "backgroundColor": "#2E7D32",
            "paddingAll": "8px",
            "contents": [{"type": "text", "text": f"✔ {fixed('place_badge', lang)}", "color": "#FFFFFF", "size": "sm",
                          "weight": "bold"}],
        }
    return bubble


def browse_quick(*, areas: bool = True, kinds: bool = True, nearby: bool = True,
                 lang: str = "ja") -> list[dict[str, Any]]:
    if lang != "ja":  # the same buttons, named in the resident's language (the tap sends its own name)
        return _browse_quick_in(lang, areas=areas, kinds=kinds, nearby=nearby)
    quick: list[dict[str, Any]] = []
    if nearby:
        quick.append(location_request())
    if areas:
        quick += [postback(f"{a}地区", postbacks.directory("p", area=a), display=f"{a}地区の居場所") for a in AREA_NAMES]
    if kinds:
        quick += [postback(k, postbacks.directory("p", kind=k), display=f"{k}を探す") for k in KIND_NAMES]
    quick.append(postback("今日やっている所", postbacks.directory("p", when="today"), display="今日やっている居場所"))
    return quick


_BRACKETED = re.compile(r"\s*[（(][^（()）]*[)）]\s*$")


def _browse_quick_in(lang: str, *, areas: bool, kinds: bool, nearby: bool) -> list[dict[str, Any]]:
    quick: list[dict[str, Any]] = [location_request(lang=lang)] if nearby else []
    named = [(area_name(a, lang), postbacks.directory("p", area=a)) for a in AREA_NAMES] if areas else []
    named += [(kind_name(k, lang), postbacks.directory("p", kind=k)) for k in KIND_NAMES] if kinds else []
    named.append((fixed("places_today_button", lang), postbacks.directory("p", when="today")))
    # A button is short (20 characters): the name without its Japanese in brackets, which the tap still sends.
    return quick + [postback(_BRACKETED.sub("", words) or words, data, display=words) for words, data in named]


def browse_menu() -> list[Message]:
    body = (
        "地域の居場所(サロン・こども食堂・児童センター・通いの場・認知症カフェ)をご案内します。\n"
        "地区か種類を選んでください。いまいる場所を送ると、近い順にお知らせします。"
    )
    return [text(body, quick=browse_quick())]


def places_reply(heading: str, items: Sequence[Listing], *, total: int, quick: Sequence[dict[str, Any]] = (),
                 offer_location: bool = False, lang: str = "ja") -> list[Message]:
    """A short text and a carousel of places (≤ 12). Samples are labelled in both."""
    lines = []
    if any(i.place.sample for i in items):
        lines.append(fixed("sample", lang))
    found = fixed("places_found", lang, heading=heading, total=str(total))
    lines.append(found + (fixed("places_shown", lang, shown=str(len(items))) if total > len(items) else ""))
    if any(i.open_today for i in items):
        lines.append(fixed("places_today_note", lang, badge=fixed("place_badge", lang)))
    if any(i.open_today is None for i in items):
        lines.append(fixed("places_no_date", lang))
    if offer_location:
        lines.append(fixed("places_offer_location", lang))
    if lang != "ja":
        lines.append(fixed("places_in_japanese", lang))
    alt = f"{heading}: " + "、".join(i.place.name for i in items)
    return [text("\n\n".join(lines)), carousel([place_bubble(i, lang) for i in items], alt, quick)]


def no_places(heading: str, general: Sequence[Desk], *, quick: Sequence[dict[str, Any]] = (),
              lang: str = "ja") -> list[Message]:
    messages = [text(fixed("places_none", lang, heading=heading))]
    if general:
        messages.append(desks_message(general, alt=fixed("desks_general", lang), lang=lang))
    return with_quick(messages, quick)


def nearest_reply(items: Sequence[Listing]) -> list[Message]:
    lines = []
    if any(i.place.sample for i in items):
        lines.append(SAMPLE_LABEL)
    lines.append(f"送っていただいた場所から近い順に {len(items)} か所です。")
    lines.append(DISTANCE_NOTE)
    lines.append("位置から探せるのは、地図上の位置が登録されている所だけです。地区からも探せます(下のボタン)。")
    if any(i.place.coords_source == "approximate" for i in items):
        lines.append("地図上の位置はおおよそのため、距離もおおよそです。")
    alt = "近くの居場所: " + "、".join(f"{i.place.name}(約{i.distance_km:.1f}km)" for i in items)
    return [text("\n".join(lines)), carousel([place_bubble(i) for i in items], alt, browse_quick(nearby=False))]


def no_located_places() -> list[Message]:
    body = (
        "ごめんなさい、いまは位置から探せる居場所の情報がまだありません。\n"
        "地区や種類からなら探せます。下のボタンから選んでください。"
    )
    return [text(body, quick=browse_quick(nearby=False))]


def too_far(km: float | None, limit_km: float) -> list[Message]:
    """A shared location far from every place we know: say so (no "walk 594 minutes"), offer the areas."""
    shown = (f"{km:.0f}" if km >= 20 else f"{km:.1f}") if km is not None else ""
    nearest = f"いちばん近い所でも直線で約{shown}km 離れています。" if km is not None else ""
    body = (
        f"ごめんなさい、送っていただいた場所の近く({limit_km:.0f}km 以内)には、ご案内できる居場所が見つかりませんでした。"
        f"{nearest}\n"
        "つながりナビがご案内しているのは鴻巣市内(鴻巣・吹上・川里地区)の居場所です。地区や種類から探せます(下のボタン)。"
    )
    return [text(body, quick=browse_quick(nearby=False))]


def volunteer_bubble(opening: VolunteerOpening, desk: Desk | None) -> dict[str, Any]:
    body: list[dict[str, Any]] = []
    if opening.sample:
        body.append({"type": "text", "text": "【サンプル】見本のデータです", "size": "xs", "color": "#B71C1C", "weight": "bold"})
    body.append({"type": "text", "text": opening.title, "weight": "bold", "size": "md", "wrap": True})
    body.append({"type": "text", "text": opening.description[:200], "size": "sm", "wrap": True, "color": "#555555"})
    rows = [("主催", opening.organiser), ("地区", opening.area), ("日時", opening.dates),
            ("募集", f"{opening.expires.month}月{opening.expires.day}日まで"), ("分野", "・".join(opening.tags))]
    body.extend(row(k, v) for k, v in rows)
    numbers = [opening.phone] if opening.phone else [p.number for p in (desk.phones if desk else [])]
    buttons = call_buttons(numbers)
    if opening.url:
        buttons.append(link("くわしく", opening.url))
    return bubble_of(body, buttons)


def volunteers_reply(openings: Sequence[tuple[VolunteerOpening, Desk | None]], shakyo: Desk | None,
                     interests: Sequence[str] = ()) -> list[Message]:
    """Openings still recruiting (never expired ones) and, always, the 社協 volunteer contact."""
    topic = "・".join(interests)
    lines = []
    if any(o.sample for o, _ in openings):
        lines.append(SAMPLE_LABEL)
    if openings:
        lines.append(f"{topic + 'の' if topic else ''}ボランティア募集が {len(openings)} 件あります。")
    else:
        lines.append(f"ごめんなさい、いま{topic + 'の' if topic else ''}ボランティア募集の情報は見つかりませんでした。")
    lines.append("ボランティアのことは、社会福祉協議会(社協)がいつでも相談にのります。やってみたいことを気軽にお話しください。")
    quick = [postback(i, postbacks.directory("v", tag=i), display=f"{i}のボランティア") for i in ("子ども", "高齢者", "災害", "運転")]
    quick.append(postback("すべての募集", postbacks.directory("v"), display="ボランティア募集"))
    bubbles = [volunteer_bubble(o, d) for o, d in openings[: MAX_BUBBLES - 1]]
    if shakyo is not None:
        bubbles.append(desk_bubble(shakyo))
    messages = [text("\n".join(lines))]
    if bubbles:
        messages.append(carousel(bubbles, "ボランティア募集: " + "、".join(o.title for o, _ in openings) + " / 社協"))
    return with_quick(messages, quick)


def announcements() -> list[Message]:
    body = (
        "お知らせは準備中です。市や社協からのお知らせは、広報こうのすや市・社協のホームページでご確認ください。"
    )
    # The お知らせ subscription (bot/subscriptions.py) answers `sub:` postbacks.
    return [text(body, quick=[postback("お知らせの受け取り設定", postbacks.settings("menu"), display="お知らせ設定"), say("使い方")])]


def plan_overview(title: str, period: str, philosophy: str, goals: Sequence[tuple[int, str]]) -> list[Message]:
    body = f"{title}({period})\n基本理念「{philosophy}」\n\n基本目標:\n" + "\n".join(
        f"{n}. {g}" for n, g in goals
    )
    quick = [postback(f"基本目標{n}", postbacks.faq(f"plan-goal-{n}"), display=f"基本目標{n}") for n, _ in goals]
    return [text(body, quick=quick)]
