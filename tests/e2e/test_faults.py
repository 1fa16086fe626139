"""Outbound faults: LINE answering 5xx, 429, 400, slowly, or hanging up. Every event is replied once or counted
as failed; no reply token is ever used twice; no push fallback; every LINE call has an explicit timeout."""

from __future__ import annotations

import ast
import collections
import hashlib
import logging
import re
import time
from pathlib import Path

import httpx
import pytest
from linebot.v3.messaging import AsyncMessagingApi, AsyncMessagingApiBlob

from tests.conftest import ROOT, Server, body_of, follow_event, text_event
from tests.fakeline import Fault

REPLY = "/v2/bot/message/reply"
TIMEOUT = 0.5

# (name, fault or None for success). Chosen per reply token, so the test knows what each event met.
FAULTS: list[tuple[str, Fault | None]] = [
    ("ok", None),
    ("ok", None),
    ("500", Fault(status=500)),
    ("502", Fault(status=502)),
    ("503", Fault(status=503)),
    ("429", Fault(status=429, retry_after=1)),
    ("400", Fault(status=400)),
    ("slow", Fault(delay=TIMEOUT + 1.0)),  # LINE accepts, but only after our timeout: "answer lost"
    ("drop", Fault(drop=True)),
    ("accepted_then_500", Fault(status=500, after_accept=True)),
]


def fault_for(token: str) -> tuple[str, Fault | None]:
    return FAULTS[int(hashlib.sha256(token.encode()).hexdigest(), 16) % len(FAULTS)]


@pytest.fixture
def faulty_server(settings):
    running = Server(settings.with_(line_timeout=TIMEOUT, event_workers=8)).start()
    yield running
    running.stop()


def test_fault_matrix_every_event_replied_once_or_counted_failed(faulty_server, fake_line, caplog):
    caplog.set_level(logging.DEBUG)
    fake_line.rule(lambda path, body: fault_for(body["replyToken"])[1] if path == REPLY and body else None)
    n = 200
    events = [text_event("ボランティアを始めたい") if i % 3 else follow_event() for i in range(n)]
    with httpx.Client(timeout=10) as client:
        for event in events:
            response = client.post(f"{faulty_server.url}/callback", content=body_of(event),
                                   headers={"x-line-signature": _sign(body_of(event))})
            assert response.status_code == 200
        # Redeliver everything once: dedupe must stop a second attempt at any token.
        for event in events[:50]:
            event["deliveryContext"]["isRedelivery"] = True
            assert client.post(f"{faulty_server.url}/callback", content=body_of(event),
                               headers={"x-line-signature": _sign(body_of(event))}).status_code == 200

    expected = collections.Counter(fault_for(e["replyToken"])[0] for e in events)
    deadline = time.monotonic() + 30
    counts: dict[str, int] = {}
    while time.monotonic() < deadline:
        counts = httpx.get(f"{faulty_server.url}/healthz", timeout=5).json()["counts"]
        if counts.get("replies.sent", 0) + counts.get("replies.failed", 0) >= n:
            break
        time.sleep(0.1)
    time.sleep(TIMEOUT + 1.5)  # let slow requests finish on the fake side

    # Every token reached LINE exactly once: nothing lost, nothing retried.
    attempts = collections.Counter(r.json["replyToken"] for r in fake_line.calls(REPLY, status=None))
    assert set(attempts) == {e["replyToken"] for e in events}
    assert set(attempts.values()) == {1}, {t: c for t, c in attempts.items() if c != 1}
    assert fake_line.calls("/v2/bot/message/push", status=None) == []  # W8: no push fallback

    # Our books agree with what LINE saw.
    assert counts.get("errors", 0) == 0
    assert counts["replies.sent"] == expected["ok"]
    assert counts["replies.failed"] == n - expected["ok"]
    assert counts["replies.sent"] + counts["replies.failed"] == n
    assert counts.get("duplicates") == 50

    metrics = httpx.get(f"{faulty_server.url}/metrics", timeout=5).text
    errors = {
        status: float(value)
        for status, value in re.findall(r'tsunagari_line_api_errors_total\{endpoint="reply",status="([^"]+)"\} (\S+)',
                                        metrics)
    }
    assert errors.get("500", 0) == expected["500"] + expected["accepted_then_500"]
    assert errors.get("502", 0) == expected["502"] and errors.get("503", 0) == expected["503"]
    assert errors.get("429", 0) == expected["429"] and errors.get("400", 0) == expected["400"]
    assert errors.get("timeout", 0) == expected["slow"]
    assert errors.get("network", 0) == expected["drop"]
    assert 'tsunagari_replies_total{kind="greeting",result="sent"}' in metrics

    # Each failure is logged once with the event id, and with LINE's request id when LINE answered.
    failures = [r.getMessage() for r in caplog.records if r.getMessage().startswith("reply not delivered")]
    assert len(failures) == n - expected["ok"]
    with_status = [m for m in failures if "status=None" not in m]
    assert len(with_status) == sum(expected[k] for k in ("500", "502", "503", "429", "400", "accepted_then_500"))
    assert all(re.search(r"request_id=[0-9a-f]{32}$", m) for m in with_status)
    assert all("event=01" in m for m in failures)


def test_a_hung_line_api_does_not_stall_the_webhook(faulty_server, fake_line):
    """LINE hanging for longer than our timeout: the webhook still answers 200 fast (W5 in miniature)."""
    fake_line.delay = TIMEOUT * 4
    latencies = []
    with httpx.Client(timeout=10) as client:
        for _ in range(30):
            body = body_of(text_event("こんにちは"))
            started = time.monotonic()
            assert client.post(f"{faulty_server.url}/callback", content=body,
                               headers={"x-line-signature": _sign(body)}).status_code == 200
            latencies.append(time.monotonic() - started)
    assert max(latencies) < 1.0
    fake_line.wait_for(REPLY, 30, timeout=30)
    time.sleep(TIMEOUT + 0.5)
    counts = httpx.get(f"{faulty_server.url}/healthz", timeout=5).json()["counts"]
    assert counts.get("replies.failed") == 30  # all timed out on our side, none resent
    assert len(fake_line.calls(REPLY, status=None)) == 30


def _sign(body: bytes) -> str:
    from tests.conftest import sign

    return sign(body)


# --- static: every LINE API call carries an explicit timeout ---------------------------------------------------

API_METHODS = {
    name
    for cls in (AsyncMessagingApi, AsyncMessagingApiBlob)
    for name in dir(cls)
    if not name.startswith("_") and callable(getattr(cls, name))
} | {"call_api", "request"}  # the SDK client's generic entry points


def test_every_line_api_call_in_bot_has_an_explicit_timeout():
    """The SDK's async default is 300 s; a call without `_request_timeout` could hold a worker for 5 minutes."""
    offenders = []
    calls = 0
    for path in sorted((ROOT / "bot").glob("**/*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr not in API_METHODS or not _looks_like_line_api(node.func.value):
                continue
            calls += 1
            if not any(k.arg == "_request_timeout" for k in node.keywords):
                offenders.append(f"{Path(path).relative_to(ROOT)}:{node.lineno} {node.func.attr}")
    assert calls >= 1
    assert offenders == []


def _looks_like_line_api(value: ast.expr) -> bool:
    text = ast.unparse(value)
    return bool(re.search(r"(^|\.)(api|blob|messaging\w*|line\w*|_api|_client|api_client)$", text, re.IGNORECASE))
