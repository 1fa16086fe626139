"""Outbound faults: LINE answering 5xx, 429, 400, slowly, or hanging up. A reply LINE may still accept is retried
while its token is young, then pushed with one retry key (crisis replies always; ordinary ones only when
TSUNAGARI_PUSH_FALLBACK allows); what never arrives is marked undeliverable and counted; every LINE call has an
explicit timeout."""

from __future__ import annotations

import ast
import collections
import hashlib
import logging
import re
import threading
import time
from pathlib import Path

import httpx
import pytest
from linebot.v3.messaging import AsyncMessagingApi, AsyncMessagingApiBlob

from tests.conftest import ROOT, Server, body_of, follow_event, text_event
from tests.fakeline import Fault

REPLY = "/v2/bot/message/reply"
PUSH = "/v2/bot/message/push"
TIMEOUT = 2.0  # generous: on a busy 2-core machine an ordinary reply call once took > 0.5 s and was retried

# (name, fault or None for success) on a token's FIRST reply call. Chosen per reply token.
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
RETRIED = {"500", "502", "503", "429", "slow", "drop", "accepted_then_500"}
ACCEPTED_TWICE = {"slow", "accepted_then_500"}  # the reply API has no retry key: the side we chose (see delivery.py)


def fault_for(token: str) -> tuple[str, Fault | None]:
    return FAULTS[int(hashlib.sha256(token.encode()).hexdigest(), 16) % len(FAULTS)]


class FirstCallFaults:
    """The fault of a token on its first reply call only; later calls succeed."""

    def __init__(self, choose=fault_for, path: str = REPLY, key: str = "replyToken"):
        self.seen: set[str] = set()
        self.lock = threading.Lock()
        self.choose, self.path, self.key = choose, path, key

    def __call__(self, path: str, body: dict | None) -> Fault | None:
        if path != self.path or not body:
            return None
        with self.lock:
            first = body[self.key] not in self.seen
            self.seen.add(body[self.key])
        return self.choose(body[self.key])[1] if first else None


@pytest.fixture
def faulty_server(settings):
    running = Server(settings.with_(line_timeout=TIMEOUT, event_workers=8)).start()
    yield running
    running.stop()


def wait_counts(server, done, timeout: float = 60) -> dict:
    deadline = time.monotonic() + timeout
    counts: dict = {}
    while time.monotonic() < deadline:
        counts = httpx.get(f"{server.url}/healthz", timeout=5).json()["counts"]
        if done(counts):
            return counts
        time.sleep(0.05)
    raise AssertionError(f"not reached: {counts}")


def test_fault_matrix_retried_while_young_and_every_event_settled(faulty_server, fake_line, caplog):
    caplog.set_level(logging.DEBUG)
    fake_line.rule(FirstCallFaults())
    n = 200
    events = [text_event("ボランティアを始めたい") if i % 3 else follow_event() for i in range(n)]
    with httpx.Client(timeout=10) as client:
        for event in events:
            response = client.post(f"{faulty_server.url}/callback", content=body_of(event),
                                   headers={"x-line-signature": _sign(body_of(event))})
            assert response.status_code == 200
        # Redeliver some once: dedupe must stop a second handling.
        for event in events[:50]:
            event["deliveryContext"]["isRedelivery"] = True
            assert client.post(f"{faulty_server.url}/callback", content=body_of(event),
                               headers={"x-line-signature": _sign(body_of(event))}).status_code == 200

    expected = collections.Counter(fault_for(e["replyToken"])[0] for e in events)
    counts = wait_counts(faulty_server, lambda c: c.get("finished", 0) >= n)
    fake_line.wait_for(REPLY, n + sum(expected[k] for k in RETRIED), timeout=30)  # the slow ones land late

    attempts = collections.Counter(r.json["replyToken"] for r in fake_line.calls(REPLY, status=None))
    accepted = fake_line.answered()
    for event in events:
        token = event["replyToken"]
        name = fault_for(token)[0]
        assert attempts[token] == (2 if name in RETRIED else 1), (name, attempts[token])
        assert accepted[token] == (0 if name == "400" else 2 if name in ACCEPTED_TWICE else 1), name
    assert fake_line.calls(PUSH, status=None) == []  # ordinary replies: no push unless the setting allows it

    assert counts.get("errors", 0) == 0 and counts.get("duplicates") == 50
    assert counts["delivered"] == n - expected["400"] and counts["undeliverable"] == expected["400"]
    assert counts["retries"] == sum(expected[k] for k in RETRIED)
    states = dict(faulty_server.runtime.db.query("SELECT state, COUNT(*) FROM event_log GROUP BY state"))
    assert states == {"replied": n - expected["400"], "undeliverable": expected["400"]}

    metrics = httpx.get(f"{faulty_server.url}/metrics", timeout=5).text
    errors = {
        status: float(value)
        for status, value in re.findall(r'tsunagari_line_api_errors_total\{endpoint="reply",status="([^"]+)"\} (\S+)',
                                        metrics)
    }
    assert errors.get("500", 0) == expected["500"] + expected["accepted_then_500"]
    assert errors.get("429", 0) == expected["429"] and errors.get("400", 0) == expected["400"]
    assert errors.get("timeout", 0) == expected["slow"] and errors.get("network", 0) == expected["drop"]
    assert f"tsunagari_reply_retries_total {float(counts['retries'])}" in metrics
    undeliverable = re.findall(r'tsunagari_replies_undeliverable_total\{kind="[^"]+"\} (\S+)', metrics)
    assert sum(float(v) for v in undeliverable) == expected["400"]

    # Each failed call is logged with the event id, and with LINE's request id when LINE answered.
    failures = [r.getMessage() for r in caplog.records if r.getMessage().startswith("reply not delivered")]
    assert len(failures) == sum(expected[k] for k in RETRIED | {"400"})
    assert all("event=01" in m for m in failures)
    assert all(re.search(r"request_id=[0-9a-f]{32}$", m) for m in failures if "status=None" not in m)


