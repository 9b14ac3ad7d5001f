"""Health check of an open store: file integrity, broken references, schema revision."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import inspect, text

from services.core.migrate import head_revision
from services.core.store import Store


@dataclass(frozen=True)
class CheckReport:
    """What ``check_store`` found: ``ok`` is True when ``problems`` is empty."""

    ok: bool
    problems: list[str] = field(default_factory=list)
    revision: str = ""  # the database's schema revision ("" when it has none)


def check_store(store: Store) -> CheckReport:
    """Check a store and describe every problem in a sentence a user can act on.

    SQLite: ``PRAGMA integrity_check`` and ``PRAGMA foreign_key_check``. Every backend: the
    schema revision must be this Sailplan's head (older means ``migrate`` has not run).
    """
    problems: list[str] = []
    with store.engine.connect() as conn:
        if store.url.get_backend_name() == "sqlite":
            rows = conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
            if [r[0] for r in rows] != ["ok"]:
                problems.extend(f"integrity: {r[0]}" for r in rows)
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            for table, rowid, parent, _fk in broken[:50]:
                problems.append(
                    f"broken reference: {table} row {rowid} points to a missing {parent} row"
                )
            if len(broken) > 50:
                problems.append(f"… and {len(broken) - 50} more broken references")
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
    return CheckReport(ok=not problems, problems=problems, revision=revision)
