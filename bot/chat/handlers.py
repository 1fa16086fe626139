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

from bot import replies
from bot.chat import conversation, language, routing, subscriptions
from bot.chat.conversation import Reply
from bot.chat.knowledge import Knowledge
from bot.store import languages as saved_languages
from bot.store import subscriptions as saved_subscriptions
from bot.store.db import Database
from bot.store.privacy import pseudonym
from bot.store.unanswered import forget_message, forget_user, record_unanswered
from bot.text.clock import now_jst

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
    clock: Callable[[], dt.datetime] = field(default=now_jst)


def handle(event: Event, deps: Deps) -> Outgoing | None:
    """Decide the reply to one event (or None), and record what staff should see later."""
    if getattr(event, "mode", "active") == "standby":
        return None  # another channel owns the chat; standby events must not be answered
    route = EVENT_ROUTES.get(type(event))
    return route(event, deps) if route else None


def on_message(event: MessageEvent, deps: Deps) -> Outgoing | None:
    route = MESSAGE_ROUTES.get(type(event.message))
    if route is None:
        lang = language.saved_language(deps.db, _user_key(event, deps))
        reply = Reply("other", replies.not_text(lang=lang), lang=lang)
    else:
        reply = route(event, deps)
    return _out(event, reply)


def on_text(event: MessageEvent, deps: Deps) -> Reply:
    text = event.message.text
    user_key = _user_key(event, deps)
    choice = language.decide(deps.db, user_key, text)
    reply = routing.respond_text(deps.knowledge(), text, now=deps.clock(), db=deps.db, resident=_user_id(event),
                                 lang=choice.lang, user_key=user_key)
    if reply.kind != "crisis":
        language.notice(deps.db, user_key, choice)
    if reply.unanswered and user_key:
        record_unanswered(
            deps.db,
            user_key=user_key,
            message_id=event.message.id,
            kind=reply.kind,
            text=text,
            nearest_id=reply.candidates[0].id if reply.candidates else None,
            nearest_score=reply.candidates[0].score if reply.candidates else None,
        )
    return reply


def on_location(event: MessageEvent, deps: Deps) -> Reply:
    location = event.message
    return routing.respond_location(deps.knowledge(), location.latitude, location.longitude, now=deps.clock())


def on_postback(event: PostbackEvent, deps: Deps) -> Outgoing | None:
    user_key = _user_key(event, deps)
    reply = routing.respond_postback(deps.knowledge(), event.postback.data, now=deps.clock(), db=deps.db,
                                     resident=_user_id(event), lang=language.saved_language(deps.db, user_key),
                                     user_key=user_key)
    return _out(event, reply)


def on_follow(event: FollowEvent, deps: Deps) -> Outgoing | None:
    welcome = conversation.welcome()
    return _out(event, Reply(welcome.kind, welcome.messages + subscriptions.invite()))


def on_unfollow(event: UnfollowEvent, deps: Deps) -> None:
    user_key = _user_key(event, deps)
    if user_key:
        forget_user(deps.db, user_key)
        saved_languages.forget(deps.db, user_key)
    resident = _user_id(event)
    if resident:
        saved_subscriptions.forget(deps.db, resident)


def on_unsend(event: UnsendEvent, deps: Deps) -> None:
    forget_message(deps.db, event.unsend.message_id)


# Event types we answer or act on; anything else (join, memberJoined, beacon, …) is ignored.
EVENT_ROUTES: dict[type, Callable[[Any, Deps], Outgoing | None]] = {
    MessageEvent: on_message,
    PostbackEvent: on_postback,
    FollowEvent: on_follow,
    UnfollowEvent: on_unfollow,
    UnsendEvent: on_unsend,
}
MESSAGE_ROUTES: dict[type, Callable[[Any, Deps], Reply]] = {
    TextMessageContent: on_text,
    LocationMessageContent: on_location,
}


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
