"""Opening a Sailplan store: lock, version check, verified backup, migrations, sessions.

``open_store`` is the one entry point main.py, the CLI, tests and benchmarks use. It never builds
anything at import time; callers pass the location in.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL

from services.core.backup import create_backup
from services.core.db import make_engine, normalise_url, sqlite_path
from services.core.errors import StoreOpenError
from services.core.lock import FileLock
from services.core.migrate import (
    MigrationsDir,
    check_not_newer,
    stored_revision_readonly,
    upgrade,
)
from services.core.tempfiles import sweep_store_temps
from services.core.uow import DerivedRule, SessionFactories, UnitOfWork
from services.core.wal import OPEN_CHECK_LIMIT, wal_damage


@dataclass
class Store:
    """An open database: engine, session factories and (for SQLite files) the lock held."""

    url: URL
    engine: Engine
    factories: SessionFactories
    lock: FileLock | None = None
    backup_dir: Path | None = None
    migrated: bool = False
    pre_migration_backup: Path | None = field(default=None)
    applied_revisions: list[str] = field(default_factory=list)
    migrations_dir: MigrationsDir = None
    rules: list[DerivedRule] = field(default_factory=list)
    """Derived updates every writing unit of work runs before it commits (see ``UnitOfWork``)."""
    feed_origin: str | None = None
    """This store's id in the change feed, once it writes one (:mod:`services.core.feed`)."""
    seed: Callable[[Store], None] | None = None
    """Default data for a database that had no schema: run once, right after the upgrade that
    creates it (by ``open_store`` or by ``migrate``)."""
    scope: object | None = None
    """The data scope of whoever signed in to a team database (``services.team.scope``);
    None: everything (a personal file, the CLI)."""

    @property
    def path(self) -> str | None:
        """The SQLite file path, or None for PostgreSQL/memory."""
        return sqlite_path(self.url)

    @property
    def location(self) -> str:
        """A human-readable location (file path or URL without password)."""
        return self.path or self.url.render_as_string(hide_password=True)

    def read(self) -> UnitOfWork:
        """A read-only unit of work (plain ``BEGIN``)."""
        return UnitOfWork(self.factories.read)

    def write(self, *, bulk: bool = False) -> UnitOfWork:
        """A writing unit of work (``BEGIN IMMEDIATE`` on SQLite).

        ``bulk=True`` is for imports and other writers that decide what to write from what
        they read (duplicate checks): the transaction holds the database's write lock before
        its first read — ``BEGIN IMMEDIATE`` on SQLite (every writer), an advisory lock on
        PostgreSQL — so two of them never interleave and what they read stays true until they
        commit.
        """
        return UnitOfWork(self.factories.write, record=True, rules=self.rules, bulk=bulk)

    def upgrade_schema(self) -> list[str]:
        """Bring the schema to head; returns the revisions that ran (oldest first).

        A SQLite file holding data at an older revision is first copied to a verified
        ``before-upgrade`` backup (recorded in ``pre_migration_backup``). A database that had
        no schema gets the store's :attr:`seed` (the default pipeline) once it is created.
        """
        path = self.path

        def _backup() -> None:
            if path is not None and self.backup_dir is not None:
                self.pre_migration_backup = create_backup(path, self.backup_dir, "before-upgrade")

        before = stored_revision_readonly(self.url, self.engine)
        ran = upgrade(self.engine, backup=_backup, migrations_dir=self.migrations_dir)
        self.applied_revisions.extend(ran)
        self.migrated = self.migrated or bool(ran)
        if self.lock is not None:
            self.lock.hold_inode()  # a new file exists now: lock it by identity too
        if ran and before is None and self.seed is not None:
            self.seed(self)
        return ran

    def close(self) -> None:
        """Dispose connections and release the lock."""
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(
    target: str | os.PathLike[str] | URL,
    *,
    migrate: bool = True,
    lock: bool = True,
    backup_dir: str | os.PathLike[str] | None = None,
    migrations_dir: MigrationsDir = None,
    seed: Callable[[Store], None] | None = None,
) -> Store:
    """Open (creating if needed) the database at ``target`` and bring it to the current schema.

    ``seed`` runs once for a brand-new database (no schema before the upgrade that creates
    it, here or by a later ``migrate``); an existing database is never given anything. Core
    seeds nothing itself: :func:`services.setup.open_store` passes the features' defaults.

    A SQLite file is opened by its real path (links resolved, see :func:`normalise_url`):
    its lock, its ``backups`` folder and its messages name the file itself. With the lock
    held, temporary files that a killed Sailplan left beside it and in its backup folder are
    removed (:func:`services.core.tempfiles.sweep_store_temps`).

    Raises ``NewerSchemaError`` (file untouched), ``StoreLockedError``, ``StoreOpenError`` (not a
    readable database) or ``MigrationError``. ``backup_dir`` defaults to a ``backups`` folder
    beside a SQLite file. ``lock=False`` is for helper processes that share a file with a
    Sailplan holding the lock (tests, benchmarks); ``migrations_dir`` is for tests.
    """
    url = normalise_url(target)
    path = sqlite_path(url)
    file_lock: FileLock | None = None
    bdir: Path | None = Path(backup_dir) if backup_dir else None
    if path is not None:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        if bdir is None:
            bdir = Path(path).parent / "backups"
        if lock:
            file_lock = FileLock(path)
            file_lock.acquire()
            sweep_store_temps(path, bdir)
            # With the lock held nobody writes the log: read it before SQLite does, which
            # silently drops a damaged frame and every commit after it (the first write then
            # overwrites the evidence).
            damage = wal_damage(path, limit=OPEN_CHECK_LIMIT)
            if damage is not None:
                file_lock.release()
                raise StoreOpenError(f"{path} cannot be opened safely: {damage.sentence()}.")
    engine = make_engine(url)
    try:
        location = path or url.render_as_string(hide_password=True)
        check_not_newer(url, engine, location, migrations_dir)
        store = Store(url=url, engine=engine, factories=SessionFactories(engine), lock=file_lock,
                      backup_dir=bdir, migrations_dir=migrations_dir, seed=seed)
        if migrate:
            store.upgrade_schema()
        return store
    except BaseException:
        engine.dispose()
        if file_lock is not None:
            file_lock.release()
        raise

