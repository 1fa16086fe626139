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
    JoinEvent,
    LocationMessageContent,
    MessageEvent,
    PostbackEvent,
    StickerMessageContent,
    TextMessageContent,
    UnfollowEvent,
    UnsendEvent,
)

from bot import replies
from bot.chat import conversation, disaster, groups, language, routing, subscriptions
from bot.chat.conversation import Reply
from bot.chat.knowledge import Knowledge
from bot.store import languages as saved_languages
from bot.store import subscriptions as saved_subscriptions
from bot.store.db import Database
from bot.store.privacy import pseudonym
from bot.store.unanswered import forget_message, forget_user, record_unanswered
from bot.text import postbacks
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
    if route is not None:
        reply = route(event, deps)
    elif groups.in_group(event):  # images, video, audio, files: in a group they are members talking to each other
        reply = None
    else:
        lang = language.saved_language(deps.db, _user_key(event, deps))
        reply = Reply("other", replies.not_text(lang=lang), lang=lang)
    return _out(event, reply) if reply is not None else None


def on_text(event: MessageEvent, deps: Deps) -> Reply | None:
    return _words(event, deps, event.message.text)


def on_sticker(event: MessageEvent, deps: Deps) -> Reply | None:
    """A message sticker's own words (「もう死にたい」) are read like typed text, crisis first. A sticker with
    only LINE's keywords gets the hotlines if they say so, a greeting for 「ありがとう」-like ones, else a
    friendly word (keywords describe the picture; they are not a question to search the FAQ for)."""
    sticker = event.message
    if sticker.text and sticker.text.strip():
        return _words(event, deps, sticker.text)
    keywords = [k for k in (sticker.keywords or []) if k.strip()]
    crisis = conversation.crisis_reply(deps.knowledge(), "、".join(keywords)) if keywords else None
    if crisis is not None or groups.in_group(event):
        return crisis
    for keyword in keywords:
        greeting = conversation.greeting_reply(keyword)
        if greeting is not None:
            return greeting
    return Reply("other", replies.sticker())


def _words(event: MessageEvent, deps: Deps, text: str) -> Reply | None:
    """Typed text and message-sticker words: one pipeline. Groups get their own policy (see bot.chat.groups)."""
    if groups.in_group(event):
        return _group_words(event, deps, text)
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


def _group_words(event: MessageEvent, deps: Deps, text: str) -> Reply | None:
    """Crisis words always get the hotlines; anything else only when the bot is mentioned. Nothing is stored."""
    words = groups.without_mentions(text, event.message)
    knowledge = deps.knowledge()
    crisis = conversation.crisis_reply(knowledge, words)
    if crisis is not None:
        return crisis
    if not groups.mentions_self(event.message):
        return None
    if subscriptions.is_settings_text(words):
        return Reply("subscription", replies.one_to_one_only())
    return _for_group(routing.respond_text(knowledge, words, now=deps.clock()))


def _for_group(reply: Reply) -> Reply:
    return Reply(reply.kind, replies.for_group(reply.messages), reply.candidates, reply.entry_id)


def on_location(event: MessageEvent, deps: Deps) -> Reply | None:
    if groups.in_group(event):
        return None  # a location cannot carry a mention: in a group it is members talking to each other
    location = event.message
    return routing.respond_location(deps.knowledge(), location.latitude, location.longitude, now=deps.clock(),
                                    db=deps.db)


def on_postback(event: PostbackEvent, deps: Deps) -> Outgoing | None:
    data = event.postback.data
    if groups.in_group(event):
        # Only our own buttons send postbacks, so they are answered; settings stay in 1:1 chats.
        if postbacks.parse(data).action == postbacks.SETTINGS:
            return _out(event, Reply("subscription", replies.one_to_one_only()))
        return _out(event, _for_group(routing.respond_postback(deps.knowledge(), data, now=deps.clock())))
    user_key = _user_key(event, deps)
    reply = routing.respond_postback(deps.knowledge(), data, now=deps.clock(), db=deps.db, resident=_user_id(event),
                                     lang=language.saved_language(deps.db, user_key), user_key=user_key)
    return _out(event, reply)


def on_follow(event: FollowEvent, deps: Deps) -> Outgoing | None:
    welcome = conversation.welcome()
    # One reply, two parts: the opt-in's area chips are the ones LINE shows (only the last message's count).
    reply = Reply(welcome.kind, replies.join(welcome.messages, subscriptions.invite()))
    return _out(event, disaster.during(deps.db, deps.knowledge(), reply))  # disaster mode (issue 16)


def on_join(event: JoinEvent, deps: Deps) -> Outgoing | None:
    """Added to a group or room: say who we are and how we behave there, once."""
    return _out(event, Reply("greeting", replies.join_intro()))


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


# Event types we answer or act on; anything else (leave, memberJoined, beacon, …) is ignored.
EVENT_ROUTES: dict[type, Callable[[Any, Deps], Outgoing | None]] = {
    MessageEvent: on_message,
    PostbackEvent: on_postback,
    FollowEvent: on_follow,
    JoinEvent: on_join,
    UnfollowEvent: on_unfollow,
    UnsendEvent: on_unsend,
}
# A route may return None: nothing to say (a group chat the bot was not addressed in).
MESSAGE_ROUTES: dict[type, Callable[[Any, Deps], Reply | None]] = {
    TextMessageContent: on_text,
    StickerMessageContent: on_sticker,
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
