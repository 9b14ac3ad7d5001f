"""Schema versioning: refuse newer files, back up, then migrate in one transaction.

Every pending migration runs inside a single transaction with foreign keys off (SQLite batch
rebuilds of a parent table would otherwise cascade-delete its children), and ``foreign_key_check``
must come back empty before commit — so a failed upgrade leaves the old revision intact.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, text
from sqlalchemy.engine import URL

from services.db import sqlite_path
from services.errors import MigrationError, NewerSchemaError

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def alembic_config() -> Config:
    """An Alembic config pointing at Sailplan's migration scripts."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def script_directory() -> ScriptDirectory:
    """The migration script directory."""
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The newest revision this Sailplan knows."""
    head = script_directory().get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """Every revision this Sailplan knows."""
    return {rev.revision for rev in script_directory().walk_revisions()}


def stored_revision_readonly(url: URL, engine: Engine) -> str | None:
    """The database's revision, read without modifying anything (read-only for SQLite files)."""
    path = sqlite_path(url)
    if path is not None:
        if not Path(path).exists() or Path(path).stat().st_size == 0:
            return None
        con = sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro", uri=True)
        try:
            has = con.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            if not has:
                return None
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            return row[0] if row else None
        finally:
            con.close()
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return row[0] if row else None


def check_not_newer(url: URL, engine: Engine, location: str) -> str | None:
    """Raise :class:`NewerSchemaError` if the file's revision is unknown here; return it."""
    rev = stored_revision_readonly(url, engine)
    if rev is not None and rev not in known_revisions():
        raise NewerSchemaError(location, rev)
    return rev


def upgrade(engine: Engine, backup: Callable[[], object] | None = None) -> bool:
    """Bring the database to head. Returns True if anything ran.

    ``backup`` is called first when the database holds data at an older revision.
    """
    url = engine.url
    current = stored_revision_readonly(url, engine)
    head = head_revision()
    if current == head:
        return False
    if current is not None and backup is not None:
        backup()
    cfg = alembic_config()
    sqlite = url.get_backend_name() == "sqlite"
    with engine.connect() as conn:
        if sqlite:
            # PRAGMA foreign_keys only takes effect outside a transaction: use the raw connection.
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                if sqlite:
                    bad = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if bad:
                        raise MigrationError(
                            f"upgrade would break {len(bad)} references (first: {bad[0]}); "
                            "the database was left unchanged"
                        )
        except MigrationError:
            raise
        except Exception as exc:  # the transaction rolled back; old revision intact
            raise MigrationError(
                f"upgrading the database failed and it was left unchanged: {exc}"
            ) from exc
        finally:
            if sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")
    return True
