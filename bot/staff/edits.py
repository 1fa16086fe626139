"""Staff edits from the page: add a phrasing to an entry, written to its YAML file safely.

The file is edited with ruamel.yaml's round-trip (comments, order, quoting and flow lists stay as staff
wrote them; a file whose round-trip would change anything else is refused rather than reformatted), the
whole content is loaded with the same strict loader from a copy before anything is written (a change that
would break the content is refused with the loader's errors), and the file is replaced atomically (a
temporary file in the same folder, fsync, os.replace), so the bot and the watcher never see half a file.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from bot.content import ContentError, ContentInvalid, load_content
from bot.content.notices import NOTICE_DIR, load_notices
from bot.text.clock import JST

MAX_PHRASING = 200


class EditRefused(Exception):
    """An edit that was not written; `errors` are the strict loader's when the content would break."""

    def __init__(self, message: str, errors: list[ContentError] | None = None):
        super().__init__(message)
        self.message = message
        self.errors = errors or []

    def as_dict(self) -> dict[str, Any]:
        return {"ok": False, "error": self.message, "errors": [str(e) for e in self.errors]}


@dataclass(frozen=True)
class Edit:
    path: str  # relative to the content folder
    entry_id: str
    phrasing: str

    def as_dict(self) -> dict[str, Any]:
        return {"ok": True, "file": self.path, "entry": self.entry_id, "phrasing": self.phrasing}


def _yaml() -> YAML:
    y = YAML()
    y.preserve_quotes = True
    y.width = 100_000  # never wrap a long answer
    y.indent(mapping=2, sequence=4, offset=2)  # the house style of faq/*.yaml
    return y


def add_phrasing(root: Path, entry_id: str, phrasing: str) -> Edit:
    """Append `phrasing` to the questions of entry `entry_id`; raise EditRefused with the reason."""
    phrasing = " ".join(phrasing.split())
    if not phrasing:
        raise EditRefused("言い方が空です")
    if len(phrasing) > MAX_PHRASING:
        raise EditRefused(f"言い方が長すぎます({len(phrasing)} 文字、上限 {MAX_PHRASING})")
    try:
        content = load_content(root)
    except ContentInvalid as exc:
        raise EditRefused("いまの内容に誤りがあるため編集できません。先に直してください", exc.errors) from None
    rel = content.entry_files.get(entry_id)
    if rel is None or not rel.startswith("faq/"):
        raise EditRefused(f"項目 {entry_id} は faq/ にないため、ここからは言い方を足せません")
    path = root / rel
    original = path.read_text(encoding="utf-8")
    y = _yaml()
    data = y.load(original)
    if _dump(y, data) != original:
        raise EditRefused(f"{rel} は自動で編集すると書式が変わるため、手で足してください")
    entry = next((e for e in data.get("entries") or [] if e.get("id") == entry_id), None)
    if entry is None:  # pragma: no cover - the loader found it in this file a moment ago
        raise EditRefused(f"{rel} に項目 {entry_id} が見つかりません")
    entry["questions"].append(phrasing)
    updated = _dump(y, data)
    _check_with(root, rel, updated)
    _replace_atomically(path, updated)
    return Edit(rel, entry_id, phrasing)


def _dump(y: YAML, data: Any) -> str:
    out = io.StringIO()
    y.dump(data, out)
    return out.getvalue()


def schedule_notice(root: Path, notice_id: str, send_at: dt.datetime) -> str:
    """Set (or change) a notice's `send_at` in its file under plan_data/notices; returns the file changed.

    The scheduler inside `serve` sends it when the time comes, with the same exactly-once sender."""
    if send_at.tzinfo is None:
        send_at = send_at.replace(tzinfo=JST)
    folder = root / NOTICE_DIR
    for path in sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml")) if folder.is_dir() else []:
        original = path.read_text(encoding="utf-8")
        y = _yaml()
        data = y.load(original)
        notice = next((n for n in (data or {}).get("notices") or [] if n.get("id") == notice_id), None)
        if notice is None:
            continue
        rel = str(path.relative_to(root))
        if _dump(y, data) != original:
            raise EditRefused(f"{rel} は自動で編集すると書式が変わるため、手で send_at を書いてください")
        notice["send_at"] = send_at.astimezone(JST).isoformat(timespec="minutes")
        updated = _dump(y, data)
        _check_with(root, rel, updated, check=load_notices)
        _replace_atomically(path, updated)
        return rel
    raise EditRefused(f"お知らせ {notice_id} が {NOTICE_DIR} にありません")


def _check_with(root: Path, rel: str, text: str, *, check: Callable[[Path], object] = load_content) -> None:
    """Load the whole content from a copy holding the changed file; refuse with the loader's errors."""
    with tempfile.TemporaryDirectory(prefix="tsunagari-edit-") as tmp:
        copy = Path(tmp)
        for sub in ("faq", "plan_data"):
            if (root / sub).is_dir():
                shutil.copytree(root / sub, copy / sub)
        (copy / rel).write_text(text, encoding="utf-8")
        try:
            check(copy)
        except ContentInvalid as exc:
            raise EditRefused("この変更は内容を壊すため、書き込みませんでした", exc.errors) from None


def _replace_atomically(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, path.stat().st_mode & 0o777)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
