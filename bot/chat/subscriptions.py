"""The お知らせ設定 chat: area and interest buttons, stop, and the opt-in offered on follow."""

from __future__ import annotations

import datetime as dt
import re

from bot import replies
from bot.store.db import Database
from bot.store.subscriptions import AREAS, TAGS, clear_tags, forget, get, set_area, toggle_tag
from bot.text import postbacks
from bot.text.normalize import fold, hira_to_kata

SETTINGS_WORDS = {fold(w) for w in ("お知らせ設定", "おしらせ設定", "お知らせ", "おしらせ", "配信設定", "通知設定")}


STOP_WORDS = {fold(w) for w in ("配信停止", "お知らせ停止", "お知らせを止める")}


# The same asked in a sentence (「お知らせを受け取りたい」「通知をとめてください」「もう配信いらない」): the notice word, then
# nothing but wanting or stopping it, so 「お知らせの内容を知りたい」 or 「防災のお知らせはいつ?」 stay questions.
_NOTICE = r"(?:もう|この|市の|地域の|ラインの|line(?:の)?)?(?:お知らせ|おしらせ|通知|つうち|配信|はいしん)(?:を|が|は|の|も)?"
_ENDING = r"(?:を|に)?(?:し|して|する)?(?:たい|て|てほしい|てほしいです|欲しい|ほしい|ください|下さい|です|ます|します|したい|する|お願いします|おねがいします|" \
          r"できますか|できる|か|ね|よ|な)*"
_WANT = re.compile(hira_to_kata(_NOTICE + r"(?:(?:受け?取り?|うけとり|もらい|登録|とうろく|設定|せってい|変更|へんこう|申し?込み?|もうしこみ|"
                   r"ほしい|欲しい|届け|とどけ|送っ|おくっ|入れ|いれ|おん|on)(?:る|の|を|ので|から)?)+" + _ENDING))  # read over fold()
_STOP = re.compile(hira_to_kata(_NOTICE + r"(?:(?:止め|とめ|やめ|停止|ていし|解除|かいじょ|いらない|要らない|不要|ふよう|おふ|off|"
                   r"こないように|来ないように|届かないように|とどかないように)(?:る|の|を|ので|から)?)+" + _ENDING))


def _key(text: str) -> str:
    """fold(), and no emoji or other symbol either (「お知らせほしい🙏」)."""
    return re.sub(r"[\W_]+", "", fold(text))


def is_settings_text(text: str) -> bool:
    key = _key(text)
    return key in SETTINGS_WORDS or key in STOP_WORDS or bool(_WANT.fullmatch(key) or _STOP.fullmatch(key))


def _is_stop(text: str) -> bool:
    key = _key(text)
    return key in STOP_WORDS or bool(_STOP.fullmatch(key))


def invite() -> list[replies.Message]:
    """The opt-in offered after the welcome message (on follow)."""
    body = (
        "【お知らせの受け取り】\n"
        "サロン・こども食堂・ボランティア募集・防災訓練など、地域の催しをお知らせできます。\n"
        "受け取る地区を選んでください(あとで「お知らせ設定」と送れば、いつでも変更・停止できます)。"
    )
    quick = [replies.postback(label, postbacks.settings("area", code), display=label) for code, label in AREAS.items()]
    quick.append(replies.postback("受け取らない", postbacks.settings("none"), display="受け取らない"))
    return [replies.text(body, quick=quick)]


def respond_text(db: Database, user_id: str, text: str, *, now: dt.datetime | None = None) -> list[replies.Message]:
    if _is_stop(text):
        return respond_postback(db, user_id, postbacks.settings("stop"), now=now)
    return respond_postback(db, user_id, postbacks.settings("menu"), now=now)


def respond_postback(db: Database, user_id: str, data: str, *, now: dt.datetime | None = None) -> list[replies.Message]:
    """Handle `sub:…` postbacks: area:<code>, tag:<code>, tags (choose), areas (choose), menu, done, stop, none."""
    parts = data.split(":")
    action = parts[1] if len(parts) > 1 else "menu"
    value = parts[2] if len(parts) > 2 else ""
    if action == "area" and value in AREAS:
        set_area(db, user_id, value, now=now)
        return _tags_menu(db, user_id, lead=f"{_area_phrase(value)}のお知らせをお届けします。")
    if action == "tag" and value in TAGS:
        chosen = toggle_tag(db, user_id, value, now=now)
        lead = f"「{TAGS[value]}」を{'追加' if chosen else '外'}しました。"
        return _tags_menu(db, user_id, lead=lead)
    if action == "alltags":
        if get(db, user_id) is None:
            set_area(db, user_id, "all", now=now)
        clear_tags(db, user_id)
        return _summary(db, user_id, lead="すべての分野のお知らせをお届けします。")
    if action == "tags":
        return _tags_menu(db, user_id, lead="")
    if action == "areas":
        return invite()
    if action == "done":
        return _summary(db, user_id, lead="設定しました。")
    if action in ("stop", "none"):
        forget(db, user_id)
        word = "受け取りません" if action == "none" else "配信を停止しました"
        return [
            replies.text(
                f"お知らせは{word}。受け取りたくなったら「お知らせ設定」と送ってください。",
                quick=[replies.postback("お知らせ設定", postbacks.settings("menu"), display="お知らせ設定")],
            )
        ]
    return _summary(db, user_id, lead="")


def _area_phrase(area: str) -> str:
    return "市内全域" if area == "all" else f"{AREAS[area]}地区"


def describe(current: tuple[str, list[str]] | None) -> str:
    if current is None:
        return "いまはお知らせを受け取っていません。"
    area, tags = current
    interests = "、".join(TAGS[t] for t in tags if t in TAGS) or "すべての分野"
    return f"地区: {_area_phrase(area)}\n分野: {interests}"


def _summary(db: Database, user_id: str, *, lead: str) -> list[replies.Message]:
    current = get(db, user_id)
    body = "\n".join(p for p in (lead, "【お知らせ設定】", describe(current)) if p)
    if current is None:
        quick = [replies.postback(label, postbacks.settings("area", code), display=label) for code, label in AREAS.items()]
    else:
        quick = [
            replies.postback("地区を変える", postbacks.settings("areas"), display="地区を変える"),
            replies.postback("分野を選ぶ", postbacks.settings("tags"), display="分野を選ぶ"),
            replies.postback("配信停止", postbacks.settings("stop"), display="配信停止"),
        ]
    return [replies.text(body, quick=quick)]


def _tags_menu(db: Database, user_id: str, *, lead: str) -> list[replies.Message]:
    current = get(db, user_id)
    chosen = set(current[1]) if current else set()
    body = "\n".join(
        p
        for p in (
            lead,
            "関心のある分野を選べます(いくつでも。選ばなければ、すべての分野のお知らせが届きます)。",
            describe(current),
        )
        if p
    )
    quick = [
        replies.postback(("✓ " if code in chosen else "") + label, postbacks.settings("tag", code), display=label)
        for code, label in TAGS.items()
    ]
    quick.append(replies.postback("すべての分野", postbacks.settings("alltags"), display="すべての分野"))
    quick.append(replies.postback("これで完了", postbacks.settings("done"), display="これで完了"))
    quick.append(replies.postback("配信停止", postbacks.settings("stop"), display="配信停止"))
    return [replies.text(body, quick=quick)]
