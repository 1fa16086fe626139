"""Notice messages as residents see them, and the audience as staff read it."""

from __future__ import annotations

import hashlib
import json

from bot import replies
from bot.content.notices import Notice, Segment
from bot.store.subscriptions import AREAS, TAGS
from bot.text import postbacks
from bot.text.clock import WEEKDAYS


def when(notice: Notice) -> str:
    d = notice.date
    text = f"{d.year}年{d.month}月{d.day}日({WEEKDAYS[d.weekday()]})"
    if notice.start:
        text += f" {notice.start}" + (f"〜{notice.end}" if notice.end else "〜")
    return text


def messages(notice: Notice) -> list[replies.Message]:
    """The exact LINE messages a resident receives for this notice."""
    lines = []
    if notice.sample:
        lines += [replies.SAMPLE_LABEL, ""]
    lines += [f"【お知らせ】{notice.title}", "", f"日時: {when(notice)}", f"場所: {notice.place}"]
    if notice.area != "all":
        lines.append(f"地区: {AREAS[notice.area]}")
    if notice.target:
        lines.append(f"対象: {notice.target}")
    lines += ["", notice.body.strip()]
    if notice.url:
        lines += ["", f"くわしくは: {notice.url}"]
    lines += ["", "お知らせの地区・分野の変更や停止は「お知らせ設定」から。"]
    quick = [replies.postback("お知らせ設定", postbacks.settings("menu"), display="お知らせ設定")]
    out: list[replies.Message] = []
    if notice.image:
        out.append({"type": "image", "originalContentUrl": notice.image, "previewImageUrl": notice.image})
    out.append(replies.text("\n".join(lines), quick=quick))
    return out


def messages_hash(msgs: list[replies.Message]) -> str:
    return hashlib.sha256(json.dumps(msgs, ensure_ascii=False, sort_keys=True).encode()).hexdigest()[:16]


def tag_labels(notice: Notice) -> str:
    return "、".join(TAGS[t] for t in notice.tags)


def audience_text(notice: Notice) -> str:
    """The audience in words, for staff."""
    if notice.audience == "all":
        return "友だち全員(broadcast)"
    assert isinstance(notice.audience, Segment)
    areas = "・".join(AREAS[a] for a in notice.audience.areas) or "全地区"
    tags = "・".join(TAGS[t] for t in notice.audience.tags) or "全分野"
    return f"登録者のうち 地区: {areas}(全域を選んだ人を含む) / 分野: {tags}(分野を選んでいない人を含む)"
