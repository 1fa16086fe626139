"""A fake LINE Messaging API on 127.0.0.1 that records every request, for the real line-bot-sdk to call.

It answers like LINE does where our code depends on it: 200 with `x-line-request-id`, the retry-key rule
(a key seen before gets 409 with `x-line-accepted-request-id`), and scripted faults (status codes,
Retry-After, delays, dropped connections) to test what happens when LINE misbehaves.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    status: int
    at: float

    @property
    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


@dataclass
class Fault:
    """What to do instead of succeeding: a status (with optional Retry-After), a delay, or a dropped line."""

    status: int | None = None
    retry_after: int | None = None
    delay: float = 0.0
    drop: bool = False
    # Process the request (accept the retry key, record delivery) before failing: "accepted, answer lost".
    after_accept: bool = False


@dataclass
class FakeLine:
    host: str = "127.0.0.1"
    port: int = 0
    requests: list[Recorded] = field(default_factory=list)
    delay: float = 0.0
    # Monthly message quota as LINE reports it: None = no limit ("type": "none").
    quota_limit: int | None = None
    quota_used: int = 0
    # Insight friend count for broadcasts (GET /v2/bot/insight/followers); None = not ready.
    followers: int | None = None
    # ...and the rest of that answer: blocked friends, and the demographic-targeted reach (None = followers).
    blocks: int = 0
    targeted_reaches: int | None = None
    # Rich menus as LINE keeps them: id -> definition (with richMenuId), which ids have an image, the default.
    rich_menus: dict[str, dict[str, Any]] = field(default_factory=dict)
    rich_menu_images: set[str] = field(default_factory=set)
    # The uploaded bytes, for GET /v2/bot/richmenu/{id}/content (a menu in rich_menu_images without bytes
    # here answers an empty image).
    rich_menu_image_bytes: dict[str, bytes] = field(default_factory=dict)
    default_rich_menu: str | None = None
    _faults: dict[str, list[Fault]] = field(default_factory=dict)
    _rule: Callable[[str, dict[str, Any] | None], Fault | None] | None = None
    _retry_keys: dict[str, str] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    # Calls received and not yet answered, per path: a test that kills the bot "with replies in flight" waits on it.
    _open: Counter[str] = field(default_factory=Counter)
    _server: ThreadingHTTPServer | None = None
    _thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self) -> FakeLine:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body go out in two writes; without TCP_NODELAY, Nagle + delayed ACK add ~40 ms each.
            disable_nagle_algorithm = True

            def log_message(self, *args: Any) -> None:  # keep test output clean
                pass

            def do_GET(self) -> None:
                fake._serve(self, "GET")

            def do_POST(self) -> None:
                fake._serve(self, "POST")

            def do_DELETE(self) -> None:
                fake._serve(self, "DELETE")

        class Server(ThreadingHTTPServer):
            def handle_error(self, request: Any, client_address: Any) -> None:
                import sys

                if not isinstance(sys.exc_info()[1], ConnectionError):  # a killed client is expected in tests
                    super().handle_error(request, client_address)

        self._server = Server((self.host, self.port), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, name="fake-line", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()

    def fail(self, path: str, *faults: Fault) -> None:
        """Queue faults for the next requests to `path` (e.g. /v2/bot/message/reply), in order."""
        with self._lock:
            self._faults.setdefault(path, []).extend(faults)

    def rule(self, decide: Callable[[str, dict[str, Any] | None], Fault | None] | None) -> None:
        """A function deciding a fault for every request (path, parsed JSON body) — for random fault mixes."""
        self._rule = decide

    def calls(self, path: str, *, status: int | None = 200) -> list[Recorded]:
        with self._lock:
            return [r for r in self.requests if r.path == path and (status is None or r.status == status)]

    def wait_for(self, path: str, count: int, *, timeout: float = 60.0) -> list[Recorded]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.calls(path, status=None)
            if len(found) >= count:
                return found
            time.sleep(0.01)
        return self.calls(path, status=None)

    def delivered(self) -> Counter[str]:
        """How many times each user ID was in an accepted multicast/push (LINE processed it: not 409, not a fault)."""
        counts: Counter[str] = Counter()
        for r in self.calls("/v2/bot/message/multicast") + self.calls("/v2/bot/message/push"):
            to = r.json["to"]
            counts.update([to] if isinstance(to, str) else to)
        return counts

    def answered(self) -> Counter[str]:
        """Accepted replies per reply token plus accepted pushes per retry key: what a resident saw, per reply."""
        counts: Counter[str] = Counter(r.json["replyToken"] for r in self.calls("/v2/bot/message/reply"))
        counts.update(r.headers.get("x-line-retry-key", "?") for r in self.calls("/v2/bot/message/push"))
        return counts

    def in_flight(self, path: str) -> int:
        """Calls to `path` that arrived and have not been answered yet."""
        with self._lock:
            return self._open[path]

    def broadcasts(self) -> int:
        """Accepted broadcasts (each reaches every friend once)."""
        return len(self.calls("/v2/bot/message/broadcast"))

    def reset(self) -> None:
        with self._lock:
            self.requests.clear()
            self._faults.clear()
            self._retry_keys.clear()
            self._rule = None

    # --- serving -------------------------------------------------------------------------------------

    def _serve(self, h: BaseHTTPRequestHandler, method: str) -> None:
        path = h.path.split("?", 1)[0]
        with self._lock:
            self._open[path] += 1
        try:
            self._handle(h, method, path)
        finally:
            with self._lock:
                self._open[path] -= 1

    def _handle(self, h: BaseHTTPRequestHandler, method: str, path: str) -> None:
        length = int(h.headers.get("Content-Length") or 0)
        body = h.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in h.headers.items()}
        try:
            parsed = json.loads(body) if body and "json" in headers.get("content-type", "") else None
        except ValueError:
            parsed = None
        with self._lock:
            queued = self._faults.get(path)
            fault = queued.pop(0) if queued else None
        if fault is None and self._rule is not None:
            fault = self._rule(path, parsed)
        if self.delay:
            time.sleep(self.delay)
        if fault and fault.delay:
            time.sleep(fault.delay)
        request_id = uuid.uuid4().hex

        if fault and fault.drop and not fault.after_accept:
            self._record(method, path, headers, body, 0)
            h.close_connection = True
            h.connection.close()
            return
        if fault and fault.status and not fault.after_accept:
            extra = {"Retry-After": str(fault.retry_after)} if fault.retry_after is not None else {}
            self._record(method, path, headers, body, fault.status)
            self._send(h, fault.status, {"message": f"injected {fault.status}"}, request_id, extra)
            return

        retry_key = headers.get("x-line-retry-key")
        if retry_key:
            with self._lock:
                accepted = self._retry_keys.get(retry_key)
                if accepted is None:
                    self._retry_keys[retry_key] = request_id
            if accepted is not None:
                self._record(method, path, headers, body, 409)
                self._send(
                    h, 409, {"message": "The retry key is already accepted"}, request_id,
                    {"x-line-accepted-request-id": accepted},
                )
                return

        if method == "GET" and path.startswith("/v2/bot/richmenu/") and path.endswith("/content"):
            # recorded before the answer leaves, as every other request is: a test that reads the requests as soon
            # as its call returns sees this one (recorded after, it was sometimes missed on a busy machine)
            self._send_image(h, path.split("/")[-2], request_id,
                             lambda status: self._record(method, path, headers, body, status))
            return
        status, payload = self._answer(method, path, parsed)
        if method == "POST" and status == 200 and path.startswith("/v2/bot/richmenu/") and path.endswith("/content"):
            with self._lock:
                self.rich_menu_image_bytes[path.split("/")[-2]] = body
        self._record(method, path, headers, body, status)
        if fault and fault.after_accept:
            if fault.drop or fault.status is None:
                h.close_connection = True
                h.connection.close()
                return
            self._send(h, fault.status, {"message": f"injected {fault.status}"}, request_id, {})
            return
        self._send(h, status, payload, request_id, {})

    def _answer(self, method: str, path: str, body: dict[str, Any] | None = None) -> tuple[int, dict[str, Any]]:
        if path in ("/v2/bot/message/reply", "/v2/bot/message/push"):
            count = len((body or {}).get("messages", [])) or 1
            return 200, {"sentMessages": [{"id": uuid.uuid4().hex[:18], "quoteToken": "q"} for _ in range(count)]}
        if path == "/v2/bot/message/quota":
            if self.quota_limit is None:
                return 200, {"type": "none"}
            return 200, {"type": "limited", "value": self.quota_limit}
        if path == "/v2/bot/message/quota/consumption":
            return 200, {"totalUsage": self.quota_used}
        if path == "/v2/bot/insight/followers":
            if self.followers is None:
                return 200, {"status": "unready"}
            targeted = self.followers if self.targeted_reaches is None else self.targeted_reaches
            return 200, {"status": "ready", "followers": self.followers, "targetedReaches": targeted,
                         "blocks": self.blocks}
        if path.startswith(("/v2/bot/richmenu", "/v2/bot/user/all/richmenu")):
            return self._rich_menu(method, path, body)
        if path.endswith("/narrowcast"):
            return 202, {}
        if path == "/v2/bot/chat/loading/start":
            return 202, {}
        return 200, {}

    def _rich_menu(self, method: str, path: str, body: dict[str, Any] | None) -> tuple[int, dict[str, Any]]:
        with self._lock:
            if method == "POST" and path == "/v2/bot/richmenu":
                menu_id = "richmenu-" + uuid.uuid4().hex
                self.rich_menus[menu_id] = {**(body or {}), "richMenuId": menu_id}
                return 200, {"richMenuId": menu_id}
            if method == "GET" and path == "/v2/bot/richmenu/list":
                return 200, {"richmenus": list(self.rich_menus.values())}
            if path == "/v2/bot/user/all/richmenu":
                if method == "DELETE":
                    self.default_rich_menu = None
                    return 200, {}
                if self.default_rich_menu is None:
                    return 404, {"message": "no default rich menu"}
                return 200, {"richMenuId": self.default_rich_menu}
            menu_id = path.rstrip("/").split("/")[-1]
            if path.startswith("/v2/bot/user/all/richmenu/") and method == "POST":
                if menu_id not in self.rich_menus:
                    return 404, {"message": "rich menu not found"}
                self.default_rich_menu = menu_id
                return 200, {}
            if path.endswith("/content") and method == "POST":
                menu_id = path.split("/")[-2]
                if menu_id not in self.rich_menus:
                    return 404, {"message": "rich menu not found"}
                if menu_id in self.rich_menu_images:
                    return 400, {"message": "An image has already been uploaded to the richmenu"}
                self.rich_menu_images.add(menu_id)
                return 200, {}
            if method == "DELETE" and menu_id in self.rich_menus:
                del self.rich_menus[menu_id]
                self.rich_menu_images.discard(menu_id)
                if self.default_rich_menu == menu_id:
                    self.default_rich_menu = None
                return 200, {}
            return 404, {"message": "not found"}

    def _send_image(self, h: BaseHTTPRequestHandler, menu_id: str, request_id: str,
                    record: Callable[[int], None]) -> None:
        """The rich-menu image download (data API): the bytes uploaded, or 404 when the menu has no image; `record`
        is called with the status before anything is sent."""
        with self._lock:
            has = menu_id in self.rich_menus and menu_id in self.rich_menu_images
            data = self.rich_menu_image_bytes.get(menu_id, b"")
        record(200 if has else 404)
        if not has:
            self._send(h, 404, {"message": "Not found"}, request_id, {})
            return
        try:
            h.send_response(200)
            h.send_header("Content-Type", "image/png")
            h.send_header("Content-Length", str(len(data)))
            h.send_header("x-line-request-id", request_id)
            h.end_headers()
            h.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _record(self, method: str, path: str, headers: dict[str, str], body: bytes, status: int) -> None:
        with self._lock:
            self.requests.append(Recorded(method, path, headers, body, status, time.time()))

    @staticmethod
    def _send(
        h: BaseHTTPRequestHandler, status: int, payload: dict[str, Any], request_id: str, extra: dict[str, str]
    ) -> None:
        data = json.dumps(payload).encode()
        try:
            h.send_response(status)
            h.send_header("Content-Type", "application/json")
            h.send_header("Content-Length", str(len(data)))
            h.send_header("x-line-request-id", request_id)
            for key, value in extra.items():
                h.send_header(key, value)
            h.end_headers()
            h.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass
