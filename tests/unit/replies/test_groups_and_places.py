"""Builders and helpers for group chats, stickers and shared locations."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from bot import replies
from bot.chat.groups import mentions_self, without_mentions
from bot.chat.knowledge import load_knowledge
from bot.chat.routing import respond_location
from bot.search.places import NEAR_KM, haversine_km, nearest_km
from bot.settings import Settings
from tests.conftest import ROOT

TOKYO_STATION = (35.6812, 139.7671)  # about 45 km from 鴻巣


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge(Settings(content_dir=ROOT))


def message(text: str, *mentionees: tuple[int, int, bool]) -> SimpleNamespace:
    found = [SimpleNamespace(index=i, length=n, is_self=s) for i, n, s in mentionees]
    return SimpleNamespace(text=text, mention=SimpleNamespace(mentionees=found) if found else None)


def test_the_bots_own_mention_is_cut_out_wherever_it_stands():
    assert without_mentions("@つながりナビ 生活に困っている", message("", (0, 7, True))) == "生活に困っている"
    assert without_mentions("生活に困っている @つながりナビ", message("", (9, 7, True))) == "生活に困っている"
    both = "@山田 @つながりナビ 介護の相談"
    assert without_mentions(both, message("", (0, 3, False), (4, 7, True))) == "介護の相談"
    # LINE counts in UTF-16 units: an emoji before the mention (two units) must not shift the cut
    assert without_mentions("😀 @つながりナビ 相談したい", message("", (3, 7, True))) == "😀 相談したい"
    assert without_mentions("ふつうの文", message("")) == "ふつうの文"


def test_only_a_mention_marked_is_self_counts():
    assert mentions_self(message("", (0, 7, True)))
    assert not mentions_self(message("", (0, 3, False)))
    assert not mentions_self(message(""))


def test_group_replies_keep_only_button_chips():
    reply = replies.fallback([], suggestions=[])  # a "使い方" chip sends typed words
    typed_only = replies.for_group(reply)
    assert "quickReply" not in typed_only[-1]
    mixed = [replies.text("x", quick=[replies.say("使い方"), replies.postback("詳しく", "faq:a")])]
    kept = replies.for_group(mixed)[-1]["quickReply"]["items"]
    assert [i["action"]["type"] for i in kept] == ["postback"]
    assert "quickReply" in mixed[0] and len(mixed[0]["quickReply"]["items"]) == 2  # the input is not changed


def test_join_combines_parts_with_the_last_parts_chips():
    first = [replies.text("a", quick=[replies.say("x")])]
    second = [replies.text("b", quick=[replies.say("y")])]
    joined = replies.join(first, second)
    assert "quickReply" not in joined[0] and replies.quick_items(joined)[0]["action"]["text"] == "y"
    assert "quickReply" in first[0]  # the parts themselves are left alone


def test_a_location_far_from_every_place_says_so_and_offers_the_areas(knowledge):
    far = nearest_km(knowledge.content, *TOKYO_STATION)
    assert far is not None and far > NEAR_KM
    reply = respond_location(knowledge, *TOKYO_STATION)
    assert len(reply.messages) == 1 and reply.messages[0]["type"] == "text"
    text = reply.messages[0]["text"]
    assert "見つかりませんでした" in text and "歩いて" not in text and f"{far:.0f}km" in text
    data = [i["action"].get("data") for i in replies.quick_items(reply.messages)]
    assert {"dir:p?area=鴻巣", "dir:p?area=吹上", "dir:p?area=川里"} <= set(data)


def test_a_location_in_town_lists_only_places_within_the_limit(knowledge):
    located = [p for p in knowledge.content.places if p.has_coords]
    here = (located[0].lat, located[0].lon)
    reply = respond_location(knowledge, *here)
    assert reply.messages[-1]["type"] == "flex"
    names = json.dumps(reply.messages[-1], ensure_ascii=False)
    for place in located:
        if haversine_km(*here, place.lat, place.lon) > NEAR_KM:
            assert place.name not in names


def test_the_limit_is_15_km_from_the_nearest_place(knowledge):
    top = max((p for p in knowledge.content.places if p.has_coords), key=lambda p: p.lat)
    inside = (top.lat + 14 / 111.2, top.lon)  # due north of the northernmost place: it is the nearest
    outside = (top.lat + 16 / 111.2, top.lon)
    assert 13.5 < nearest_km(knowledge.content, *inside) < NEAR_KM < nearest_km(knowledge.content, *outside)
    near = respond_location(knowledge, *inside).messages
    assert top.name in json.dumps(near[-1], ensure_ascii=False)
    far = respond_location(knowledge, *outside).messages
    assert [m["type"] for m in far] == ["text"] and "見つかりませんでした" in far[0]["text"]


def test_a_walking_time_is_given_only_when_it_is_a_sensible_walk():
    assert replies.distance_text(0.4, 5) == "直線で約400m・歩いて約5分"
    assert replies.distance_text(12.3, 154) == "直線で約12.3km・歩くと1時間以上"
