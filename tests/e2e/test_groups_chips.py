"""What LINE receives through the real server: in 1:1 chats and groups, chips only ever on the last message."""

from __future__ import annotations

from tests.conftest import body_of, follow_event, postback_event, text_event
from tests.e2e.test_groups import REPLY, from_chat, mention, sticker


def test_replies_sent_to_line_carry_chips_only_on_their_last_message(server, fake_line):
    entry = next(e for e in server.runtime.knowledge.content.entries if server.runtime.knowledge.content.desks_for(e))
    events = [
        text_event("ボランティアを始めたい"), text_event("火星の天気"), text_event("こんにちは"), follow_event(),
        postback_event(f"faq:{entry.id}"), postback_event("none:"), postback_event("dir:places"),
        postback_event("dir:p?area=吹上"), postback_event("dir:v"), postback_event("sub:area:konosu"),
        sticker("生活に困っている"), mention("介護の相談をしたい"), from_chat(postback_event(f"faq:{entry.id}")),
    ]
    for event in events:
        assert server.post(body_of(event)).status_code == 200
    calls = fake_line.wait_for(REPLY, len(events), timeout=30)
    assert {c.json["replyToken"] for c in calls} == {e["replyToken"] for e in events}
    with_chips = 0
    for call in calls:
        messages = call.json["messages"]
        assert all("quickReply" not in m for m in messages[:-1]), messages
        with_chips += "quickReply" in messages[-1]
    assert with_chips >= len(events) - 2  # nearly every reply offers a next step, and LINE shows it
