"""Notices as staff data (strict, located errors, samples labelled) and the `tsunagari notices` commands."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import yaml

from bot.cli import main
from bot.content import ContentInvalid
from bot.content.notices import JST, load_notices
from bot.replies.notices import messages
from bot.store import subscriptions
from bot.store.db import Database
from tests.conftest import ROOT, TOKEN
from tests.unit.notices.test_delivery import MULTICAST, expected, notice_data, populate


def write(root: Path, text: str, name: str = "n.yaml") -> Path:
    folder = root / "plan_data" / "notices"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_notices_are_valid_and_all_marked_as_samples():
    found = load_notices(ROOT)
    assert len(found.items) >= 3
    assert all(n.sample for n in found.items)  # the city gave us no real events yet
    for notice in found.items:
        text = messages(notice)[-1]["text"]
        assert text.startswith("【サンプル】")


def test_errors_name_the_file_line_notice_and_field(tmp_path):
    write(tmp_path, """\
notices:
  - id: ok-one
    title: サロン
    date: 2027-01-10
    place: 公民館
    area: fukiage
    body: 本文
    audience: all
  - id: bad-one
    title: サロン
    date: 2027-01-10
    place: 公民館
    area: tokyo
    tags: [kosodate, gardening]
    body: 本文
    audience:
      areas: [fukiage]
    colour: red
