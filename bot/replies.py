"""Reply wording and LINE message objects (plain JSON dicts, exactly as sent). All templates live here."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from bot.content import Desk, Entry

if TYPE_CHECKING:  # directory builders below (issue 4)
    from bot.content import VolunteerOpening
    from bot.directory import Listing

Message = dict[str, Any]

MAX_MESSAGES = 5
MAX_TEXT = 5000
MAX_QUICK_REPLIES = 13
MAX_BUBBLES = 12
MAX_ALT_TEXT = 400  # LINE allows 1500; a notification preview shows far less
MAX_LABEL = 20
MAX_POSTBACK_DATA = 300
MAX_BUBBLE_BYTES = 30_000
MAX_CAROUSEL_BYTES = 50_000

SAMPLE_LABEL = "【サンプル】これは見本のデータです。実際の情報は窓口で確かめてください。"
GENERAL_DESKS = ("fukushika", "shakyo")


def label(text: str, limit: int = MAX_LABEL) -> str:
    """Cut a button label to LINE's limit, marking the cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def text(body: str, *, quick: Sequence[dict[str, Any]] = ()) -> Message:
    message: Message = {"type": "text", "text": body[:MAX_TEXT]}
    if quick:
        message["quickReply"] = {"items": list(quick)[:MAX_QUICK_REPLIES]}
    return message


def postback(title: str, data: str, *, display: str | None = None) -> dict[str, Any]:
    return {
        "type": "action",
        "action": {
            "type": "postback",
            "label": label(title),
            "data": data[:MAX_POSTBACK_DATA],
            "displayText": (display or title)[:300],
        },
    }


def say(words: str) -> dict[str, Any]:
    """A quick reply that sends words as if the resident typed them."""
    return {"type": "action", "action": {"type": "message", "label": label(words), "text": words}}


def tel_uri(number: str) -> str:
    return "tel:" + quote(number.replace("-", ""), safe="")


def bubble_of(body: list[dict[str, Any]], buttons: list[dict[str, Any]]) -> dict[str, Any]:
    """A small Flex bubble: the body's rows, and the buttons in the footer when there are any."""
    bubble: dict[str, Any] = {
        "type": "bubble",
        "size": "kilo",
        "body": {"type": "box", "layout": "vertical", "spacing": "sm", "contents": body},
    }
    if buttons:
        bubble["footer"] = {"type": "box", "layout": "vertical", "spacing": "sm", "contents": buttons}
    return bubble


def desk_bubble(desk: Desk, *, brief: bool = False) -> dict[str, Any]:
    """A card for one desk: name, what it is for, hours, address, and tap-to-call buttons.

    `brief` (for a resident in crisis) keeps only the name, who it is for, hours and the call buttons.
    """
    body: list[dict[str, Any]] = [
        {"type": "text", "text": desk.name, "weight": "bold", "size": "md", "wrap": True},
        {"type": "text", "text": desk.description, "size": "sm", "wrap": True, "color": "#555555"},
    ]
    details = []
    if desk.hours:
        details.append(("受付", desk.hours))
    if desk.address and not brief:
        details.append(("場所", desk.address))
    for phone in desk.phones:
        if phone.hours and phone.hours != desk.hours:
            details.append((phone.label, f"{phone.number}({phone.hours})"))
    if desk.note and not brief:
        details.append(("ご注意", desk.note))
    body.extend(_row(key, value) for key, value in details)
    buttons: list[dict[str, Any]] = [
        {
            "type": "button",
            "style": "primary",
            "height": "sm",
            "color": "#D9534F" if desk.kind == "emergency" else "#2E7D32",
            "action": {"type": "uri", "label": label(f"📞 {phone.number}"), "uri": tel_uri(phone.number)},
        }
        for phone in desk.phones[:3]
    ]
    if desk.url and not brief:
        buttons.append(
            {
                "type": "button",
                "style": "link",
                "height": "sm",
                "action": {"type": "uri", "label": "ホームページ", "uri": desk.url},
            }
        )
    return bubble_of(body, buttons)


def desks_message(desks: Sequence[Desk], *, alt: str, brief: bool = False) -> Message:
    """Desk cards as one Flex message (a carousel when more than one)."""
    bubbles = [desk_bubble(d, brief=brief) for d in desks[:MAX_BUBBLES]]
    contents: dict[str, Any] = (
        bubbles[0] if len(bubbles) == 1 else {"type": "carousel", "contents": bubbles}
    )
    phones = " / ".join(f"{d.label} {d.phones[0].number}" for d in desks if d.phones)
    return {"type": "flex", "altText": label(f"{alt} {phones}".strip(), MAX_ALT_TEXT), "contents": contents}


def answer(entry: Entry, desks: Sequence[Desk], *, related: Sequence[Entry] = ()) -> list[Message]:
    body = entry.answer.strip()
    if entry.sample:
        body = f"{SAMPLE_LABEL}\n\n{body}"
    quick = [postback(e.title, f"faq:{e.id}") for e in related[:3]]
    quick.append(say("ほかの質問"))
    messages = [text(body, quick=quick)]
    if desks:
        messages.append(desks_message(desks, alt="相談できる窓口:"))
    return messages


