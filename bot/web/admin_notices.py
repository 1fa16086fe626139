"""Notices from the staff page: the list, a preview as LINE shows it (the same messages the sender sends),
the audience count, a test to the staff member's own LINE user id, and sending with the exactly-once sender.

Scheduling stays in the notice file (`send_at`): the scheduler inside `serve` sends what is due (one leader
among servers, bot.notices.scheduler). Every send is audited with the staff member's name.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import re
import uuid
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse, Response

from bot.content import ContentInvalid
from bot.content.notices import Notice, load_notices
from bot.notices.scheduler import report_json, sender_for
from bot.notices.sender import Sender, SendRefused, SendStopped
from bot.replies import notices as notice_replies
from bot.staff import edits
from bot.store import audit
from bot.web.admin_auth import json_body, require_staff

LINE_USER_ID = re.compile(r"^U[0-9a-f]{32}$")


def _notice(request: Request, notice_id: Any) -> Notice:
    try:
        found = load_notices(request.app.state.runtime.settings.content_dir).get(str(notice_id))
    except ContentInvalid as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from None
    if found is None:
        raise HTTPException(status_code=404, detail="そのお知らせはありません")
    return found


def _gateway(request: Request) -> Any:
    gateway = request.app.state.runtime.gateway
    if gateway is None:
        raise HTTPException(status_code=503, detail="LINE に接続していません(LINE_CHANNEL_ACCESS_TOKEN が未設定)")
    return gateway


def describe(notice: Notice, sender: Sender) -> dict[str, Any]:
    recipients = sender.recipients_for(notice)
    report = sender.status(notice.id)
    return {
        "id": notice.id,
        "title": notice.title,
        "when": notice_replies.when(notice),
        "send_at": notice.send_at.isoformat() if notice.send_at else None,
        "sample": notice.sample,
        "audience": notice_replies.audience_text(notice),
        "audience_count": None if recipients is None else len(recipients),
        "state": report.state if report else "未送信",
        "messages": notice_replies.messages(notice),
    }


def router() -> APIRouter:
    api = APIRouter(include_in_schema=False)

    @api.get("/admin/api/notices")
    async def notices(request: Request) -> dict[str, Any]:
        require_staff(request)
        runtime = request.app.state.runtime
        try:
            items = load_notices(runtime.settings.content_dir).items
        except ContentInvalid as exc:
            return {"notices": [], "error": str(exc)}
        sender = Sender(runtime.db, None)  # planning only: counts and status, nothing is sent
        return {"notices": await asyncio.to_thread(lambda: [describe(n, sender) for n in items])}

    @api.post("/admin/api/notices/test")
    async def test_to_me(request: Request) -> Response:
        actor = require_staff(request)
        body = await json_body(request)
        user = str(body.get("user") or "")
        if not LINE_USER_ID.match(user):
            raise HTTPException(status_code=400, detail="LINE ユーザー ID(U で始まる 33 文字)を入れてください")
        notice = _notice(request, body.get("id"))
        outcome = await _gateway(request).multicast([user], notice_replies.messages(notice), str(uuid.uuid4()))
        db = request.app.state.runtime.db
        await asyncio.to_thread(audit.record, db, actor=actor, action="notice.test", target=notice.id,
                                detail={"status": outcome.status, "result": outcome.kind})
        ok = outcome.kind == "ok"
        return JSONResponse({"ok": ok, "status": outcome.status, "error": outcome.error}, status_code=200 if ok else 502)

    @api.post("/admin/api/notices/schedule")
    async def schedule(request: Request) -> Response:
        """Write send_at into the notice's file (checked, atomic); the scheduler in serve sends it then."""
        actor = require_staff(request)
        body = await json_body(request)
        notice = _notice(request, body.get("id"))
        try:
            when = dt.datetime.fromisoformat(str(body.get("send_at") or ""))
        except ValueError:
            raise HTTPException(status_code=400, detail="send_at は 2027-01-31T09:00 のように送ってください") from None
        root = request.app.state.runtime.settings.content_dir
        try:
            rel = await asyncio.to_thread(edits.schedule_notice, root, notice.id, when)
        except edits.EditRefused as refused:
            return JSONResponse(refused.as_dict(), status_code=422)
        db = request.app.state.runtime.db
        await asyncio.to_thread(audit.record, db, actor=actor, action="notice.schedule", target=notice.id,
                                detail={"file": rel, "send_at": when.isoformat()})
        return JSONResponse({"ok": True, "file": rel, "notice": describe(_notice(request, notice.id),
                                                                         Sender(db, None))})

    @api.post("/admin/api/notices/send")
    async def send(request: Request) -> Response:
        actor = require_staff(request)
        notice = _notice(request, (await json_body(request)).get("id"))
        runtime = request.app.state.runtime
        sender = sender_for(runtime.settings, runtime.db, _gateway(request))
        try:
            report = await sender.send(notice, actor=f"staff:{actor}")
        except SendRefused as exc:
            return JSONResponse({"ok": False, "error": str(exc)}, status_code=409)
        except SendStopped as exc:
            return JSONResponse({"ok": False, "error": str(exc),
                                 "report": report_json(exc.report) if exc.report else None}, status_code=502)
        result = report_json(report)
        await asyncio.to_thread(audit.record, runtime.db, actor=actor, action="notice.send", target=notice.id,
                                detail={k: result[k] for k in ("state", "recipients", "delivered", "failed")})
        return JSONResponse({"ok": True, "report": result})

    return api
