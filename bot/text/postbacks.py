"""One postback codec for every button the bot shows (replies, quick replies, the rich menu).

A postback's data is `action:value` (LINE allows 300 characters). The action picks the route in
bot.chat.routing.POSTBACK_ROUTES; the value is the route's own (an entry id, a directory path with a query
string, a settings step). Building and reading data only here means adding a button is one route and one
builder, never a prefix parsed in three files.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

MAX_DATA = 300  # LINE's limit for postback data

FAQ = "faq"  # show one FAQ entry: faq:<entry id>
NONE = "none"  # "none of these" after a clarify: hand over a human desk
DIRECTORY = "dir"  # places, volunteer openings, desks, news, plan, help: dir:<path>[?query]
SETTINGS = "sub"  # notice subscription settings: sub:<step>[:<code>]
LANGUAGE = "lang"  # the reply language: lang:menu shows the choices, lang:<code> (bot.text.language.SERVED) sets it
LANGUAGE_MENU = "menu"


@dataclass(frozen=True)
class Postback:
    action: str
    value: str = ""

    @property
    def data(self) -> str:
        return f"{self.action}:{self.value}"[:MAX_DATA]


def parse(data: str) -> Postback:
    action, _, value = data.partition(":")
    return Postback(action, value)


def faq(entry_id: str) -> str:
    return Postback(FAQ, entry_id).data


def none_of_these() -> str:
    return Postback(NONE).data


def directory(path: str, params: list[tuple[str, str]] | None = None, **named: str) -> str:
    """dir:<path>[?k=v&…]; params keeps repeated keys (kind=…&kind=…), named ones are appended."""
    pairs = list(params or []) + list(named.items())
    query = "&".join(f"{_readable(k)}={_readable(v)}" for k, v in pairs)
    return Postback(DIRECTORY, path + (f"?{query}" if query else "")).data


def _readable(text: str) -> str:
    """Percent-encode only what the query syntax needs; Japanese stays readable (吹上, not %E5%90%B9%E4%B8%8A),
    which keeps data short (LINE allows 300 characters) and logs legible. parse_qs reads both forms."""
    return "".join(quote(ch, safe="") if ch in "%&=#+?;/ " or ord(ch) < 32 else ch for ch in text)


def settings(step: str, code: str | None = None) -> str:
    return Postback(SETTINGS, step if code is None else f"{step}:{code}").data


def language(code: str) -> str:
    return Postback(LANGUAGE, code).data
