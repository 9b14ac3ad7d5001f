"""Schema versioning: refuse newer files, back up, then migrate in one transaction.

Every pending migration runs inside a single transaction with foreign keys off (SQLite batch
rebuilds of a parent table would otherwise cascade-delete its children), and ``foreign_key_check``
must come back empty before commit — so a failed upgrade leaves the old revision intact.

The migration scripts folder is a parameter everywhere (``migrations_dir``) so a test can run a
copy with extra revisions; ``None`` means Sailplan's own ``migrations/`` folder.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.engine import URL

from services.db import sqlite_path, write_engine
from services.errors import MigrationError, NewerSchemaError, StoreOpenError

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
MigrationsDir = str | os.PathLike[str] | None

# Any constant works; it only has to be the same for every Sailplan sharing one server.
_PG_MIGRATION_LOCK = 0x5A11_7A4E


def alembic_config(migrations_dir: MigrationsDir = None) -> Config:
    """An Alembic config pointing at Sailplan's migration scripts (or ``migrations_dir``)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", os.fspath(migrations_dir or MIGRATIONS_DIR))
    return cfg


def script_directory(migrations_dir: MigrationsDir = None) -> ScriptDirectory:
    """The migration script directory."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(migrations_dir))


def head_revision(migrations_dir: MigrationsDir = None) -> str:
    """The newest revision this Sailplan knows."""
    head = script_directory(migrations_dir).get_current_head()
    assert head is not None
    return head


def known_revisions(migrations_dir: MigrationsDir = None) -> set[str]:
    """Every revision this Sailplan knows."""
    return {rev.revision for rev in script_directory(migrations_dir).walk_revisions()}


def pending_revisions(current: str | None, migrations_dir: MigrationsDir = None) -> list[str]:
    """The revisions an upgrade from ``current`` to head would run, oldest first."""
    script = script_directory(migrations_dir)
    revs = list(script.iterate_revisions("head", current or "base"))
    return [rev.revision for rev in reversed(revs) if rev.revision != current]


def sqlite_readonly_uri(path: str) -> str:
    """A ``file:`` URI that reads a SQLite file without creating anything beside it."""
    # A read-only open of a WAL file creates -wal/-shm beside it and leaves them behind. Without
    # a -wal there is nothing to recover, so ``immutable=1`` reads the file without touching the
    # folder; with one, a normal read-only open replays it (the files exist already).
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    if not os.path.exists(path + "-wal"):
        uri += "&immutable=1"
    return uri


def sqlite_revision(path: str | os.PathLike[str]) -> str | None:
    """The revision stored in a SQLite file, read without changing it (None if no schema).

    Raises :class:`StoreOpenError` if the file is not a readable SQLite database.
    """
    path = os.fspath(path)
    if not Path(path).exists() or Path(path).stat().st_size == 0:
        return None
    try:
        con = sqlite3.connect(sqlite_readonly_uri(path), uri=True)
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
    except sqlite3.DatabaseError as exc:
        raise StoreOpenError(
            f"{path} is not a Sailplan database or it is damaged ({exc}). "
            "Restore a backup (python main.py --db FILE backups)."
        ) from exc


def stored_revision_readonly(url: URL, engine: Engine) -> str | None:
    """The database's revision, read without modifying anything (read-only for SQLite files)."""
    path = sqlite_path(url)
    if path is not None:
        return sqlite_revision(path)
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return row[0] if row else None


def check_not_newer(
    url: URL, engine: Engine, location: str, migrations_dir: MigrationsDir = None
) -> str | None:
    """Raise :class:`NewerSchemaError` if the file's revision is unknown here; return it."""
    rev = stored_revision_readonly(url, engine)
    if rev is not None and rev not in known_revisions(migrations_dir):
        raise NewerSchemaError(location, rev)
    return rev


def upgrade(
    engine: Engine,
    backup: Callable[[], object] | None = None,
    *,
    migrations_dir: MigrationsDir = None,
    target: str = "head",
) -> list[str]:
    """Bring the database to ``target`` (head). Returns the revisions that ran, oldest first.

    ``backup`` is called first when the database holds data at an older revision. Everything runs
    in one transaction (``BEGIN IMMEDIATE`` on SQLite, under an advisory lock on PostgreSQL so two
    Sailplans sharing a server never migrate at once); on any error nothing is changed.
    """
    from alembic import command

    url = engine.url
    current = stored_revision_readonly(url, engine)
    if target == "head" and current == head_revision(migrations_dir):
        return []
    if current is not None and backup is not None:
        backup()
    cfg = alembic_config(migrations_dir)
    sqlite = url.get_backend_name() == "sqlite"
    with write_engine(engine).connect() as conn:
        if sqlite:
            # PRAGMA foreign_keys only takes effect outside a transaction: use the raw connection.
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        try:
            with conn.begin():
                if url.get_backend_name() == "postgresql":
                    lock_sql = text("SELECT pg_advisory_xact_lock(:k)")
                    conn.execute(lock_sql, {"k": _PG_MIGRATION_LOCK})
                before = _revision_in(conn)
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, target)
                after = _revision_in(conn)
                if sqlite:
                    bad = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if bad:
                        raise MigrationError(
                            f"upgrade would break {len(bad)} references (first: {tuple(bad[0])}); "
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
                conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]
    if before == after:
        return []
    script = script_directory(migrations_dir)
    ran = list(script.iterate_revisions(after, before or "base"))
    return [rev.revision for rev in reversed(ran) if rev.revision != before]


def _revision_in(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    return row[0] if row else None
