"""R1/R2: property-based tests of POST /callback (in-process over ASGI, with the real parser, queue, workers,
database and line-bot-sdk client talking to the fake LINE API).

R1: arbitrary bytes x arbitrary headers (signed or not) -> never 5xx; handlers run only for validly signed bodies.
R2: generated webhook events (known and unknown types, optional fields missing), correctly signed -> 200, and no
    worker raises while handling them.
Example counts scale with FUZZ_SCALE (default 1; CI can raise it for the 10,000-example R1 run).
"""

from __future__ import annotations

import asyncio
import json
import os
import string
from typing import Any

from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from bot.chat import handlers
from tests.conftest import sign
from tests.e2e.test_forgery import InProcess

SCALE = float(os.environ.get("FUZZ_SCALE", "1"))
OK_STATUSES = {200, 400, 413, 415}
FUZZ = dict(
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
    database=None,
)

# --- R1: arbitrary bytes and headers ----------------------------------------------------------------------------

header_text = st.text(alphabet=string.ascii_letters + string.digits + "+/=-_.:;, ", max_size=80)
header_name = st.text(alphabet=string.ascii_lowercase + "-", min_size=1, max_size=20).filter(
    lambda n: n not in ("content-length", "transfer-encoding", "host", "x-line-signature")
)
body_bytes = st.one_of(
    st.binary(max_size=3000),
    st.text(max_size=500).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
        lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
        max_leaves=20,
    ).map(lambda doc: json.dumps({"destination": "x", "events": doc}).encode()),
)


@st.composite
def request_parts(draw: Any) -> tuple[bytes, list[tuple[str, str]], bool]:
    body = draw(body_bytes)
    mode = draw(st.sampled_from(["valid", "valid", "none", "random", "two"]))
    headers = [(name, value) for name, value in draw(st.dictionaries(header_name, header_text, max_size=4)).items()]
    headers.append(("content-type", draw(st.sampled_from(["application/json", "text/plain", "", "x/y; q=1"]))))
    if mode == "valid":
        headers.append(("x-line-signature", sign(body)))
    elif mode == "random":
        headers.append(("x-line-signature", draw(header_text)))
    elif mode == "two":
        headers += [("x-line-signature", sign(body)), ("x-line-signature", draw(header_text))]
    return body, headers, mode == "valid"


def test_arbitrary_bytes_and_headers_never_5xx(settings, fake_line, monkeypatch):
    calls = {"n": 0}
    real = handlers.handle

    def spy(event: Any, deps: Any) -> Any:
        calls["n"] += 1
        return real(event, deps)

    monkeypatch.setattr(handlers, "handle", spy)
    loop = asyncio.new_event_loop()
    app = InProcess(settings)
    loop.run_until_complete(app.__aenter__())
    seen: dict[int, int] = {}
    try:

        @hsettings(max_examples=int(1500 * SCALE), **FUZZ)
        @given(request_parts())
        def check(parts: tuple[bytes, list[tuple[str, str]], bool]) -> None:
            body, headers, signed = parts
            before = calls["n"]
            response = loop.run_until_complete(app.post(body, headers))
            loop.run_until_complete(app.runtime.events.queue.join())
            seen[response.status_code] = seen.get(response.status_code, 0) + 1
            assert response.status_code in OK_STATUSES, (response.status_code, response.text)
            assert "Traceback" not in response.text
            if not signed:
                assert calls["n"] == before

        check()
        assert app.runtime.events.counts["errors"] == 0
    finally:
        loop.run_until_complete(app.__aexit__())
        loop.close()
    print(f"\nR1 statuses: {seen}")
    assert seen.get(400, 0) > 0


# --- R2: generated events, correctly signed ---------------------------------------------------------------------

safe_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)
ids = st.text(alphabet=string.ascii_letters + string.digits, min_size=1, max_size=40)
user_ids = st.one_of(st.just("U" + "a" * 32), st.text(alphabet="0123456789abcdef", min_size=32, max_size=32).map(
    lambda h: "U" + h), ids)

