"""Staff content (faq/ and plan_data/): strict schemas, loading, cross-checks, with located errors."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from bot import hours as hours_rules
from bot.yamlload import LocatedDict, LocatedList, YamlProblem, read_yaml

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
# Japanese phone numbers as staff write them: 048-541-1321, 0120-279-338, 0570-064-556, #7171, 189.
PHONE_PATTERN = r"^(0\d{1,4}-\d{1,4}-\d{3,4}|#\d{4}|1\d{2})$"
_PHONE_IN_TEXT = re.compile(r"(?<![\d-])0\d{1,4}-\d{1,4}-\d{3,4}(?![\d-])|#\d{4}")


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


@dataclass(frozen=True)
class ContentError:
    """One problem in staff content, located as precisely as we can."""

    path: str
    line: int
    message: str
    entry: str | None = None
    field: str | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        parts = [where]
        if self.entry:
            parts.append(f"id={self.entry}")
        if self.field:
            parts.append(f"項目 {self.field}")
        return " ".join(parts) + f": {self.message}"


class ContentInvalid(Exception):
    def __init__(self, errors: Sequence[ContentError]):
        self.errors = list(errors)
        super().__init__("\n".join(str(e) for e in self.errors))


@dataclass(frozen=True)
class Content:
    """A complete, validated snapshot of what the bot knows. Never mutated once built."""

    entries: tuple[Entry, ...]
    desks: dict[str, Desk]
    plan: Plan
    version: str
    files: tuple[str, ...] = ()
    entry_by_id: dict[str, Entry] = field(default_factory=dict)
    places: tuple[Place, ...] = ()
    volunteers: tuple[VolunteerOpening, ...] = ()

    def entry(self, entry_id: str) -> Entry | None:
        return self.entry_by_id.get(entry_id)

    def desks_for(self, entry: Entry) -> list[Desk]:
        return [self.desks[d] for d in entry.desks if d in self.desks]

    @property
    def has_samples(self) -> bool:
        return bool(self.samples)

    @property
    def samples(self) -> list[str]:
        """ids of every sample entry, place and volunteer opening (production refuses them)."""
        found = [e.id for e in self.entries if e.sample]
        return found + [p.id for p in self.places if p.sample] + [v.id for v in self.volunteers if v.sample]


def load_content(root: Path) -> Content:
    """Load faq/*.yaml and plan_data/*.yaml under root; raise ContentInvalid listing every problem."""
    errors: list[ContentError] = []
    digest = hashlib.sha256()
    files: list[str] = []

    def read(path: Path, model: type[Strict]) -> Any:
        rel = _relative(path, root)
        files.append(rel)
        try:
            digest.update(rel.encode() + b"\0" + path.read_bytes())
            data = read_yaml(path, shown_as=rel)
        except YamlProblem as problem:
            errors.append(ContentError(problem.path, problem.line, problem.message))
            return None
        except OSError as exc:
            errors.append(ContentError(rel, 0, f"ファイルを読めません: {exc.strerror}"))
            return None
        if data is None:
            errors.append(ContentError(rel, 0, "ファイルが空です"))
            return None
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            errors.extend(_located(rel, data, exc))
            return None

    desk_file = read(root / "plan_data" / "desks.yaml", DeskFile)
    plan_file = read(root / "plan_data" / "plan.yaml", PlanFile)
    faq_paths = sorted((root / "faq").glob("*.yaml")) + sorted((root / "faq").glob("*.yml"))
    if not faq_paths:
        errors.append(ContentError(_relative(root / "faq", root), 0, "FAQ ファイル(*.yaml)がありません"))
    faq_files = [(p, read(p, FaqFile)) for p in faq_paths]
    # Optional directory data (issue 4): 居場所 and volunteer openings.
    place_path, volunteer_path = root / "plan_data" / "places.yaml", root / "plan_data" / "volunteers.yaml"
    place_file = read(place_path, PlaceFile) if place_path.exists() else PlaceFile()
    volunteer_file = read(volunteer_path, VolunteerFile) if volunteer_path.exists() else VolunteerFile()
    if errors:
        raise ContentInvalid(errors)

    desks: dict[str, Desk] = {}
    for i, desk in enumerate(desk_file.desks):
        if desk.id in desks:
            errors.append(_at(root / "plan_data/desks.yaml", root, ("desks", i, "id"), desk.id, "id が重複しています"))
        desks[desk.id] = desk

    plan: Plan = plan_file.plan
    numbers = sorted(m.number for m in plan.measures)
    if numbers != list(range(1, 25)):
        where = _at(root / "plan_data/plan.yaml", root, ("plan", "measures"), "", "")
        errors.append(ContentError("plan_data/plan.yaml", where.line, "取組事項は 1〜24 を1つずつ書いてください",
                                   None, "plan.measures"))

    sources: list[tuple[Path, tuple[Any, ...], Entry]] = [
        (root / "plan_data/plan.yaml", ("plan", "topics", i), e) for i, e in enumerate(plan.topics)
    ]
    for path, faq in faq_files:
        sources.extend((path, ("entries", i), e) for i, e in enumerate(faq.entries))

    seen: dict[str, str] = {}
    phrasings: dict[str, tuple[str, str]] = {}
    valid_measures = set(numbers)
    for path, loc, entry in sources:
        rel = _relative(path, root)
        if entry.id in seen:
            errors.append(_at(path, root, (*loc, "id"), entry.id, f"id が重複しています(最初は {seen[entry.id]})"))
        seen.setdefault(entry.id, rel)
        for j, desk_id in enumerate(entry.desks):
            if desk_id not in desks:
                errors.append(_at(path, root, (*loc, "desks", j), entry.id, f"窓口 id「{desk_id}」が desks.yaml にありません"))
        for j, number in enumerate(entry.measures):
            if number not in valid_measures:
                errors.append(_at(path, root, (*loc, "measures", j), entry.id, f"取組事項 {number} はありません"))
        # The same question (after folding width, kana and punctuation) in two entries: which answer wins?
        for j, (key, question) in enumerate(_phrasings(entry)):
            if not key:
                continue
            first = phrasings.setdefault(key, (entry.id, rel))
            if first[0] != entry.id:
                errors.append(_at(path, root, (*loc, *(("questions", j - 1) if j else ("title",))), entry.id,
                                  f"質問「{question}」は項目 {first[0]}({first[1]})の質問と同じです。"
                                  "どちらか一方にしてください"))
    listed: list[tuple[Path, str, list[Any]]] = [
        (place_path, "places", place_file.places),
        (volunteer_path, "volunteers", volunteer_file.volunteers),
    ]
    for path, key, items in listed:
        ids: set[str] = set()
        for i, item in enumerate(items):
            if item.id in ids:
                errors.append(_at(path, root, (key, i, "id"), item.id, "id が重複しています"))
            ids.add(item.id)
            if item.desk is not None and item.desk not in desks:
                errors.append(_at(path, root, (key, i, "desk"), item.id, f"窓口 id「{item.desk}」が desks.yaml にありません"))
    if errors:
        raise ContentInvalid(errors)

    entries = tuple(e for _, _, e in sources) + tuple(plan_entries(plan, desks))
    return Content(
        entries=entries,
        desks=desks,
        plan=plan,
        version=digest.hexdigest()[:12],
        files=tuple(files),
        entry_by_id={e.id: e for e in entries},
        places=tuple(place_file.places),
        volunteers=tuple(volunteer_file.volunteers),
    )


def plan_entries(plan: Plan, desks: dict[str, Desk]) -> Iterable[Entry]:
    """Searchable entries generated from the plan's goals and 24 measures, so residents can ask about any."""
    contact: list[str] = [d for d in ("fukushika", "shakyo") if d in desks]
    for goal in plan.goals:
        # Only the goal of the 重点取組 is stated in the summary; the rest would be our inference.
        stated = [m for m in plan.measures if m.goal == goal.number and m.goal_stated]
        listed = "、".join(f"{m.number} {m.title}" for m in stated)
        yield Entry(
            id=f"plan-goal-{goal.number}",
            title=f"基本目標{goal.number} {goal.title}"[:40],
            questions=[
                f"基本目標{goal.number}", goal.title, f"基本目標{goal.number}とは",
                f"{goal.number}つめの基本目標", f"基本目標の{goal.number}つめ",
            ],
            answer=f"基本目標{goal.number}「{goal.title}」\n{goal.text}"
            + (f"\n\n重点取組: {listed}" if listed else ""),
            desks=contact,
        )
    for m in plan.measures:
        lines = [f"取組事項{m.number}「{m.title}」" + ("(重点取組)" if m.priority else "")]
        if m.goal_stated:
            lines.append(f"基本目標{m.goal}「{plan.goals[m.goal - 1].title}」の取組です。")
        if m.vision:
            lines.append("目指す姿: " + " ".join(m.vision))
        if m.roles:
            lines.append(f"市: {m.roles.city}\n社協: {m.roles.shakyo}\nわたしたち: {m.roles.community}")
        yield Entry(
            id=f"plan-measure-{m.number}",
            title=f"取組事項{m.number} {m.title}"[:40],
            questions=[f"取組事項{m.number}", m.title, f"取組{m.number}"],
            keywords=m.keywords,
            answer="\n".join(lines),
            desks=contact,
            measures=[m.number],
        )


def _relative(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)


def _walk(data: Any, loc: Sequence[Any]) -> tuple[int, str | None]:
    """Follow a pydantic error location through located YAML data: (best line, entry id)."""
    line = getattr(data, "line", 0)
    entry_id: str | None = None
    node = data
    for part in loc:
        if isinstance(node, LocatedDict) and isinstance(part, str):
            if isinstance(node.get("id"), str):
                entry_id = node["id"]
            line = node.key_lines.get(part, node.line)
            node = node.get(part)
        elif isinstance(node, LocatedList) and isinstance(part, int) and 0 <= part < len(node):
            line = node.item_lines[part]
            node = node[part]
        else:
            break
        if isinstance(node, LocatedDict) and isinstance(node.get("id"), str):
            entry_id = node["id"]
    return line, entry_id


def _located(rel: str, data: Any, exc: ValidationError) -> list[ContentError]:
    found = []
    for err in exc.errors():
        loc = tuple(err["loc"])
        line, entry_id = _walk(data, loc)
        field_name = ".".join(str(p) for p in loc if isinstance(p, str)) or None
        found.append(ContentError(rel, line, _friendly(err), entry_id, field_name))
    return found


def _at(path: Path, root: Path, loc: tuple[Any, ...], entry: str, message: str) -> ContentError:
    rel = _relative(path, root)
    try:
        line, _ = _walk(read_yaml(path, shown_as=rel), loc)
    except YamlProblem:
        line = 0
    return ContentError(rel, line, message, entry, ".".join(str(p) for p in loc if isinstance(p, str)))


_MESSAGES = {
    "missing": "必要な項目がありません",
    "extra_forbidden": "知らない項目です(つづりを確認してください)",
    "string_too_short": "空にできません",
    "too_short": "少なくとも1つ書いてください",
    "string_pattern_mismatch": "書き方が正しくありません",
    "date_from_datetime_parsing": "日付は 2026-11-28 のように書いてください",
    "date_parsing": "日付は 2026-11-28 のように書いてください",
    "date_type": "日付は 2026-11-28 のように書いてください",
    "string_type": "文字で書いてください",
    "list_type": "「- 」で始まるリストで書いてください",
    "literal_error": "決められた値のどれかを書いてください",
    "string_too_long": "長すぎます",
    "greater_than_equal": "値が小さすぎます(鴻巣市の近くの値ですか？)",
    "less_than_equal": "値が大きすぎます(鴻巣市の近くの値ですか？)",
    "float_parsing": "数で書いてください(例: 36.0657)",
    "bool_parsing": "true か false で書いてください",
}


def _phrasings(entry: Entry) -> list[tuple[str, str]]:
    """(folded key, as written) for the title and each question; repeats inside one entry count once."""
    from bot.normalize import fold

    return [(fold(q), q) for q in (entry.title, *entry.questions)]


URL_PATTERN = r"^https?://\S+$"
_MESSAGES.update({
    "int_parsing": "整数で書いてください(例: 3)",
    "int_type": "整数で書いてください(例: 3)",
    "int_from_float": "整数で書いてください(例: 3)",
    "bool_type": "true か false で書いてください",
    "model_type": "「項目名: 値」の形で書いてください",
    "dict_type": "「項目名: 値」の形で書いてください",
    "model_attributes_type": "「項目名: 値」の形で書いてください",
    "too_long": "多すぎます",
    "date_from_datetime_inexact": "日付は 2026-11-28 のように書いてください(時刻は書きません)",
    "date_future": "未来の日付にしてください",
})


def _friendly(err: Any) -> str:
    kind = err["type"]
    base = _MESSAGES.get(kind)
    if kind == "value_error":
        return str(err["msg"]).removeprefix("Value error, ")
    if kind == "string_pattern_mismatch" and err.get("ctx", {}).get("pattern") == PHONE_PATTERN:
        return "電話番号は 048-541-1321 のようにハイフン区切りで書いてください"
    if kind == "string_pattern_mismatch" and err.get("ctx", {}).get("pattern") == ID_PATTERN:
        return "id は半角英小文字・数字・ハイフンで書いてください(例: volunteer-start)"
    if kind == "string_pattern_mismatch" and err.get("ctx", {}).get("pattern") == URL_PATTERN:
        return "URL は https:// で始め、空白を入れずに書いてください(例: https://www.city.kounosu.saitama.jp/)"
    if kind in ("greater_than_equal", "less_than_equal") and "measures" in err.get("loc", ()) or (
        kind in ("greater_than_equal", "less_than_equal") and "number" in err.get("loc", ())
    ):
        limit = err.get("ctx", {}).get("ge", err.get("ctx", {}).get("le"))
        return f"範囲外の番号です({'下限' if kind == 'greater_than_equal' else '上限'} {limit})"
    if kind == "literal_error":
        return f"{base}: {err.get('ctx', {}).get('expected', '')}"
    return base or str(err["msg"])
