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
        inspector = inspect(conn)
        if inspector.has_table("alembic_version"):
            row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
            revision = str(row[0]) if row else ""
        other_tables = [t for t in inspector.get_table_names() if t != "alembic_version"]
        conn.rollback()
    problems.extend(_revision_problems(store, revision, bool(other_tables)))
    return CheckReport(ok=not problems, problems=problems, revision=revision)


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
        what = "URL (--db), and the schema it uses" if server else "path (--db)"
        return [f"the database holds tables but no Sailplan schema version: it is not a "
                f"Sailplan database, or not the one you meant. Check the {what}."]
    if not revision:
        return ["the database is empty: it has no Sailplan schema yet (opening it with "
                "Sailplan, or `migrate`, creates it)"]
    if revision == head:
        return []
    if server:
        return [f"schema revision {revision} is older than this Sailplan's {head}: update "
                "every Sailplan that uses this server, back it up (`backup OUT`), then run "
                "`migrate` once"]
    return [f"schema revision {revision} is older than this Sailplan's {head} (run `migrate`: "
            "it backs the file up first)"]
