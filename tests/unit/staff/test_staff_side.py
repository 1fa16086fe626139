"""The staff side's parts on a real SQLite file and a real copy of the content: statistics, shared mode and
leases, phrasing edits, ignored questions, bounded grouping and the disaster notice."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from bot.chat import disaster
from bot.chat.knowledge import Knowledge
from bot.chat.routing import respond_text
from bot.content import load_content
from bot.staff import edits, unanswered
from bot.store import mode, stats
from bot.store.db import Database
from bot.store.unanswered import record_unanswered
from bot.store.unanswered_marks import delete_texts, ignore, wording_hash
from bot.text.clock import JST
from bot.text.normalize import fold
from tests.e2e.test_reload import copy_content


@pytest.fixture
def db(tmp_path: Path):
    opened = Database.open(f"sqlite:///{tmp_path / 'staff.db'}")
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    from bot.chat.knowledge import load_knowledge
    from bot.settings import Settings
    from tests.conftest import ROOT

    return load_knowledge(Settings(content_dir=ROOT))  # the configuration the bot runs (words + meaning)


def test_stats_count_per_japan_day_with_zeros_and_crisis_as_a_bare_count(db):
    late_utc = dt.datetime(2026, 11, 30, 15, 30, tzinfo=dt.UTC)  # 00:30 on 1 December in Japan
    stats.record_reply(db, "answer", "volunteer-start", "ja", now=late_utc)
    stats.record_reply(db, "answer", "volunteer-start", "ja", now=late_utc)
    stats.record_reply(db, "crisis", "should-not-be-kept", "ja", now=late_utc)
    stats.record_reply(db, "fallback", now=late_utc - dt.timedelta(days=2))
    found = stats.summary(db, days=3, titles={"volunteer-start": "ボランティアを始めたい"},
                          now=dt.datetime(2026, 12, 1, 9, 0, tzinfo=JST))
    assert [d["date"] for d in found["days"]] == ["2026-11-29", "2026-11-30", "2026-12-01"]
    assert found["days"][-1]["answer"] == 2 and found["days"][-1]["crisis"] == 1
    assert found["days"][0]["fallback"] == 1 and found["days"][1]["total"] == 0
    assert found["top_entries"] == [{"id": "volunteer-start", "title": "ボランティアを始めたい", "count": 2}]
    assert found["fallback_rate"] == round(1 / 3, 4)
    assert db.query("SELECT entry_id, lang FROM reply_stats WHERE kind = 'crisis'") == [("", "")]


def test_mode_is_shared_and_a_lease_has_one_holder_until_it_expires(tmp_path, db):
    other = Database.open(f"sqlite:///{tmp_path / 'staff.db'}")  # a second server on the same database
    try:
        assert not mode.is_disaster(other)
        assert mode.set_mode(db, mode.DISASTER, actor="t") and mode.is_disaster(other)
        assert not mode.set_mode(other, mode.DISASTER, actor="t")
        mode.set_mode(other, mode.NORMAL, actor="t")
        assert not mode.is_disaster(db)
        now = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
        assert mode.lease(db, "x", "a", seconds=30, now=now)
        assert not mode.lease(other, "x", "b", seconds=30, now=now + dt.timedelta(seconds=10))
        assert mode.lease(db, "x", "a", seconds=30, now=now + dt.timedelta(seconds=10))  # renewal
        assert mode.lease(other, "x", "b", seconds=30, now=now + dt.timedelta(seconds=41))  # a dead leader
    finally:
        other.close()


def test_a_phrasing_is_appended_keeping_comments_and_a_breaking_one_is_refused(tmp_path):
    root = copy_content(tmp_path)
    path = root / "faq/volunteer.yaml"
    before = path.read_text(encoding="utf-8")
    edit = edits.add_phrasing(root, "fukushi-manabu", "  点字を 習いたい  ")
    after = path.read_text(encoding="utf-8")
    assert edit.path == "faq/volunteer.yaml" and edit.phrasing == "点字を 習いたい"
    assert [x for x in after.splitlines() if x not in before.splitlines()] == ["      - 点字を 習いたい"]
    assert len(after.splitlines()) == len(before.splitlines()) + 1 and after.startswith("# ")
    assert any(e.id == "fukushi-manabu" and "点字を 習いたい" in e.questions for e in load_content(root).entries)
    with pytest.raises(edits.EditRefused) as refused:
        edits.add_phrasing(root, "fukushi-manabu", "ボランティアを始めたい")  # another entry's question
    assert refused.value.errors and "volunteer-start" in str(refused.value.errors[0])
    assert path.read_text(encoding="utf-8") == after  # nothing written
    for bad in ("", "x" * 201):
        with pytest.raises(edits.EditRefused):
            edits.add_phrasing(root, "fukushi-manabu", bad)
    with pytest.raises(edits.EditRefused):
        edits.add_phrasing(root, "plan-measure-1", "取組の言い方")  # generated from the plan, not in faq/


def test_an_ignored_wording_stays_hidden_when_asked_again(db, knowledge):
    for text in ("ごみの出し方", "ごみの出し方", "宇宙旅行の申し込み"):
        record_unanswered(db, user_key="k", message_id=None, kind="fallback", text=text, nearest_id=None,
                          nearest_score=None)
    found = unanswered.groups(db, knowledge, key=b"k")
    assert [g.text for g in found] == ["ごみの出し方", "宇宙旅行の申し込み"]
    assert all(g.nearest_id is None for g in found)  # below the calibrated score: no suggestion
    group = found[0]
    ignore(db, [wording_hash(k, b"k") for k in group.keys], actor="t")
    assert delete_texts(db, group.texts) == 2
    record_unanswered(db, user_key="k2", message_id=None, kind="fallback", text="ごみの出し方", nearest_id=None,
                      nearest_score=None)
    assert [g.text for g in unanswered.groups(db, knowledge, key=b"k")] == ["宇宙旅行の申し込み"]
    assert "ごみ" not in str(db.query("SELECT * FROM unanswered_ignored"))
    assert wording_hash(fold("ごみの出し方"), b"k") != wording_hash(fold("ごみの出し方"), b"other key")


def test_grouping_stays_bounded_and_still_groups_near_wordings():
    rows = [(f"質問その{i}番 {chr(0x4E00 + i * 7 % 20000)}{chr(0x4E00 + i * 13 % 20000)}", "fallback",
             "2026-11-01T00:00:00+00:00") for i in range(3000)]
    rows += [("ボランティア保険はどこで入れる", "fallback", "2026-11-02T00:00:00+00:00"),
             ("ぼらんてぃあ保険 どこで入れる？", "fallback", "2026-11-03T00:00:00+00:00")]
    found = unanswered.cluster(rows)
    near = next(g for g in found if "ボランティア保険はどこで入れる" in g.examples)
    assert near.count == 2 and near.first < near.last
    assert unanswered.MAX_CANDIDATES <= 20  # each wording meets at most this many groups


def test_the_disaster_notice_leads_without_breaking_lines_limits():
    one = [{"type": "text", "text": "本文", "quickReply": {"items": []}}]
    led = disaster.lead_with_notice(one)
    assert led[0]["text"] == disaster.NOTICE and led[-1] == one[0]
    five = [{"type": "text", "text": f"m{i}"} for i in range(5)]
    merged = disaster.lead_with_notice(five)
    assert len(merged) == 5 and merged[0]["text"].startswith(disaster.NOTICE) and five[0]["text"] == "m0"
    crisis = disaster.lead_with_notice([{"type": "text", "text": "119"}, {"type": "flex"}], crisis=True)
    assert crisis[0]["text"] == "119" and crisis[1]["text"] == disaster.NOTICE


def test_disaster_mode_puts_the_disaster_faq_first_and_off_restores_the_reply(db, knowledge):
    question = "地震が心配"
    normal = respond_text(knowledge, question, db=db)
    mode.set_mode(db, mode.DISASTER, actor="t")
    during = respond_text(knowledge, question, db=db)
    assert disaster.NOTICE in during.messages[0]["text"]
    offered = re.findall(r"faq:([a-z0-9-]+)", json.dumps(during.messages))
    first = during.entry_id if during.kind == "answer" else offered[0]
    assert first in knowledge.content.entries_in(disaster.DISASTER_FILE), (during.kind, offered)
    assert normal.entry_id not in knowledge.content.entries_in(disaster.DISASTER_FILE)
    assert not re.findall(r"faq:([a-z0-9-]+)", json.dumps(normal.messages))[:1] == offered[:1]
    mode.set_mode(db, mode.NORMAL, actor="t")
    assert respond_text(knowledge, question, db=db).messages == normal.messages
