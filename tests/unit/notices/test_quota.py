"""A broadcast reaches LINE's followers − blocks (Insight API), and the quota check counts exactly that:
never the demographic `targetedReaches`, never a guess when the figure is not ready. The dry run and the
preview say which number they assumed. Real SDK against the fake LINE API."""

from __future__ import annotations

import pytest
import yaml

from bot.cli import main
from bot.notices.sender import SendRefused
from bot.store.db import Database
from tests.conftest import TOKEN
from tests.unit.notices.test_delivery import BROADCAST, Run, make_notice, notice_data
from tests.unit.notices.test_notices import run_json, write


@pytest.fixture
def db(tmp_path):
    database = Database.open(f"sqlite:///{tmp_path / 'quota.db'}")
    database.migrate()
    yield database
    database.close()


def insight(fake_line, *, followers, targeted, blocks, left):
    fake_line.followers, fake_line.targeted_reaches, fake_line.blocks = followers, targeted, blocks
    fake_line.quota_limit, fake_line.quota_used = 10_000, 10_000 - left


async def test_a_broadcast_larger_than_what_is_left_is_refused(db, fake_line):
    # 1,000 friends of whom 50 block us reach 950; only 300 have known demographics; 500 messages are left
    insight(fake_line, followers=1_000, targeted=300, blocks=50, left=500)
    with pytest.raises(SendRefused, match="必要 950 通") as refused:
        await Run(db, fake_line).send(make_notice(audience="all"))
    assert "残り 500 通" in str(refused.value)
    assert fake_line.calls(BROADCAST, status=None) == []
    assert db.query("SELECT COUNT(*) FROM notice_deliveries")[0][0] == 0


async def test_blocked_friends_are_not_counted_against_the_quota(db, fake_line):
    insight(fake_line, followers=1_000, targeted=300, blocks=50, left=950)  # exactly enough
    report = await Run(db, fake_line).send(make_notice(audience="all"))
    assert report.state == "done" and fake_line.broadcasts() == 1


async def test_a_broadcast_is_refused_while_the_insight_is_not_ready(db, fake_line):
    fake_line.quota_limit, fake_line.quota_used, fake_line.followers = 10_000, 0, None
    with pytest.raises(SendRefused, match="統計"):
        await Run(db, fake_line).send(make_notice(audience="all"))
    assert fake_line.calls(BROADCAST, status=None) == []
    asked = fake_line.calls("/v2/bot/insight/followers")
    assert len(asked) == 2  # yesterday's figure, then the day before's: neither ready


@pytest.fixture
def broadcast_staff(tmp_path, fake_line, monkeypatch):
    write(tmp_path, yaml.safe_dump({"notices": [notice_data("everyone", audience="all")]}, allow_unicode=True))
    for key in [k for k in __import__("os").environ if k.startswith("TSUNAGARI_")]:
        monkeypatch.delenv(key)
    monkeypatch.setenv("TSUNAGARI_DATABASE_URL", f"sqlite:///{tmp_path / 'staff.db'}")
    monkeypatch.setenv("TSUNAGARI_CONTENT_DIR", str(tmp_path))
    monkeypatch.setenv("TSUNAGARI_LINE_API_URL", fake_line.url)
    monkeypatch.setenv("LINE_CHANNEL_ACCESS_TOKEN", TOKEN)
    return tmp_path


def test_the_dry_run_shows_the_number_it_assumed(broadcast_staff, fake_line, capsys):
    insight(fake_line, followers=1_000, targeted=300, blocks=50, left=500)
    code, dry = run_json(capsys, "send", "everyone", "--dry-run")
    assert code == 0 and dry["quota_needed"] == 950 and dry["quota_ok"] is False
    assert dry["audience_stats"]["followers"] == 1_000 and dry["audience_stats"]["blocks"] == 50
    assert main(["notices", "send", "everyone", "--dry-run"]) == 0
    text = capsys.readouterr().out
    assert "950 人(友だち 1,000 − ブロック 50" in text and "必要 950 通" in text
    assert fake_line.calls(BROADCAST, status=None) == []


def test_the_dry_run_says_when_the_number_is_unknown(broadcast_staff, fake_line, capsys):
    fake_line.quota_limit, fake_line.followers = 10_000, None
    code, dry = run_json(capsys, "send", "everyone", "--dry-run")
    assert dry["quota_needed"] is None and dry["quota_ok"] is False and "不明" in dry["quota_assumed"]


def test_the_preview_counts_followers_minus_blocks(broadcast_staff, fake_line, capsys):
    insight(fake_line, followers=1_000, targeted=300, blocks=50, left=500)
    code, preview = run_json(capsys, "preview", "everyone")
    assert code == 0 and preview["recipients"] == 950 and preview["audience_stats"]["reach"] == 950
    assert main(["notices", "preview", "everyone"]) == 0
    assert "届く人数: 950 人(友だち 1,000 − ブロック 50" in capsys.readouterr().out
