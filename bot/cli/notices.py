"""`tsunagari notices …`: list, preview, send (exactly once, resumable), run-due (for cron), status."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import sys
from typing import Any

import typer

from bot.cli.common import Args, fail, run
from bot.content import ContentInvalid
from bot.content.notices import load_notices
from bot.notices.scheduler import EXIT_STOPPED, gateway_for, report_json, send_due, sender_for
from bot.notices.sender import BATCH_SIZE, Sender, SendRefused, SendStopped
from bot.replies.notices import audience_text, messages
from bot.replies.render import render
from bot.settings import Settings
from bot.store.db import Database
from bot.store.ledger import actor_name, audit_db, audit_log
from bot.text.clock import utcnow

notices_app = typer.Typer(
    help="催しのお知らせ: 一覧・プレビュー・送信(plan_data/notices/*.yaml)。例: tsunagari notices preview kids-day",
    no_args_is_help=True,
)
JSON = typer.Option(False, "--json", help="スクリプト用に JSON で出す")
CONTENT = typer.Option(None, "--content", help="plan_data/ のあるフォルダ(既定: TSUNAGARI_CONTENT_DIR か .)")
BY = typer.Option(None, "--by", help="監査ログに残す送信者名(既定: OS のユーザー名)")


@notices_app.command("list")
def list_command(json_out: bool = JSON, content: str | None = CONTENT) -> None:
    """お知らせの一覧と送信状況。例: tsunagari notices list"""
    run(cmd_list, content, json=json_out)


@notices_app.command("preview")
def preview_command(notice_id: str = typer.Argument(..., metavar="ID"), json_out: bool = JSON,
                    content: str | None = CONTENT) -> None:
    """送られる LINE メッセージそのものと、届く人数。例: tsunagari notices preview kids-day"""
    run(cmd_preview, content, id=notice_id, json=json_out)


@notices_app.command("send")
def send_command(
    notice_id: str = typer.Argument(..., metavar="ID"),
    dry_run: bool = typer.Option(False, "--dry-run", help="送らずに、人数・バッチ数・上限の確認だけ"),
    yes: bool = typer.Option(False, "--yes", help="確認なしで送る(cron やスクリプト用)"),
    by: str | None = BY,
    json_out: bool = JSON,
    content: str | None = CONTENT,
) -> None:
    """送信する(中断しても同じコマンドで再開、二重には届かない)。例: tsunagari notices send kids-day --dry-run"""
    run(cmd_send, content, id=notice_id, dry_run=dry_run, yes=yes, by=by, json=json_out)


@notices_app.command("run-due")
def run_due_command(by: str | None = BY, json_out: bool = JSON, content: str | None = CONTENT) -> None:
    """send_at を過ぎた未送信のお知らせをすべて送る(cron 用)。例: tsunagari notices run-due --by cron"""
    run(cmd_run_due, content, by=by, json=json_out)


@notices_app.command("resolve")
def resolve_command(
    notice_id: str = typer.Argument(..., metavar="ID"),
    batch: int = typer.Option(..., "--batch", help="確認待ちのバッチ番号"),
    resend: bool = typer.Option(False, "--resend", help="新しい再送キーで送り直す(次の send で送られる)"),
    sent: bool = typer.Option(False, "--sent", help="送信済みとして扱う(LINE の統計で届いたと分かったとき)"),
    by: str | None = BY,
    json_out: bool = JSON,
    content: str | None = CONTENT,
) -> None:
    """確認待ち(unknown)のバッチを、送り直すか送信済みとする。例: tsunagari notices resolve kids-day --batch 3 --sent"""
    if resend == sent:
        fail("--resend か --sent のどちらか一つを指定してください")
    run(cmd_resolve, content, id=notice_id, batch=batch, resend=resend, sent=sent, by=by, json=json_out)


@notices_app.command("status")
def status_command(notice_id: str = typer.Argument(..., metavar="ID"), json_out: bool = JSON,
                   content: str | None = CONTENT) -> None:
    """1件の送信結果(バッチごと)と監査ログ。例: tsunagari notices status kids-day"""
    run(cmd_status, content, id=notice_id, json=json_out)


# --- helpers ----------------------------------------------------------------------------------------


def _load(settings: Settings) -> Any:

    try:
        return load_notices(settings.content_dir)
    except ContentInvalid as exc:
        print(f"お知らせのファイルに {len(exc.errors)} 件の問題があります:", file=sys.stderr)
        for error in exc.errors:
            print(f"  {error}", file=sys.stderr)
        return None


def _db(settings: Settings) -> Any:

    return Database.open(settings.database_url, base_dir=settings.content_dir)


def _status_word(notice: Any, delivery: Any, now: dt.datetime) -> str:
    if delivery is not None:
        return "sent" if delivery.state == "done" else "sending"
    if notice.is_past(now):
        return "past"
    if notice.send_at is None:
        return "draft"
    return "due" if notice.send_at <= now else "scheduled"


def _progress_line() -> Any:
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int, delivered: int) -> None:
        width = 30
        filled = width * done // max(total, 1)
        bar = "█" * filled + "·" * (width - filled)
        print(f"\r送信中 [{bar}] {done}/{total} バッチ、{delivered:,} 人", end="", file=sys.stderr, flush=True)
        if done == total:
            print(file=sys.stderr)

    return show


def _emit(args: Args, data: Any, text: str) -> None:
    if args.json:
        print(json.dumps(data, ensure_ascii=False, default=str))
    else:
        print(text)


# --- commands ---------------------------------------------------------------------------------------


def cmd_list(args: Args, settings: Settings) -> int:

    found = _load(settings)
    if found is None:
        return 1
    db = _db(settings)
    try:
        sender = Sender(db, None)
        now = utcnow()
        rows = []
        for n in sorted(found.items, key=lambda n: (n.send_at or n.starts_at, n.id)):
            report = sender.status(n.id)
            rows.append({
                "id": n.id,
                "title": n.title,
                "date": n.date.isoformat(),
                "audience": n.audience_label,
                "send_at": n.send_at.isoformat() if n.send_at else None,
                "status": _status_word(n, report, now),
                "sample": n.sample,
                "delivered": report.delivered if report else None,
            })
    finally:
        db.close()
    lines = [f"{'状態':<10} {'送信予定':<17} {'id':<32} 宛先 / 題名"]
    for r in rows:
        when = (r["send_at"] or "-")[:16].replace("T", " ")
        mark = "【サンプル】" if r["sample"] else ""
        lines.append(f"{r['status']:<10} {when:<17} {r['id']:<32} {r['audience']} / {mark}{r['title']}")
    if not rows:
        lines.append("(お知らせはありません: plan_data/notices/*.yaml に書いてください)")
    _emit(args, rows, "\n".join(lines))
    return 0


def _notice(settings: Settings, notice_id: str) -> Any:
    """The notice with this id, or None after saying why (content errors, or no such id)."""
    found = _load(settings)
    if found is None:
        return None
    notice = found.get(notice_id)
    if notice is None:
        print(f"お知らせ「{notice_id}」がありません。tsunagari notices list で確かめてください。", file=sys.stderr)
    return notice


def cmd_preview(args: Args, settings: Settings) -> int:

    notice = _notice(settings, args.id)
    if notice is None:
        return 1
    msgs = messages(notice)
    db = _db(settings)
    try:
        people = Sender(db, None).recipients_for(notice)
    finally:
        db.close()
    recipients = len(people) if people is not None else None
    friends = asyncio.run(_audience(settings)) if people is None and settings.line_channel_access_token else None
    if friends is not None:
        recipients = friends.reach
    past = notice.is_past(utcnow())
    data = {
        "id": notice.id,
        "sample": notice.sample,
        "mode": "broadcast" if people is None else "multicast",
        "audience": notice.audience_label,
        "recipients": recipients,
        "batches": 1 if people is None else -(-len(people) // BATCH_SIZE),
        "past": past,
        "audience_stats": _stats_json(friends),
        "messages": msgs,
    }
    count = (_stats_text(friends) if friends is not None
             else f"{recipients:,} 人" if recipients is not None else "友だち全員(人数は LINE の統計待ち)")
    text = (
        (f"{'=' * 10} 【サンプル】見本のお知らせです(市の実際の催しではありません) {'=' * 10}\n" if notice.sample else "")
        + render(msgs)
        + f"\n宛先: {audience_text(notice)}\n届く人数: {count}、バッチ {data['batches']} 件\n"
        + ("※ 催しの日時を過ぎているため送れません。\n" if past else "")
    )
    _emit(args, data, text.rstrip())
    return 0


async def _audience(settings: Settings) -> Any:
    gateway = gateway_for(settings)
    try:
        return await gateway.audience()
    finally:
        await gateway.close()


def _stats_json(friends: Any) -> dict[str, Any] | None:
    if friends is None:
        return None
    return {"followers": friends.followers, "blocks": friends.blocks, "reach": friends.reach, "date": friends.day}


def _stats_text(friends: Any) -> str:
    """The broadcast size the quota check assumes, and where it comes from."""
    day = f"{friends.day[:4]}-{friends.day[4:6]}-{friends.day[6:]}"
    return f"{friends.reach:,} 人(友だち {friends.followers:,} − ブロック {friends.blocks:,}、{day} の LINE 統計)"


def cmd_send(args: Args, settings: Settings) -> int:

    notice = _notice(settings, args.id)
    if notice is None:
        return 1
    actor = actor_name(args.by)
    db = _db(settings)
    try:
        sender = Sender(db, None)
        existing = sender.status(notice.id)
        if args.dry_run:
            people = sender.recipients_for(notice)
            data = {
                "notice_id": notice.id, "dry_run": True, "mode": "broadcast" if people is None else "multicast",
                "recipients": None if people is None else len(people),
                "batches": 1 if people is None else -(-len(people) // BATCH_SIZE),
                "delivered": existing.delivered if existing else 0, "failed": existing.failed if existing else 0,
                "past": notice.is_past(utcnow()), "already": existing.state if existing else None,
            }
            if settings.line_channel_access_token:
                data.update(asyncio.run(_quota_preview(settings, data["recipients"])))
            audit_db(db, actor, "dry-run", notice.id, recipients=data["recipients"], batches=data["batches"])
            count = "友だち全員" if data["recipients"] is None else f"{data['recipients']:,} 人"
            text = f"(送信しません)宛先: {audience_text(notice)}\n人数: {count}、バッチ {data['batches']} 件"
            if data.get("quota_assumed"):
                text += f"\n{data['quota_assumed']}"
            if data.get("quota_message"):
                text += f"\n{data['quota_message']}"
            if data["past"]:
                text += "\n※ 催しの日時を過ぎているため送れません。"
            if data["already"] == "done":
                text += "\n※ 送信済みです(二度は送りません)。"
            _emit(args, data, text)
            return 0
        if not args.yes:
            if not sys.stdin.isatty():
                print("確認できないため送りません。内容を確かめてから --yes を付けてください。", file=sys.stderr)
                return 2
            answer = input(f"「{notice.title}」を {audience_text(notice)} に送ります。よろしいですか? [y/N] ")
            if answer.strip().lower() not in ("y", "yes", "はい"):
                print("送信を取りやめました。")
                return 1
        return asyncio.run(_send_one(args, settings, db, notice, actor))
    finally:
        db.close()


async def _send_one(args: Args, settings: Settings, db: Any, notice: Any, actor: str) -> int:

    gateway = gateway_for(settings)
    if gateway is None:
        print("LINE_CHANNEL_ACCESS_TOKEN が未設定のため送れません。", file=sys.stderr)
        return 2
    try:
        sender = sender_for(settings, db, gateway, progress=None if args.json else _progress_line())
        try:
            report = await sender.send(notice, actor=actor)
        except SendRefused as exc:
            _emit(args, {"notice_id": notice.id, "refused": str(exc)}, f"送りません: {exc}")
            return 1
        except SendStopped as exc:
            if exc.report:
                _emit(args, report_json(exc.report), _send_text(exc.report))
            else:
                print(f"中断: {exc}", file=sys.stderr)
            return EXIT_STOPPED
    finally:
        await gateway.close()
    _emit(args, report_json(report), _send_text(report))
    return 0 if not report.failed else 1


async def _quota_preview(settings: Settings, recipients: int | None) -> dict[str, Any]:
    """What the quota check of a real send would say (a dry run asks LINE, it sends nothing), and the number of
    messages it assumed: the recipients of a multicast, LINE's followers − blocks for a broadcast."""

    gateway = gateway_for(settings)
    friends = None
    try:
        if recipients is None:
            friends = await gateway.audience()
        needed = recipients if recipients is not None else (friends.reach if friends else None)
        refusal = await Sender(None, gateway).check_quota(needed, broadcast=recipients is None)  # type: ignore[arg-type]
        remaining = await gateway.remaining_quota()
    except Exception as exc:  # noqa: BLE001 - a preview must not fail because LINE is unreachable
        return {"quota_message": f"送信上限を確かめられませんでした({type(exc).__name__})。"}
    finally:
        await gateway.close()
    message = refusal or ("今月の送信上限: なし" if remaining is None else f"今月の残り送信数: {remaining:,} 通")
    assumed = (_stats_text(friends) if friends is not None
               else f"{needed:,} 人" if needed is not None else "不明(LINE の友だち数の統計がまだ出ていません)")
    return {"quota_remaining": remaining, "quota_ok": refusal is None, "quota_message": message,
            "quota_needed": needed, "audience_stats": _stats_json(friends),
            "quota_assumed": f"上限の確認に使った配信数: {assumed}"}


