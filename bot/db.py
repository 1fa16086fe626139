"""One small data layer over SQLite (embedded default) and PostgreSQL (several servers), with migrations.

SQL is written once with `?` placeholders and portable types; the PostgreSQL connection rewrites the
placeholders. Every public call runs in its own transaction and is serialised by a lock, so the same
Database can be used from the event loop and from worker threads.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

# Ordered, append-only. Each migration runs once, in one transaction, and is recorded in _migrations.
# Other modules append their own with register_migration() before Database.open() is called.
MIGRATIONS: list[tuple[str, str]] = [
    (
        "0001_processed_events",
        """
        CREATE TABLE processed_events (
            event_id TEXT PRIMARY KEY,
            received_at TEXT NOT NULL
        );
        """,
    ),
    (
        "0002_unanswered",
        """
        CREATE TABLE unanswered (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            user_key TEXT NOT NULL,
            message_id TEXT,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            nearest_id TEXT,
            nearest_score REAL,
            asked_at TEXT NOT NULL
        );
        CREATE INDEX unanswered_user ON unanswered (user_key);
        CREATE INDEX unanswered_asked ON unanswered (asked_at);
        """,
    ),
]


class Database:
    """A connection to SQLite or PostgreSQL chosen by URL: sqlite:///path or postgresql://…"""

    def __init__(self, conn: Any, *, dialect: str, url_for_display: str):
        self._conn = conn
        self.dialect = dialect
        self.display = url_for_display
        self._lock = threading.RLock()

    @classmethod
    def open(cls, url: str, *, base_dir: Path | None = None) -> Database:
        if url.startswith("sqlite:///") or url == "sqlite://:memory:":
            raw = url.removeprefix("sqlite:///") if url != "sqlite://:memory:" else ":memory:"
            path = Path(raw)
            if raw != ":memory:":
                if not path.is_absolute() and base_dir is not None:
                    path = base_dir / path
                path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(
                str(path) if raw != ":memory:" else raw, check_same_thread=False, isolation_level=None, timeout=30
            )
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA busy_timeout=30000")
            conn.execute("PRAGMA foreign_keys=ON")
            db = cls(conn, dialect="sqlite", url_for_display=f"sqlite:///{path}")
        elif url.startswith(("postgresql://", "postgres://")):
            import psycopg  # optional: only needed when several servers share state

            conn = psycopg.connect(url, autocommit=True)
            db = cls(conn, dialect="postgresql", url_for_display=_hide_password(url))
        else:
            raise ValueError("TSUNAGARI_DATABASE_URL must start with sqlite:/// or postgresql://")
        db.migrate()
        return db

    def _sql(self, sql: str) -> str:
        if self.dialect == "postgresql":
            return (
                sql.replace("?", "%s")
                .replace("INTEGER PRIMARY KEY AUTOINCREMENT", "BIGSERIAL PRIMARY KEY")
                .replace("BLOB", "BYTEA")
            )
        return sql

    @contextmanager
    def transaction(self) -> Iterator[Cursor]:
        """Run several statements atomically."""
        with self._lock:
            if self.dialect == "sqlite":
                self._conn.execute("BEGIN IMMEDIATE")
                try:
                    yield Cursor(self)
                except BaseException:
                    self._conn.execute("ROLLBACK")
                    raise
                self._conn.execute("COMMIT")
            else:
                with self._conn.transaction():
                    yield Cursor(self)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement in its own transaction; return the number of rows changed."""
        with self.transaction() as cur:
            return cur.execute(sql, params)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            cur = self._conn.execute(self._sql(sql), tuple(params))
            return [tuple(row) for row in cur.fetchall()]

    def migrate(self) -> list[str]:
        """Apply pending migrations in order; return the names applied."""
        with self._lock:
            self._conn.execute(
                "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
            )
            done = {row[0] for row in self.query("SELECT name FROM _migrations")}
            applied = []
            for name, script in MIGRATIONS:
                if name in done:
                    continue
                with self.transaction() as cur:
                    for statement in (s.strip() for s in script.split(";")):
                        if statement:
                            cur.execute(statement)
                    cur.execute(
                        "INSERT INTO _migrations (name, applied_at) VALUES (?, CURRENT_TIMESTAMP)", (name,)
                    )
                applied.append(name)
            return applied

    def close(self) -> None:
        with self._lock:
            self._conn.close()


class Cursor:
    """Statements inside one transaction."""

    def __init__(self, db: Database):
        self._db = db

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        cur = self._db._conn.execute(self._db._sql(sql), tuple(params))
        return max(cur.rowcount, 0)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        cur = self._db._conn.execute(self._db._sql(sql), tuple(params))
        return [tuple(row) for row in cur.fetchall()]


def register_migration(name: str, script: str) -> None:
    """Add a migration at the end of the list (idempotent by name)."""
    if all(existing != name for existing, _ in MIGRATIONS):
        MIGRATIONS.append((name, script))


def _hide_password(url: str) -> str:
    if "@" not in url or "://" not in url:
        return url
    scheme, rest = url.split("://", 1)
    creds, host = rest.rsplit("@", 1)
    user = creds.split(":", 1)[0]
    return f"{scheme}://{user}:***@{host}"
