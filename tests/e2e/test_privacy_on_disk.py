"""Forgetting holds on disk: after unfollow / unsend, no byte of any file in the database folder (bot.db, its
-wal and -shm, the vector cache) holds the resident's raw LINE ID or what they typed, while the server runs.

Through the real server and the real line-bot-sdk against the fake LINE API; the files are read raw, so a row
that was deleted but still sits in the write-ahead log or in a free page counts as kept."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.settings import Settings
from tests.conftest import Server, base_event, body_of, follow_event, postback_event, text_event, user_id

REPLY = "/v2/bot/message/reply"
ODD = "宇宙旅行の申し込み方法を知りたい"  # nothing in the content fits: kept (masked) in the unanswered log


def folder_bytes(folder: Path) -> bytes:
    """Every byte of every file in the folder, as a forensic reader would see them."""
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def wait_until(condition: Callable[[], bool], *, timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def disk_server(settings: Settings, data_dir: Path, warm_vector_cache: Path):
    # The vector cache lives in the scanned folder too: start it as a copy of the session's warm one (content
    # vectors only), so the server starts in seconds instead of encoding the content for a minute.
    import sqlite3

    with sqlite3.connect(warm_vector_cache) as src, sqlite3.connect(data_dir / "vectors.sqlite") as dst:
        src.backup(dst)
    running = Server(settings.with_(database_url=f"sqlite:///{data_dir / 'bot.db'}",
                                    vector_cache=str(data_dir / "vectors.sqlite"))).start()
    yield running
    running.stop()


def send(server: Server, fake_line, *events: dict) -> None:
    before = len(fake_line.calls(REPLY, status=None))
    assert server.post(body_of(*events)).status_code == 200
    fake_line.wait_for(REPLY, before + sum(1 for e in events if "replyToken" in e), timeout=30)


def test_unfollow_and_unsend_leave_no_trace_in_any_database_file(disk_server, fake_line, data_dir):
    alice, bob = user_id(7001), user_id(7002)
    alice_said = [f"{ODD} ひみつのうちゅうせん", f"{ODD} きのうのゆめのはなし"]
    bob_kept, bob_unsent = f"{ODD} ぼぶののこすしつもん", f"{ODD} ぼぶのとりけすしつもん"
    bob_events = [text_event(bob_kept, user=bob), text_event(bob_unsent, user=bob)]
    send(disk_server, fake_line,
         follow_event(user=alice), postback_event("sub:area:konosu", user=alice),
         postback_event("sub:tag:kosodate", user=alice), *(text_event(t, user=alice) for t in alice_said),
         follow_event(user=bob), postback_event("sub:area:fukiage", user=bob), *bob_events)

    def on_disk(*needles: str) -> bool:
        raw = folder_bytes(data_dir)
        return all(n.encode() in raw for n in needles)

    # The control: before forgetting, the raw ID (subscriptions) and the text (unanswered) are on disk.
    assert wait_until(lambda: on_disk(alice, *alice_said, bob, bob_kept, bob_unsent)), "nothing stored: vacuous"

    unsend = base_event("unsend", user=bob)
    unsend["unsend"] = {"messageId": bob_events[1]["message"]["id"]}
    assert disk_server.post(body_of(base_event("unfollow", user=alice), unsend)).status_code == 200

    def forgotten() -> bool:
        raw = folder_bytes(data_dir)
        return not any(n.encode() in raw for n in (alice, *alice_said, bob_unsent))

    assert wait_until(forgotten), [n for n in (alice, *alice_said, bob_unsent) if on_disk(n)]
    # Forgetting one resident (or one message) keeps everyone else's.
    assert on_disk(bob, bob_kept)
    names = sorted(p.name for p in data_dir.iterdir())
    assert "bot.db" in names, names
    # The resident can come back and is served as anyone new (nothing half-deleted in the way).
    send(disk_server, fake_line, follow_event(user=alice))
