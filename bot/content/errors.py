"""Located content errors (file, line, entry, field) in plain Japanese for staff."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from bot.content.schema import ID_PATTERN, PHONE_PATTERN, URL_PATTERN
from bot.content.yamlload import LocatedDict, LocatedList, YamlProblem, read_yaml

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


def relative(path: Path, root: Path) -> str:
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


def line_at(data: Any, loc: Sequence[Any]) -> int:
    """The line of a location (("entries", 3, "id")) in located YAML data."""
    return _walk(data, loc)[0]


def located(rel: str, data: Any, exc: ValidationError) -> list[ContentError]:
    found = []
    for err in exc.errors():
        loc = tuple(err["loc"])
        line, entry_id = _walk(data, loc)
        field_name = ".".join(str(p) for p in loc if isinstance(p, str)) or None
        found.append(ContentError(rel, line, _friendly(err), entry_id, field_name))
    return found


def error_at(path: Path, root: Path, loc: tuple[Any, ...], entry: str, message: str) -> ContentError:
    rel = relative(path, root)
    try:
        line, _ = _walk(read_yaml(path, shown_as=rel), loc)
    except YamlProblem:
        line = 0
    return ContentError(rel, line, message, entry, ".".join(str(p) for p in loc if isinstance(p, str)))


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
