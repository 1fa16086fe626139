"""`ask --explain`: why the bot replies as it does."""

from __future__ import annotations

from typing import Any

from bot.chat import routing


def explain(knowledge: Any, question: str) -> str:
    """Why the bot replies as it does: normalised query, top candidates and scores, decision and thresholds."""

    t = knowledge.thresholds
    reply = routing.respond_text(knowledge, question)
    info = knowledge.index.explain(question, limit=5)
    content = knowledge.content
    lines = [
        f"質問:       {question}",
        f"正規化:     {info.get('normalised', '')}",
        f"語:         {' '.join(info.get('words', []))}",
        f"読み:       {info.get('reading_string', '')}",
        "候補 (score = 総合, lexical = 語の一致, fuzzy = 言い回しの近さ, phrasing/full = 意味の近さ(e5)):",
    ]
    hits = info.get("hits", [])
    for rank, hit in enumerate(hits, 1):
        title = content.entry_by_id[hit["id"]].title if hit["id"] in content.entry_by_id else ""
        signals = "  ".join(f"{k} {v:.3f}" for k, v in hit.items() if k not in ("id", "score", "questions"))
        lines.append(f"  {rank}. {hit['score']:.3f}  {hit['id']}「{title}」  {signals}")
    if not hits:
        lines.append("  (候補なし)")
    lines.append(f"しきい値:   answer ≥ {t.answer} かつ 2位との差 ≥ {t.margin} / clarify ≥ {t.clarify}")
    if reply.kind == "crisis":
        why = "危機のことばを検出したため、検索より先に相談窓口(ホットライン)を案内します"
    elif reply.kind == "greeting":
        why = "あいさつ・お礼・使い方として扱います"
    elif reply.kind == "act" or (reply.kind == "fallback" and reply.act):
        why = f"会話のことば({reply.act})として扱い、検索はしません"
    elif reply.kind == "desk":
        why = f"窓口の項目({reply.act})を desks.yaml から答えます"
    elif reply.kind == "out-of-scope":
        why = "福祉以外の市のサービスについての質問として、市役所の代表電話を案内します"
    elif reply.kind == "directory":
        why = "地区・種類の指定がある場所さがしとして、一覧から答えます"
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
