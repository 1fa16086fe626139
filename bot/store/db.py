"""One small data layer over SQLite (embedded default) and PostgreSQL (several servers), with migrations.

SQL is written once with `?` placeholders and portable types; the PostgreSQL connection rewrites the
placeholders. Every public call runs in its own transaction and is serialised by a lock, so the same
Database can be used from the event loop and from worker threads.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bot.store.migrations import MIGRATIONS


class DatabaseUnavailable(ValueError):
    """The database URL is unusable or the database cannot be reached; the message is one line, no password."""


# Seconds to wait for a PostgreSQL server before saying it is unreachable (instead of hanging `serve`).
PG_CONNECT_TIMEOUT = 5


def check_database(url: str, *, base_dir: Path | None = None) -> None:
    """Open (and migrate) the database once and close it; raises DatabaseUnavailable with a one-line reason."""
    Database.open(url, base_dir=base_dir).close()


class Database:
    """A connection to SQLite or PostgreSQL chosen by URL: sqlite:///path or postgresql://…"""

    def __init__(self, conn: Any, *, dialect: str, url_for_display: str):
        self._conn = conn
        self.dialect = dialect
        self.display = url_for_display
        self._lock = threading.RLock()

    @classmethod
    def open(cls, url: str, *, base_dir: Path | None = None, busy_timeout: float | None = None) -> Database:
        """Connect and migrate; DatabaseUnavailable (one line, password hidden) when that is impossible.
        `busy_timeout`: seconds a statement waits for another process's lock once migrated (default 30)."""
        try:
            return cls._open(url, base_dir=base_dir, busy_timeout=busy_timeout)
        except DatabaseUnavailable:
            raise
        except (sqlite3.Error, OSError, ImportError) as exc:
            raise DatabaseUnavailable(_unavailable(url, exc)) from None
        except Exception as exc:  # psycopg's errors (optional package): classified by module, not imported here
            if type(exc).__module__.split(".")[0] != "psycopg":
                raise
            raise DatabaseUnavailable(_unavailable(url, exc)) from None

    @classmethod
    def _open(cls, url: str, *, base_dir: Path | None = None, busy_timeout: float | None = None) -> Database:
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
            conn.execute("PRAGMA busy_timeout=30000")
            _set_wal(conn)
            _set_secure_delete(conn)
            # WAL + NORMAL: a commit is a write to the WAL without fsync; a killed process loses nothing, a power
            # cut can lose the last commits but never corrupts the file (see docs/notes/durable.md).
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            db = cls(conn, dialect="sqlite", url_for_display=f"sqlite:///{path}")
        elif url.startswith(("postgresql://", "postgres://")):
            import psycopg  # optional: only needed when several servers share state

            pg_conn: Any = psycopg.connect(url, autocommit=True, connect_timeout=PG_CONNECT_TIMEOUT)
            db = cls(pg_conn, dialect="postgresql", url_for_display=_hide_password(url))
        else:
            raise DatabaseUnavailable("TSUNAGARI_DATABASE_URL must start with sqlite:/// or postgresql://")
        db.migrate()
        if busy_timeout is not None and db.dialect == "sqlite":
            db._conn.execute(f"PRAGMA busy_timeout={int(busy_timeout * 1000)}")
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
        """Apply pending migrations in order; return the names applied.

        Several processes may open a fresh database at once, so each migration re-checks, inside its own
        transaction, whether another process applied it first (SQLite: BEGIN IMMEDIATE serialises
        writers; PostgreSQL: a transaction-scoped advisory lock).
        """
        with self._lock:
            self._conn.execute(
                "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
            )
            applied = []
            for name, script in MIGRATIONS:
                with self.transaction() as cur:
                    if self.dialect == "postgresql":
                        cur.execute("SELECT pg_advisory_xact_lock(7406114)")
                    if cur.query("SELECT 1 FROM _migrations WHERE name = ?", (name,)):
                        continue
                    for statement in (s.strip() for s in script.split(";")):
                        if statement:
                            cur.execute(statement)
                    cur.execute(
                        "INSERT INTO _migrations (name, applied_at) VALUES (?, CURRENT_TIMESTAMP)", (name,)
                    )
                applied.append(name)
            return applied

    def erase_from_disk(self) -> bool:
        """Make deletes so far final on disk; True when nothing deleted is left in any database file.

        Call after forgetting a resident (unfollow, unsend, retention). SQLite: deleted cells are zeroed by
        secure_delete, but in WAL mode the old page versions stay in the -wal file (and the main file keeps its
        pre-delete pages) until a checkpoint; a TRUNCATE checkpoint copies the zeroed pages into the main file
        and cuts the -wal file to nothing. PostgreSQL keeps dead row versions until VACUUM (autovacuum) reuses
        them, which is the server operator's job (see docs/notes/privacy.md)."""
        if self.dialect != "sqlite":
            return True
        with self._lock:
            return _checkpoint_truncate(self._conn)

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

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """One statement for many rows (bulk inserts); psycopg pipelines them."""
        if not rows:
            return
        if self._db.dialect == "sqlite":
            self._db._conn.executemany(self._db._sql(sql), [tuple(r) for r in rows])
        elif (plain := _PLAIN_INSERT.match(sql.strip())) is not None:
            # PostgreSQL: a plain multi-row INSERT becomes COPY (about 20x faster than executemany here).
            table, columns = plain.group(1), plain.group(2)
            with self._db._conn.cursor() as cur, cur.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(tuple(row))
        else:
            with self._db._conn.cursor() as cur:
                cur.executemany(self._db._sql(sql), [tuple(r) for r in rows])


