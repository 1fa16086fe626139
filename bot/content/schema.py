"""Staff content (faq/ and plan_data/): strict schemas, loading, cross-checks, with located errors."""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from bot.text import hours as hours_rules
from bot.text.language import SERVED

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
# Japanese phone numbers as staff write them: 048-541-1321, 0120-279-338, 0570-064-556, #7171, 189.
PHONE_PATTERN = r"^(0\d{1,4}-\d{1,4}-\d{3,4}|#\d{4}|1\d{2})$"
_PHONE_IN_TEXT = re.compile(r"(?<![\d-])0\d{1,4}-\d{1,4}-\d{3,4}(?![\d-])|#\d{4}")

__all__ = [
    "ID_PATTERN",
    "PHONE_PATTERN",
    "URL_PATTERN",
    "PLACE_KINDS",
    "AREAS",
    "Strict",
    "Phone",
    "OpeningHours",
    "Desk",
    "Entry",
    "Translation",
    "DeskTranslation",
    "TRANSLATION_LANGUAGES",
    "Place",
    "VolunteerOpening",
    "PlaceFile",
    "VolunteerFile",
    "FaqFile",
    "Goal",
    "Roles",
    "Measure",
    "Plan",
    "PlanFile",
    "DeskFile",
]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Phone(Strict):
    number: str = Field(pattern=PHONE_PATTERN)
    label: str = "電話"
    hours: str | None = None
    note: str | None = None


class OpeningHours(Strict):
    """Structured opening hours as rules staff write (read by bot/hours.py): 毎週火曜 10:00-12:00, 月曜, 年末年始…"""

    open: list[str] = Field(min_length=1)
    closed: list[str] = []

    @field_validator("open")
    @classmethod
    def _open_rules(cls, values: list[str]) -> list[str]:
        for value in values:
            hours_rules.parse_open(value)  # RuleError is a ValueError: its message tells staff how to write it
        return values

    @field_validator("closed")
    @classmethod
    def _closed_rules(cls, values: list[str]) -> list[str]:
        for value in values:
            hours_rules.parse_closed(value)
        return values

    @property
    def schedule(self) -> hours_rules.Schedule:
        return hours_rules.schedule(tuple(self.open), tuple(self.closed))


# Languages a staff-written translation may be in (ja is the entry itself).
TRANSLATION_LANGUAGES = tuple(lang for lang in SERVED if lang != "ja")
# What a translation must never carry: desk facts live in desks.yaml only, with their source (119/110 are fine).
_NOT_IN_TRANSLATION = (
    ("電話番号", re.compile(r"(?<!\d)(?:\+?81[-\s]?|0)\d{1,4}[-\s(（)）]+\d{1,4}[-\s)）]+\d{3,4}(?!\d)|#\d{4}"
                          r"|(?<!\d)0\d{9,10}(?!\d)")),
    ("時間", re.compile(r"\d{1,2}\s*[:：]\s*\d{2}|\d{1,2}\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z])|\d{1,2}\s*(?:時|点|giờ|시|बजे)"
                      r"|午前\s*\d|午後\s*\d|(?<![\w.])\d{1,2}h\d{0,2}(?![\w])", re.IGNORECASE)),
    ("住所", re.compile(r"〒|(?<!\d)\d{3}-\d{4}(?!\d)|丁目|番地|\d+\s*番\s*\d+\s*号|(?<![\d-])\d{1,4}-\d{1,4}-\d{1,4}(?![\d-])")),
)


class Translation(Strict):
    """A staff-written version of one entry in another language: the answer, and optionally the title."""

    title: str | None = Field(default=None, min_length=1, max_length=40)
    answer: str = Field(min_length=1, max_length=2000)

    @model_validator(mode="before")
    @classmethod
    def _text_alone(cls, value: object) -> object:
        return {"answer": value} if isinstance(value, str) else value  # `en: text` is short for `en: {answer: text}`

    @model_validator(mode="after")
    def _no_desk_facts(self) -> Translation:
        _refuse_desk_facts(self.title or "", self.answer)
        return self


def _refuse_desk_facts(*parts: str) -> None:
    for part in parts:
        for what, pattern in _NOT_IN_TRANSLATION:
            found = pattern.search(part)
            if found:
                raise ValueError(f"訳に{what}は書けません(「{found.group()}」)。電話番号・時間・住所は desks.yaml の"
                                 "窓口の項目からボットが表示します")


