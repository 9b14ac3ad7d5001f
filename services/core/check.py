"""Health check of a store: file integrity, broken references, constraints, counts, revision.

Never raises for a damaged database: damage is a finding (``CheckReport.damaged`` with a plain
``cause``), so ``check`` can say what is wrong and which backup to restore.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from services.core.findings import Problem
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
    return CheckReport(ok=False, damaged=True, cause=health.cause, problems=[
        Problem("integrity: {detail}", detail=p) for p in health.problems])


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
        return CheckReport(ok=False, problems=[Problem("integrity: {detail}", detail=orig)],
                           damaged=path is not None, cause=plain_cause(orig))


def _check_contents(store: Store) -> CheckReport:
    problems: list[str] = []
    counts: dict[str, int] = {}
    with store.engine.connect() as conn:
        if store.url.get_backend_name() == "sqlite":
            if store.path is None:  # in memory: nothing was checked before
                rows = conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
                if [r[0] for r in rows] != ["ok"]:
                    problems.extend(Problem("integrity: {detail}", detail=r[0]) for r in rows)
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            for table, rowid, parent, _fk in broken[:MAX_LISTED]:
                problems.append(Problem(
                    "broken reference: {table} row {rowid} points to a missing {parent} row",
                    table=table, rowid=rowid, parent=parent))
            if len(broken) > MAX_LISTED:
                problems.append(Problem("… and {count} more broken references",
                                        count=len(broken) - MAX_LISTED))
            counts = _sqlite_counts(conn)
        elif store.url.get_backend_name() == "postgresql":
            import models  # noqa: F401 - registers every table on the metadata
            from models.base import Base
            from services.core.check_pg import pg_problems

            found, counts = pg_problems(conn, Base.metadata)
            problems.extend(found)
        revision = ""
        inspector = inspect(conn)
        if inspector.has_table("alembic_version"):
            row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
            revision = str(row[0]) if row else ""
        other_tables = [t for t in inspector.get_table_names() if t != "alembic_version"]
        conn.rollback()
    problems.extend(_revision_problems(store, revision, bool(other_tables)))
    return CheckReport(ok=not problems, problems=problems, revision=revision, counts=counts)


def _revision_problems(store: Store, revision: str, has_tables: bool) -> list[str]:
    """What the schema revision says, with the advice that fits the backend.

    ``migrate`` is only suggested where it is the fix: a database without any table (Sailplan
    creates its schema on the first open anyway), or an older Sailplan schema. A database with
    tables but no Sailplan revision is somebody else's: migrating would write Sailplan's tables
    into it, so the advice is to check the path or URL. A server database is shared: every
    Sailplan using it must be updated before its schema is.
    """
    server = store.url.get_backend_name() != "sqlite"
    head = head_revision(store.migrations_dir)
    if not revision and has_tables:
        return [Problem("the database holds tables but no Sailplan schema version: it is not "
                        "a Sailplan database, or not the one you meant. Check the URL (--db), "
                        "and the schema it uses.") if server else
                Problem("the database holds tables but no Sailplan schema version: it is not "
                        "a Sailplan database, or not the one you meant. Check the path (--db).")]
    if not revision:
        return [Problem("the database is empty: it has no Sailplan schema yet (opening it with "
                        "Sailplan, or `migrate`, creates it)")]
    if revision == head:
        return []
    if server:
        return [Problem("schema revision {revision} is older than this Sailplan's {head}: "
                        "update every Sailplan that uses this server, back it up (`backup "
                        "OUT`), then run `migrate` once", revision=revision, head=head)]
    return [Problem("schema revision {revision} is older than this Sailplan's {head} (run "
                    "`migrate`: it backs the file up first)", revision=revision, head=head)]


def _sqlite_counts(conn) -> dict[str, int]:  # type: ignore[no-untyped-def]
    names = [r[0] for r in conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "AND name != 'alembic_version' ORDER BY name").fetchall()]
    return {n: int(conn.exec_driver_sql(f'SELECT count(*) FROM "{n}"').scalar_one())
            for n in names}
