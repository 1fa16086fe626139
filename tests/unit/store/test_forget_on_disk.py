"""Deletes are final on disk (secure_delete + a truncating WAL checkpoint), and the vector cache keeps nothing a
resident typed. The files are read raw: a deleted row still in the -wal file or a free page counts as kept."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import sqlite3
from pathlib import Path

import pytest

from bot.search.encoders import HashingEncoder
from bot.store import subscriptions
from bot.store.db import Database
from bot.store.unanswered import forget_message, forget_user, purge_unanswered, record_unanswered
from bot.store.vector_cache import CachedEncoder

NOW = dt.datetime(2026, 11, 28, 12, tzinfo=dt.UTC)
RESIDENT = "U" + "5" * 32


def folder_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file())


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "data").mkdir()
    return tmp_path / "data"


@pytest.fixture
def db(folder: Path):
    database = Database.open(f"sqlite:///{folder / 'bot.db'}")
    yield database
    database.close()


def record(db: Database, text: str, *, user_key: str = "k1", message_id: str = "m", days_ago: int = 0) -> None:
    record_unanswered(db, user_key=user_key, message_id=message_id, kind="fallback", text=text, nearest_id=None,
                      nearest_score=None, now=NOW - dt.timedelta(days=days_ago))


def test_secure_delete_is_on_for_every_connection(db):
    # Set explicitly: SQLite builds without SQLITE_SECURE_DELETE would otherwise leave deleted cells readable.
    assert db.query("PRAGMA secure_delete") == [(1,)]


def test_retention_purge_erases_old_questions_from_every_file(db, folder):
    record(db, "古い相談ふるいふるいしつもん", message_id="old", days_ago=120)
    record(db, "新しい相談あたらしいしつもん", message_id="new", days_ago=1)
    assert "ふるいふるいしつもん".encode() in folder_bytes(folder)  # the control: it was on disk
    assert purge_unanswered(db, days=90, now=NOW) == 1
    raw = folder_bytes(folder)
    assert "ふるいふるいしつもん".encode() not in raw
    assert "あたらしいしつもん".encode() in raw
    assert (folder / "bot.db-wal").stat().st_size == 0  # truncated: no old page versions left behind


def test_retention_below_one_day_is_refused_instead_of_deleting_everything(db):
    record(db, "きょうのしつもん", days_ago=0)
    with pytest.raises(ValueError, match="at least 1 day"):
        purge_unanswered(db, days=-5, now=NOW)
    assert len(db.query("SELECT * FROM unanswered")) == 1


def test_unfollow_and_unsend_erase_from_every_file(db, folder):
    record(db, "ありすのひみつのしつもん", user_key="alice", message_id="a1")
    record(db, "ぼぶのとりけすしつもん", user_key="bob", message_id="b1")
    record(db, "ぼぶののこすしつもん", user_key="bob", message_id="b2")
    subscriptions.set_area(db, RESIDENT, "konosu", now=NOW)
    subscriptions.toggle_tag(db, RESIDENT, "kosodate", now=NOW)
    assert RESIDENT.encode() in folder_bytes(folder)
    forget_user(db, "alice")
    forget_message(db, "b1")
    subscriptions.forget(db, RESIDENT)
    raw = folder_bytes(folder)
    for gone in ("ありすのひみつのしつもん", "ぼぶのとりけすしつもん", RESIDENT):
        assert gone.encode() not in raw, gone
    assert "ぼぶののこすしつもん".encode() in raw


def test_a_reader_holding_an_old_snapshot_delays_the_erase_but_never_blocks_the_forget(db, folder, caplog):
    record(db, "よみてがいるあいだのしつもん", user_key="carol", message_id="c1")
    reader = sqlite3.connect(folder / "bot.db")
    reader.execute("BEGIN")
    reader.execute("SELECT COUNT(*) FROM unanswered").fetchone()  # another process mid-read
    record(db, "つぎのしつもん", user_key="dave", message_id="d1")
    caplog.set_level(logging.WARNING)
    assert forget_user(db, "carol") == 1  # the row is deleted at once
    assert db.query("SELECT message_id FROM unanswered") == [("d1",)]
    assert any("write-ahead log" in r.getMessage() for r in caplog.records)
    reader.rollback()
    reader.close()
    assert db.erase_from_disk()  # the next checkpoint completes once the reader is gone
    assert "よみてがいるあいだのしつもん".encode() not in folder_bytes(folder)


def test_vector_cache_keeps_content_vectors_but_nothing_a_resident_typed(folder):
    path = folder / "vectors.sqlite"
    message, content = "ふじさんにのぼりたいきもち", "ボランティアを始めたい"
    with CachedEncoder(HashingEncoder(), path) as cache:
        cache.encode([message], kind="query")
        cache.encode([content], kind="passage")
        assert len(cache) == 1
    raw = folder_bytes(folder)
    assert hashlib.sha256(content.encode()).digest() in raw  # the control: content is cached on disk
    assert hashlib.sha256(message.encode()).digest() not in raw
    assert message.encode() not in raw and content.encode() not in raw  # texts themselves are never stored
    columns = {r[1] for r in sqlite3.connect(path).execute("PRAGMA table_info(vectors)")}
    assert columns == {"model", "kind", "key", "dim", "vec"}  # no user, no time, no message id