class DeskTranslation(Strict):
    """A desk's name (and what it is for) in another language; its phones, hours and address are never translated."""

    name: str = Field(min_length=1, max_length=80)
    description: str | None = Field(default=None, min_length=1, max_length=400)
    note: str | None = Field(default=None, min_length=1, max_length=400)

    @model_validator(mode="after")
    def _no_desk_facts(self) -> DeskTranslation:
        _refuse_desk_facts(self.name, self.description or "", self.note or "")
        return self


def _known_languages(value: dict[str, object]) -> dict[str, object]:
    unknown = sorted(set(value) - set(TRANSLATION_LANGUAGES))
    if unknown:
        raise ValueError(f"訳の言語コード {', '.join(unknown)} は使えません。使えるのは "
                         f"{', '.join(TRANSLATION_LANGUAGES)} です")
    return value


class Desk(Strict):
    """A consultation desk or help line. Every fact carries its source and the day it was checked."""

    id: str = Field(pattern=ID_PATTERN)
    name: str = Field(min_length=1)
    short_name: str | None = None
    kind: Literal["desk", "hotline", "emergency"] = "desk"
    description: str = Field(min_length=1)
    phones: list[Phone] = []
    fax: str | None = Field(default=None, pattern=PHONE_PATTERN)
    address: str | None = None
    hours: str | None = None
    # The same hours as rules, only where a source gives them; lets the bot say "open now / today".
    opening_hours: OpeningHours | None = None
    url: str | None = Field(default=None, pattern=r"^https?://\S+$")
    topics: list[str] = []
    # Which crisis replies show this desk: suicide, abuse, dv, violence, danger.
    crisis: list[Literal["suicide", "abuse", "dv", "violence", "danger"]] = []
    note: str | None = None
    source: str = Field(min_length=1)
    checked: dt.date
    # The name (and description) for residents who read another language: {en: {name: …, description: …}}.
    translations: dict[str, DeskTranslation] = {}

    _languages = field_validator("translations")(_known_languages)

    @property
    def label(self) -> str:
        return self.short_name or self.name


class Entry(Strict):
    """One thing a resident can ask about: several phrasings, one short answer, desks to contact."""

    id: str = Field(pattern=ID_PATTERN)
    title: str = Field(min_length=1, max_length=40)
    questions: list[str] = Field(min_length=1)
    keywords: list[str] = []
    answer: str = Field(min_length=1, max_length=1200)
    desks: list[str] = []
    measures: list[int] = []
    url: str | None = Field(default=None, pattern=r"^https?://\S+$")
    # Where facts in the answer (fares, hours, amounts) come from, and when they were checked.
    source: str | None = None
    checked: dt.date | None = None
    sample: bool = False
    # Staff-written versions for residents who read another language: {en: …, easy: …} (see docs/notes/i18n.md).
    translations: dict[str, Translation] = {}

    _languages = field_validator("translations")(_known_languages)

    @model_validator(mode="after")
    def _source_has_date(self) -> Entry:
        if (self.source is None) != (self.checked is None):
            raise ValueError("source と checked は両方書いてください")
        return self

    @field_validator("questions", "keywords")
    @classmethod
    def _no_blank(cls, values: list[str]) -> list[str]:
        if any(not v.strip() for v in values):
            raise ValueError("空の項目があります")
        return values

    @field_validator("answer")
    @classmethod
    def _no_phone_in_answer(cls, value: str) -> str:
        # Phone numbers live only in desks.yaml, where each has a source; answers link desks by id.
        if _PHONE_IN_TEXT.search(value):
            raise ValueError("answer に電話番号を書かないでください。窓口は desks: に id で書きます")
        return value


PLACE_KINDS = ("サロン", "こども食堂", "児童センター", "通いの場", "認知症カフェ")
AREAS = ("鴻巣", "吹上", "川里")


