"""Event notices as staff data (plan_data/notices/*.yaml): strict schema, located errors, LINE messages.

A notice file looks like:

    notices:
      - id: salon-fukiage-2026-12
        sample: true
        title: 吹上ふれあいサロン
        date: 2026-12-10
        start: "10:00"
        end: "12:00"
        place: 吹上公民館
        area: fukiage
        tags: [koureisha, ibasho]
        target: どなたでも
        body: 体操とお茶会です。
        url: https://example.jp/salon
        send_at: 2026-12-01T09:00:00+09:00
        audience:
          areas: [fukiage]
          tags: [koureisha]
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, ValidationError, field_validator, model_validator

from bot.content.errors import ContentError, ContentInvalid, error_at, located, relative
from bot.content.schema import ID_PATTERN, Strict
from bot.content.yamlload import YamlProblem, read_yaml
from bot.text.clock import JST

NOTICE_DIR = Path("plan_data") / "notices"
TIME_PATTERN = r"^([01]\d|2[0-3]):[0-5]\d$"
AreaCode = Literal["konosu", "fukiage", "kawasato", "all"]
TagCode = Literal["kosodate", "koureisha", "shogai", "volunteer", "ibasho", "bousai"]


class Segment(Strict):
    """Residents who chose one of `areas` (or 全域) and one of `tags` (or no interest); empty = any."""

    areas: list[Literal["konosu", "fukiage", "kawasato"]] = []
    tags: list[TagCode] = []

    @model_validator(mode="after")
    def _not_empty(self) -> Segment:
        if not self.areas and not self.tags:
            raise ValueError("audience には areas か tags を書いてください(全員に送るときは audience: all)")
        return self


class Notice(Strict):
    id: str = Field(pattern=ID_PATTERN)
    title: str = Field(min_length=1, max_length=60)
    date: dt.date
    start: str | None = Field(default=None, pattern=TIME_PATTERN)
    end: str | None = Field(default=None, pattern=TIME_PATTERN)
    place: str = Field(min_length=1)
    area: AreaCode
    tags: list[TagCode] = []
    target: str | None = None
    body: str = Field(min_length=1, max_length=1500)
    url: str | None = Field(default=None, pattern=r"^https://\S+$")
    image: str | None = Field(default=None, pattern=r"^https://\S+\.(jpe?g|png)$")
    send_at: dt.datetime | None = None
    audience: Literal["all"] | Segment
    sample: bool = False

    @field_validator("send_at")
    @classmethod
    def _aware(cls, value: dt.datetime | None) -> dt.datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=JST)  # staff write Japan time
        return value

    @model_validator(mode="after")
    def _times(self) -> Notice:
        if self.end and not self.start:
            raise ValueError("end を書くときは start も書いてください")
        if self.start and self.end and self.end <= self.start:
            raise ValueError("end は start より後の時刻にしてください")
        if self.send_at and self.send_at >= self.starts_at:
            raise ValueError("send_at は催しの開始より前にしてください")
        return self

    @property
    def starts_at(self) -> dt.datetime:
        hour, minute = (int(x) for x in (self.start or "00:00").split(":"))
        return dt.datetime.combine(self.date, dt.time(hour, minute), tzinfo=JST)

    def is_past(self, now: dt.datetime) -> bool:
        """Past (never sent): the event has started, or, with no start time, its day is over."""
        if self.start:
            return now >= self.starts_at
        return now.astimezone(JST).date() > self.date

    @property
    def audience_label(self) -> str:
        if self.audience == "all":
            return "all"
        assert isinstance(self.audience, Segment)
        parts = []
        if self.audience.areas:
            parts.append("areas=" + ",".join(self.audience.areas))
        if self.audience.tags:
            parts.append("tags=" + ",".join(self.audience.tags))
        return " ".join(parts)


class NoticeFile(Strict):
    notices: list[Notice] = Field(min_length=1)


@dataclass(frozen=True)
class Notices:
    items: tuple[Notice, ...]
    files: tuple[str, ...]

    def get(self, notice_id: str) -> Notice | None:
        return next((n for n in self.items if n.id == notice_id), None)


def load_notices(root: Path) -> Notices:
    """Read every plan_data/notices/*.yaml under root; raise ContentInvalid listing every problem."""
    errors: list[ContentError] = []
    items: list[Notice] = []
    files: list[str] = []
    seen: dict[str, str] = {}
    folder = root / NOTICE_DIR
    paths = sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml")) if folder.is_dir() else []
    for path in paths:
        rel = relative(path, root)
        files.append(rel)
        try:
            data = read_yaml(path, shown_as=rel)
        except YamlProblem as problem:
            errors.append(ContentError(problem.path, problem.line, problem.message))
            continue
        if data is None:
            errors.append(ContentError(rel, 0, "ファイルが空です"))
            continue
        try:
            parsed = NoticeFile.model_validate(data)
        except ValidationError as exc:
            errors.extend(located(rel, data, exc))
            continue
        for i, notice in enumerate(parsed.notices):
            if notice.id in seen:
                errors.append(
                    error_at(path, root, ("notices", i, "id"), notice.id, f"id が重複しています(最初は {seen[notice.id]})")
                )
            seen.setdefault(notice.id, rel)
            items.append(notice)
    if errors:
        raise ContentInvalid(errors)
    return Notices(tuple(items), tuple(files))


# --- messages ---------------------------------------------------------------------------------------


def as_json(notice: Notice) -> dict[str, Any]:
    return json.loads(notice.model_dump_json())
