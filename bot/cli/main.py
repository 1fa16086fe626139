"""The `tsunagari` command for staff and operators (Typer): thin commands over bot.chat, bot.staff and bot.web."""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

import typer

from bot.chat.knowledge import load_knowledge
from bot.chat.routing import respond_text
from bot.cli import staff as staffcli
from bot.cli import stats as statscli
from bot.cli.common import Args, knowledge_or_none, run
from bot.cli.notices import notices_app
from bot.content import ContentInvalid, load_content
from bot.content.notices import load_notices
from bot.replies.render import render
from bot.settings import Settings
from bot.staff.explain import explain
from bot.text.language import SERVED, choose, detect

app = typer.Typer(
    name="tsunagari",
    help="つながりナビ: 鴻巣市の地域福祉 LINE ボット。例: tsunagari serve / tsunagari ask 'ボランティアを始めたい'",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,  # a traceback could show settings; errors are one line instead
)
richmenu_app = typer.Typer(help="リッチメニュー(画面下のボタン)を扱う。例: tsunagari richmenu image menu.png",
                           no_args_is_help=True)
app.add_typer(richmenu_app, name="richmenu")
app.add_typer(notices_app, name="notices")
CONTENT = typer.Option(None, "--content", help="faq/ と plan_data/ のあるフォルダ(既定: TSUNAGARI_CONTENT_DIR か .)")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (tests call this in-process)."""
    try:
        code = app(args=list(sys.argv[1:] if argv is None else argv), prog_name="tsunagari", standalone_mode=False)
    except typer.TyperException as exc:  # a wrong call (unknown command or option): the usage line, no traceback
        if type(exc).__name__ == "NoArgsIsHelpError":
            return 2
        show = getattr(exc, "show", None)
        if callable(show):
            show()
        return int(getattr(exc, "exit_code", 2))
    except typer.Abort:
        return 1
    return int(code or 0)


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", help="待ち受けるアドレス"),
    port: int = typer.Option(8000, help="待ち受けるポート"),
    content: str | None = CONTENT,
    log_json: bool = typer.Option(False, "--log-json", help="ログを1行1つの JSON で出す(TSUNAGARI_LOG_JSON=true と同じ)"),
) -> None:
    """ボットを起動する(LINE の webhook、/healthz、職員ページ)。例: tsunagari serve --port 8000"""
    run(cmd_serve, content, host=host, port=port, log_json=log_json)


@app.command()
def ask(
    question: str | None = typer.Argument(None, help="質問(--json のときは標準入力から1行に1問)"),
    json_out: bool = typer.Option(False, "--json", help="1行1問を読み、1行1つの JSON を出す"),
    explain_it: bool = typer.Option(False, "--explain",
                                    help="なぜその答えになったか(正規化した質問、候補と点数、判定としきい値)を表示する"),
    lang: str | None = typer.Option(None, "--lang",
                                    help="この言語で返事を見る(ja, easy, en, zh-Hans, vi, pt-BR, tl, ko, ne)。"
                                         "なしのときは質問の言語から決める。例: --lang en"),
    content: str | None = CONTENT,
) -> None:
    """質問してボットの返事を見る。例: tsunagari ask 'ボランティアを始めたい' / tsunagari ask --lang easy '介護保険'"""
    run(cmd_ask, content, question=question, json=json_out, explain=explain_it, lang=lang)


@app.command()
def check(
    content: str | None = CONTENT,
    production: bool = typer.Option(False, "--production", help="本番用の検査: サンプル(sample: true)が残っていれば失敗する"),
) -> None:
    """faq/ と plan_data/ を検査する(誤りがあれば終了コード 1)。例: tsunagari check --production"""
    run(cmd_check, content, production=production)


@app.command()
def unanswered(
    days: int = typer.Option(30, help="さかのぼる日数"),
    json_out: bool = typer.Option(False, "--json", help="JSON で出す"),
    content: str | None = CONTENT,
) -> None:
    """答えられなかった質問を似たものごとにまとめて表示する。例: tsunagari unanswered --days 7"""
    run(staffcli.cmd_unanswered, content, days=days, json=json_out)


@app.command()
def stats(
    days: int = typer.Option(30, help="さかのぼる日数(日本時間の今日を含む)"),
    json_out: bool = typer.Option(False, "--json", help="JSON で出す"),
    content: str | None = CONTENT,
) -> None:
    """返事の数(日ごと・種類ごと)と、よく使われた項目を表示する。例: tsunagari stats --json --days 7"""
    run(statscli.cmd_stats, content, days=days, json=json_out)


@app.command()
def mode(
    name: str = typer.Argument(..., help="モードの名前(disaster)"),
    state: str = typer.Argument(..., help="on / off / status"),
    content: str | None = CONTENT,
) -> None:
    """災害モードを切り替える(すべてのサーバーに効きます)。例: tsunagari mode disaster on"""
    run(statscli.cmd_mode, content, name=name, state=state)


@app.command()
def schema(out: str = typer.Option("schemas", help="書き出すフォルダ")) -> None:
    """エディタ用の JSON Schema を書き出す(VS Code の YAML 拡張など)。例: tsunagari schema --out schemas"""
    run(staffcli.cmd_schema, out=out)


@app.command("eval", context_settings={"allow_extra_args": True, "ignore_unknown_options": True,
                                       "help_option_names": []})
def eval_command(ctx: typer.Context) -> None:
    """FAQ 検索の精度を測る。例: tsunagari eval --corpus c.json --queries q.json --qrels r.json"""
    from bot.staff import evaluate  # numpy/scipy reports only when asked

    raise typer.Exit(evaluate.main(list(ctx.args)))


@richmenu_app.command("deploy")
def richmenu_deploy() -> None:
    """リッチメニューを作って既定にする(同じ内容なら何もしない)。例: tsunagari richmenu deploy"""
    run(cmd_richmenu_deploy)


@richmenu_app.command("image")
def richmenu_image(path: str = typer.Argument(..., help="書き出す先。例: richmenu.png")) -> None:
    """リッチメニューの画像(PNG)を書き出す。例: tsunagari richmenu image richmenu.png"""
    run(cmd_richmenu_image, path=path)


def cmd_check(args: Args, settings: Settings) -> int:

    try:
        content = load_content(settings.content_dir)
        notices = load_notices(settings.content_dir)  # plan_data/notices/*.yaml (issue 6)
    except ContentInvalid as exc:
        print(f"{len(exc.errors)} 件の問題があります:", file=sys.stderr)
        for error in exc.errors:
            print(f"  {error}", file=sys.stderr)
        return 1
    samples = sum(e.sample for e in content.entries)
    print(
        f"OK: {len(content.entries)} 件の質問と答え、{len(content.desks)} 件の窓口"
        f"(ファイル {len(content.files)} 個、版 {content.version})"
        + (f"、うちサンプル {samples} 件" if samples else "")
    )
    if notices.items:
        print(f"OK: お知らせ {len(notices.items)} 件(うちサンプル {sum(n.sample for n in notices.items)} 件)")
    today = dt.date.today()
    for opening in content.volunteers:
        if opening.expires < today:  # not an error: it is simply no longer shown, but staff should tidy up
            print(f"注意: plan_data/volunteers.yaml id={opening.id}: 募集期限 {opening.expires} を過ぎています"
                  "(住民には表示されません。不要なら消してください)")
    if getattr(args, "production", False) and content.samples:
        print(f"本番には出せません: サンプル(sample: true)が {len(content.samples)} 件残っています:", file=sys.stderr)
        for sample_id in content.samples:
            print(f"  {sample_id}", file=sys.stderr)
        return 1
    return 0


def cmd_richmenu_deploy(args: Args, settings: Settings) -> int:
    from linebot.v3.messaging import ApiException

    from bot.line import richmenu

    if not settings.line_channel_access_token:
        print("LINE_CHANNEL_ACCESS_TOKEN が未設定です。", file=sys.stderr)
        return 2
    try:
        result = richmenu.deploy(
            access_token=settings.line_channel_access_token,
            api_url=settings.line_api_url,
            data_api_url=settings.line_data_api_url,
            timeout=settings.line_timeout,
        )
    except richmenu.FontMissing as exc:
        print(str(exc), file=sys.stderr)
        return 1
    except ApiException as exc:
        print(f"LINE API がエラーを返しました: status={exc.status} {str(exc.body)[:200]}", file=sys.stderr)
        return 1
    if result.created or result.default_changed or result.deleted:
        print(f"リッチメニュー {result.rich_menu_id} を既定にしました"
              + (f"(古いもの {len(result.deleted)} 件を削除)" if result.deleted else ""))
    else:
        print(f"リッチメニュー {result.rich_menu_id} は最新です(変更なし)")
    return 0


def cmd_richmenu_image(args: Args, settings: Settings) -> int:
    from bot.line import richmenu

    try:
        data = richmenu.build_image()
    except richmenu.FontMissing as exc:
        print(str(exc), file=sys.stderr)
        return 1
    Path(args.path).write_bytes(data)
    print(f"{args.path} に書き出しました({len(data):,} バイト、{richmenu.WIDTH}×{richmenu.HEIGHT})")
    return 0


def _reply_language(args: Args, question: str) -> str:
    """--lang shows that version (staff previewing a translation); without it, as for a new resident."""
    return getattr(args, "lang", None) or choose(detect(question), None)


def cmd_ask(args: Args, settings: Settings) -> int:
    if getattr(args, "lang", None) not in (None, *SERVED):
        print(f"--lang は {', '.join(SERVED)} のどれかです", file=sys.stderr)
        return 2

    knowledge = knowledge_or_none(settings)
    if knowledge is None:
        return 1
    if getattr(args, "explain", False) and args.question:

        print(explain(knowledge, args.question))
        return 0
    if args.json:
        for line in sys.stdin:
            question = line.rstrip("\n")
            if not question.strip():
                continue
            reply = respond_text(knowledge, question, lang=_reply_language(args, question))
            record = {
                "question": question,
                "kind": reply.kind,
                "messages": reply.messages,
                "candidates": [c.as_dict() for c in reply.candidates],
            }
            print(json.dumps(record, ensure_ascii=False), flush=True)
        return 0
    if not args.question:
        print("質問を書いてください。例: tsunagari ask 'ボランティアを始めたい'", file=sys.stderr)
        return 2
    reply = respond_text(knowledge, args.question, lang=_reply_language(args, args.question))
    print(render(reply.messages))
    return 0


def cmd_serve(args: Args, settings: Settings) -> int:
    import uvicorn

    from bot.web import logs
    from bot.web.app import create_app

    logs.configure(json_lines=settings.log_json or bool(getattr(args, "log_json", False)), level=logging.INFO)
    if problem := _cannot_serve(settings):
        print(f"起動しません: {problem}", file=sys.stderr)
        return 2
    try:
        knowledge = load_knowledge(settings)  # refuse to start on broken content, with the errors
    except ContentInvalid as exc:
        print(f"内容に誤りがあるため起動しません。直してからもう一度起動してください:\n{exc}", file=sys.stderr)
        return 1
    base = f"http://{args.host}:{args.port}"
    content = knowledge.content
    print(f"つながりナビ: {len(content.entries)} 件の質問と答え、{len(content.desks)} 件の窓口を読み込みました。")
    if settings.line_enabled:
        print(f"LINE webhook: {base}/callback  (LINE Developers コンソールに https の公開 URL を設定してください)")
    else:
        print(
            "LINE の webhook は止まっています(LINE_CHANNEL_SECRET と LINE_CHANNEL_ACCESS_TOKEN が未設定)。\n"
            "手元で試すには、別の端末で:  tsunagari ask 'ボランティアを始めたい'"
        )
    print(f"状態の確認: {base}/healthz")
    settings = _serve_defaults(settings)
    if settings.watch:
        print("faq/ と plan_data/ の変更を見張り、保存されたら読み直します(止めるには TSUNAGARI_WATCH=false)。")
    if settings.admin_token:
        print(f"職員ページ(ボットと会話できるシミュレーター付き): {base}/admin")
    else:
        print("ブラウザで試すには TSUNAGARI_ADMIN_TOKEN=<合言葉> を設定して起動し、"
              f"{base}/admin を開いてください(職員ページのシミュレーター)。")
    # log_config=None: keep the handler installed above (JSON or text, with ID/token scrubbing) for uvicorn too.
    uvicorn.run(create_app(settings, knowledge=knowledge), host=args.host, port=args.port, log_level="info",
                log_config=None, access_log=settings.access_log)
    return 0


def _cannot_serve(settings: Settings) -> str | None:
    """Why `serve` must not start with these settings (one line), checked before anything listens."""
    from bot.store.db import DatabaseUnavailable, check_database

    if problem := settings.pseudonym_problem:
        return problem
    try:
        check_database(settings.database_url, base_dir=settings.content_dir)
    except DatabaseUnavailable as exc:
        return str(exc)
    return None


def _serve_defaults(settings: Settings) -> Settings:
    """`serve` watches the content and runs the notice scheduler (every 60 s; one leader among servers) unless
    TSUNAGARI_WATCH / TSUNAGARI_NOTICE_SCHEDULER_INTERVAL say otherwise."""
    import os

    if not os.environ.get("TSUNAGARI_WATCH"):
        settings = settings.with_(watch=True)
    if not os.environ.get("TSUNAGARI_NOTICE_SCHEDULER_INTERVAL"):
        settings = settings.with_(notice_scheduler_interval=60.0)
    return settings
