"""The webhook's intake reads the crisis rules once per event: for the queue's order, and the reply takes that
reading instead of reading the same text again. A reading never stands in for another text."""

from __future__ import annotations

from bot.chat import crisis
from bot.store.events import CRISIS, ORDINARY, Sealer
from bot.web.intake import parse_events
from tests.conftest import text_event

SEALER = Sealer(b"test-key")


def test_a_crisis_text_is_ordered_first_and_its_reading_goes_with_the_event():
    parsed, skipped = parse_events([text_event("もう死にたい"), text_event("ボランティアを始めたい")], SEALER)
    assert skipped == []
    crisis_event, ordinary_event = parsed
    assert crisis_event.incoming.priority == CRISIS
    assert crisis_event.read[0] == "もう死にたい" and crisis_event.read[1] is not None
    assert "suicide" in crisis_event.read[1].categories
    assert ordinary_event.incoming.priority == ORDINARY
    assert ordinary_event.read == ("ボランティアを始めたい", None)


def test_a_reading_answers_only_for_its_own_text():
    text = "ボランティアを始めたい"
    (parsed,), _ = parse_events([text_event(text)], SEALER)
    with crisis.already_read(parsed.read):
        assert crisis.detect(text) is None
        # Another text (the event's sticker, a follow-up) is read as usual: a crisis is never hidden by a reading.
        assert crisis.detect("薬を全部飲んだ") is not None
    found = crisis.detect("薬を全部飲んだ")
    assert found is not None and found.categories[0] == "overdose_injury"


def test_the_reading_is_what_the_reply_uses_within_the_block():
    found = crisis.detect("もう死にたい")
    with crisis.already_read(("ありがとう", found)):
        # What the intake found stands for that text while its event is handled …
        assert crisis.detect("ありがとう") == found
    # … and not after.
    assert crisis.detect("ありがとう") is None


def _sticker(text: str | None) -> dict:
    event = text_event("x")
    event["message"] = {"type": "sticker", "id": event["message"]["id"], "packageId": "11537",
                        "stickerId": "52002734", "stickerResourceType": "MESSAGE" if text else "STATIC",
                        "quoteToken": "q", **({"text": text} if text else {})}
    return event


def test_a_message_stickers_text_is_read_and_a_plain_sticker_reads_nothing():
    (worded, plain), skipped = parse_events([_sticker("もう死にたい"), _sticker(None)], SEALER)
    assert skipped == []
    assert worded.incoming.priority == CRISIS and worded.read[0] == "もう死にたい"
    assert plain.read == (None, None) and plain.incoming.priority == ORDINARY