class Place(Strict):
    """A 居場所 (place to go). Facts need a source; data the city has not given us yet is `sample: true`."""

    id: str = Field(pattern=ID_PATTERN)
    name: str = Field(min_length=1, max_length=60)
    kind: Literal["サロン", "こども食堂", "児童センター", "通いの場", "認知症カフェ"]
    area: Literal["鴻巣", "吹上", "川里"] | None = None  # 地区
    description: str = Field(min_length=1, max_length=400)
    address: str | None = None
    lat: float | None = Field(default=None, ge=35.9, le=36.3)  # roughly 鴻巣市 and its neighbours
    lon: float | None = Field(default=None, ge=139.3, le=139.7)
    # Where the coordinates come from: surveyed (measured/official), approximate, or sample (made up).
    coords_source: Literal["surveyed", "approximate", "sample"] | None = None
    opening_hours: OpeningHours | None = None
    hours_note: str | None = None  # shown as written, e.g. 夏休み・冬休みに開催
    target: str | None = None
    cost: str | None = None
    booking: str | None = None
    barrier_free: bool | None = None
    desk: str | None = None  # contact desk id in desks.yaml
    phone: str | None = Field(default=None, pattern=PHONE_PATTERN)
    url: str | None = Field(default=None, pattern=r"^https?://\S+$")
    note: str | None = None
    source: str = Field(min_length=1)
    checked: dt.date
    sample: bool = False

    @model_validator(mode="after")
    def _consistent(self) -> Place:
        if (self.lat is None) != (self.lon is None):
            raise ValueError("lat と lon は両方書くか、両方書かないでください")
        if self.lat is not None and self.coords_source is None:
            raise ValueError("座標には coords_source(surveyed / approximate / sample)を書いてください")
        if self.coords_source == "sample" and not self.sample:
            raise ValueError("coords_source: sample は sample: true の項目だけに使えます")
        if self.sample and self.phone:
            raise ValueError("サンプルに電話番号は書けません。desk: で窓口の id を書いてください")
        return self

    @property
    def has_coords(self) -> bool:
        return self.lat is not None and self.lon is not None


class VolunteerOpening(Strict):
    """A volunteer role that is recruiting. Never shown after `expires`."""

    id: str = Field(pattern=ID_PATTERN)
    title: str = Field(min_length=1, max_length=40)
    organiser: str = Field(min_length=1)
    area: Literal["鴻巣", "吹上", "川里", "市内全域"] = "市内全域"
    description: str = Field(min_length=1, max_length=400)
    dates: str = Field(min_length=1)  # when the activity happens, as written
    expires: dt.date  # last day it is shown
    tags: list[str] = Field(min_length=1)
    desk: str | None = None
    phone: str | None = Field(default=None, pattern=PHONE_PATTERN)
    url: str | None = Field(default=None, pattern=r"^https?://\S+$")
    source: str = Field(min_length=1)
    checked: dt.date
    sample: bool = False

    @model_validator(mode="after")
    def _contact(self) -> VolunteerOpening:
        if self.desk is None and self.phone is None:
            raise ValueError("連絡先(desk: 窓口の id か phone:)を書いてください")
        if self.sample and self.phone:
            raise ValueError("サンプルに電話番号は書けません。desk: で窓口の id を書いてください")
        return self


class PlaceFile(Strict):
    places: list[Place] = []


class VolunteerFile(Strict):
    volunteers: list[VolunteerOpening] = []


class FaqFile(Strict):
    entries: list[Entry] = Field(min_length=1)


class Goal(Strict):
    number: int = Field(ge=1, le=4)
    title: str
    text: str


class Roles(Strict):
    city: str
    shakyo: str
    community: str


class Measure(Strict):
    number: int = Field(ge=1, le=24)
    title: str
    goal: int = Field(ge=1, le=4)
    # True when the summary states the goal; otherwise it is read from the order of the list.
    goal_stated: bool = False
    priority: bool = False
    # Words residents use for this measure that its title lacks (e.g. 自殺対策 for 生きる支援).
    keywords: list[str] = []
    # What the measure is about, in plain words and marked as an explanation (not a quote of the plan); it
    # states no fact the plan does not give. Without it a measure's answer would be only its title.
    explanation: str | None = None
    vision: list[str] = []
    roles: Roles | None = None


class Plan(Strict):
    title: str
    period: str
    philosophy: str
    philosophy_text: str
    about: str
    purpose: str
    joint_plans: str
    progress: str
    goals: list[Goal] = Field(min_length=4, max_length=4)
    measures: list[Measure] = Field(min_length=24, max_length=24)
    topics: list[Entry] = []
    source: str
    checked: dt.date


class PlanFile(Strict):
    plan: Plan


class DeskFile(Strict):
    desks: list[Desk] = Field(min_length=1)


URL_PATTERN = r"^https?://\S+$"