""")
    with pytest.raises(ContentInvalid) as caught:
        load_notices(tmp_path)
    errors = {(e.line, e.entry, e.field) for e in caught.value.errors}
    assert (13, "bad-one", "notices.area") in errors
    assert (14, "bad-one", "notices.tags") in errors
    assert (18, "bad-one", "notices.colour") in errors
    assert all(e.path == "plan_data/notices/n.yaml" for e in caught.value.errors)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"audience": {}}, "areas か tags"),
        ({"send_at": "2099-01-01T09:00:00+09:00"}, "send_at は催しの開始より前"),
        ({"end": "09:00"}, "end は start より後"),
        ({"url": "http://insecure.example/"}, "書き方"),
    ],
)
def test_rules_beyond_the_types(tmp_path, change, words):
    data = notice_data()
    data.update(change)
    write(tmp_path, yaml.safe_dump({"notices": [data]}, allow_unicode=True))
    with pytest.raises(ContentInvalid, match=words):
        load_notices(tmp_path)


def test_duplicate_ids_across_files_are_refused(tmp_path):
    text = yaml.safe_dump({"notices": [notice_data("same")]}, allow_unicode=True)
    write(tmp_path, text, "a.yaml")
    write(tmp_path, text, "b.yaml")
    with pytest.raises(ContentInvalid, match="重複"):
        load_notices(tmp_path)


def test_past_means_started_or_day_over():
    notice = load_notices(ROOT).items[0]
    start = notice.starts_at
    assert not notice.is_past(start - dt.timedelta(minutes=1))
    assert notice.is_past(start)
    no_time = notice.model_copy(update={"start": None, "end": None})
    assert not no_time.is_past(dt.datetime.combine(notice.date, dt.time(23, 59), tzinfo=JST))
    assert no_time.is_past(dt.datetime.combine(notice.date + dt.timedelta(days=1), dt.time(0, 0), tzinfo=JST))


# --- the CLI, as staff use it ---------------------------------------------------------------------


@pytest.fixture
def staff(tmp_path, fake_line, monkeypatch):
    """A content folder with one segmented and one past notice, 2,000 subscribers, and the fake LINE API."""
    data = notice_data("kids-day")
    past = notice_data("last-year", days=-30)
    due = notice_data("due-now")
    due["send_at"] = (dt.datetime.now(JST) - dt.timedelta(minutes=5)).isoformat()
    write(tmp_path, yaml.safe_dump({"notices": [data, past, due]}, allow_unicode=True))
    url = f"sqlite:///{tmp_path / 'staff.db'}"
    db = Database.open(url)
    populate(db, 2_000)
    db.close()
    for key in [k for k in __import__("os").environ if k.startswith("TSUNAGARI_")]:
        monkeypatch.delenv(key)
    monkeypatch.setenv("TSUNAGARI_DATABASE_URL", url)
    monkeypatch.setenv("TSUNAGARI_CONTENT_DIR", str(tmp_path))
    monkeypatch.setenv("TSUNAGARI_LINE_API_URL", fake_line.url)
    monkeypatch.setenv("LINE_CHANNEL_ACCESS_TOKEN", TOKEN)
    return tmp_path


def run_json(capsys, *argv: str) -> tuple[int, object]:
    code = main(["notices", *argv, "--json"])
    out = capsys.readouterr().out.strip().splitlines()
    return code, json.loads(out[-1])


def test_list_preview_dry_run_send_status(staff, fake_line, capsys):
    want = expected(2_000)
    code, listed = run_json(capsys, "list")
    assert code == 0
    by_id = {row["id"]: row for row in listed}
    assert set(by_id["kids-day"]) >= {"id", "title", "audience", "send_at", "status"}
    assert by_id["last-year"]["status"] == "past" and by_id["due-now"]["status"] == "due"

    code, preview = run_json(capsys, "preview", "kids-day")
    assert preview["recipients"] == len(want) and preview["mode"] == "multicast" and preview["sample"] is True
    assert preview["messages"][-1]["text"].startswith("【サンプル】")

    code, dry = run_json(capsys, "send", "kids-day", "--dry-run")
    assert dry["recipients"] == len(want) and fake_line.calls(MULTICAST, status=None) == []

    code, sent = run_json(capsys, "send", "kids-day", "--yes", "--by", "福祉課 山田")
    assert code == 0
    assert {k: sent[k] for k in ("notice_id", "recipients", "batches", "delivered", "failed")} == {
        "notice_id": "kids-day", "recipients": len(want), "batches": -(-len(want) // 500),
        "delivered": len(want), "failed": 0,
    }
    assert set(fake_line.delivered()) == want

    code, status = run_json(capsys, "status", "kids-day")
    actions = [a["action"] for a in status["audit"]]
    assert actions[:3] == ["sent", "start", "plan"] and "dry-run" in actions
    assert {a["actor"] for a in status["audit"]} == {"福祉課 山田", status["audit"][-1]["actor"]}

    code, again = run_json(capsys, "send", "kids-day", "--yes")
    assert again["delivered"] == len(want) and max(fake_line.delivered().values()) == 1  # never twice


def test_send_refuses_past_events_and_unconfirmed_sends(staff, fake_line, capsys):
    code, refused = run_json(capsys, "send", "last-year", "--yes")
    assert code == 1 and "過ぎて" in refused["refused"]
    assert main(["notices", "send", "kids-day"]) == 2  # not a terminal and no --yes: nothing is sent
    assert fake_line.calls(MULTICAST, status=None) == []


def test_run_due_sends_only_what_is_due(staff, fake_line, capsys):
    code, results = run_json(capsys, "run-due")
    assert code == 0 and [r["notice_id"] for r in results] == ["due-now"]
    code, results = run_json(capsys, "run-due")
    assert results == []  # already sent


def test_quota_refusal_is_explained(staff, fake_line, capsys):
    fake_line.quota_limit, fake_line.quota_used = 100, 99
    code, refused = run_json(capsys, "send", "kids-day", "--yes")
    assert code == 1 and "上限" in refused["refused"] and "残り 1 通" in refused["refused"]


def test_check_validates_notices_too(staff, capsys, monkeypatch):
    write(staff, "notices:\n  - id: Bad Id\n", "broken.yaml")
    for folder in ("faq", "plan_data/desks.yaml", "plan_data/plan.yaml"):
        src = ROOT / folder
        dst = staff / folder
        if src.is_dir():
            dst.mkdir(parents=True, exist_ok=True)
            for f in src.glob("*.yaml"):
                (dst / f.name).write_bytes(f.read_bytes())
        else:
            dst.write_bytes(src.read_bytes())
    assert main(["check"]) == 1
    assert "plan_data/notices/broken.yaml:2" in capsys.readouterr().err
    assert subscriptions.count(Database.open(f"sqlite:///{staff / 'staff.db'}")) == 2_000


async def test_the_scheduler_sends_due_notices_once(staff, fake_line):
    import asyncio

    from bot.notices.scheduler import scheduler
    from bot.settings import Settings

    settings = Settings.from_env()
    db = Database.open(settings.database_url)
    stop = asyncio.Event()
    task = asyncio.create_task(scheduler(settings, db, stop=stop, interval=0.05))
    try:
        for _ in range(200):
            if db.query("SELECT state FROM notice_deliveries WHERE notice_id = 'due-now'") == [("done",)]:
                break
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.3)  # a few more rounds: nothing is sent again
    finally:
        stop.set()
        await task
        db.close()
    assert set(fake_line.delivered()) == expected(2_000)
    assert max(fake_line.delivered().values()) == 1
