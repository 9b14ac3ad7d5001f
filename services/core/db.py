"""Engine construction with Sailplan's durability settings.

SQLite: WAL with ``synchronous=FULL`` (NORMAL may lose acknowledged commits on power loss),
``foreign_keys=ON`` on every connection and a generous ``busy_timeout``. pysqlite's own transaction
handling is switched off so that SQLAlchemy's ``begin`` emits ``BEGIN`` itself — and
``BEGIN IMMEDIATE`` for writers, which take the write lock up front instead of failing with
"database is locked" when a read turns into a write under concurrency.
"""

from __future__ import annotations

import os
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import StaticPool

BUSY_TIMEOUT_MS = 30_000
WRITE_OPTION = "sailplan_write"


def normalise_url(target: str | os.PathLike[str] | URL) -> URL:
    """Turn a filesystem path or a URL string into a SQLAlchemy URL.

    A bare path means SQLite; ``postgresql://`` is promoted to the psycopg 3 driver.
    """
    if isinstance(target, URL):
        return target
    text = os.fspath(target)
    if "://" not in text:
        return URL.create("sqlite+pysqlite", database=os.path.abspath(text))
    url = make_url(text)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    if url.drivername == "sqlite":
        url = url.set(drivername="sqlite+pysqlite")
    return url


def is_sqlite(url: URL) -> bool:
    """True for SQLite URLs."""
    return url.get_backend_name() == "sqlite"


def sqlite_path(url: URL) -> str | None:
    """The file path of a file-backed SQLite URL, else None (memory or another backend)."""
    if not is_sqlite(url) or not url.database or url.database == ":memory:":
        return None
    return url.database


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
    cur = dbapi_connection.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _on_sqlite_begin(conn: Any) -> None:
    if conn.get_execution_options().get(WRITE_OPTION):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


def make_engine(target: str | os.PathLike[str] | URL, **kwargs: Any) -> Engine:
    """Create an engine for a SQLite path/URL or a PostgreSQL URL with the house settings."""
    url = normalise_url(target)
    if is_sqlite(url):
        if sqlite_path(url) is None:
            kwargs.setdefault("poolclass", StaticPool)
        kwargs.setdefault("connect_args", {"timeout": BUSY_TIMEOUT_MS / 1000,
                                            "check_same_thread": False})
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(url, **kwargs)


def write_engine(engine: Engine) -> Engine:
    """The same engine, but transactions begin as writers (``BEGIN IMMEDIATE`` on SQLite)."""
    return engine.execution_options(**{WRITE_OPTION: True})
