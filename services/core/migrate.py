"""Schema versioning: refuse newer files, back up, then migrate in one transaction.

Every pending migration runs inside a single transaction with foreign keys off (SQLite batch
rebuilds of a parent table would otherwise cascade-delete its children), and ``foreign_key_check``
must come back empty before commit — so a failed upgrade leaves the old revision intact.

The migration scripts folder is a parameter everywhere (``migrations_dir``) so a test can run a
copy with extra revisions; ``None`` means Sailplan's own ``migrations/`` folder.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.engine import URL

from services.core.db import sqlite_path, write_engine
from services.core.errors import MigrationError, NewerSchemaError, StoreOpenError

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent.parent / "migrations"
MigrationsDir = str | os.PathLike[str] | None

# Any constant works; it only has to be the same for every Sailplan sharing one server.
_PG_MIGRATION_LOCK = 0x5A11_7A4E


def alembic_config(migrations_dir: MigrationsDir = None) -> Config:
    """An Alembic config pointing at Sailplan's migration scripts (or ``migrations_dir``)."""
    from alembic.config import Config  # alembic loads only when migrations are looked at

    cfg = Config()
    cfg.set_main_option("script_location", os.fspath(migrations_dir or MIGRATIONS_DIR))
    return cfg


def script_directory(migrations_dir: MigrationsDir = None) -> ScriptDirectory:
    """The migration script directory."""
    from alembic.script import ScriptDirectory  # alembic loads only when needed, as above

    return ScriptDirectory.from_config(alembic_config(migrations_dir))


_REVISION_RE = re.compile(r"""^revision\s*(?::[^=\n]*)?=\s*(['"])([^'"\n]+)\1\s*(?:#.*)?$""",
                          re.MULTILINE)
_DOWN_RE = re.compile(
    r"""^down_revision\s*(?::[^=\n]*)?=\s*(?:None|(['"])([^'"\n]+)\1)\s*(?:#.*)?$""",
    re.MULTILINE)
_ANY_DOWN_RE = re.compile(r"^down_revision\b", re.MULTILINE)
_graph_cache: dict[str, tuple[tuple[tuple[str, int, int], ...], dict[str, str | None] | None]] = {}


def _revision_graph(migrations_dir: MigrationsDir = None) -> dict[str, str | None] | None:
    """``{revision: down_revision}`` read straight from the scripts' text, or None.

    Opening a store only needs the known ids and the head, and reading them this way avoids
    importing Alembic (and every script, which imports the models) on each start. Anything
    this small parser does not understand (a merge point, a computed id) gives None and the
    caller asks Alembic instead. Cached per folder until a script file changes.
    """
    versions = Path(os.fspath(migrations_dir or MIGRATIONS_DIR)) / "versions"
    try:
        files = sorted(p for p in versions.iterdir()
                       if p.suffix == ".py" and not p.name.startswith("__"))
        stamp = tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in files)
    except OSError:
        return None
    key = os.fspath(versions.resolve())
    cached = _graph_cache.get(key)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    graph: dict[str, str | None] | None = {}
    for path in files:
        try:
            source = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            graph = None
            break
        revs = _REVISION_RE.findall(source)
        downs = _DOWN_RE.findall(source)
        if len(revs) != 1 or len(downs) != 1 or len(_ANY_DOWN_RE.findall(source)) != 1:
            graph = None
            break
        assert graph is not None
        rev, down = revs[0][1], downs[0][1] or None
        if rev in graph:
            graph = None
            break
        graph[rev] = down
    if graph is not None and any(d is not None and d not in graph for d in graph.values()):
        graph = None  # a dangling reference: let Alembic report it properly
    _graph_cache[key] = (stamp, graph)
    return graph


def _fast_head(graph: dict[str, str | None]) -> str | None:
    heads = set(graph) - {d for d in graph.values() if d is not None}
    return next(iter(heads)) if len(heads) == 1 else None


def head_revision(migrations_dir: MigrationsDir = None) -> str:
    """The newest revision this Sailplan knows."""
    graph = _revision_graph(migrations_dir)
    if graph:
        head = _fast_head(graph)
        if head is not None:
            return head
    head = script_directory(migrations_dir).get_current_head()
    assert head is not None
    return head


def known_revisions(migrations_dir: MigrationsDir = None) -> set[str]:
    """Every revision this Sailplan knows."""
    graph = _revision_graph(migrations_dir)
    if graph is not None:
        return set(graph)
    return {rev.revision for rev in script_directory(migrations_dir).walk_revisions()}


def pending_revisions(current: str | None, migrations_dir: MigrationsDir = None) -> list[str]:
    """The revisions an upgrade from ``current`` to head would run, oldest first."""
    graph = _revision_graph(migrations_dir)
    head = _fast_head(graph) if graph else None
    if graph and head is not None and (current is None or current in graph):
        chain: list[str] = []
        rev: str | None = head
        while rev is not None and rev != current:
            chain.append(rev)
            rev = graph[rev]
        if rev == current:
            return list(reversed(chain))
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
    url = engine.url
    current = stored_revision_readonly(url, engine)
    if target == "head" and current == head_revision(migrations_dir):
        return []
    from alembic import command  # only when an upgrade is due: it costs ~0.1 s to import

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
