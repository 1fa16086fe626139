"""Strict YAML reading for staff files: no duplicate keys, aliases or custom tags, and line numbers kept.

PyYAML's safe_load silently keeps the last of two equal keys and expands aliases (a few hundred bytes can
become gigabytes when traversed), so staff files are read through this loader, which refuses both and
remembers where every mapping and key stood so that errors can name a line.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

MAX_FILE_BYTES = 1_048_576

_ALLOWED_TAGS = {
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}


@dataclass(frozen=True)
class YamlProblem(Exception):
    """A file that cannot be read as staff YAML; `line` is 1-based, 0 when the whole file is at fault."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


class LocatedDict(dict[str, Any]):
    """A mapping that remembers the line it starts on and the line of each key."""

    line: int = 0
    key_lines: dict[str, int]


class LocatedList(list[Any]):
    line: int = 0
    item_lines: list[int]


class _StrictLoader(yaml.SafeLoader):
    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise YamlProblem(
                "", event.start_mark.line + 1, "YAML のエイリアス(*名前)は使えません。内容をそのまま書いてください"
            )
        event = self.peek_event()
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            raise YamlProblem("", event.start_mark.line + 1, "YAML のアンカー(&名前)は使えません")
        return super().compose_node(parent, index)

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        if node.tag not in _ALLOWED_TAGS:
            raise YamlProblem("", node.start_mark.line + 1, f"使えないタグ {node.tag} があります")
        return super().construct_object(node, deep=deep)

    def construct_checked_timestamp(self, node: yaml.ScalarNode) -> Any:
        try:
            return self.construct_yaml_timestamp(node)
        except ValueError:  # PyYAML accepts the shape 2026-02-30, then fails building the date
            raise YamlProblem(
                "", node.start_mark.line + 1,
                f"日付「{node.value}」はありません。2026-11-28 のように正しい日付を書いてください",
            ) from None

    def construct_located_mapping(self, node: yaml.MappingNode) -> Iterator[LocatedDict]:
        result = LocatedDict()
        result.line = node.start_mark.line + 1
        result.key_lines = {}
        yield result
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            if not isinstance(key, str):
                key = str(key)
            line = key_node.start_mark.line + 1
            if key in result.key_lines:
                raise YamlProblem(
                    "", line, f"キー「{key}」が2回あります({result.key_lines[key]}行目と{line}行目)"
                )
            result.key_lines[key] = line
            result[key] = self.construct_object(value_node, deep=True)

    def construct_located_sequence(self, node: yaml.SequenceNode) -> Iterator[LocatedList]:
        result = LocatedList()
        result.line = node.start_mark.line + 1
        result.item_lines = [child.start_mark.line + 1 for child in node.value]
        yield result
        result.extend(self.construct_object(child, deep=True) for child in node.value)


_StrictLoader.add_constructor("tag:yaml.org,2002:map", _StrictLoader.construct_located_mapping)
_StrictLoader.add_constructor("tag:yaml.org,2002:seq", _StrictLoader.construct_located_sequence)
_StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", _StrictLoader.construct_checked_timestamp)


def read_yaml(path: Path, *, shown_as: str | None = None) -> Any:
    """Read one staff YAML file strictly; raise YamlProblem naming the file and line."""
    name = shown_as or str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise YamlProblem(name, 0, f"ファイルを読めません: {exc.strerror}") from None
    return parse_yaml(raw, name)


def parse_yaml(raw: bytes, name: str) -> Any:
    if len(raw) > MAX_FILE_BYTES:
        raise YamlProblem(name, 0, f"ファイルが大きすぎます({len(raw):,} バイト、上限 {MAX_FILE_BYTES:,})")
    if raw.startswith(b"\xef\xbb\xbf"):
        raise YamlProblem(name, 1, "先頭に BOM があります。BOM なしの UTF-8 で保存してください")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise YamlProblem(
            name, line, "UTF-8 ではない文字があります(Shift_JIS など)。UTF-8 で保存してください"
        ) from None
    if "\x00" in text:
        raise YamlProblem(name, text[: text.index("\x00")].count("\n") + 1, "NUL 文字が含まれています")
    try:
        return yaml.load(text, Loader=_StrictLoader)  # noqa: S506  # nosec B506 - _StrictLoader is a SafeLoader
    except YamlProblem as problem:
        raise YamlProblem(name, problem.line, problem.message) from None
    except yaml.MarkedYAMLError as exc:
        line, detail = explain_syntax(exc)
        raise YamlProblem(name, line, f"YAML の書き方に誤りがあります: {detail}") from None
    except yaml.YAMLError as exc:
        raise YamlProblem(name, 0, f"YAML として読めません: {exc}") from None


# PyYAML's problems in plain Japanese with a hint. `at_start`: the parser notices the mistake only further on
# (an unclosed bracket or quote, a missing colon), so the line where the broken thing starts is the one to show.
_SYNTAX: tuple[tuple[str, str, bool], ...] = (
    ("expected ',' or ']'", "「[」で始めたリストが「]」で閉じていません。行の終わりに ] を書くか、"
     "「- 」で始まるリストにしてください", True),
    ("expected ',' or '}'", "「{」が「}」で閉じていません。行の終わりに } を書いてください", True),
    ("found unexpected end of stream", "引用符(\" または \')が閉じていません。同じ引用符で閉じてください", True),
    ("could not find expected ':'", "「項目名: 値」の「:」がありません(「:」のあとに半角空白を1つ)", True),
    ("found character '\\t'", "タブ文字は使えません。字下げは半角空白でしてください", False),
    ("mapping values are not allowed here", "1行に「: 」が2つあります。値に「:」を含めるときは値全体を"
     " \"…\" で囲んでください", False),
    ("expected <block end>", "字下げ(行頭の空白)がそろっていません。同じ階層の項目は同じ数の半角空白で"
     "始めてください", False),
    ("did not find expected key", "字下げ(行頭の空白)がそろっていないか、「- 」の位置がずれています", False),
    ("did not find expected '-' indicator", "リストの「- 」の位置がそろっていません", False),
    ("found undefined alias", "YAML のエイリアス(*名前)は使えません", False),
    ("found character that cannot start any token", "行の始めに使えない記号があります(@ や ` など)。"
     "値全体を \"…\" で囲んでください", False),
)


def explain_syntax(exc: yaml.MarkedYAMLError) -> tuple[int, str]:
    """(1-based line, Japanese message with a hint) for a YAML syntax error."""
    problem = exc.problem or ""
    for needle, message, at_start in _SYNTAX:
        if problem.startswith(needle) or needle in problem:
            mark = (exc.context_mark if at_start else None) or exc.problem_mark or exc.context_mark
            return (mark.line + 1 if mark else 0), message
    mark = exc.problem_mark or exc.context_mark
    hint = "字下げ・「: 」のあとの空白・引用符や括弧の閉じ忘れを確かめてください"
    return (mark.line + 1 if mark else 0), f"{hint}(詳しく: {problem or exc.context or '書式の誤り'})"
