"""Foreign residents through the real app (webhook → routes → the fake LINE API): a welfare question in English
answered in English with a desk to tap and call, a Vietnamese thank-you answered as thanks in Vietnamese, and a
Portuguese request for a place in one 地区 answered with that 地区's places in Portuguese."""

from __future__ import annotations

import json
import re

from bot.replies import fixed
from tests.conftest import body_of, text_event, user_id

REPLY = "/v2/bot/message/reply"


def _reply(server, fake_line, text: str, resident: str, nth: int) -> list[dict]:
    assert server.post(body_of(text_event(text, user=resident))).status_code == 200
    return fake_line.wait_for(REPLY, nth)[nth - 1].json["messages"]


def _tel_buttons(messages: list[dict]) -> list[str]:
    """Phone numbers a resident can tap: uri actions with a tel: link."""
    return re.findall(r'"uri": "tel:([0-9#]+)"', json.dumps(messages))


def _texts(messages: list[dict]) -> str:
    return "\n".join(m["text"] for m in messages if m["type"] == "text")


def _latin_share(words: str) -> float:
    latin = len(re.findall(r"[A-Za-zÀ-ỹ]", words))
    japanese = len(re.findall(r"[ぁ-んァ-ン一-龥]", words))
    return latin / max(1, latin + japanese)


def test_an_english_welfare_question_is_answered_in_english_with_a_desk_to_call(server, fake_line):
    messages = _reply(server, fake_line, "My son has not left his room for two years", user_id(1301), 1)
    words = _texts(messages)
    assert _latin_share(words.split("― Japanese")[0]) > 0.8, words  # English first; any Japanese answer below
    assert not words.startswith(fixed("clarify", "en").split("\n")[0])  # answered, not asked back
    assert "ひきこもり" in json.dumps(messages, ensure_ascii=False)  # the entry for a family member shut in
    assert _tel_buttons(messages), messages
    assert len(messages) <= 5 and "quickReply" in messages[-1]


def test_a_vietnamese_thank_you_is_answered_as_thanks_in_vietnamese(server, fake_line):
    messages = _reply(server, fake_line, "Cảm ơn nhiều, bạn đã giúp tôi rất nhiều", user_id(1302), 1)
    assert messages[0]["text"].startswith(fixed("thanks", "vi"))
    assert "ごめんなさい" not in _texts(messages) and not _tel_buttons(messages)  # a greeting, not a search


def test_a_portuguese_request_for_a_place_in_an_area_is_answered_in_portuguese(server, fake_line):
    messages = _reply(server, fake_line, "Tem algum lugar para crianças brincarem em Fukiage?", user_id(1303), 1)
    words = _texts(messages)
    assert fixed("area_fukiage", "pt-BR") in words and fixed("kind_jido_center", "pt-BR") in words, words
    assert fixed("places_in_japanese", "pt-BR") in words
    cards = json.dumps([m for m in messages if m["type"] == "flex"], ensure_ascii=False)
    assert "吹上児童センター" in cards and fixed("desk_place", "pt-BR") in cards  # the place, labelled in Portuguese
    assert _tel_buttons(messages)  # the desks that answer anything, tap to call
    items = messages[-1]["quickReply"]["items"]
    assert items and all(not re.search(r"[ぁ-んァ-ン]{2,}", i["action"]["label"]) for i in items)  # in Portuguese
