"""The staff side, under /admin: reload, a simulator, unanswered questions and content status.

Off (404) unless TSUNAGARI_ADMIN_TOKEN is set. Tools send `Authorization: Bearer <token>`; the browser page
logs in with a form and gets an HttpOnly, SameSite=Strict cookie holding a value derived from the token (the
token itself never goes into the cookie). Tokens are compared in constant time. By default only loopback
clients are served (TSUNAGARI_ADMIN_REMOTE=true lifts that, e.g. behind an authenticating proxy).
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import logging
from importlib import resources
from typing import Any
from urllib.parse import parse_qs

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from bot.chat import conversation, routing
from bot.staff import reload as reloading
from bot.staff import unanswered
from bot.text.clock import now_jst

log = logging.getLogger("tsunagari.admin")

COOKIE = "tsunagari_admin"
_SESSION_LABEL = b"tsunagari-admin-session-v1"


def session_value(token: str) -> str:
    return hmac.new(token.encode("utf-8"), _SESSION_LABEL, hashlib.sha256).hexdigest()


def _loopback(host: str | None) -> bool:
    if not host:
        return False
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def _gate(request: Request) -> str:
    """404 when the staff side is off, 403 from a non-loopback client (by default); returns the token."""
    settings = request.app.state.runtime.settings
    token = settings.admin_token
    if not token:
        raise HTTPException(status_code=404)
    if not getattr(settings, "admin_remote", False) and not _loopback(request.client.host if request.client else None):
        raise HTTPException(status_code=403, detail="staff pages are served to this machine only")
    return token


def _authenticated(request: Request, token: str) -> bool:
    header = request.headers.get("authorization", "")
    scheme, _, presented = header.partition(" ")
    if scheme.lower() == "bearer" and presented:
        return hmac.compare_digest(presented.strip().encode("utf-8"), token.encode("utf-8"))
    cookie = request.cookies.get(COOKIE)
    if cookie:
        return hmac.compare_digest(cookie.encode("utf-8"), session_value(token).encode("utf-8"))
    return False


def require_staff(request: Request) -> None:
    token = _gate(request)
    if not _authenticated(request, token):
        raise HTTPException(status_code=401, detail="staff token required", headers={"WWW-Authenticate": "Bearer"})


def reply_json(reply: conversation.Reply) -> dict[str, Any]:
    return {
        "kind": reply.kind,
        "messages": reply.messages,
        "candidates": [c.as_dict() for c in reply.candidates],
        "entry_id": reply.entry_id,
    }


async def _json_body(request: Request) -> dict[str, Any]:
    try:
        body = await request.json()
    except ValueError:
        raise HTTPException(status_code=400, detail="send a JSON object") from None
    if not isinstance(body, dict):
        raise HTTPException(status_code=400, detail="send a JSON object")
    return body


def _page(name: str) -> str:
    return resources.files("bot.web.static").joinpath(name).read_text(encoding="utf-8")


def router() -> APIRouter:
    api = APIRouter(include_in_schema=False)

    @api.get("/admin")
    async def admin_page(request: Request) -> Response:
        token = _gate(request)
        if not _authenticated(request, token):
            return HTMLResponse(_page("login.html"), headers={"Cache-Control": "no-store"})
        return HTMLResponse(_page("admin.html"), headers={"Cache-Control": "no-store"})

    @api.post("/admin/login")
    async def login(request: Request) -> Response:
        token = _gate(request)
        raw = (await request.body())[:4096].decode("utf-8", "replace")
        presented = (parse_qs(raw).get("token") or [""])[0]
        if not presented or not hmac.compare_digest(presented.encode("utf-8"), token.encode("utf-8")):
            log.warning("staff login refused")
            page = _page("login.html").replace("<!--error-->", '<p class="error" role="alert">トークンが違います。</p>')
            return HTMLResponse(page, status_code=401, headers={"Cache-Control": "no-store"})
        response = RedirectResponse("/admin", status_code=303)
        response.set_cookie(
            COOKIE, session_value(token), httponly=True, samesite="strict", path="/admin",
            secure=request.url.scheme == "https",
        )
        return response

    @api.post("/admin/logout")
    async def logout(request: Request) -> Response:
        _gate(request)
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
        require_staff(request)
        runtime = request.app.state.runtime
        content = runtime.knowledge.content
        return {
            **request.app.state.reloader.status(),
            "entries": len(content.entries),
            "desks": len(content.desks),
            "files": list(content.files),
            "last_error": runtime.last_error,
            "thresholds": vars(runtime.knowledge.thresholds),
        }

    @api.post("/admin/api/ask")
    async def ask(request: Request) -> dict[str, Any]:
        require_staff(request)
        text = (await _json_body(request)).get("text")
        if not isinstance(text, str) or not text.strip():
            raise HTTPException(status_code=400, detail="text is required")
        # The simulator stores nothing: staff questions are not residents' questions.
        knowledge = request.app.state.runtime.knowledge
        return reply_json(routing.respond_text(knowledge, text[:1000], now=now_jst()))

    @api.post("/admin/api/postback")
    async def postback(request: Request) -> dict[str, Any]:
        require_staff(request)
        data = (await _json_body(request)).get("data")
        if not isinstance(data, str):
            raise HTTPException(status_code=400, detail="data is required")
        knowledge = request.app.state.runtime.knowledge
        return reply_json(routing.respond_postback(knowledge, data[:300], now=now_jst()))

    @api.get("/admin/api/unanswered")
    async def unanswered_groups(request: Request, days: int = 30) -> dict[str, Any]:
        require_staff(request)
        import asyncio


        runtime = request.app.state.runtime
        groups = await asyncio.to_thread(unanswered.groups, runtime.db, runtime.knowledge, days=max(1, days))
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
