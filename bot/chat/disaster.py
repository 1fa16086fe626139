"""Disaster mode (issue 16): while staff have it on, every reply leads with a short disaster notice and the
disaster FAQ (faq/bousai.yaml) ranks first. The switch is shared state in the database (bot.store.mode), so
every server sees it; off restores the normal replies, since nothing here changes the content itself.

Facts only from the plan summary and konosu-facts.md: 119 and 110 are the national emergency numbers, and the
bot is not an emergency channel; evacuation orders come from the city, not from this bot.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from bot import replies
from bot.chat import conversation
from bot.chat.conversation import Reply
from bot.chat.knowledge import Knowledge
from bot.store import mode
from bot.store.db import Database

DISASTER_FILE = "faq/bousai.yaml"
NOTICE = ("【災害時のお知らせ】避難の情報は鴻巣市の防災情報で確かめてください。"
          "けが・急病・火事は119、事件は110へ電話してください(このLINEは通報の窓口ではありません)。")
# A disaster entry is preferred when it scores at least the clarify threshold and is within this much of the
# best entry overall: close calls go to the disaster FAQ, a clearly better answer elsewhere still wins.
PREFER_RANK = 5  # disaster entries among the best 20 hits are preferred in disaster mode
MAX_MESSAGES = 5  # LINE's limit per reply


def during(db: Database | None, knowledge: Knowledge, reply: Reply, text: str | None = None) -> Reply:
    """The reply as it goes out: unchanged in normal mode, led by the disaster notice in disaster mode."""
    if not mode.is_disaster(db):
        return reply
    if text is not None and reply.kind in ("answer", "clarify", "fallback"):
        reply = _disaster_first(knowledge, text, reply)
    return replace(reply, messages=lead_with_notice(reply.messages, crisis=reply.kind == "crisis"))


def lead_with_notice(messages: list[dict[str, Any]], *, crisis: bool = False) -> list[dict[str, Any]]:
    """The notice first (for a crisis reply: right after the hotlines' first message, which stays first).

    A new text message when there is room (≤ 5), otherwise joined to the first text message; the quick
    reply stays on the last message, where LINE shows it."""
    notice: dict[str, Any] = {"type": "text", "text": NOTICE}
    position = 1 if crisis and messages else 0
    if len(messages) < MAX_MESSAGES:
        return [*messages[:position], notice, *messages[position:]]
    out = [dict(m) for m in messages]
    for message in out:
        if message.get("type") == "text":
            message["text"] = (f"{message['text']}\n\n{NOTICE}" if crisis else f"{NOTICE}\n\n{message['text']}")[:5000]
            return out
    return out  # pragma: no cover - every reply of ours has a text message


def _disaster_first(knowledge: Knowledge, text: str, reply: Reply) -> Reply:
    """Answer from the disaster FAQ when one of its entries is plausible and close to the best; otherwise
    offer its nearest entries first among the clarify options or the fallback's suggestions."""
    content = knowledge.content
    wanted = content.entries_in(DISASTER_FILE)
    if not wanted or reply.entry_id in wanted:
        return reply
    hits = knowledge.index.search(text, limit=len(content.entries))  # every entry: the disaster ones may rank low
    if not hits:
        return reply
    # By rank, not by score: the hybrid matcher's scores are fused probabilities, so "close to the best" is
    # "among the best few" (PREFER_RANK), whatever the scale.
    best = next((h for h in hits if h.id in wanted and h.score >= knowledge.thresholds.clarify), None)
    if best is not None:
        chosen = conversation.entry_reply(knowledge, best.id, reply.lang)
        return replace(chosen, candidates=reply.candidates) if chosen else reply
    near = [h.id for h in hits[:2 * PREFER_RANK] if h.id in wanted]
    if not near or reply.kind == "answer":
        return reply
    if reply.kind == "clarify":
        others = [c.id for c in reply.candidates if c.score >= knowledge.thresholds.clarify and c.id not in near]
        options = [content.entry_by_id[i] for i in (near[:2] + others)[:3]]
        return replace(reply, messages=replies.clarify(options))
    others = [c.id for c in reply.candidates if c.score >= conversation.SUGGEST_FLOOR and c.id not in near]
    suggestions = [content.entry_by_id[i] for i in (near + others)[:2]]
    return replace(reply, messages=conversation.fallback_messages(content, suggestions))
