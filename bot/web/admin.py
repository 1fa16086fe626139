"""The staff side, under /admin: login, the page, reload, a simulator, unanswered questions and content status.

Off (404) unless a staff token is set (TSUNAGARI_ADMIN_TOKEN, or named ones in TSUNAGARI_STAFF_TOKENS; see
bot.web.admin_auth for accounts and the door). By default only loopback clients are served
(TSUNAGARI_ADMIN_REMOTE=true lifts that, e.g. behind an authenticating proxy). Statistics, disaster mode,
unanswered → edit and notices are in bot.web.admin_api and bot.web.admin_notices.
"""

from __future__ import annotations

import logging
from importlib import resources
from typing import Any
from urllib.parse import parse_qs

from fastapi import APIRouter, FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response

from bot.chat import conversation, routing
from bot.staff import reload as reloading
from bot.staff import unanswered
from bot.text.clock import now_jst
from bot.web import admin_api, admin_notices
from bot.web.admin_auth import (
    COOKIE,
    by_token,
    gate,
    identify,
    json_body,
    loopback,
    read_limited,
    require_staff,
    session_value,
)

log = logging.getLogger("tsunagari.admin")

_loopback = loopback  # kept for callers of the old name
__all__ = ["COOKIE", "install", "require_staff", "router", "session_value", "start"]


def install(app: FastAPI) -> None:
    """Mount the staff routes and the door (security headers, origin check, /metrics behind the token)."""
    from bot.web.admin_auth import Door

    app.add_middleware(Door)
    app.include_router(router())
    app.include_router(admin_api.router())
    app.include_router(admin_notices.router())


def reply_json(reply: conversation.Reply) -> dict[str, Any]:
    return {
        "kind": reply.kind,
        "messages": reply.messages,
        "candidates": [c.as_dict() for c in reply.candidates],
        "entry_id": reply.entry_id,
    }


JS, CSS = "text/javascript; charset=utf-8", "text/css; charset=utf-8"
STATIC = {"admin.js": JS, "admin-charts.js": JS, "admin.css": CSS}  # the page's own files; no CDN


def _page(name: str) -> str:
    return resources.files("bot.web.static").joinpath(name).read_text(encoding="utf-8")


