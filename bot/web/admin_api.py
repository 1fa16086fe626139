"""Staff page API beyond the simulator: statistics, disaster mode, unanswered → edit, the audit log.

Every change names the staff member (bot.web.admin_auth) in the audit log (bot.store.audit).
"""

from __future__ import annotations

import asyncio
import dataclasses
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse, Response

from bot.line import richmenu
from bot.staff import edits, unanswered
from bot.staff.menu_switch import switch_menu
from bot.store import audit, mode, stats
from bot.store.unanswered_marks import delete_texts, ignore, wording_hash
from bot.web.admin_auth import json_body, require_staff

DAYS = 30


def _days(value: Any, default: int = DAYS) -> int:
    try:
        return max(1, min(int(value), 366))
    except (TypeError, ValueError):
        return default


def menu_json(state: str) -> dict[str, Any]:
    """The rich menu residents see in this mode, for the simulator's preview (the same data LINE gets)."""
    return {
        "mode": state,
        "chatBarText": richmenu.definition(richmenu.buttons_for(state))["chatBarText"],
        "buttons": [dataclasses.asdict(b) for b in richmenu.buttons_for(state)],
        "columns": richmenu.COLUMNS,
    }


async def _group(request: Request, group_id: Any, days: int) -> unanswered.Group:
    runtime = request.app.state.runtime
    found = await asyncio.to_thread(unanswered.groups, runtime.db, runtime.knowledge, days=days,
                                    key=runtime.settings.pseudonym_secret)
    group = next((g for g in found if g.id == group_id), None)
    if group is None:
        raise HTTPException(status_code=404, detail="そのグループはもうありません(ほかの職員が処理した可能性があります)")
    return group


def router() -> APIRouter:
    api = APIRouter(include_in_schema=False)

    @api.get("/admin/api/stats")
    async def statistics(request: Request, days: int = DAYS) -> dict[str, Any]:
        require_staff(request)
        runtime = request.app.state.runtime
        titles = {e.id: e.title for e in runtime.knowledge.content.entries}
        return await asyncio.to_thread(stats.summary, runtime.db, days=_days(days), titles=titles)

    @api.get("/admin/api/mode")
    async def get_mode(request: Request) -> dict[str, Any]:
        require_staff(request)
        state = await asyncio.to_thread(mode.current, request.app.state.runtime.db)
        return {"disaster": state == mode.DISASTER, "menu": menu_json(state)}

    @api.post("/admin/api/mode")
    async def set_mode(request: Request) -> dict[str, Any]:
        actor = require_staff(request)
        wanted = (await json_body(request)).get("disaster")
        if not isinstance(wanted, bool):
            raise HTTPException(status_code=400, detail="disaster: true か false を送ってください")
        db = request.app.state.runtime.db
        state = mode.DISASTER if wanted else mode.NORMAL
        changed = await asyncio.to_thread(mode.set_mode, db, state, actor=actor)
        await asyncio.to_thread(audit.record, db, actor=actor, action=f"mode.{state}", target="disaster",
                                detail={"changed": changed, "from": "page"})
        settings = request.app.state.runtime.settings
        note = await asyncio.to_thread(switch_menu, settings, state) if changed else None
        return {"disaster": wanted, "changed": changed, "menu": menu_json(state), "richmenu": note}

    @api.get("/admin/api/richmenu")
    async def menu(request: Request) -> dict[str, Any]:
        require_staff(request)
        return menu_json(await asyncio.to_thread(mode.current, request.app.state.runtime.db))

    @api.get("/admin/api/entries")
    async def entries(request: Request) -> dict[str, Any]:
        """Entries staff can add a phrasing to (those written in faq/)."""
        require_staff(request)
        content = request.app.state.runtime.knowledge.content
        return {"entries": [{"id": e.id, "title": e.title, "file": content.entry_files[e.id]}
                            for e in content.entries if content.entry_files.get(e.id, "").startswith("faq/")]}

    @api.post("/admin/api/unanswered/phrasing")
    async def add_phrasing(request: Request) -> Response:
        actor = require_staff(request)
        body = await json_body(request)
        entry_id, phrasing = body.get("entry"), body.get("phrasing")
        if not isinstance(entry_id, str) or not isinstance(phrasing, str):
            raise HTTPException(status_code=400, detail="entry と phrasing を送ってください")
        group = await _group(request, body.get("group"), _days(body.get("days")))
        runtime = request.app.state.runtime
        try:
            edit = await asyncio.to_thread(edits.add_phrasing, runtime.settings.content_dir, entry_id, phrasing)
        except edits.EditRefused as refused:
            return JSONResponse(refused.as_dict(), status_code=422)
        removed = await asyncio.to_thread(delete_texts, runtime.db, group.texts)
        await asyncio.to_thread(audit.record, runtime.db, actor=actor, action="unanswered.phrasing",
                                target=entry_id, detail={"file": edit.path, "phrasing": edit.phrasing,
                                                         "questions": removed})
        result = await request.app.state.reloader.reload(f"staff:{actor}")
        return JSONResponse({**edit.as_dict(), "removed": removed, "reload": result.as_dict()})

    @api.post("/admin/api/unanswered/mark")
    async def mark(request: Request) -> dict[str, Any]:
        actor = require_staff(request)
        body = await json_body(request)
        status = body.get("status")
        if status not in ("handled", "ignored"):
            raise HTTPException(status_code=400, detail="status は handled か ignored です")
        group = await _group(request, body.get("group"), _days(body.get("days")))
        runtime = request.app.state.runtime
        if status == "ignored":  # the same wordings stay hidden when asked again (kept as keyed hashes only)
            key = runtime.settings.pseudonym_secret
            await asyncio.to_thread(ignore, runtime.db, [wording_hash(k, key) for k in group.keys], actor=actor)
        removed = await asyncio.to_thread(delete_texts, runtime.db, group.texts)
        await asyncio.to_thread(audit.record, runtime.db, actor=actor, action=f"unanswered.{status}",
                                target=group.id, detail={"questions": removed})
        return {"ok": True, "status": status, "removed": removed}

    @api.get("/admin/api/audit")
    async def audit_log(request: Request) -> dict[str, Any]:
        require_staff(request)
        return {"audit": await asyncio.to_thread(audit.recent, request.app.state.runtime.db)}

    return api
