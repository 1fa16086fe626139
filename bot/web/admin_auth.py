"""Who is knocking at the staff door, and the door itself.

Staff accounts are named tokens (TSUNAGARI_STAFF_TOKENS="tanaka:<token>,suzuki:<token>"), so the audit
log says who did what; the shared TSUNAGARI_ADMIN_TOKEN still works for a one-person office (its actor is
"admin"). Tools send `Authorization: Bearer <token>`; the page logs in with a form and gets an HttpOnly,
SameSite=Strict cookie holding the name and an HMAC derived from the token (never the token itself).
Tokens are compared in constant time and are never read from the query string.

The door (issue 14): every state-changing /admin request must come from our own origin (Origin, or
Sec-Fetch-Site when the browser sends it) — a form on another port of 127.0.0.1 is another origin; every
/admin response carries a CSP with frame-ancestors 'none', X-Frame-Options DENY, nosniff and same-origin referrer;
a token in the query string is refused (it would land in access logs); /metrics needs the token when one
is set, and loopback otherwise.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from fastapi import HTTPException, Request
from fastapi.responses import PlainTextResponse, Response

COOKIE = "tsunagari_admin"
_SESSION_LABEL = b"tsunagari-admin-session-v1"
SHARED = "admin"  # the actor name of the shared token
LOGIN_BODY_LIMIT = 4096
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
HEADERS = {
    # The page's own inline script and style only; no CDN, no framing, nothing sent elsewhere.
    "Content-Security-Policy": "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' "
    "'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
    "form-action 'self'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    # same-origin, not no-referrer: with no-referrer browsers send "Origin: null" on our own form posts.
    "Referrer-Policy": "same-origin",
}


@dataclass(frozen=True)
class Staff:
    name: str
    token: str


def session_value(token: str, name: str = SHARED) -> str:
    """The cookie value for one staff member: name.hmac(token). The shared token keeps its old form."""
    label = _SESSION_LABEL if name == SHARED else _SESSION_LABEL + b":" + name.encode("utf-8")
    digest = hmac.new(token.encode("utf-8"), label, hashlib.sha256).hexdigest()
    return digest if name == SHARED else f"{name}.{digest}"


def accounts(settings: object) -> list[Staff]:
    """Every staff token configured: named ones first, then the shared one."""
    found = []
    raw = getattr(settings, "staff_tokens", None) or ""
    for part in raw.split(","):
        name, _, token = part.strip().partition(":")
        if name and token:
            found.append(Staff(name.strip(), token.strip()))
    shared = getattr(settings, "admin_token", None)
    if shared:
        found.append(Staff(SHARED, shared))
    return found


def _same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


def by_token(settings: object, presented: str) -> Staff | None:
    match = None
    for staff in accounts(settings):  # compare with every account, so timing does not tell which matched
        if _same(presented, staff.token):
            match = match or staff
    return match


def identify(request: Request) -> str | None:
    """The staff member's name from the bearer header or the session cookie, or None."""
    settings = request.app.state.runtime.settings
    header = request.headers.get("authorization", "")
    scheme, _, presented = header.partition(" ")
    if scheme.lower() == "bearer" and presented.strip():
        staff = by_token(settings, presented.strip())
        return staff.name if staff else None
    cookie = request.cookies.get(COOKIE)
    if cookie:
        match = None
        for staff in accounts(settings):
            if _same(cookie, session_value(staff.token, staff.name)):
                match = match or staff.name
        return match
    return None


def loopback(host: str | None) -> bool:
    if not host:
        return False
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def gate(request: Request) -> None:
    """404 when the staff side is off, 403 from a non-loopback client (by default)."""
    settings = request.app.state.runtime.settings
    if not accounts(settings):
        raise HTTPException(status_code=404)
    if not getattr(settings, "admin_remote", False) and not loopback(request.client.host if request.client else None):
        raise HTTPException(status_code=403, detail="staff pages are served to this machine only")


def require_staff(request: Request) -> str:
    """The staff member's name; 404/403/401 otherwise."""
    gate(request)
    name = identify(request)
    if name is None:
        raise HTTPException(status_code=401, detail="staff token required", headers={"WWW-Authenticate": "Bearer"})
    return name


def cross_origin(request: Request) -> bool:
    """True for a browser request from another origin (another site, or another port of the same host)."""
    fetch_site = request.headers.get("sec-fetch-site")
    if fetch_site is not None:  # the browser's own verdict, when it gives one
        return fetch_site not in ("same-origin", "none")
    origin = request.headers.get("origin")
    if origin is None:
        return False  # not a browser form or fetch from elsewhere (curl, the CLI, a same-origin GET)
    if origin == "null":
        return True
    ours = f"{request.url.scheme}://{request.headers.get('host', '')}"
    seen = urlsplit(origin)
    return f"{seen.scheme}://{seen.netloc}" != ours


async def read_limited(request: Request, limit: int = LOGIN_BODY_LIMIT) -> bytes | None:
    """The body, or None when it is larger than `limit` (read no further than that)."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        return None
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


async def json_body(request: Request) -> dict[str, Any]:
    try:
        body = await request.json()
    except ValueError:
        raise HTTPException(status_code=400, detail="send a JSON object") from None
    if not isinstance(body, dict):
        raise HTTPException(status_code=400, detail="send a JSON object")
    return body


class Door:
    """Pure ASGI middleware for /admin and /metrics (installed by bot.web.admin.install); every other path,
    the webhook above all, passes straight through without any extra work."""

    def __init__(self, app: Any):
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        path = scope.get("path", "") if scope["type"] == "http" else ""
        if not (path.startswith("/admin") or path == "/metrics"):
            await self.app(scope, receive, send)
            return
        request = Request(scope, receive)
        refused = self.refusal(request, path)
        if refused is not None:
            if path != "/metrics":
                refused.headers.update(HEADERS)
            await refused(scope, receive, send)
            return
        if path == "/metrics":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k.lower().encode(), v.encode()) for k, v in HEADERS.items() if k.lower().encode() not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, with_headers)

    @staticmethod
    def refusal(request: Request, path: str) -> Response | None:
        if path == "/metrics":
            settings = request.app.state.runtime.settings
            allowed = identify(request) is not None if accounts(settings) else loopback(
                request.client.host if request.client else None)
            return None if allowed else PlainTextResponse(
                "metrics need the staff token", status_code=401, headers={"WWW-Authenticate": "Bearer"})
        if any(k.lower() in ("token", "access_token", "admin_token") for k in request.query_params):
            return PlainTextResponse(
                "tokens are not accepted in the URL; use the login form or an Authorization header", status_code=400)
        if request.method not in SAFE_METHODS and cross_origin(request):
            return PlainTextResponse("cross-origin request refused", status_code=403)
        return None
