"""Live reload of staff content: load, validate and index off to the side, then swap the snapshot in one step.

On any error the old snapshot keeps serving and the error is kept (log, /healthz, the staff page). Reloads
are serialised by a lock, whichever trigger started them: POST /admin/reload, SIGHUP, or the file watcher.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import watchfiles

from bot.chat.knowledge import Knowledge, load_knowledge
from bot.content import ContentError, ContentInvalid
from bot.settings import Settings

log = logging.getLogger("tsunagari.reload")

WATCHED = ("faq", "plan_data")
SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class ReloadResult:
    ok: bool
    changed: bool
    version: str  # the version serving after this attempt (the old one when it failed)
    previous: str
    trigger: str
    at: dt.datetime
    seconds: float
    errors: tuple[ContentError, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "status": "ok" if self.ok else "failed",
            "changed": self.changed,
            "version": self.version,
            "previous": self.previous,
            "trigger": self.trigger,
            "at": self.at.isoformat(),
            "seconds": round(self.seconds, 3),
            "errors": [
                {"path": e.path, "line": e.line, "entry": e.entry, "field": e.field, "message": e.message,
                 "text": str(e)}
                for e in self.errors
            ],
        }


class Served(Protocol):
    """What the reloader swaps: the running app's snapshot and its status (bot.web.runtime.Runtime)."""

    settings: Settings
    knowledge: Knowledge
    loaded_at: dt.datetime
    last_error: str | None


@dataclass
class Reloader:
    """Reloads `runtime.knowledge`; one at a time, in a worker thread so the event loop keeps serving."""

    runtime: Served
    load: Callable[[Settings], Knowledge] = load_knowledge
    last: ReloadResult | None = None
    attempts: int = 0
    failures: int = 0
    listeners: list[Callable[[ReloadResult], None]] = field(default_factory=list)
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    async def reload(self, trigger: str = "manual") -> ReloadResult:
        async with self._lock:
            self.attempts += 1
            runtime = self.runtime
            previous = runtime.knowledge.content.version
            started = time.monotonic()
            errors: tuple[ContentError, ...] = ()
            knowledge: Knowledge | None = None
            try:
                knowledge = await asyncio.to_thread(self.load, runtime.settings)
            except ContentInvalid as exc:
                errors = tuple(exc.errors)
            except Exception as exc:  # noqa: BLE001 - whatever went wrong, the old content keeps serving
                log.exception("content reload crashed")
                errors = (ContentError("(content)", 0, f"読み込みに失敗しました: {type(exc).__name__}"),)
            now = dt.datetime.now(dt.UTC)
            seconds = time.monotonic() - started
            if knowledge is None:
                self.failures += 1
                runtime.last_error = "\n".join(str(e) for e in errors)
                result = ReloadResult(False, False, previous, previous, trigger, now, seconds, errors)
                log.error(
                    "content reload (%s) failed; still serving version %s. %d problem(s):\n%s",
                    trigger, previous, len(errors), runtime.last_error,
                )
            else:
                version = knowledge.content.version
                changed = version != previous
                if changed:
                    runtime.knowledge = knowledge  # the one step: every event reads the snapshot once
                    runtime.loaded_at = now
                runtime.last_error = None
                result = ReloadResult(True, changed, version, previous, trigger, now, seconds)
                log.info(
                    "content reload (%s): %s in %.2fs",
                    trigger, f"{previous} -> {version}" if changed else f"unchanged ({version})", seconds,
                )
            self.last = result
            for listener in self.listeners:
                listener(result)
            return result

    def status(self) -> dict[str, Any]:
        runtime = self.runtime
        content = runtime.knowledge.content
        return {
            "status": "failed" if runtime.last_error else "ok",
            "version": content.version,
            "loaded_at": runtime.loaded_at.isoformat(),
            "attempts": self.attempts,
            "failures": self.failures,
            "last": self.last.as_dict() if self.last else None,
        }


def _is_content(change: watchfiles.Change, path: str) -> bool:
    return path.endswith(SUFFIXES)


async def watch(
    root: Path,
    reload: Callable[[str], Awaitable[Any]],
    *,
    interval: float = 1.0,
) -> None:
    """Watch faq/ and plan_data/ (watchfiles: inotify where the OS has it) and reload when a content file is
    added, removed or changed. `interval` is the debounce: an editor's burst of writes becomes one reload."""
    folders = [root / sub for sub in WATCHED if (root / sub).is_dir()]
    if not folders:
        return
    debounce = max(int(interval * 1000), 50)
    async for _changes in watchfiles.awatch(*folders, watch_filter=_is_content, debounce=debounce, step=50):
        try:
            await reload("watch")
        except Exception:  # noqa: BLE001 - the watcher must outlive any one reload
            log.exception("reload from the file watcher crashed")