def router() -> APIRouter:
    api = APIRouter(include_in_schema=False)

    @api.get("/admin")
    async def admin_page(request: Request) -> Response:
        gate(request)
        if identify(request) is None:
            return HTMLResponse(_page("login.html"), headers={"Cache-Control": "no-store"})
        return HTMLResponse(_page("admin.html"), headers={"Cache-Control": "no-store"})

    @api.get("/admin/static/{name}")
    async def static(request: Request, name: str) -> Response:
        gate(request)
        if name not in STATIC:
            raise HTTPException(status_code=404)
        return Response(_page(name), media_type=STATIC[name], headers={"Cache-Control": "no-cache"})

    @api.post("/admin/login")
    async def login(request: Request) -> Response:
        gate(request)
        body = await read_limited(request)
        if body is None:
            return PlainTextResponse("request body too large", status_code=413)
        presented = (parse_qs(body.decode("utf-8", "replace")).get("token") or [""])[0]
        staff = by_token(request.app.state.runtime.settings, presented) if presented else None
        if staff is None:
            log.warning("staff login refused")
            page = _page("login.html").replace("<!--error-->", '<p class="error" role="alert">トークンが違います。</p>')
            return HTMLResponse(page, status_code=401, headers={"Cache-Control": "no-store"})
        log.info("staff login: %s", staff.name)
        response = RedirectResponse("/admin", status_code=303)
        response.set_cookie(
            COOKIE, session_value(staff.token, staff.name), httponly=True, samesite="strict", path="/admin",
            secure=request.url.scheme == "https",
        )
        return response

    @api.post("/admin/logout")
    async def logout(request: Request) -> Response:
        gate(request)
        response = RedirectResponse("/admin", status_code=303)
        response.delete_cookie(COOKIE, path="/admin")
        return response

    @api.post("/admin/reload")
    async def reload(request: Request) -> Response:
        require_staff(request)
        result = await request.app.state.reloader.reload("admin")
        return JSONResponse(result.as_dict(), status_code=200 if result.ok else 422)

    @api.get("/admin/api/status")
    async def status(request: Request) -> dict[str, Any]:
        staff = require_staff(request)
        runtime = request.app.state.runtime
        content = runtime.knowledge.content
        return {
            **request.app.state.reloader.status(),
            "staff": staff,
            "entries": len(content.entries),
            "desks": len(content.desks),
            "files": list(content.files),
            "last_error": runtime.last_error,
            "thresholds": vars(runtime.knowledge.thresholds),
        }

    @api.post("/admin/api/ask")
    async def ask(request: Request) -> dict[str, Any]:
        require_staff(request)
        text = (await json_body(request)).get("text")
        if not isinstance(text, str) or not text.strip():
            raise HTTPException(status_code=400, detail="text is required")
        # The simulator stores nothing: staff questions are not residents' questions.
        runtime = request.app.state.runtime
        # The database is passed for disaster mode only: with no resident, nothing is stored.
        return reply_json(routing.respond_text(runtime.knowledge, text[:1000], now=now_jst(), db=runtime.db))

    @api.post("/admin/api/postback")
    async def postback(request: Request) -> dict[str, Any]:
        require_staff(request)
        data = (await json_body(request)).get("data")
        if not isinstance(data, str):
            raise HTTPException(status_code=400, detail="data is required")
        runtime = request.app.state.runtime
        return reply_json(routing.respond_postback(runtime.knowledge, data[:300], now=now_jst(), db=runtime.db))

    @api.post("/admin/api/location")
    async def location(request: Request) -> dict[str, Any]:
        require_staff(request)
        body = await json_body(request)
        latitude, longitude = body.get("latitude"), body.get("longitude")
        if not isinstance(latitude, int | float) or not isinstance(longitude, int | float) or not (
                -90 <= latitude <= 90 and -180 <= longitude <= 180):
            raise HTTPException(status_code=400, detail="latitude and longitude are required")
        knowledge = request.app.state.runtime.knowledge
        return reply_json(routing.respond_location(knowledge, float(latitude), float(longitude), now=now_jst()))

    @api.get("/admin/api/unanswered")
    async def unanswered_groups(request: Request, days: int = 30) -> dict[str, Any]:
        require_staff(request)
        import asyncio

        runtime = request.app.state.runtime
        groups = await asyncio.to_thread(unanswered.groups, runtime.db, runtime.knowledge, days=max(1, min(days, 366)),
                                         key=runtime.settings.pseudonym_secret, limit=200)
        return {"days": days, "groups": [g.as_dict() for g in groups]}

    return api


async def start(app: Any, runtime: Any) -> Any:
    """Start the staff machinery for a running app: reloader, SIGHUP, file watcher, retention purge.

    Returns an async function that stops what was started.
    """
    import asyncio
    import signal
    import threading


    settings = runtime.settings
    reloader = reloading.Reloader(runtime)
    app.state.reloader = reloader
    metrics = getattr(runtime, "metrics", None)
    if metrics is not None:
        def measure(result: reloading.ReloadResult) -> None:
            metrics.content_reload_ok.set(1 if result.ok else 0)
            if result.ok:
                metrics.content_loaded_at.set(runtime.loaded_at.timestamp())

        reloader.listeners.append(measure)
    tasks: list[asyncio.Task[Any]] = []
    loop = asyncio.get_running_loop()
    hup = False
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "SIGHUP"):
        def on_hup() -> None:
            log.info("SIGHUP: reloading content")
            tasks.append(loop.create_task(reloader.reload("SIGHUP")))

        loop.add_signal_handler(signal.SIGHUP, on_hup)
        hup = True
    if getattr(settings, "watch", False):
        interval = getattr(settings, "watch_interval", 1.0)
        tasks.append(loop.create_task(reloading.watch(settings.content_dir, reloader.reload, interval=interval)))
        log.info("watching %s/faq and plan_data for changes", settings.content_dir)
    await asyncio.to_thread(unanswered.purge, runtime.db, retention_days=settings.retention_days)
    tasks.append(loop.create_task(unanswered.purge_daily(runtime.db, retention_days=settings.retention_days)))

    async def stop() -> None:
        if hup:
            loop.remove_signal_handler(signal.SIGHUP)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    return stop
