"""Health check of a store: file integrity, broken references, constraints, counts, revision.

Never raises for a damaged database: damage is a finding (``CheckReport.damaged`` with a plain
``cause``), so ``check`` can say what is wrong and which backup to restore.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from services.core.migrate import head_revision
from services.core.recover import Health, plain_cause, sqlite_health
from services.core.store import Store

MAX_LISTED = 50


@dataclass(frozen=True)
class CheckReport:
    """What ``check_store`` found: ``ok`` is True when ``problems`` is empty.

    ``damaged``: the file itself is damaged (``cause`` says how in plain words); restoring a
    backup is the remedy, and nothing else was checked. ``counts``: rows per table.
    """

    ok: bool
    problems: list[str] = field(default_factory=list)
    revision: str = ""  # the database's schema revision ("" when it has none)
    damaged: bool = False
    cause: str = ""
    counts: dict[str, int] = field(default_factory=dict)


def damage_report(health: Health) -> CheckReport:
    """The report for a file whose integrity check failed."""
    return CheckReport(ok=False, problems=[f"integrity: {p}" for p in health.problems],
                       damaged=True, cause=health.cause)


def check_store(store: Store) -> CheckReport:
    """Check a store and describe every problem in a sentence a user can act on.

    SQLite: the write-ahead log, ``PRAGMA integrity_check`` (read-only, before anything else
    touches the file) and ``PRAGMA foreign_key_check``. PostgreSQL: foreign keys the models
    declare, constraints left unvalidated, table counts against their primary key indexes
    (``services.core.check_pg``). Every backend: the schema revision must be this Sailplan's
    head (older means ``migrate`` has not run).
    """
    path = store.path
    if path is not None:
        health = sqlite_health(path)
        if not health.ok:
            return damage_report(health)
    try:
        return _check_contents(store)
    except (DBAPIError, sqlite3.DatabaseError) as exc:
        # A page the integrity check could not reach (or a server-side failure) broke a query.
        orig = getattr(exc, "orig", None) or exc
        return CheckReport(ok=False, problems=[f"integrity: {orig}"], damaged=path is not None,
                           cause=plain_cause(orig))


def _check_contents(store: Store) -> CheckReport:
    problems: list[str] = []
    counts: dict[str, int] = {}
    with store.engine.connect() as conn:
        if store.url.get_backend_name() == "sqlite":
            if store.path is None:  # in memory: nothing was checked before
                rows = conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
                if [r[0] for r in rows] != ["ok"]:
                    problems.extend(f"integrity: {r[0]}" for r in rows)
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            for table, rowid, parent, _fk in broken[:MAX_LISTED]:
                problems.append(
                    f"broken reference: {table} row {rowid} points to a missing {parent} row"
                )
            if len(broken) > MAX_LISTED:
                problems.append(f"… and {len(broken) - MAX_LISTED} more broken references")
            counts = _sqlite_counts(conn)
        elif store.url.get_backend_name() == "postgresql":
            import models  # noqa: F401 - registers every table on the metadata
            from models.base import Base
            from services.core.check_pg import pg_problems

            found, counts = pg_problems(conn, Base.metadata)
            problems.extend(found)
        revision = ""
        if inspect(conn).has_table("alembic_version"):
            row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
            revision = str(row[0]) if row else ""
        conn.rollback()
    head = head_revision(store.migrations_dir)
    if not revision:
        problems.append("the database has no Sailplan schema (run: migrate)")
    elif revision != head:
        problems.append(
            f"schema revision {revision} is older than this Sailplan's {head} (run: migrate)"
        )
    return CheckReport(ok=not problems, problems=problems, revision=revision, counts=counts)


def _sqlite_counts(conn) -> dict[str, int]:  # type: ignore[no-untyped-def]
    names = [r[0] for r in conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "AND name != 'alembic_version' ORDER BY name").fetchall()]
    return {n: int(conn.exec_driver_sql(f'SELECT count(*) FROM "{n}"').scalar_one())
            for n in names}
