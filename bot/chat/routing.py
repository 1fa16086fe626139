"""The one way through: ordered routes for typed text, a table for tapped buttons, and shared locations.

Text goes down TEXT_ROUTES in order; the first route that answers wins, and the FAQ always answers (answer,
clarify or a warm fallback). Crisis is first and nothing gets in its way. Postbacks are read with the one
codec (bot.text.postbacks) and go to the route their action names. Everything here is a pure function of
one knowledge snapshot plus, for the settings chat, the database; handlers supply both per event.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass

from bot import replies
from bot.chat import conversation, directory, disaster, language, subscriptions
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
    lang: str = "ja"  # the reply language (bot.chat.language.reply_language)
    user_key: str | None = None  # pseudonymised resident: the language setting is stored under it


TextRoute = Callable[[Turn, str], Reply | None]
PostbackRoute = Callable[[Turn, str], Reply | None]


def _crisis(turn: Turn, text: str) -> Reply | None:
    """A crisis answers here; a *concern* (a real but unsure signal) lets the other routes answer, then puts a
    caring line with the listening lines on top of their reply."""
    verdict = conversation.crisis_verdict(turn.knowledge, text)
    if verdict.level == "concern":
        return conversation.with_concern(turn.knowledge, _answer(turn, text, TEXT_ROUTES[1:]), verdict)
    return conversation.crisis_reply(turn.knowledge, text, verdict)


def _acts(turn: Turn, text: str) -> Reply | None:
    return conversation.act_reply(turn.knowledge, text, turn.lang)  # in the reply language (texts.yaml act_*)


def _out_of_scope(turn: Turn, text: str) -> Reply | None:
    return conversation.out_of_scope_reply(turn.knowledge, text, turn.lang)


def _desk_field(turn: Turn, text: str) -> Reply | None:
    return conversation.desk_field_reply(turn.knowledge, text, turn.lang)


def _greeting(turn: Turn, text: str) -> Reply | None:
    return conversation.greeting_reply(text, turn.lang)


def _language(turn: Turn, text: str) -> Reply | None:
    return language.text_reply(turn.db, turn.user_key, text, turn.lang)


def _settings(turn: Turn, text: str) -> Reply | None:
    if turn.db is None or not turn.resident or not subscriptions.is_settings_text(text):
        return None
    return Reply("subscription", subscriptions.respond_text(turn.db, turn.resident, text, now=turn.now))


def _directory(turn: Turn, text: str) -> Reply | None:
    return conversation.directory_reply(turn.knowledge, text, turn.now, turn.lang)


def _faq(turn: Turn, text: str) -> Reply | None:
    return conversation.faq_reply(turn.knowledge, text, turn.lang)


TEXT_ROUTES: tuple[tuple[str, TextRoute], ...] = (
    ("crisis", _crisis),
    ("greeting", _greeting),  # hello / thanks in every served language, answered in that language
    ("language", _language),  # before the acts: 「英語でお願いします」 is a setting, not an acknowledgement
    ("acts", _acts),
    ("settings", _settings),
    ("out-of-scope", _out_of_scope),
    ("desk", _desk_field),
    ("directory", _directory),
    ("faq", _faq),
)


def _faq_entry(turn: Turn, value: str) -> Reply | None:
    return conversation.entry_reply(turn.knowledge, value, turn.lang)


def _none_of_these(turn: Turn, value: str) -> Reply | None:
    return conversation.human_desks_reply(turn.knowledge, turn.lang)


def _directory_button(turn: Turn, value: str) -> Reply | None:
    if value == "help":
        return conversation.help_reply(turn.lang)
    messages = directory.postback_messages(turn.knowledge.content, value, turn.now, turn.lang)
    return Reply("directory", messages) if messages is not None else None


def _settings_button(turn: Turn, value: str) -> Reply | None:
    if turn.db is None or not turn.resident:
        return None
    data = postbacks.Postback(postbacks.SETTINGS, value).data
    return Reply("subscription", subscriptions.respond_postback(turn.db, turn.resident, data, now=turn.now))


def _language_button(turn: Turn, value: str) -> Reply | None:
    return language.choose_reply(turn.db, turn.user_key, value, turn.lang)


POSTBACK_ROUTES: dict[str, PostbackRoute] = {
    postbacks.FAQ: _faq_entry,
    postbacks.NONE: _none_of_these,
    postbacks.DIRECTORY: _directory_button,
    postbacks.SETTINGS: _settings_button,
    postbacks.LANGUAGE: _language_button,
}


def respond_text(knowledge: Knowledge, text: str, *, now: dt.datetime | None = None, db: Database | None = None,
                 resident: str | None = None, lang: str = "ja", user_key: str | None = None) -> Reply:
    """Answer a typed message. `now` (Japan time) is injected so that time-aware answers are exact in tests."""
    reply = _answer(Turn(knowledge, now or now_jst(), db, resident, lang, user_key), text, TEXT_ROUTES)
    return disaster.during(db, knowledge, reply, text)  # disaster mode leads every reply (issue 16)


def _answer(turn: Turn, text: str, routes: tuple[tuple[str, TextRoute], ...]) -> Reply:
    for _name, route in routes:
        reply = route(turn, text)
        if reply is not None:
            return reply
    raise AssertionError("the FAQ route always answers")  # pragma: no cover


def respond_postback(knowledge: Knowledge, data: str, *, now: dt.datetime | None = None, db: Database | None = None,
                     resident: str | None = None, lang: str = "ja", user_key: str | None = None) -> Reply:
    """A tapped button. Data we do not know (an old menu, a forged postback) gets the friendly greeting."""
    tapped = postbacks.parse(data)
    route = POSTBACK_ROUTES.get(tapped.action)
    reply = route(Turn(knowledge, now or now_jst(), db, resident, lang, user_key), tapped.value) if route else None
    return disaster.during(db, knowledge, reply or conversation.help_reply(lang))


def respond_location(knowledge: Knowledge, latitude: float, longitude: float, *,
                     now: dt.datetime | None = None, db: Database | None = None) -> Reply:
    """A shared location: the nearest places that have coordinates, with straight-line walking distance."""
    if not plausible_location(latitude, longitude):
        return disaster.during(db, knowledge, Reply("directory", location_looks_wrong()))
    reply = Reply("directory", directory.location_messages(knowledge.content, latitude, longitude, now or now_jst()))
    return disaster.during(db, knowledge, reply)


def plausible_location(latitude: object, longitude: object) -> bool:
    """A point on Earth: finite numbers, |latitude| ≤ 90, |longitude| ≤ 180 (a forged or broken event may send
    1e308, NaN or Infinity, which would otherwise crash the distance arithmetic)."""
    numbers = all(isinstance(v, int | float) and not isinstance(v, bool) for v in (latitude, longitude))
    if not numbers:
        return False
    lat, lon = float(latitude), float(longitude)  # type: ignore[arg-type]  # checked just above
    return math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180


def location_looks_wrong() -> list[dict[str, object]]:
    """Never a dead end: say the location could not be read and offer the other ways to look."""
    body = ("ごめんなさい、送っていただいた位置情報がうまく読み取れませんでした。\n"
            "もう一度位置情報を送るか、下のボタンから地区や種類で探してください。")
    return [replies.text(body, quick=replies.browse_quick(nearby=True))]
