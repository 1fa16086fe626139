"""Load faq/ and plan_data/ strictly into one immutable Content snapshot, or raise every error found."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from bot.content.errors import ContentError, ContentInvalid, line_at, located, relative
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
    entry_files: dict[str, str] = field(default_factory=dict)  # entry id → the file it is written in

    def entries_in(self, rel: str) -> set[str]:
        """ids of the entries written in one file (e.g. faq/bousai.yaml for disaster mode)."""
        return {i for i, f in self.entry_files.items() if f == rel}

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


# The files whose items can be checked one by one when the file as a whole does not validate, so that a
# wrong field in one entry does not hide a duplicate id or an unknown desk elsewhere (check in one pass).
_ITEMS: dict[type[Strict], tuple[str, type[Strict]]] = {
    FaqFile: ("entries", Entry),
    DeskFile: ("desks", Desk),
    PlaceFile: ("places", Place),
    VolunteerFile: ("volunteers", VolunteerOpening),
}


@dataclass
class _Read:
    """One file as read: its located YAML data and the items that validated (by their index in the file)."""

    rel: str
    data: Any = None
    model: Any = None
    items: list[tuple[int, Any]] = field(default_factory=list)

    def line(self, loc: tuple[Any, ...]) -> int:
        return line_at(self.data, loc) if self.data is not None else 0


def load_content(root: Path) -> Content:
    """Load faq/*.yaml and plan_data/*.yaml under root; raise ContentInvalid listing every problem of every
    file in one run (sorted by file and line), so staff fix a file in one round."""
    errors: list[ContentError] = []
    digest = hashlib.sha256()
    files: list[str] = []

    def read(path: Path, model: type[Strict]) -> _Read:
        rel = relative(path, root)
        files.append(rel)
        out = _Read(rel)
        try:
            digest.update(rel.encode() + b"\0" + path.read_bytes())
            out.data = read_yaml(path, shown_as=rel)
        except YamlProblem as problem:
            errors.append(ContentError(problem.path, problem.line, problem.message))
            return out
        except OSError as exc:
            errors.append(ContentError(rel, 0, f"ファイルを読めません: {exc.strerror}"))
            return out
        if out.data is None:
            errors.append(ContentError(rel, 0, "ファイルが空です"))
            return out
        try:
            out.model = model.model_validate(out.data)
        except ValidationError as exc:
            errors.extend(located(rel, out.data, exc))
            out.items = _valid_items(model, out.data)
            return out
        if model in _ITEMS:
            out.items = list(enumerate(getattr(out.model, _ITEMS[model][0])))
        return out

    desk_read = read(root / "plan_data" / "desks.yaml", DeskFile)
    plan_read = read(root / "plan_data" / "plan.yaml", PlanFile)
    faq_paths = sorted((root / "faq").glob("*.yaml")) + sorted((root / "faq").glob("*.yml"))
    if not faq_paths:
        errors.append(ContentError(relative(root / "faq", root), 0, "FAQ ファイル(*.yaml)がありません"))
    faq_reads = [read(p, FaqFile) for p in faq_paths]
    # Optional directory data (issue 4): 居場所 and volunteer openings.
    place_path, volunteer_path = root / "plan_data" / "places.yaml", root / "plan_data" / "volunteers.yaml"
    place_read = read(place_path, PlaceFile) if place_path.exists() else _Read("plan_data/places.yaml", {}, PlaceFile())
    volunteer_read = (read(volunteer_path, VolunteerFile) if volunteer_path.exists()
                      else _Read("plan_data/volunteers.yaml", {}, VolunteerFile()))

    # Cross-checks run on everything that could be read, even when other files failed. A reference to a desk
    # is only checked when desks.yaml itself was readable (otherwise every reference would look wrong).
    desks: dict[str, Desk] = {}
    desk_lines: dict[str, int] = {}
    for i, desk in desk_read.items:
        line = desk_read.line(("desks", i, "id"))
        if desk.id in desks:
            errors.append(ContentError(desk_read.rel, line, f"id が重複しています(最初は {desk_read.rel}:"
                                       f"{desk_lines[desk.id]})", desk.id, "desks.id"))
            continue
        desks[desk.id] = desk
        desk_lines[desk.id] = line
    known_desks = desks if desk_read.model is not None else None

    plan: Plan | None = plan_read.model.plan if plan_read.model is not None else None
    numbers = sorted(m.number for m in plan.measures) if plan else []
    if plan and numbers != list(range(1, 25)):
        errors.append(ContentError(plan_read.rel, plan_read.line(("plan", "measures")),
                                   "取組事項は 1〜24 を1つずつ書いてください", None, "plan.measures"))
    valid_measures = set(numbers) if plan else None

    sources: list[tuple[_Read, tuple[Any, ...], Entry]] = [
        (plan_read, ("plan", "topics", i), e) for i, e in enumerate(plan.topics if plan else ())
    ]
    for faq in faq_reads:
        sources.extend((faq, ("entries", i), e) for i, e in faq.items)

    seen: dict[str, str] = {}
    phrasings: dict[str, tuple[str, str]] = {}
    entry_files: dict[str, str] = {}
    for src, loc, entry in sources:
        def at(*sub: Any, src: _Read = src, loc: tuple[Any, ...] = loc) -> int:
            return src.line((*loc, *sub))

        if entry.id in seen:
            errors.append(ContentError(src.rel, at("id"), f"id が重複しています(最初は {seen[entry.id]})",
                                       entry.id, _field(loc, "id")))
        else:
            seen[entry.id] = f"{src.rel}:{at('id')}"
            entry_files[entry.id] = src.rel
        for j, desk_id in enumerate(entry.desks):
            if known_desks is not None and desk_id not in known_desks:
                errors.append(ContentError(src.rel, at("desks", j), f"窓口 id「{desk_id}」が desks.yaml にありません",
                                           entry.id, _field(loc, "desks")))
        for j, number in enumerate(entry.measures):
            if valid_measures is not None and number not in valid_measures:
                errors.append(ContentError(src.rel, at("measures", j), f"取組事項 {number} はありません",
                                           entry.id, _field(loc, "measures")))
        if repeats_title(entry):
            errors.append(ContentError(src.rel, at("answer"),
                                       "答えがタイトルをくり返しているだけです。住民に役立つ中身を書いてください",
                                       entry.id, _field(loc, "answer")))
        # The same question (after folding width, kana and punctuation) in two entries: which answer wins?
        for j, (key, question) in enumerate(_phrasings(entry)):
            if not key:
                continue
            sub = ("questions", j - 1) if j else ("title",)
            first = phrasings.setdefault(key, (entry.id, f"{src.rel}:{at(*sub)}"))
            if first[0] != entry.id:
                errors.append(ContentError(src.rel, at(*sub),
                                           f"質問「{question}」は項目 {first[0]}({first[1]})の質問と同じです。"
                                           "どちらか一方にしてください", entry.id, _field(loc, sub[0])))
    for src, key in ((place_read, "places"), (volunteer_read, "volunteers")):
        ids: dict[str, int] = {}
        for i, item in src.items:
            line = src.line((key, i, "id"))
            if item.id in ids:
                errors.append(ContentError(src.rel, line, f"id が重複しています(最初は {src.rel}:{ids[item.id]})",
                                           item.id, f"{key}.id"))
            ids.setdefault(item.id, line)
            if item.desk is not None and known_desks is not None and item.desk not in known_desks:
                errors.append(ContentError(src.rel, src.line((key, i, "desk")),
                                           f"窓口 id「{item.desk}」が desks.yaml にありません", item.id, f"{key}.desk"))
    generated: tuple[Entry, ...] = ()
    if plan is not None:
        served: dict[int, list[str]] = {}
        for _, _, entry in sources:
            for number in entry.measures:
                served.setdefault(number, []).append(entry.title)
        generated = tuple(plan_entries(plan, desks, served))
        for entry in generated:
            if repeats_title(entry):
                number = entry.measures[0] if entry.measures else 0
                loc = ("plan", "measures", number - 1, "title") if number else ("plan", "goals")
                errors.append(ContentError(plan_read.rel, plan_read.line(loc),
                                           "答えがタイトルをくり返しているだけです。explanation に説明を書いてください",
                                           entry.id, "plan.measures.explanation"))
    if errors or plan is None:
        raise ContentInvalid(sorted(errors, key=lambda e: (e.path, e.line)))

    entries = tuple(e for _, _, e in sources) + generated
    return Content(
        entries=entries,
        desks=desks,
        plan=plan,
        version=digest.hexdigest()[:12],
        files=tuple(files),
        entry_by_id={e.id: e for e in entries},
        places=tuple(place_read.model.places),
        volunteers=tuple(volunteer_read.model.volunteers),
        entry_files=entry_files,
    )


def _field(loc: tuple[Any, ...], name: str) -> str:
    return ".".join([*(str(p) for p in loc if isinstance(p, str)), name])


def _valid_items(model: type[Strict], data: Any) -> list[tuple[int, Any]]:
    """The items of a file that validate on their own, with their index (for cross-checks after an error)."""
    if model not in _ITEMS or not isinstance(data, dict):
        return []
    key, item_model = _ITEMS[model]
    found = []
    for i, item in enumerate(data.get(key) or [] if isinstance(data.get(key), list) else []):
        try:
            found.append((i, item_model.model_validate(item)))
        except ValidationError:
            continue
    return found


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
