"""Plumbing shared by every command: settings read once at the edge, errors as one line, exit codes."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any, NoReturn

import typer

from bot.chat.knowledge import Knowledge, load_knowledge
from bot.content import ContentInvalid
from bot.settings import Settings, SettingsError

Args = SimpleNamespace  # a command's options, as the command functions read them (args.json, args.id, …)
Command = Callable[[Args, Settings], int]


def fail(message: str, code: int = 2) -> NoReturn:
    """Say what is wrong in one line and stop with `code` (2: the call was wrong)."""
    print(message, file=sys.stderr)
    raise typer.Exit(code)


def load_settings(content: str | None = None) -> Settings:
    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        fail(f"設定エラー: {exc}")
    return settings.with_(content_dir=Path(content)) if content else settings


def run(command: Command, content: str | None = None, **options: Any) -> None:
    """Run one command with the environment's settings; its return value is the exit code."""
    settings = load_settings(content)
    raise typer.Exit(int(command(Args(content=content, **options), settings)))


def knowledge_or_none(settings: Settings) -> Knowledge | None:
    """Load and index the content for a staff command, or say what is wrong and return None."""
    try:
        return load_knowledge(settings)
    except ContentInvalid as exc:
        print(f"内容に誤りがあります。tsunagari check で確かめてください:\n{exc}", file=sys.stderr)
        return None