def test_a_reply_answered_500_reaches_the_resident_exactly_once(faulty_server, fake_line):
    fake_line.fail(REPLY, Fault(status=500), Fault(status=503))
    event = text_event("ボランティアを始めたい")
    assert faulty_server.post(body_of(event)).status_code == 200
    wait_counts(faulty_server, lambda c: c.get("finished", 0) >= 1)
    assert fake_line.answered() == {event["replyToken"]: 1}
    assert [c.status for c in fake_line.calls(REPLY, status=None)] == [500, 503, 200]


def test_rejected_reply_falls_back_to_one_push_when_allowed(settings, fake_line):
    """400 (e.g. an expired token) → push; the push meets 500 then is accepted-but-answer-lost: one key, once."""
    server = Server(settings.with_(line_timeout=TIMEOUT, push_fallback=True)).start()
    try:
        fake_line.fail(REPLY, Fault(status=400))
        fake_line.fail(PUSH, Fault(status=500), Fault(status=500, after_accept=True))
        event = text_event("ボランティアを始めたい")
        server.post(body_of(event))
        counts = wait_counts(server, lambda c: c.get("finished", 0) >= 1)
        pushes = fake_line.calls(PUSH, status=None)
        assert [p.status for p in pushes] == [500, 200, 409]  # the fake records the accepted one as 200
        assert len({p.headers["x-line-retry-key"] for p in pushes}) == 1
        assert fake_line.delivered() == {event["source"]["userId"]: 1}
        assert counts["delivered"] == 1 and counts["pushes.failed"] == 2
        via = server.runtime.db.query("SELECT state, via, retry_key FROM event_log")
        assert via == [("replied", "push", pushes[0].headers["x-line-retry-key"])]
        assert 'tsunagari_replies_delivered_total{via="push"} 1.0' in httpx.get(f"{server.url}/metrics").text
    finally:
        server.stop()


def test_crisis_reply_is_pushed_even_when_ordinary_ones_may_not_be(faulty_server, fake_line):
    fake_line.fail(REPLY, Fault(status=400), Fault(status=400))
    crisis, ordinary = text_event("もう死にたい"), text_event("ボランティアを始めたい")
    faulty_server.post(body_of(crisis))
    faulty_server.post(body_of(ordinary))
    counts = wait_counts(faulty_server, lambda c: c.get("finished", 0) >= 2)
    pushed = fake_line.calls(PUSH)
    assert [p.json["to"] for p in pushed] == [crisis["source"]["userId"]]
    assert "いのちの電話" in str(pushed[0].json["messages"])
    assert counts["undeliverable"] == 1
    states = dict(faulty_server.runtime.db.query("SELECT state, COUNT(*) FROM event_log GROUP BY state"))
    assert states == {"replied": 1, "undeliverable": 1}


def test_no_retry_once_the_token_is_too_old_and_undeliverable_is_marked(settings, fake_line):
    # The token lives 30 s, long enough for the first attempt on a busy machine; LINE asks to wait 60 s.
    server = Server(settings.with_(line_timeout=TIMEOUT, reply_token_ttl=30.0)).start()
    try:
        fake_line.fail(REPLY, *[Fault(status=503, retry_after=60)] * 3)  # waiting would outlive the token
        event = text_event("ボランティアを始めたい")
        server.post(body_of(event))
        counts = wait_counts(server, lambda c: c.get("finished", 0) >= 1)
        assert len(fake_line.calls(REPLY, status=None)) == 1 and fake_line.calls(PUSH, status=None) == []
        assert counts["undeliverable"] == 1
        assert server.runtime.db.query("SELECT state, detail FROM event_log") == [("undeliverable", "status=503 "
                                                                                   '{"message": "injected 503"}')]
    finally:
        server.stop()


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
    fake_line.delay = 0
    counts = wait_counts(faulty_server, lambda c: c.get("finished", 0) >= 30)
    assert counts["replies.failed"] >= 30 and counts["delivered"] == 30


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