_PLAIN_INSERT = re.compile(r"^INSERT INTO (\w+) \(([\w, ]+)\) VALUES \((?:\?, )*\?\)$")


def _set_wal(conn: sqlite3.Connection, *, seconds: float = 30.0) -> None:
    """Switch a SQLite file to WAL. The switch needs the file to itself and SQLite may answer "database is
    locked" at once (without its busy handler) while another process opens the same new file, so retry."""
    import time

    deadline = time.monotonic() + seconds
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _set_secure_delete(conn: sqlite3.Connection) -> None:
    """Overwrite deleted rows with zeros instead of only unlinking them, so a forgotten resident's ID and text
    cannot be read back from free pages of the file."""
    conn.execute("PRAGMA secure_delete=ON")


def _checkpoint_truncate(conn: sqlite3.Connection, *, attempts: int = 3, wait_ms: int = 200) -> bool:
    """Checkpoint the whole WAL into the main file and truncate it; True when that completed.

    A reader in another process on an older snapshot holds frames back (busy=1). Readers are short, so try a
    few times with a short busy wait (this runs under the Database lock: it must not stall other calls for the
    connection's long busy timeout) and report instead of failing the forget itself: the next forget or the
    daily purge checkpoints again, and the last connection to close checkpoints too."""
    import time

    (saved,) = conn.execute("PRAGMA busy_timeout").fetchone()
    conn.execute(f"PRAGMA busy_timeout={min(int(saved), wait_ms)}")
    try:
        for attempt in range(attempts):
            busy, _log_frames, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy == 0:
                return True
            time.sleep(0.02 * (attempt + 1))
        return False
    finally:
        conn.execute(f"PRAGMA busy_timeout={int(saved)}")


def _unavailable(url: str, exc: BaseException) -> str:
    """One line naming the database (password hidden) and the driver's first line of reason."""
    reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    if "://" in url and "@" in url:
        password = url.split("://", 1)[1].rsplit("@", 1)[0].partition(":")[2]
        if password:
            reason = reason.replace(password, "***")
    if isinstance(exc, ImportError):
        reason = "PostgreSQL needs the psycopg package (pip install 'psycopg[binary]')"
    return f"cannot open the database {_hide_password(url)}: {reason}"


def _hide_password(url: str) -> str:
    if "@" not in url or "://" not in url:
        return url
    scheme, rest = url.split("://", 1)
    creds, host = rest.rsplit("@", 1)
    user = creds.split(":", 1)[0]
    return f"{scheme}://{user}:***@{host}"
