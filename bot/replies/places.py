"""Replies for the directory: 居場所 cards, nearest places, volunteer openings, the plan overview."""

from __future__ import annotations

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
from bot.search.places import Listing
from bot.text import postbacks

TODAY_BADGE = "今日やっています"


AREA_NAMES = ("鴻巣", "吹上", "川里")


KIND_NAMES = ("サロン", "こども食堂", "児童センター", "通いの場", "認知症カフェ")


DISTANCE_NOTE = "距離は直線距離で、歩く時間は分速80mで計算したおよその目安です(実際の道のりはもっと長くなります)。"


def location_request(words: str = "いまいる場所を送る") -> dict[str, Any]:
    return {"type": "action", "action": {"type": "location", "label": label(words)}}


WALK_LIMIT_MINUTES = 60  # past an hour on foot a walking time is no help ("歩いて約175分"); the distance says it


def distance_text(km: float, minutes: int) -> str:
    shown = f"{km:.1f}km" if km >= 1 else f"{round(km * 1000, -1):.0f}m"
    if minutes > WALK_LIMIT_MINUTES:
        return f"直線で約{shown}・歩くと1時間以上"
    return f"直線で約{shown}・歩いて約{minutes}分"


def place_bubble(item: Listing) -> dict[str, Any]:
    """A card for one 居場所: badge when open today, hours, address, distance, tap-to-call and a map link."""
    place = item.place
    body: list[dict[str, Any]] = []
    if place.sample:
        body.append({"type": "text", "text": "【サンプル】見本のデータです", "size": "xs", "color": "#B71C1C", "weight": "bold"})
    body.append({"type": "text", "text": place.name, "weight": "bold", "size": "md", "wrap": True})
    kind_line = place.kind + (f"・{place.area}地区" if place.area else "")
    body.append({"type": "text", "text": kind_line, "size": "xs", "color": "#888888"})
    body.append({"type": "text", "text": place.description[:200], "size": "sm", "wrap": True, "color": "#555555"})
    rows: list[tuple[str, str]] = []
    if item.open_today:
        rows.append(("今日", item.today_hours or ""))
    elif item.open_today is False:
        rows.append(("今日", "お休み"))
    if place.opening_hours:
        rows.append(("時間", "、".join(place.opening_hours.open)))
        if place.opening_hours.closed:
            rows.append(("休み", "、".join(place.opening_hours.closed)))
    if place.hours_note:
        rows.append(("日時", place.hours_note))
    if place.address:
        rows.append(("場所", place.address))
    if item.distance_km is not None and item.walk_minutes is not None:
        rows.append(("距離", distance_text(item.distance_km, item.walk_minutes)))
    for key, value in (("対象", place.target), ("費用", place.cost), ("予約", place.booking)):
        if value:
            rows.append((key, value))
    if place.barrier_free is not None:
        rows.append(("段差", "バリアフリー" if place.barrier_free else "段差があります"))
    if place.note:
        rows.append(("ご注意", place.note))
    body.extend(row(k, v) for k, v in rows)
    numbers = [place.phone] if place.phone else [p.number for p in (item.desk.phones if item.desk else [])]
    buttons = call_buttons(numbers)
    if place.address:
        buttons.append(link("🗺 地図で見る", map_uri(place.address)))
    if place.url:
        buttons.append(link("ホームページ", place.url))
    bubble = bubble_of(body, buttons)
    if item.open_today:
        bubble["header"] = {
            "type": "box",
            "layout": "vertical",
            "backgroundColor": "#2E7D32",
            "paddingAll": "8px",
            "contents": [{"type": "text", "text": f"✔ {TODAY_BADGE}", "color": "#FFFFFF", "size": "sm", "weight": "bold"}],
        }
    return bubble


def browse_quick(*, areas: bool = True, kinds: bool = True, nearby: bool = True) -> list[dict[str, Any]]:
    quick: list[dict[str, Any]] = []
    if nearby:
        quick.append(location_request())
    if areas:
        quick += [postback(f"{a}地区", postbacks.directory("p", area=a), display=f"{a}地区の居場所") for a in AREA_NAMES]
    if kinds:
        quick += [postback(k, postbacks.directory("p", kind=k), display=f"{k}を探す") for k in KIND_NAMES]
    quick.append(postback("今日やっている所", postbacks.directory("p", when="today"), display="今日やっている居場所"))
    return quick


def browse_menu() -> list[Message]:
    body = (
        "地域の居場所(サロン・こども食堂・児童センター・通いの場・認知症カフェ)をご案内します。\n"
        "地区か種類を選んでください。いまいる場所を送ると、近い順にお知らせします。"
    )
    return [text(body, quick=browse_quick())]


def places_reply(heading: str, items: Sequence[Listing], *, total: int, quick: Sequence[dict[str, Any]] = (),
                 offer_location: bool = False) -> list[Message]:
    """A short text and a carousel of places (≤ 12). Samples are labelled in both."""
    lines = []
    if any(i.place.sample for i in items):
        lines.append(SAMPLE_LABEL)
    lines.append(f"{heading}が {total} 件見つかりました。" + (f"近い・開いている順に {len(items)} 件を表示します。" if total > len(items) else ""))
    if any(i.open_today for i in items):
        lines.append(f"「{TODAY_BADGE}」の印は、今日の開いている時間の予定がある所です。休みや時間は変わることがあるので、行く前にお電話で確かめると安心です。")
    if any(i.open_today is None for i in items):
        lines.append("日時が決まっていない所は、問い合わせ先でご確認ください。")
    if offer_location:
        lines.append("いまいる場所を送ると、近い順にお知らせします(下のボタン)。")
    alt = f"{heading}: " + "、".join(i.place.name for i in items)
    return [text("\n\n".join(lines)), carousel([place_bubble(i) for i in items], alt, quick)]


def no_places(heading: str, general: Sequence[Desk], *, quick: Sequence[dict[str, Any]] = ()) -> list[Message]:
    body = (
        f"ごめんなさい、{heading}は見つかりませんでした。\n"
        "条件を変えて探すか、社協・福祉課にお問い合わせください。地域の集まりについて教えてくれます。"
    )
    messages = [text(body)]
    if general:
        messages.append(desks_message(general, alt="相談窓口:"))
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
