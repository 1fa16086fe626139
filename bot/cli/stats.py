"""`tsunagari stats` and `tsunagari mode`: thin commands over bot.store.stats and bot.store.mode."""

from __future__ import annotations

import getpass
import json
import sys

from bot.cli.common import Args
from bot.content import ContentInvalid, load_content
from bot.settings import Settings
from bot.staff.menu_switch import switch_menu
from bot.store import audit, mode, stats
from bot.store.db import Database

KIND_LABELS = {"answer": "回答", "clarify": "聞き返し", "fallback": "案内できず", "crisis": "緊急の案内",
               "directory": "居場所・窓口", "greeting": "あいさつ"}


def cmd_stats(args: Args, settings: Settings) -> int:
    if args.days < 1 or args.days > 366:
        print("--days は 1〜366 にしてください", file=sys.stderr)
        return 2
    try:
        titles = {e.id: e.title for e in load_content(settings.content_dir).entries}
    except ContentInvalid:
        titles = {}  # the numbers do not depend on the content; only the titles do
    db = Database.open(settings.database_url, base_dir=settings.content_dir)
    try:
        found = stats.summary(db, days=args.days, titles=titles)
    finally:
        db.close()
    if args.json:
        print(json.dumps(found, ensure_ascii=False, indent=2))
        return 0
    print(f"この {args.days} 日間の返事(日本時間):")
    for kind, total in found["totals"].items():
        print(f"  {KIND_LABELS.get(kind, kind)}: {total}")
    if found["fallback_rate"] is not None:
        print(f"  案内できなかった割合: {found['fallback_rate']:.1%}")
    for entry in found["top_entries"]:
        print(f"  {entry['count']:>5}  {entry['title']} ({entry['id']})")
    return 0


def actor_for_cli() -> str:
    """Who ran the command, for the audit log (the shell user; the page uses the staff member's token name)."""
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli"


def cmd_mode(args: Args, settings: Settings) -> int:
    if args.name != "disaster" or args.state not in ("on", "off", "status"):
        print("使い方: tsunagari mode disaster on|off|status", file=sys.stderr)
        return 2
    db = Database.open(settings.database_url, base_dir=settings.content_dir)
    try:
        if args.state == "status":
            print("災害モード: " + ("オン" if mode.is_disaster(db) else "オフ"))
            return 0
        wanted = mode.DISASTER if args.state == "on" else mode.NORMAL
        actor = actor_for_cli()
        changed = mode.set_mode(db, wanted, actor=actor)
        audit.record(db, actor=actor, action=f"mode.{wanted}", target="disaster",
                     detail={"changed": changed})
    finally:
        db.close()
    note = switch_menu(settings, wanted) if changed else None
    if args.state == "on":
        print("災害モードをオンにしました: すべての返事の最初に災害時のお知らせが付き、防災の項目が先に出ます。"
              if changed else "災害モードはすでにオンです。")
    else:
        print("災害モードをオフにしました: ふだんの返事に戻ります。" if changed else "災害モードはすでにオフです。")
    if note:
        print(note)
    return 0
