"""Directory queries with a fixed clock: intents, filters, nearest by distance, volunteer openings, data checks."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from bot.chat.knowledge import load_knowledge
from bot.chat.routing import respond_location, respond_postback, respond_text
from bot.cli import main as cli_main
from bot.content import ContentInvalid, Place, load_content
from bot.replies import SAMPLE_LABEL, TODAY_BADGE
from bot.search import places as directory
from bot.search.places import Query, VolunteerQuery
from bot.settings import Settings
from bot.text.hours import JST
from tests.conftest import ROOT

FRIDAY = dt.datetime(2026, 11, 27, 16, 0, tzinfo=JST)  # 4th Friday of November 2026
MONDAY = dt.datetime(2026, 11, 30, 10, 0, tzinfo=JST)
CHECKED = dt.date(2026, 11, 28)


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge(Settings(content_dir=ROOT))


@pytest.fixture(scope="module")
def content(knowledge):
    return knowledge.content


def flat(messages) -> str:
    return json.dumps(messages, ensure_ascii=False)


def bubbles(message) -> list[dict]:
    contents = message["contents"]
    return contents["contents"] if contents["type"] == "carousel" else [contents]


# --- intents -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("吹上のサロン", Query(kinds=frozenset({"サロン"}), areas=frozenset({"吹上"}))),
        ("今日やってる子ども食堂", Query(kinds=frozenset({"こども食堂"}), today=True)),
        ("近くの児童センター", Query(kinds=frozenset({"児童センター"}), nearby=True)),
        ("土曜日に行ける居場所", Query(weekdays=frozenset({5}))),
        ("いま開いてる児童館", Query(kinds=frozenset({"児童センター"}), now=True)),
        ("川里地区の通いの場", Query(kinds=frozenset({"通いの場"}), areas=frozenset({"川里"}))),
        ("子どものボランティア募集ある？", VolunteerQuery(("子ども",))),
        ("運転のボランティアがしたい", VolunteerQuery(("運転",))),
        # how to sign up, but the openings asked for too
        ("子どものボランティアの募集に登録したい", VolunteerQuery(("子ども",))),
    ],
)
def test_directory_questions_are_recognised(text, expected):
    assert directory.parse(text) == expected


@pytest.mark.parametrize(
    "text",
    ["ボランティアを始めたい", "こども食堂のお手伝いをしたいのですが", "自分でサロンを開いてみたいんだけど、何から始めれば",
     "サロンって何", "ボランティア団体を立ち上げたい", "生活に困っている", "鴻巣市の福祉計画について",
     # the kind said with a likeness hedge: the resident wants to know what it is, the FAQ explains it
     "サロンみたいなのある？", "茶話会のような場所はありますか",
     # how to sign up for a kind of volunteering, or what it is: the FAQ's entry explains it
     "運転ボランティアの登録のしかたを知りたい", "子どもの見守りボランティアってどうやって始めるの"],
)
def test_ordinary_questions_are_left_to_the_faq(text):
    assert directory.parse(text) is None


def test_query_round_trips_through_postback_data():
    query = Query(kinds=frozenset({"サロン"}), areas=frozenset({"吹上"}), weekdays=frozenset({5}), today=True)
    data = query.to_data()
    assert data.startswith("dir:p?") and len(data) <= 300
    assert Query.from_data(data.partition("?")[2]) == query


# --- filters and time --------------------------------------------------------------------------------

def test_area_and_kind_filter(content):
    result = directory.find_places(content, Query(kinds=frozenset({"サロン"}), areas=frozenset({"吹上"})), FRIDAY)
    assert [i.place.id for i in result.listings] == ["sample-salon-fukiage"]
    kawasato = directory.find_places(content, Query(areas=frozenset({"川里"})), FRIDAY)
    assert {i.place.id for i in kawasato.listings} == {"jidocenter-kawasato", "sample-kayoi-kawasato"}


def test_open_today_keeps_open_places_first_and_unknown_hours_last(content):
    result = directory.find_places(content, Query(kinds=frozenset({"こども食堂"}), today=True), FRIDAY)
    assert [i.place.id for i in result.listings] == ["sample-shokudo-fukiage", "kodomo-shokudo-konosu"]
    assert result.listings[0].open_today and result.listings[1].open_today is None
    # The 3rd Friday is not a こども食堂 day for the sample: only the general (no hours) entry remains.
    third = directory.find_places(content, Query(kinds=frozenset({"こども食堂"}), today=True),
                                  dt.datetime(2026, 11, 20, 16, 0, tzinfo=JST))
    assert [i.place.id for i in third.listings] == ["kodomo-shokudo-konosu"]


def test_children_centres_are_closed_on_monday_and_new_year(content):
    centres = Query(kinds=frozenset({"児童センター"}), today=True)
    # On an ordinary Monday only 川里 (closed on the 3rd Monday instead) is open; 11/30 is a 5th Monday.
    assert [i.place.id for i in directory.find_places(content, centres, MONDAY).listings] == ["jidocenter-kawasato"]
    third_monday = dt.datetime(2026, 11, 16, 10, tzinfo=JST)
    assert directory.find_places(content, centres, third_monday).listings == []
    assert directory.find_places(content, centres, dt.datetime(2027, 1, 2, 10, tzinfo=JST)).listings == []
    tuesday = directory.find_places(content, centres, MONDAY + dt.timedelta(days=1))
    assert len(tuesday.listings) == 8
    now = directory.find_places(content, Query(kinds=frozenset({"児童センター"}), now=True),
                                dt.datetime(2026, 12, 1, 17, 0, tzinfo=JST))
    assert now.listings == []  # 17:00 is closing time


def test_saturday_filter_uses_the_rules(content):
    result = directory.find_places(content, Query(weekdays=frozenset({5})), MONDAY)
    ids = {i.place.id for i in result.listings}
    assert "sample-kayoi-kawasato" in ids and "jidocenter-konosu" in ids and "sample-shokudo-fukiage" in ids
    assert "sample-salon-fukiage" not in ids  # Tuesdays only
    assert len(result.listings) <= 12


# --- distance ----------------------------------------------------------------------------------------

def test_haversine_and_walking_time_are_exact():
    assert directory.haversine_km(36.0, 139.5, 36.0, 139.5) == 0
    assert directory.haversine_km(36.0, 139.5, 37.0, 139.5) == pytest.approx(111.195, abs=0.01)
    assert directory.walking_minutes(0.8) == 10
    assert directory.walking_minutes(0.81) == 11
    assert directory.walking_minutes(0.0) == 1


def _place(pid: str, lat: float | None, lon: float | None) -> Place:
    return Place(id=pid, name=pid, kind="サロン", description="x", lat=lat, lon=lon,
                 coords_source="sample" if lat is not None else None, source="test", checked=CHECKED, sample=True)


def test_nearest_ranks_exactly_by_distance_and_skips_places_without_coordinates(content):
    places = (
        _place("far", 36.10, 139.50),
        _place("none", None, None),
        _place("near", 36.001, 139.50),
        _place("middle", 36.02, 139.50),
        _place("tie-second", 36.02, 139.50),
        _place("farther", 36.2, 139.50),
    )
    test_content = dataclasses.replace(content, places=places)
    found = directory.nearest(test_content, 36.0, 139.5, FRIDAY)
    assert [i.place.id for i in found] == ["near", "middle", "tie-second"]
    assert found[0].distance_km == pytest.approx(0.1112, abs=1e-3)
    assert found[0].walk_minutes == 2


def test_location_reply_says_straight_line_and_labels_samples(knowledge):
    reply = respond_location(knowledge, 36.1005, 139.4560, now=FRIDAY)
    assert reply.kind == "directory"
    text, carousel = reply.messages
    assert SAMPLE_LABEL in text["text"] and "直線距離" in text["text"]
    cards = bubbles(carousel)
    assert len(cards) == 3
    assert "(見本)吹上 ふれあいサロン" in flat(cards[0])
    assert all("【サンプル】" in flat(c) for c in cards)
    assert "直線で約" in flat(cards[0]) and "歩いて約" in flat(cards[0])


def test_location_without_any_coordinates_offers_the_areas(knowledge):
    content = knowledge.content
    bare = dataclasses.replace(knowledge, content=dataclasses.replace(
        content, places=tuple(p for p in content.places if not p.has_coords)))
    reply = respond_location(bare, 36.06, 139.52, now=FRIDAY)
    assert len(reply.messages) == 1
    assert "まだありません" in reply.messages[0]["text"]
    data = [i["action"].get("data") for i in reply.messages[-1]["quickReply"]["items"]]
    assert "dir:p?area=吹上" in data


# --- replies -----------------------------------------------------------------------------------------

def test_free_text_search_returns_a_carousel_with_call_map_and_badge(knowledge):
    reply = respond_text(knowledge, "近くの児童センター", now=MONDAY + dt.timedelta(days=1))
    assert reply.kind == "directory"
    text, carousel = reply.messages
    cards = bubbles(carousel)
    assert len(cards) == 8
    konosu = cards[0]
    assert TODAY_BADGE in flat(konosu["header"])
    uris = [b["action"]["uri"] for b in konosu["footer"]["contents"]]
    assert "tel:0485410442" in uris
    assert any(u.startswith("https://www.google.com/maps/search/?api=1&query=") for u in uris)
    items = carousel["quickReply"]["items"]
    assert items[0]["action"]["type"] == "location"  # 近く → offer to send the location
    assert SAMPLE_LABEL not in text["text"]  # only real centres here


def test_no_badge_when_closed_today(knowledge):
    reply = respond_text(knowledge, "吹上の児童センター", now=MONDAY)
    cards = bubbles(reply.messages[1])
    assert "header" not in cards[0] and "お休み" in flat(cards[0])


def test_every_reply_showing_a_sample_is_labelled(knowledge):
    for text in ("吹上のサロン", "今日やってる子ども食堂", "土曜日に行ける居場所", "子どものボランティア募集ある？"):
        reply = respond_text(knowledge, text, now=FRIDAY)
        shown = flat(reply.messages)
        if "(見本)" in shown:
            assert SAMPLE_LABEL in reply.messages[0]["text"], text


def test_ordinary_faq_questions_keep_their_candidates(knowledge):
    reply = respond_text(knowledge, "こども食堂ってどこにあるの", now=FRIDAY)
    assert reply.kind == "directory" and reply.candidates[0].id == "kodomo-shokudo"
    assert respond_text(knowledge, "ボランティアを始めたい", now=FRIDAY).kind == "answer"


def test_crisis_still_comes_first(knowledge):
    assert respond_text(knowledge, "死にたい 近くの居場所", now=FRIDAY).kind == "crisis"


# --- volunteer openings ------------------------------------------------------------------------------

def test_expired_openings_are_never_shown(content, knowledge):
    ids = [v.id for v in directory.open_volunteers(content, FRIDAY)]
    assert "sample-natsu-event" not in ids and "sample-mimamori" in ids
    assert "sample-natsu-event" in [v.id for v in directory.open_volunteers(content, dt.datetime(2026, 8, 31, 23, 0, tzinfo=JST))]
    for tag in ("子ども", ""):
        reply = respond_postback(knowledge, f"dir:v?tag={tag}" if tag else "dir:v", now=FRIDAY)
        assert "夏祭り" not in flat(reply.messages)


def test_openings_match_interest_words_and_always_offer_shakyo(content, knowledge):
    assert [v.id for v in directory.open_volunteers(content, FRIDAY, ["運転"])] == ["sample-sogei"]
    assert [v.id for v in directory.open_volunteers(content, FRIDAY, ["災害"])] == ["sample-bousai"]
    assert {v.id for v in directory.open_volunteers(content, FRIDAY, ["高齢者"])} == {"sample-mimamori", "sample-sogei"}
    reply = respond_text(knowledge, "災害ボランティアの募集はありますか", now=FRIDAY)
    assert "048-597-2100" in flat(reply.messages) and SAMPLE_LABEL in reply.messages[0]["text"]
    nothing = respond_text(knowledge, "障がいのある人を手伝うボランティアを探しています", now=FRIDAY)
    assert "見つかりませんでした" in nothing.messages[0]["text"] and "048-597-2100" in flat(nothing.messages)


# --- postback browsing -------------------------------------------------------------------------------

@pytest.mark.parametrize("data", ["dir:places", "dir:desks", "dir:news", "dir:plan", "dir:v", "dir:p?area=鴻巣",
                                  "dir:p?kind=サロン", "dir:p?when=today", "dir:p?kind=認知症カフェ&area=川里"])
def test_browse_postbacks_answer_within_line_limits(knowledge, data):
    from bot.replies import size_ok

    reply = respond_postback(knowledge, data, now=FRIDAY)
    assert reply.kind == "directory"
    assert 1 <= len(reply.messages) <= 5 and all(size_ok(m) for m in reply.messages)
    for message in reply.messages:
        if message["type"] == "flex":
            assert len(bubbles(message)) <= 12


def test_unknown_directory_postback_falls_back_to_help(knowledge):
    assert respond_postback(knowledge, "dir:nonsense", now=FRIDAY).kind == "greeting"


# --- data checks -------------------------------------------------------------------------------------

def test_real_places_carry_sources_and_no_made_up_coordinates(content):
    facts = (Path("/work/shared/reference/konosu-facts.md"))
    text = facts.read_text(encoding="utf-8") if facts.exists() else None
    for place in content.places:
        assert place.source and place.checked == CHECKED
        if not place.sample:
            assert not place.has_coords, place.id
            if text and place.address:
                assert place.address.removeprefix("鴻巣市") in text, place.id
            if place.desk:
                for phone in content.desks[place.desk].phones:
                    assert text is None or phone.number in text, place.id
    for opening in content.volunteers:
        assert opening.sample  # the city has not given us real openings yet


def copy_content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(ROOT / "faq", root / "faq")
    shutil.copytree(ROOT / "plan_data", root / "plan_data")
    return root


def test_broken_places_are_reported_with_file_line_and_id(tmp_path):
    root = copy_content(tmp_path)
    path = root / "plan_data" / "places.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace('open: ["毎週火曜 10:00-12:00"]', 'open: ["毎週火曜 10時から"]')
    text = text.replace("    lat: 36.0660\n", "")
    text = text.replace("desk: jidocenter-mida", "desk: no-such-desk")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentInvalid) as err:
        load_content(root)
    messages = [str(e) for e in err.value.errors]
    assert any("places.yaml:" in m and "sample-salon-fukiage" in m and "毎週火曜 10時から" in m for m in messages)
    assert any("sample-salon-konosu" in m and "lat と lon" in m for m in messages)
    # cross-checks run once the schema passes, so the desk error shows after the fixes above
    text = text.replace('open: ["毎週火曜 10時から"]', 'open: ["毎週火曜 10:00-12:00"]').replace(
        "    lon: 139.5220\n", "")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentInvalid) as err:
        load_content(root)
    assert any("jidocenter-mida" in str(e) and "no-such-desk" in str(e) and e.line > 0 for e in err.value.errors)


def test_samples_may_not_carry_phone_numbers(tmp_path):
    root = copy_content(tmp_path)
    path = root / "plan_data" / "volunteers.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "    desk: shakyo\n", "    desk: shakyo\n    phone: 048-000-0000\n", 1), encoding="utf-8")
    with pytest.raises(ContentInvalid) as err:
        load_content(root)
    assert "サンプルに電話番号は書けません" in str(err.value)


def test_check_production_fails_while_samples_remain(tmp_path, capsys):
    assert cli_main(["check", "--content", str(ROOT)]) == 0
    assert cli_main(["check", "--production", "--content", str(ROOT)]) == 1
    assert "sample-salon-fukiage" in capsys.readouterr().err
    root = copy_content(tmp_path)
    (root / "plan_data" / "volunteers.yaml").write_text("volunteers: []\n", encoding="utf-8")
    places = root / "plan_data" / "places.yaml"
    text = places.read_text(encoding="utf-8")
    places.write_text(text[: text.index("  - id: sample-salon-fukiage")], encoding="utf-8")
    content = load_content(root)
    assert not [p for p in content.places if p.sample] and not content.volunteers


# --- end to end through the webhook and the fake LINE API ---------------------------------------------

REPLY = "/v2/bot/message/reply"


def test_location_event_gets_one_reply_with_the_nearest_three(server, fake_line):
    import time
    import uuid

    from tests.conftest import base_event, body_of

    event = base_event("message")
    event["replyToken"] = uuid.uuid4().hex
    event["message"] = {"type": "location", "id": "4" * 18, "title": "現在地", "address": "鴻巣市",
                        "latitude": 36.1005, "longitude": 139.4560}
    assert server.post(body_of(event)).status_code == 200
    calls = fake_line.wait_for(REPLY, 1)
    time.sleep(0.3)
    assert len(fake_line.calls(REPLY, status=None)) == 1
    sent = calls[0].json
    assert sent["replyToken"] == event["replyToken"]
    text, carousel = sent["messages"]
    assert "直線距離" in text["text"] and SAMPLE_LABEL in text["text"]
    cards = bubbles(carousel)
    assert len(cards) == 3 and "(見本)吹上 ふれあいサロン" in flat(cards[0])


def test_postback_browse_by_area_gets_one_carousel_reply(server, fake_line):
    import time

    from tests.conftest import body_of, postback_event

    menu = postback_event("dir:places")
    server.post(body_of(menu))
    first = fake_line.wait_for(REPLY, 1)[0].json["messages"]
    area_data = [i["action"]["data"] for i in first[-1]["quickReply"]["items"] if i["action"]["type"] == "postback"]
    assert "dir:p?area=吹上" in area_data

    event = postback_event("dir:p?area=吹上")
    server.post(body_of(event))
    calls = fake_line.wait_for(REPLY, 2)
    time.sleep(0.3)
    assert len(fake_line.calls(REPLY, status=None)) == 2
    sent = next(c.json for c in calls if c.json["replyToken"] == event["replyToken"])
    text, carousel = sent["messages"]
    names = [b["body"]["contents"][1]["text"] if "【サンプル】" in flat(b["body"]["contents"][0]) else
             b["body"]["contents"][0]["text"] for b in bubbles(carousel)]
    assert "吹上児童センター" in names and "(見本)吹上 ふれあいサロン" in names
    assert all("吹上地区" in flat(b) for b in bubbles(carousel))
    assert SAMPLE_LABEL in text["text"]


def test_a_hedged_kind_with_an_area_is_still_a_search():
    assert directory.parse("吹上でサロンみたいな集まりある？") == Query(kinds=frozenset({"サロン"}),
                                                                 areas=frozenset({"吹上"}))
