"""Webhook events → replies. Handlers return what to send; only the transport (webhook) sends it."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from linebot.v3.webhooks import (
    Event,
    FollowEvent,
    LocationMessageContent,
    MessageEvent,
    PostbackEvent,
    TextMessageContent,
    UnfollowEvent,
    UnsendEvent,
)

from bot.chat import conversation, subscriptions
from bot.chat.conversation import Reply
from bot.chat.knowledge import Knowledge
from bot.store import subscriptions as saved_subscriptions
from bot.store.db import Database
from bot.store.privacy import pseudonym
from bot.store.unanswered import forget_message, forget_user, record_unanswered

log = logging.getLogger("tsunagari.events")


@dataclass(frozen=True)
class Outgoing:
    reply_token: str
    reply: Reply


@dataclass
class Deps:
    """What handlers need; `knowledge` is read once per event so a reload never mixes two snapshots."""

    knowledge: Callable[[], Knowledge]
    db: Database
    pseudonym_key: bytes
    clock: Callable[[], dt.datetime] = field(default=conversation.now_jst)


def handle(event: Event, deps: Deps) -> Outgoing | None:
    """Decide the reply to one event (or None), and record what staff should see later."""
    if getattr(event, "mode", "active") == "standby":
        return None  # another channel owns the chat; standby events must not be answered
    user_key = _user_key(event, deps)
    if isinstance(event, MessageEvent):
        knowledge = deps.knowledge()
        if isinstance(event.message, TextMessageContent):
            resident = _user_id(event)
            if resident and subscriptions.is_settings_text(event.message.text):
                messages = subscriptions.respond_text(deps.db, resident, event.message.text)
                return _out(event, Reply("subscription", messages))
            reply = conversation.respond_text(knowledge, event.message.text, now=deps.clock())
            if reply.unanswered and user_key:
                record_unanswered(
                    deps.db,
                    user_key=user_key,
                    message_id=event.message.id,
                    kind=reply.kind,
                    text=event.message.text,
                    nearest_id=reply.candidates[0].id if reply.candidates else None,
                    nearest_score=reply.candidates[0].score if reply.candidates else None,
                )
        elif isinstance(event.message, LocationMessageContent):
            location = event.message
            reply = conversation.respond_location(knowledge, location.latitude, location.longitude, now=deps.clock())
        else:
            reply = Reply("other", conversation.replies.not_text())
        return _out(event, reply)
    if isinstance(event, PostbackEvent):
        resident = _user_id(event)
        if resident and event.postback.data.startswith("sub:"):
            return _out(event, Reply("subscription", subscriptions.respond_postback(deps.db, resident, event.postback.data)))
        return _out(event, conversation.respond_postback(deps.knowledge(), event.postback.data, now=deps.clock()))
    if isinstance(event, FollowEvent):
        welcome = conversation.welcome()
        return _out(event, Reply(welcome.kind, welcome.messages + subscriptions.invite()))
    if isinstance(event, UnfollowEvent):
        if user_key:
            forget_user(deps.db, user_key)
        resident = _user_id(event)
        if resident:
            saved_subscriptions.forget(deps.db, resident)
        return None
    if isinstance(event, UnsendEvent):
        forget_message(deps.db, event.unsend.message_id)
        return None
    return None


def _out(event: Any, reply: Reply) -> Outgoing | None:
    token = getattr(event, "reply_token", None)
    if not token:
        return None
    return Outgoing(token, reply)


def _user_id(event: Event) -> str | None:
    """The raw LINE user ID: only for the subscriptions table (multicast needs it), never logged."""
    return getattr(getattr(event, "source", None), "user_id", None)


def _user_key(event: Event, deps: Deps) -> str | None:
    user_id = _user_id(event)
    return pseudonym(user_id, deps.pseudonym_key) if user_id else None