def _send_text(report: Any) -> str:
    lines = [report.message] if report.message else []
    who = "友だち全員" if report.mode == "broadcast" else f"{report.recipients:,} 人"
    lines.append(
        f"{report.notice_id}: {'完了' if report.state == 'done' else '未完了'} — 宛先 {who}、バッチ {report.batches} 件、"
        f"届いた {report.delivered:,} 人、失敗 {report.failed:,} 人"
        + (f"、未送信 {report.pending:,} 人" if report.pending else "")
        + (f"、要確認 {report.unknown:,} 人" if report.unknown else "")
    )
    return "\n".join(lines)


def cmd_run_due(args: Args, settings: Settings) -> int:

    found = _load(settings)
    if found is None:
        return 1
    actor = actor_name(args.by or "run-due")
    db = _db(settings)

    async def run() -> tuple[list[dict[str, Any]], int]:
        gateway = gateway_for(settings)
        if gateway is None:
            print("LINE_CHANNEL_ACCESS_TOKEN が未設定のため送れません。", file=sys.stderr)
            return [], 2
        try:
            return await send_due(sender_for(settings, db, gateway), found.items, actor=actor, now=utcnow())
        finally:
            await gateway.close()

    try:
        results, code = asyncio.run(run())
    finally:
        db.close()
    text = "\n".join(
        r.get("refused") or r.get("stopped") or f"{r['notice_id']}: {r['state']} 届いた {r['delivered']:,} 人"
        for r in results
    ) or "送る時刻になったお知らせはありません。"
    _emit(args, results, text)
    return code


