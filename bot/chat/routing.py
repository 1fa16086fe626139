"""The one way through: ordered routes for typed text, a table for tapped buttons, and shared locations.

Text goes down TEXT_ROUTES in order; the first route that answers wins, and the FAQ always answers (answer,
clarify or a warm fallback). Crisis is first and nothing gets in its way. Postbacks are read with the one
codec (bot.text.postbacks) and go to the route their action names. Everything here is a pure function of
one knowledge snapshot plus, for the settings chat, the database; handlers supply both per event.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from bot.chat import conversation, directory, subscriptions
from bot.chat.conversation import Reply
from bot.chat.knowledge import Knowledge
from bot.store.db import Database
from bot.text import postbacks
from bot.text.clock import now_jst


@dataclass(frozen=True)
class Turn:
    """One message to answer: the snapshot it is answered from, the clock, and (1:1 chats) the resident."""

    knowledge: Knowledge
    now: dt.datetime
    db: Database | None = None
    resident: str | None = None  # raw LINE user id: only the settings chat stores it (multicast needs it)


TextRoute = Callable[[Turn, str], Reply | None]
PostbackRoute = Callable[[Turn, str], Reply | None]


def _crisis(turn: Turn, text: str) -> Reply | None:
    return conversation.crisis_reply(turn.knowledge, text)


def _acts(turn: Turn, text: str) -> Reply | None:
    return conversation.act_reply(turn.knowledge, text)


def _out_of_scope(turn: Turn, text: str) -> Reply | None:
    return conversation.out_of_scope_reply(turn.knowledge, text)


def _desk_field(turn: Turn, text: str) -> Reply | None:
    return conversation.desk_field_reply(turn.knowledge, text)


def _greeting(turn: Turn, text: str) -> Reply | None:
    return conversation.greeting_reply(text)


def _settings(turn: Turn, text: str) -> Reply | None:
    if turn.db is None or not turn.resident or not subscriptions.is_settings_text(text):
        return None
    return Reply("subscription", subscriptions.respond_text(turn.db, turn.resident, text, now=turn.now))


def _directory(turn: Turn, text: str) -> Reply | None:
    return conversation.directory_reply(turn.knowledge, text, turn.now)


def _faq(turn: Turn, text: str) -> Reply | None:
    return conversation.faq_reply(turn.knowledge, text)


TEXT_ROUTES: tuple[tuple[str, TextRoute], ...] = (
    ("crisis", _crisis),
    ("acts", _acts),
    ("greeting", _greeting),
    ("settings", _settings),
    ("out-of-scope", _out_of_scope),
    ("desk", _desk_field),
    ("directory", _directory),
    ("faq", _faq),
)


def _faq_entry(turn: Turn, value: str) -> Reply | None:
    return conversation.entry_reply(turn.knowledge, value)


def _none_of_these(turn: Turn, value: str) -> Reply | None:
    return conversation.human_desks_reply(turn.knowledge)


def _directory_button(turn: Turn, value: str) -> Reply | None:
    if value == "help":
        return conversation.help_reply()
    messages = directory.postback_messages(turn.knowledge.content, value, turn.now)
    return Reply("directory", messages) if messages is not None else None


def _settings_button(turn: Turn, value: str) -> Reply | None:
    if turn.db is None or not turn.resident:
        return None
    data = postbacks.Postback(postbacks.SETTINGS, value).data
    return Reply("subscription", subscriptions.respond_postback(turn.db, turn.resident, data, now=turn.now))


POSTBACK_ROUTES: dict[str, PostbackRoute] = {
    postbacks.FAQ: _faq_entry,
    postbacks.NONE: _none_of_these,
    postbacks.DIRECTORY: _directory_button,
    postbacks.SETTINGS: _settings_button,
}


def respond_text(knowledge: Knowledge, text: str, *, now: dt.datetime | None = None, db: Database | None = None,
                 resident: str | None = None) -> Reply:
    """Answer a typed message. `now` (Japan time) is injected so that time-aware answers are exact in tests."""
    turn = Turn(knowledge, now or now_jst(), db, resident)
    for _name, route in TEXT_ROUTES:
        reply = route(turn, text)
        if reply is not None:
            return reply
    raise AssertionError("the FAQ route always answers")  # pragma: no cover


def respond_postback(knowledge: Knowledge, data: str, *, now: dt.datetime | None = None, db: Database | None = None,
                     resident: str | None = None) -> Reply:
    """A tapped button. Data we do not know (an old menu, a forged postback) gets the friendly greeting."""
    tapped = postbacks.parse(data)
    route = POSTBACK_ROUTES.get(tapped.action)
    reply = route(Turn(knowledge, now or now_jst(), db, resident), tapped.value) if route else None
    return reply or conversation.help_reply()


def respond_location(knowledge: Knowledge, latitude: float, longitude: float, *,
                     now: dt.datetime | None = None) -> Reply:
    """A shared location: the nearest places that have coordinates, with straight-line walking distance."""
    return Reply("directory", directory.location_messages(knowledge.content, latitude, longitude, now or now_jst()))