def clarify(candidates: Sequence[Entry]) -> list[Message]:
    quick = [postback(e.title, f"faq:{e.id}") for e in candidates[:3]]
    quick.append(postback("どれでもない", "none:", display="どれでもない"))
    lines = "\n".join(f"・{e.title}" for e in candidates[:3])
    return [text(f"お知りになりたいのは、次のどれに近いですか？\n{lines}\n\n下のボタンから選んでください。", quick=quick)]


def fallback(general: Sequence[Desk], *, suggestions: Sequence[Entry] = ()) -> list[Message]:
    body = (
        "ごめんなさい、ぴったりの情報が見つかりませんでした。\n"
        "でも大丈夫です。市の福祉課と社会福祉協議会(社協)は、どんなご相談も受け止めます。"
        "困っていることを、そのまま電話でお話しください。"
    )
    quick = [postback(e.title, f"faq:{e.id}") for e in suggestions[:3]]
    quick.append(say("使い方"))
    return [text(body, quick=quick), desks_message(general, alt="相談窓口:")]


def crisis(hotlines: Sequence[Desk], *, danger: bool) -> list[Message]:
    first = (
        "今すぐ命の危険があるときは、迷わず 119(救急)か 110(警察)に電話してください。\n\n"
        if danger
        else ""
    )
    body = (
        f"{first}話してくれてありがとうございます。ひとりで抱えこまないでください。\n"
        "いま、あなたの話を聞いてくれる窓口があります。下のボタンから電話できます。"
    )
    if not danger:
        body += "\n\n命の危険があるときは、119(救急)か 110(警察)へ。"
    return [text(body), desks_message(hotlines, alt="いますぐ相談できる窓口:", brief=True)]


def greeting(kind: str, examples: Sequence[str]) -> list[Message]:
    if kind == "thanks":
        opening = "どういたしまして。またいつでも聞いてくださいね。"
    else:
        opening = "こんにちは。つながりナビです。"
    body = (
        f"{opening}\n"
        "鴻巣市の福祉の相談先、ボランティア、地域の居場所などをご案内します。"
        "困っていることを、ふだんの言葉で送ってください。"
    )
    return [text(body, quick=[say(e) for e in examples])]


def welcome(examples: Sequence[str]) -> list[Message]:
    body = (
        "友だち追加ありがとうございます。つながりナビです。\n"
        "鴻巣市の地域福祉計画をもとに、困りごとの相談先・ボランティア・地域の居場所をご案内します。\n\n"
        "・困っていることを、ふだんの言葉で送ってください。\n"
        "・このトークは緊急の通報には使えません。命の危険があるときは 119 か 110 へ。\n"
        "・お名前・病名・マイナンバーなどは送らないでください。答えられなかった質問は、"
        "個人が分からない形で一定期間だけ保存し、案内の改善に使います。"
    )
    return [text(body, quick=[say(e) for e in examples])]


def not_text() -> list[Message]:
    return [text("ごめんなさい、文字のメッセージだけ読めます。困っていることを文字で送ってください。", quick=[say("使い方")])]


def size_ok(message: Message) -> bool:
    """Whether one message fits LINE's size limits (text length, Flex JSON size)."""
    if message["type"] == "text":
        return len(message["text"].encode("utf-16-le")) // 2 <= MAX_TEXT
    if message["type"] == "flex":
        raw = len(json.dumps(message["contents"], ensure_ascii=False).encode("utf-8"))
        limit = MAX_CAROUSEL_BYTES if message["contents"]["type"] == "carousel" else MAX_BUBBLE_BYTES
        return raw <= limit and len(message["altText"]) <= 1500
    return True


# --- directory: 居場所, location, volunteer openings (issue 4) -----------------------------------------

MAP_SEARCH = "https://www.google.com/maps/search/?api=1&query="
TODAY_BADGE = "今日やっています"
AREA_NAMES = ("鴻巣", "吹上", "川里")
KIND_NAMES = ("サロン", "こども食堂", "児童センター", "通いの場", "認知症カフェ")
DISTANCE_NOTE = "距離は直線距離で、歩く時間は分速80mで計算したおよその目安です(実際の道のりはもっと長くなります)。"


def map_uri(address: str) -> str:
    return MAP_SEARCH + quote(address, safe="")


def location_request(words: str = "いまいる場所を送る") -> dict[str, Any]:
    return {"type": "action", "action": {"type": "location", "label": label(words)}}


def _row(key: str, value: str) -> dict[str, Any]:
    return {
        "type": "box",
        "layout": "baseline",
        "spacing": "sm",
        "contents": [
            {"type": "text", "text": key, "size": "xs", "color": "#888888", "flex": 2},
            {"type": "text", "text": value, "size": "xs", "wrap": True, "flex": 7},
        ],
    }


