"""Shared fixtures: the real content, a fake LINE API on loopback, and the real app behind a real server."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from bot.settings import Settings
from bot.web.app import create_app
from tests.fakeline import FakeLine

ROOT = Path(__file__).resolve().parent.parent
SECRET = "test-channel-secret-0123456789abcdef"
TOKEN = "test-access-token-SENTINEL"
PSEUDONYM_KEY = "test-pseudonym-key-0123456789abcdef"  # required whenever the LINE channel is configured


def sign(body: bytes, secret: str = SECRET) -> str:
    return base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def user_id(n: int = 1) -> str:
    return "U" + hashlib.md5(str(n).encode()).hexdigest()  # noqa: S324 - a fake LINE id, not security


def base_event(kind: str, *, user: str | None = None, event_id: str | None = None) -> dict[str, Any]:
    return {
        "type": kind,
        "mode": "active",
        "timestamp": int(time.time() * 1000),
        "source": {"type": "user", "userId": user or user_id()},
        "webhookEventId": event_id or ("01" + uuid.uuid4().hex[:24].upper()),
        "deliveryContext": {"isRedelivery": False},
    }


def text_event(text: str, **kw: Any) -> dict[str, Any]:
    event = base_event("message", **kw)
    event["replyToken"] = uuid.uuid4().hex
    event["message"] = {"type": "text", "id": str(uuid.uuid4().int)[:18], "text": text, "quoteToken": "q"}
    return event


def postback_event(data: str, **kw: Any) -> dict[str, Any]:
    event = base_event("postback", **kw)
    event["replyToken"] = uuid.uuid4().hex
    event["postback"] = {"data": data}
    return event


def follow_event(**kw: Any) -> dict[str, Any]:
    event = base_event("follow", **kw)
    event["replyToken"] = uuid.uuid4().hex
    event["follow"] = {"isUnblocked": False}
    return event


def body_of(*events: dict[str, Any]) -> bytes:
    return json.dumps({"destination": "Uffffffffffffffffffffffffffffffff", "events": list(events)},
                      ensure_ascii=False).encode()


@pytest.fixture(scope="session")
def warm_vector_cache() -> Path:
    """Every test shares the repository's sentence-vector cache (also with copied content), filled once per
    session: a cold cache encodes the whole content (about a minute on one core), which no server start should pay."""
    from bot.chat.knowledge import load_knowledge

    path = ROOT / "var" / "vectors.sqlite"
    load_knowledge(Settings(content_dir=ROOT, vector_cache=str(path)))
    return path


class Server:
    """The real app under uvicorn on a free loopback port, in a background thread."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.port = free_port()
        self.app = create_app(settings)
        config = uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="on")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Server:
        self._thread.start()
        # A bound, not a pace: the loop ends as soon as the server is up; the bound only has to outlast a busy machine.
        deadline = time.monotonic() + 180
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("server did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=30)

    def post(self, body: bytes, *, signature: str | None = "auto", **headers: str) -> httpx.Response:
        sent = {"content-type": "application/json", **headers}
        if signature == "auto":
            sent["x-line-signature"] = sign(body)
        elif signature is not None:
            sent["x-line-signature"] = signature
        return httpx.post(f"{self.url}/callback", content=body, headers=sent, timeout=10)

    @property
    def runtime(self) -> Any:
        return self.app.state.runtime


@pytest.fixture
def fake_line() -> Iterator[FakeLine]:
    fake = FakeLine().start()
    yield fake
    fake.stop()


@pytest.fixture
def settings(tmp_path: Path, fake_line: FakeLine, warm_vector_cache: Path) -> Settings:
    return Settings(
        vector_cache=str(warm_vector_cache),
        line_channel_secret=SECRET,
        line_channel_access_token=TOKEN,
        pseudonym_key=PSEUDONYM_KEY,
        line_api_url=fake_line.url,
        line_data_api_url=fake_line.url,
        database_url=f"sqlite:///{tmp_path / 'tsunagari.db'}",
        content_dir=ROOT,
        line_timeout=3.0,
    )


@pytest.fixture
def server(settings: Settings) -> Iterator[Server]:
    running = Server(settings).start()
    yield running
    running.stop()
