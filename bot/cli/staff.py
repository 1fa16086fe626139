"""Staff commands: `tsunagari unanswered`, `tsunagari schema` and `tsunagari ask --explain`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from bot.cli.common import Args, knowledge_or_none
from bot.settings import Settings
from bot.staff import unanswered
from bot.staff.schema import schemas
from bot.store.db import Database


def cmd_schema(args: Args, settings: Settings) -> int:
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, schema in schemas().items():
        (out / name).write_text(json.dumps(schema, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(out / name)
    return 0


def cmd_unanswered(args: Args, settings: Settings) -> int:

    if args.days < 1:
        print("--days は 1 以上にしてください", file=sys.stderr)
        return 2
    knowledge = knowledge_or_none(settings)
    if knowledge is None:
        return 1
    db = Database.open(settings.database_url, base_dir=settings.content_dir)
    try:
        found = unanswered.groups(db, knowledge, days=args.days)
    finally:
        db.close()
    if args.json:
        print(json.dumps({"days": args.days, "groups": [g.as_dict() for g in found]}, ensure_ascii=False, indent=2))
    else:
        print(unanswered.render(found, days=args.days))
    return 0


