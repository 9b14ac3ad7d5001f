"""Engine construction with Sailplan's durability settings.

SQLite: WAL with ``synchronous=FULL`` (NORMAL may lose acknowledged commits on power loss),
``foreign_keys=ON`` on every connection and a generous ``busy_timeout``. pysqlite's own transaction
handling is switched off so that SQLAlchemy's ``begin`` emits ``BEGIN`` itself — and
``BEGIN IMMEDIATE`` for writers, which take the write lock up front instead of failing with
"database is locked" when a read turns into a write under concurrency.
"""

from __future__ import annotations

import os
import sqlite3
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import StaticPool

from services.core import actor

BUSY_TIMEOUT_MS = 30_000
BUSY_TIMEOUT_ENV = "SAILPLAN_BUSY_TIMEOUT"
"""Seconds a writer waits for another program's write lock on a SQLite file (default 30)."""
WRITE_OPTION = "sailplan_write"


def normalise_url(target: str | os.PathLike[str] | URL) -> URL:
    """Turn a filesystem path or a URL string into a SQLAlchemy URL.

    A bare path means SQLite; ``postgresql://`` is promoted to the psycopg 3 driver. A SQLite
    file path is made absolute with symbolic links resolved: a database opened through a link
    is the file it points to (its lock, its backups folder, its name in messages).
    """
    if isinstance(target, URL):
        url = target
    else:
        text = os.fspath(target)
        if "://" not in text:
            return URL.create("sqlite+pysqlite", database=_real(text))
        url = make_url(text)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    if url.drivername == "sqlite":
        url = url.set(drivername="sqlite+pysqlite")
    if is_sqlite(url) and url.database and url.database != ":memory:" \
            and not url.database.startswith("file:"):
        url = url.set(database=_real(url.database))
    return url


def _real(path: str) -> str:
    return os.path.realpath(os.path.abspath(path))


def is_sqlite(url: URL) -> bool:
    """True for SQLite URLs."""
    return url.get_backend_name() == "sqlite"


def sqlite_path(url: URL) -> str | None:
    """The file path of a file-backed SQLite URL, else None (memory or another backend)."""
    if not is_sqlite(url) or not url.database or url.database == ":memory:":
        return None
    return url.database


def busy_timeout_ms() -> int:
    """How long a SQLite connection waits for a lock: ``SAILPLAN_BUSY_TIMEOUT`` seconds, else
    :data:`BUSY_TIMEOUT_MS`.
    """
    text = os.environ.get(BUSY_TIMEOUT_ENV, "").strip()
    try:
        return max(0, int(float(text) * 1000)) if text else BUSY_TIMEOUT_MS
    except ValueError:
        return BUSY_TIMEOUT_MS


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
    cur = dbapi_connection.cursor()
    cur.execute(f"PRAGMA busy_timeout={busy_timeout_ms()}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _on_sqlite_begin(conn: Any) -> None:
    """Every transaction's first statement: ``BEGIN IMMEDIATE`` for writers, else ``BEGIN``.

    Sent on the driver connection itself: every unit of work begins here (a Kanban drop twice,
    its write and the read of the moved card), and a statement through SQLAlchemy's execution
    machinery costs several times the BEGIN. A failure (another program holding the write lock
    past the busy timeout) is raised as SQLAlchemy's error, as from any other statement.
    """
    sql = "BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE_OPTION) else "BEGIN"
    try:
        conn.connection.driver_connection.execute(sql)
    except sqlite3.Error as exc:
        raise DBAPIError.instance(sql, (), exc, sqlite3.Error, dialect=conn.dialect) from exc


def make_engine(target: str | os.PathLike[str] | URL, **kwargs: Any) -> Engine:
    """Create an engine for a SQLite path/URL or a PostgreSQL URL with the house settings."""
    url = normalise_url(target)
    if is_sqlite(url):
        if sqlite_path(url) is None:
            kwargs.setdefault("poolclass", StaticPool)
        kwargs.setdefault("connect_args", {"timeout": busy_timeout_ms() / 1000,
                                            "check_same_thread": False})
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
        actor.listen(engine, sqlite=True)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    engine = create_engine(url, **kwargs)
    actor.listen(engine, sqlite=False)
    return engine


def write_engine(engine: Engine) -> Engine:
    """The same engine, but transactions begin as writers (``BEGIN IMMEDIATE`` on SQLite)."""
    return engine.execution_options(**{WRITE_OPTION: True})
