"""Load faq/ and plan_data/ strictly into one immutable Content snapshot, or raise every error found."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from bot.content.errors import ContentError, ContentInvalid, error_at, located, relative
from bot.content.schema import (
    Desk,
    DeskFile,
    Entry,
    FaqFile,
    Place,
    PlaceFile,
    Plan,
    PlanFile,
    Strict,
    VolunteerFile,
    VolunteerOpening,
)
from bot.content.yamlload import YamlProblem, read_yaml
from bot.text.normalize import fold


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
        rel = relative(path, root)
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
            errors.extend(located(rel, data, exc))
            return None

    desk_file = read(root / "plan_data" / "desks.yaml", DeskFile)
    plan_file = read(root / "plan_data" / "plan.yaml", PlanFile)
    faq_paths = sorted((root / "faq").glob("*.yaml")) + sorted((root / "faq").glob("*.yml"))
    if not faq_paths:
        errors.append(ContentError(relative(root / "faq", root), 0, "FAQ ファイル(*.yaml)がありません"))
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
            errors.append(error_at(root / "plan_data/desks.yaml", root, ("desks", i, "id"), desk.id, "id が重複しています"))
        desks[desk.id] = desk

    plan: Plan = plan_file.plan
    numbers = sorted(m.number for m in plan.measures)
    if numbers != list(range(1, 25)):
        where = error_at(root / "plan_data/plan.yaml", root, ("plan", "measures"), "", "")
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
        rel = relative(path, root)
        if entry.id in seen:
            errors.append(error_at(path, root, (*loc, "id"), entry.id, f"id が重複しています(最初は {seen[entry.id]})"))
        seen.setdefault(entry.id, rel)
        for j, desk_id in enumerate(entry.desks):
            if desk_id not in desks:
                errors.append(error_at(path, root, (*loc, "desks", j), entry.id, f"窓口 id「{desk_id}」が desks.yaml にありません"))
        for j, number in enumerate(entry.measures):
            if number not in valid_measures:
                errors.append(error_at(path, root, (*loc, "measures", j), entry.id, f"取組事項 {number} はありません"))
        if repeats_title(entry):
            errors.append(error_at(path, root, (*loc, "answer"), entry.id,
                                   "答えがタイトルをくり返しているだけです。住民に役立つ中身を書いてください"))
        # The same question (after folding width, kana and punctuation) in two entries: which answer wins?
        for j, (key, question) in enumerate(_phrasings(entry)):
            if not key:
                continue
            first = phrasings.setdefault(key, (entry.id, rel))
            if first[0] != entry.id:
                errors.append(error_at(path, root, (*loc, *(("questions", j - 1) if j else ("title",))), entry.id,
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
                errors.append(error_at(path, root, (key, i, "id"), item.id, "id が重複しています"))
            ids.add(item.id)
            if item.desk is not None and item.desk not in desks:
                errors.append(error_at(path, root, (key, i, "desk"), item.id, f"窓口 id「{item.desk}」が desks.yaml にありません"))
    if errors:
        raise ContentInvalid(errors)

    served: dict[int, list[str]] = {}
    for _, _, entry in sources:
        for number in entry.measures:
            served.setdefault(number, []).append(entry.title)
    generated = tuple(plan_entries(plan, desks, served))
    for i, entry in enumerate(generated):
        if repeats_title(entry):
            number = entry.measures[0] if entry.measures else 0
            loc = ("plan", "measures", number - 1, "title") if number else ("plan", "goals")
            errors.append(error_at(root / "plan_data/plan.yaml", root, loc, entry.id,
                                   "答えがタイトルをくり返しているだけです。explanation に説明を書いてください"))
    if errors:
        raise ContentInvalid(errors)
    entries = tuple(e for _, _, e in sources) + generated
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


def repeats_title(entry: Entry) -> bool:
    """True when the answer says nothing but its title (「取組事項18「…」」): such an answer helps nobody."""
    # links to other entries are not content of this answer
    rest = fold("\n".join(line for line in entry.answer.splitlines() if not line.startswith("関係するご案内")))
    for part in (entry.title, *entry.title.split(maxsplit=1), "重点取組"):
        rest = rest.replace(fold(part), "")
    rest = re.sub(r"取組事項\d+|基本目標\d+|の取組です", "", rest, flags=re.UNICODE)
    return len(rest) < 12


def plan_entries(plan: Plan, desks: dict[str, Desk], served: dict[int, list[str]] | None = None) -> Iterable[Entry]:
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
        if m.explanation:
            lines.append(f"【説明】{m.explanation}")
        if m.vision:
            lines.append("目指す姿: " + " ".join(m.vision))
        if m.roles:
            lines.append(f"市: {m.roles.city}\n社協: {m.roles.shakyo}\nわたしたち: {m.roles.community}")
        if served and served.get(m.number):
            lines.append("関係するご案内: " + "、".join(f"「{t}」" for t in served[m.number][:4]))
        yield Entry(
            id=f"plan-measure-{m.number}",
            title=f"取組事項{m.number} {m.title}"[:40],
            questions=[f"取組事項{m.number}", m.title, f"取組{m.number}"],
            keywords=m.keywords,
            answer="\n".join(lines),
            desks=contact,
            measures=[m.number],
        )


def _phrasings(entry: Entry) -> list[tuple[str, str]]:
    """(folded key, as written) for the title and each question; repeats inside one entry count once."""

    return [(fold(q), q) for q in (entry.title, *entry.questions)]