source = st.one_of(
    st.fixed_dictionaries({"type": st.just("user")}, optional={"userId": user_ids}),
    st.fixed_dictionaries({"type": st.just("group"), "groupId": ids}, optional={"userId": user_ids}),
    st.fixed_dictionaries({"type": st.just("room"), "roomId": ids}, optional={"userId": user_ids}),
)
message = st.one_of(
    st.fixed_dictionaries({"type": st.just("text"), "id": ids, "text": safe_text, "quoteToken": ids},
                          optional={"emojis": st.just([]), "quotedMessageId": ids}),
    st.fixed_dictionaries({"type": st.just("sticker"), "id": ids, "packageId": ids, "stickerId": ids,
                           "stickerResourceType": st.sampled_from(["STATIC", "ANIMATION", "NEW_KIND"]),
                           "quoteToken": ids}),
    st.fixed_dictionaries({"type": st.just("image"), "id": ids, "quoteToken": ids,
                           "contentProvider": st.just({"type": "line"})}),
    st.fixed_dictionaries({"type": st.just("location"), "id": ids,
                           "latitude": st.floats(-90, 90), "longitude": st.floats(-180, 180)},
                          optional={"title": safe_text, "address": safe_text}),
    st.fixed_dictionaries({"type": st.sampled_from(["hologram", "smell", "futureMessage"]), "id": ids}),
)


def _event(kind: str, extra: dict[str, Any]) -> Any:
    required = {
        "type": st.just(kind),
        "mode": st.sampled_from(["active", "standby"]),
        "timestamp": st.integers(0, 2**53),
        "webhookEventId": ids,
        "deliveryContext": st.fixed_dictionaries({"isRedelivery": st.booleans()}),
        **extra,
    }
    return st.fixed_dictionaries(required, optional={"source": source, "replyToken": ids, "futureField": safe_text})


events = st.one_of(
    _event("message", {"message": message}),
    _event("postback", {"postback": st.fixed_dictionaries({"data": safe_text}, optional={"params": st.just({})})}),
    _event("follow", {"follow": st.fixed_dictionaries({"isUnblocked": st.booleans()})}),
    _event("unfollow", {}),
    _event("join", {}),
    _event("leave", {}),
    _event("unsend", {"unsend": st.fixed_dictionaries({"messageId": ids})}),
    _event("beacon", {"beacon": st.fixed_dictionaries({"hwid": ids, "type": st.sampled_from(["enter", "banner"])})}),
    _event("videoPlayComplete", {"videoPlayComplete": st.fixed_dictionaries({"trackingId": ids})}),
    _event("futureEvent", {}),
    _event("somethingNew", {"somethingNew": st.dictionaries(st.text(max_size=8), safe_text, max_size=3)}),
)


def test_generated_signed_events_get_200_and_no_worker_error(settings, fake_line):
    loop = asyncio.new_event_loop()
    app = InProcess(settings)
    loop.run_until_complete(app.__aenter__())
    kinds: dict[str, int] = {}
    try:

        @hsettings(max_examples=int(500 * SCALE), **FUZZ)
        @given(st.lists(events, max_size=5), st.booleans())
        def check(generated: list[dict[str, Any]], ascii_only: bool) -> None:
            body = json.dumps({"destination": "U" + "0" * 32, "events": generated}, ensure_ascii=ascii_only).encode()
            response = loop.run_until_complete(app.post(body, [("x-line-signature", sign(body))]))
            assert response.status_code == 200, (response.status_code, response.text, body[:300])
            loop.run_until_complete(app.runtime.events.queue.join())
            assert app.runtime.events.counts["errors"] == 0, generated
            for e in generated:
                kinds[e["type"]] = kinds.get(e["type"], 0) + 1

        check()
    finally:
        loop.run_until_complete(app.__aexit__())
        loop.close()
    print(f"\nR2 event types: {kinds}")
    assert sum(kinds.values()) >= 100