def cmd_resolve(args: Args, settings: Settings) -> int:

    db = _db(settings)
    try:
        Sender(db, None).resolve(args.id, args.batch, resend=args.resend, actor=actor_name(args.by))
    except SendRefused as exc:
        _emit(args, {"notice_id": args.id, "refused": str(exc)}, f"できません: {exc}")
        return 1
    finally:
        db.close()
    then = "次の tsunagari notices send で送ります。" if args.resend else "送信済みとしました。"
    _emit(args, {"notice_id": args.id, "batch": args.batch, "resend": args.resend}, f"batch {args.batch}: {then}")
    return 0


def cmd_status(args: Args, settings: Settings) -> int:

    db = _db(settings)
    try:
        report = Sender(db, None).status(args.id)
        batches = db.query(
            "SELECT batch_no, state, recipients, attempts, last_status, request_id, error FROM notice_batches"
            " WHERE notice_id = ? ORDER BY batch_no",
            (args.id,),
        )
        audit = audit_log(db, args.id)
    finally:
        db.close()
    if report is None:
        _emit(args, {"notice_id": args.id, "state": None, "audit": audit}, f"{args.id}: まだ送っていません。")
        return 0
    keys = ("batch_no", "state", "recipients", "attempts", "last_status", "request_id", "error")
    data = {**report_json(report), "batches_detail": [dict(zip(keys, b, strict=True)) for b in batches], "audit": audit}
    lines = [_send_text(report)]
    odd = [b for b in batches if b[1] != "sent"]
    for b in odd[:20]:
        lines.append(f"  batch {b[0]}: {b[1]} ({b[2]} 人、{b[3]} 回、最後 {b[4]}) {b[6] or ''}")
    lines.append("監査ログ:")
    for a in audit[:10]:
        lines.append(f"  {a['at'][:19]} {a['actor']} {a['action']} 人数={a['recipients']} 届いた={a['delivered']}")
    _emit(args, data, "\n".join(lines))
    return 0