def _call_buttons(numbers: Sequence[str]) -> list[dict[str, Any]]:
    return [
        {
            "type": "button",
            "style": "primary",
            "height": "sm",
            "color": "#2E7D32",
            "action": {"type": "uri", "label": label(f"📞 {n}"), "uri": tel_uri(n)},
        }
        for n in numbers[:2]
    ]


def _link(title: str, uri: str) -> dict[str, Any]:
    return {"type": "button", "style": "link", "height": "sm", "action": {"type": "uri", "label": label(title), "uri": uri}}


def distance_text(km: float, minutes: int) -> str:
    shown = f"{km:.1f}km" if km >= 1 else f"{round(km * 1000, -1):.0f}m"
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
    body.extend(_row(k, v) for k, v in rows)
    numbers = [place.phone] if place.phone else [p.number for p in (item.desk.phones if item.desk else [])]
    buttons = _call_buttons(numbers)
    if place.address:
        buttons.append(_link("🗺 地図で見る", map_uri(place.address)))
    if place.url:
        buttons.append(_link("ホームページ", place.url))
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


def _carousel(bubbles: list[dict[str, Any]], alt: str, quick: Sequence[dict[str, Any]] = ()) -> Message:
    bubbles = bubbles[:MAX_BUBBLES]
    contents = bubbles[0] if len(bubbles) == 1 else {"type": "carousel", "contents": bubbles}
    message: Message = {"type": "flex", "altText": label(alt, MAX_ALT_TEXT), "contents": contents}
    if quick:
        message["quickReply"] = {"items": list(quick)[:MAX_QUICK_REPLIES]}
    return message


def browse_quick(*, areas: bool = True, kinds: bool = True, nearby: bool = True) -> list[dict[str, Any]]:
    quick: list[dict[str, Any]] = []
    if nearby:
        quick.append(location_request())
    if areas:
        quick += [postback(f"{a}地区", f"dir:p?area={a}", display=f"{a}地区の居場所") for a in AREA_NAMES]
    if kinds:
        quick += [postback(k, f"dir:p?kind={k}", display=f"{k}を探す") for k in KIND_NAMES]
    quick.append(postback("今日やっている所", "dir:p?when=today", display="今日やっている居場所"))
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
    return [text("\n\n".join(lines)), _carousel([place_bubble(i) for i in items], alt, quick)]


def no_places(heading: str, general: Sequence[Desk], *, quick: Sequence[dict[str, Any]] = ()) -> list[Message]:
    body = (
        f"ごめんなさい、{heading}は見つかりませんでした。\n"
        "条件を変えて探すか、社協・福祉課にお問い合わせください。地域の集まりについて教えてくれます。"
    )
    messages = [text(body)]
    if general:
        message = desks_message(general, alt="相談窓口:")
        if quick:
            message["quickReply"] = {"items": list(quick)[:MAX_QUICK_REPLIES]}
        messages.append(message)
    else:
        messages[0] = text(body, quick=quick)
    return messages


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
    return [text("\n".join(lines)), _carousel([place_bubble(i) for i in items], alt, browse_quick(nearby=False))]


def no_located_places() -> list[Message]:
    body = (
        "ごめんなさい、いまは位置から探せる居場所の情報がまだありません。\n"
        "地区や種類からなら探せます。下のボタンから選んでください。"
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
    body.extend(_row(k, v) for k, v in rows)
    numbers = [opening.phone] if opening.phone else [p.number for p in (desk.phones if desk else [])]
    buttons = _call_buttons(numbers)
    if opening.url:
        buttons.append(_link("くわしく", opening.url))
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
    quick = [postback(i, f"dir:v?tag={i}", display=f"{i}のボランティア") for i in ("子ども", "高齢者", "災害", "運転")]
    quick.append(postback("すべての募集", "dir:v", display="ボランティア募集"))
    bubbles = [volunteer_bubble(o, d) for o, d in openings[: MAX_BUBBLES - 1]]
    if shakyo is not None:
        bubbles.append(desk_bubble(shakyo))
    messages = [text("\n".join(lines))]
    if bubbles:
        messages.append(_carousel(bubbles, "ボランティア募集: " + "、".join(o.title for o, _ in openings) + " / 社協", quick))
    else:
        messages[0] = text("\n".join(lines), quick=quick)
    return messages


def announcements() -> list[Message]:
    body = (
        "お知らせは準備中です。市や社協からのお知らせは、広報こうのすや市・社協のホームページでご確認ください。"
    )
    # The お知らせ subscription (bot/subscriptions.py) answers `sub:` postbacks.
    return [text(body, quick=[postback("お知らせの受け取り設定", "sub:menu", display="お知らせ設定"), say("使い方")])]


def plan_overview(title: str, period: str, philosophy: str, goals: Sequence[tuple[int, str]]) -> list[Message]:
    body = f"{title}({period})\n基本理念「{philosophy}」\n\n基本目標:\n" + "\n".join(
        f"{n}. {g}" for n, g in goals
    )
    quick = [postback(f"基本目標{n}", f"faq:plan-goal-{n}", display=f"基本目標{n}") for n, _ in goals]
    return [text(body, quick=quick)]

