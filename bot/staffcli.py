"""Staff commands: `tsunagari unanswered`, `tsunagari schema` and `tsunagari ask --explain`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from bot.settings import Settings

SCHEMA_FILES = {
    "faq.schema.json": ("FaqFile", "FAQ ファイル (faq/*.yaml)"),
    "desks.schema.json": ("DeskFile", "窓口 (plan_data/desks.yaml)"),
    "plan.schema.json": ("PlanFile", "計画 (plan_data/plan.yaml)"),
    "places.schema.json": ("PlaceFile", "居場所 (plan_data/places.yaml)"),
    "volunteers.schema.json": ("VolunteerFile", "ボランティア募集 (plan_data/volunteers.yaml)"),
}


def add_commands(sub: Any) -> None:
    una = sub.add_parser("unanswered", help="答えられなかった質問を似たものごとにまとめて表示する")
    una.add_argument("--days", type=int, default=30, help="さかのぼる日数(既定 30)")
    una.add_argument("--json", action="store_true", help="JSON で出す")
    una.add_argument("--content")
    una.set_defaults(run=cmd_unanswered)

    schema = sub.add_parser("schema", help="エディタ用の JSON Schema を書き出す(VS Code の YAML 拡張など)")
    schema.add_argument("--out", default="schemas", help="書き出すフォルダ(既定: schemas)")
    schema.set_defaults(run=cmd_schema)


def schemas() -> dict[str, dict[str, Any]]:
    from bot import content

    out = {}
    for name, (model_name, title) in SCHEMA_FILES.items():
        model = getattr(content, model_name, None)
        if model is None:
            continue
        schema = model.model_json_schema()
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["title"] = f"つながりナビ {title}"
        out[name] = schema
    return out


def cmd_schema(args: argparse.Namespace, settings: Settings) -> int:
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, schema in schemas().items():
        (out / name).write_text(json.dumps(schema, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(out / name)
    return 0


def cmd_unanswered(args: argparse.Namespace, settings: Settings) -> int:
    from bot import unanswered
    from bot.cli import knowledge_or_none
    from bot.db import Database

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


def explain(knowledge: Any, question: str) -> str:
    """Why the bot replies as it does: normalised query, top candidates and scores, decision and thresholds."""
    from bot import conversation

    t = knowledge.thresholds
    reply = conversation.respond_text(knowledge, question)
    info = knowledge.index.explain(question, limit=5)
    content = knowledge.content
    lines = [
        f"質問:       {question}",
        f"正規化:     {info.get('normalised', '')}",
        f"語:         {' '.join(info.get('words', []))}",
        f"読み:       {info.get('reading_string', '')}",
        "候補 (score = 総合, lexical = 語の一致, fuzzy = 言い回しの近さ):",
    ]
    hits = info.get("hits", [])
    for rank, hit in enumerate(hits, 1):
        title = content.entry_by_id[hit["id"]].title if hit["id"] in content.entry_by_id else ""
        lines.append(
            f"  {rank}. {hit['score']:.3f}  {hit['id']}「{title}」  lexical {hit['lexical']:.3f}  fuzzy {hit['fuzzy']:.3f}"
        )
    if not hits:
        lines.append("  (候補なし)")
    lines.append(f"しきい値:   answer ≥ {t.answer} かつ 2位との差 ≥ {t.margin} / clarify ≥ {t.clarify}")
    if reply.kind == "crisis":
        why = "危機のことばを検出したため、検索より先に相談窓口(ホットライン)を案内します"
    elif reply.kind == "greeting":
        why = "あいさつ・お礼・使い方として扱います"
    elif hits:
        top = hits[0]["score"]
        gap = top - (hits[1]["score"] if len(hits) > 1 else 0.0)
        why = {
            "answer": f"1位 {top:.3f} ≥ {t.answer} で、2位との差 {gap:.3f} ≥ {t.margin}",
            "clarify": f"1位 {top:.3f} ≥ {t.clarify} だが、answer の条件(≥ {t.answer}、差 ≥ {t.margin}; 差 {gap:.3f})に届かない",
            "fallback": f"1位 {top:.3f} < {t.clarify}",
        }.get(reply.kind, "")
    else:
        why = "知っている語がありません"
    lines.append(f"判定:       {reply.kind}  ({why})")
    if reply.entry_id:
        lines.append(f"答える項目: {reply.entry_id}「{content.entry_by_id[reply.entry_id].title}」")
    return "\n".join(lines)
