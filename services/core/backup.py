"""Verified backups: one-off copies, rotating automatic backups, restore, PostgreSQL export.

Every backup is written to a temporary name through the SQLite backup API (a consistent snapshot
even while Sailplan writes), checked with ``PRAGMA integrity_check``, fsynced and only then renamed
into place, so a crash never leaves a half-written backup under a real name.

Files in a backup folder are named ``<db stem>-<kind>-<YYYYmmdd-HHMMSS UTC>[-n].sqlite3``; the
name carries the kind and the time, so listing and pruning never open the files. Automatic
("daily") backups are pruned like Anki's: the newest backup of each of the last 12 days, then of
the 10 weeks before those, then of the 9 months before those. Manual, before-upgrade and
before-restore backups are never pruned.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from services.core.errors import BackupError, DiskFullError, StoreLockedError, is_disk_full
from services.core.lock import FileLock, real_path
from services.core.tempfiles import fsync_dir

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from services.core.migrate import MigrationsDir
    from services.core.store import Store

KINDS = ("daily", "manual", "before-upgrade", "before-restore")
AUTO_KIND = "daily"
KEEP_DAILY = 12
KEEP_WEEKLY = 10
KEEP_MONTHLY = 9
BACKUP_INTERVAL = timedelta(hours=24)
SUFFIX = ".sqlite3"
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<kind>daily|manual|before-upgrade|before-restore)"
    r"-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.sqlite3$"
)


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where it is, when it was taken (aware UTC), its size and kind."""

    path: Path
    created: datetime
    size_bytes: int
    kind: str
    db_name: str = ""  # the stem of the database file it belongs to


def backup_sqlite_file(src_path: str | os.PathLike[str], dest: str | os.PathLike[str]) -> Path:
    """Copy a live SQLite database (WAL included) to ``dest`` and verify it.

    The copy is one self-contained file (rollback-journal mode). Raises :class:`BackupError` if
    the source is missing or unreadable, or the copy fails its integrity check.
    """
    dest = Path(dest)
    if not Path(src_path).is_file():
        raise BackupError(f"there is no database at {src_path} to back up")
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".partial")
    tmp.unlink(missing_ok=True)
    try:
        # mode=rw: never create an empty database where the source should be.
        src = sqlite3.connect(Path(src_path).resolve().as_uri() + "?mode=rw", uri=True, timeout=30)
        try:
            out = sqlite3.connect(tmp)
            try:
                # The temporary file only counts after our own fsync and rename: no need for
                # SQLite to sync or journal it page by page.
                out.execute("PRAGMA synchronous=OFF")
                out.execute("PRAGMA journal_mode=MEMORY")
                # One step: a single read snapshot (WAL readers never block writers), so a busy
                # writer cannot make the copy restart over and over.
                src.backup(out, pages=-1)
                out.execute("PRAGMA journal_mode=DELETE")
                _verify_connection(out, dest)
            finally:
                out.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        if is_disk_full(exc):
            raise DiskFullError(dest.parent, "no backup was written") from exc
        raise BackupError(f"could not back up {src_path} to {dest}: {exc}") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _publish(tmp, dest, "no backup was written")
    return dest


def backup_store(store: Store, out_path: str | os.PathLike[str] | None = None) -> Path:
    """Write a verified, portable SQLite copy of an open store (SQLite or PostgreSQL).

    Without ``out_path`` a SQLite store gets a "manual" backup in its backup folder.
    """
    if out_path is None:
        if store.path is None or store.backup_dir is None:
            raise BackupError("say where to write the backup of a database on a server")
        return create_backup(store.path, store.backup_dir, "manual")
    if store.path is not None:
        return backup_sqlite_file(store.path, out_path)
    if store.url.get_backend_name() == "sqlite":
        raise BackupError("an in-memory database cannot be backed up")
    return _export_to_sqlite(store.engine, Path(out_path), store.migrations_dir)


def create_backup(
    db_path: str | os.PathLike[str],
    backup_dir: str | os.PathLike[str],
    kind: str = "manual",
    now: datetime | None = None,
) -> Path:
    """Write a verified backup of ``db_path`` of the given kind into ``backup_dir``."""
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    when = _aware(now).astimezone(UTC)
    folder = Path(backup_dir)
    base = f"{Path(db_path).stem}-{kind}-{when.strftime(_STAMP)}"
    dest = folder / (base + SUFFIX)
    n = 2
    while dest.exists():
        dest = folder / f"{base}-{n}{SUFFIX}"
        n += 1
    return backup_sqlite_file(db_path, dest)


def list_backups(
    backup_dir: str | os.PathLike[str], db_path: str | os.PathLike[str] | None = None
) -> list[BackupInfo]:
    """The backups in ``backup_dir``, newest first (only those of ``db_path`` if given)."""
    folder = Path(backup_dir)
    if not folder.is_dir():
        return []
    stem = Path(db_path).stem if db_path is not None else None
    found: list[tuple[datetime, int, BackupInfo]] = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match is None or not entry.is_file():
            continue
        if stem is not None and match["stem"] != stem:
            continue
        created = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
        info = BackupInfo(entry, created, entry.stat().st_size, match["kind"], match["stem"])
        found.append((created, int(match["n"] or 1), info))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [item[2] for item in found]


def rotate_backups(
    db_path: str | os.PathLike[str],
    backup_dir: str | os.PathLike[str],
    now: datetime | None = None,
) -> Path | None:
    """Take the automatic backup when due, then prune old automatic backups.

    A new verified "daily" backup is written when the newest one is at least 24 hours old (or
    more than a day in the future: the clock was wrong). Returns the new file, or None. Periods
    (day, ISO week, month) are counted in the time zone of ``now`` (default: local time). Safe
    while the store is open.
    """
    when = _aware(now)
    autos = [b for b in list_backups(backup_dir, db_path) if b.kind == AUTO_KIND]
    new: Path | None = None
    if not autos or abs(when - autos[0].created) >= BACKUP_INTERVAL:
        new = create_backup(db_path, backup_dir, AUTO_KIND, when)
        autos = [b for b in list_backups(backup_dir, db_path) if b.kind == AUTO_KIND]
    keep = {b.path for b in backups_to_keep(autos, when.tzinfo)}
    for backup in autos:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
    return new


def backups_to_keep(autos: list[BackupInfo], tz: tzinfo | None = None) -> list[BackupInfo]:
    """Which automatic backups survive pruning (``autos`` newest first), newest first.

    Walking from the newest: the newest backup of each new day is kept until 12 days are kept,
    then the newest of each new ISO week until 10 weeks are, then the newest of each new month
    until 9 months are. A period counts as new only if it is older than every kept backup's.
    """
    budgets = [KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY]
    last: tuple[int, int, int] | None = None
    kept: list[BackupInfo] = []
    for backup in autos:
        tier = next((i for i, left in enumerate(budgets) if left > 0), None)
        if tier is None:
            break
        local = backup.created.astimezone(tz)
        iso = local.isocalendar()
        periods = (local.toordinal(), iso.year * 100 + iso.week, local.year * 100 + local.month)
        if last is None or periods[tier] < last[tier]:
            budgets[tier] -= 1
            kept.append(backup)
            last = periods
    return kept


def verify_backup(
    backup_path: str | os.PathLike[str], migrations_dir: MigrationsDir = None
) -> str:
    """Check that a file is a healthy Sailplan backup this version can open; return its revision.

    Reads the file without changing it. Raises :class:`BackupError` saying what is wrong.
    """
    # lazy: listing/rotating backups needs only sqlite3, not SQLAlchemy
    from services.core.migrate import known_revisions, sqlite_readonly_uri

    path = Path(backup_path)
    if not path.is_file():
        raise BackupError(f"there is no backup file at {path}")
    try:
        con = sqlite3.connect(sqlite_readonly_uri(os.fspath(path)), uri=True)
        try:
            _verify_connection(con, path)
            has = con.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            row = con.execute("SELECT version_num FROM alembic_version").fetchone() if has else None
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{path} is not a usable backup: it is damaged or not a database "
                          f"({exc})") from exc
    if not row:
        raise BackupError(f"{path} is not a Sailplan backup (it has no schema version)")
    revision = str(row[0])
    if revision not in known_revisions(migrations_dir):
        raise BackupError(
            f"{path} was written by a newer version of Sailplan (schema {revision}); "
            "update Sailplan to restore it"
        )
    return revision


def restore_backup(
    backup_path: str | os.PathLike[str],
    db_path: str | os.PathLike[str],
    backup_dir: str | os.PathLike[str],
    *,
    migrations_dir: MigrationsDir = None,
) -> Path:
    """Replace the database at ``db_path`` with a backup; returns the before-restore backup.

    The backup is verified first and the current file is kept as a "before-restore" backup, so a
    restore can itself be undone. The store must be closed: this takes the database's lock for
    the whole replacement (no Sailplan can open a half-restored file) and raises
    :class:`BackupError` if another window or process has it open. On any error before the final
    rename the current database is left exactly as it was (and the before-restore copy is
    removed again: it would only take space); a full disk is a :class:`DiskFullError`.
    """
    source = Path(backup_path)
    target = Path(real_path(db_path))  # a link stays a link: the file it names is replaced
    verify_backup(source, migrations_dir)
    if not target.is_file():
        raise BackupError(f"there is no database at {target} to restore into; "
                          "copy the backup file there instead")
    lock = FileLock(os.fspath(target))
    try:
        lock.acquire()
    except StoreLockedError as exc:
        raise BackupError(f"cannot restore while the database is open: {exc}") from exc
    try:
        saved = _save_before_restore(target, Path(backup_dir))
        tmp = target.with_name(f".{target.name}.restoring")
        tmp.unlink(missing_ok=True)
        try:
            shutil.copyfile(source, tmp)
            _fsync(tmp)
            verify_backup(tmp, migrations_dir)
            _fold_wal(target)
            for suffix in ("-wal", "-shm", "-journal"):
                # A -wal left beside the new file would be replayed into it: remove it first.
                Path(os.fspath(target) + suffix).unlink(missing_ok=True)
            os.replace(tmp, target)
        except BaseException as exc:
            tmp.unlink(missing_ok=True)
            saved.unlink(missing_ok=True)  # the file was not replaced: its copy is not needed
            if is_disk_full(exc):
                raise DiskFullError(target.parent, f"{target.name} was not changed") from exc
            raise
        fsync_dir(target.parent)
        return saved
    finally:
        lock.release()


def _save_before_restore(target: Path, backup_dir: Path) -> Path:
    try:
        return create_backup(target, backup_dir, "before-restore")
    except DiskFullError as exc:
        raise DiskFullError(exc.where, f"{target.name} was not changed") from exc
    except BackupError:
        # The current file is damaged (often why one restores): keep its raw bytes anyway.
        stamp = datetime.now(UTC).strftime(_STAMP)
        dest = backup_dir / f"{target.stem}-before-restore-{stamp}{SUFFIX}"
        n = 2
        while dest.exists():
            dest = backup_dir / f"{target.stem}-before-restore-{stamp}-{n}{SUFFIX}"
            n += 1
        backup_dir.mkdir(parents=True, exist_ok=True)
        tmp = dest.with_name(dest.name + ".partial")
        try:
            shutil.copyfile(target, tmp)
        except BaseException as exc:
            tmp.unlink(missing_ok=True)
            if is_disk_full(exc):
                raise DiskFullError(backup_dir, f"{target.name} was not changed") from exc
            raise
        _publish(tmp, dest, f"{target.name} was not changed")
        return dest


def _fold_wal(target: Path) -> None:
    """Checkpoint a leftover -wal into the old file, so a crash mid-restore leaves it whole."""
    if not Path(os.fspath(target) + "-wal").exists():
        return
    try:
        con = sqlite3.connect(target.resolve().as_uri() + "?mode=rw", uri=True, timeout=30)
        try:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            con.close()
    except sqlite3.Error:
        pass  # damaged: its raw bytes are in the before-restore backup already


def _export_to_sqlite(engine: Engine, out: Path, migrations_dir: MigrationsDir) -> Path:
    """Copy a PostgreSQL store into a new SQLite file with the same schema revision."""
    # lazy: listing/rotating backups needs only sqlite3, not SQLAlchemy
    from sqlalchemy import MetaData, insert, select

    from services.core.db import make_engine
    from services.core.migrate import stored_revision_readonly, upgrade

    revision = stored_revision_readonly(engine.url, engine)
    if revision is None:
        raise BackupError(f"{engine.url.render_as_string()} holds no Sailplan schema")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".partial")
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    dst = make_engine(tmp)
    try:
        upgrade(dst, migrations_dir=migrations_dir, target=revision)
        src_meta, dst_meta = MetaData(), MetaData()
        # One REPEATABLE READ transaction: every table comes from the same snapshot.
        dst_meta.reflect(dst)
        with engine.connect().execution_options(isolation_level="REPEATABLE READ") as src, \
                dst.connect() as conn:
            src_meta.reflect(src)
            raw = conn.connection.driver_connection
            raw.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
            with conn.begin():
                for table in dst_meta.sorted_tables:
                    if table.name == "alembic_version":
                        continue
                    rows = src.execution_options(yield_per=1000).execute(
                        select(src_meta.tables[table.name])
                    )
                    for part in rows.partitions():
                        conn.execute(insert(table), [dict(r._mapping) for r in part])
                bad = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if bad:
                    raise BackupError(f"the exported copy has {len(bad)} broken references")
            src.rollback()
        dst.dispose()
        con = sqlite3.connect(tmp)
        try:
            con.execute("PRAGMA journal_mode=DELETE")
            _verify_connection(con, out)
        finally:
            con.close()
    except BaseException as exc:
        dst.dispose()
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            leftover.unlink(missing_ok=True)
        if is_disk_full(exc):
            raise DiskFullError(out.parent, "no backup was written") from exc
        raise
    _publish(tmp, out, "no backup was written")
    return out


def _verify_connection(con: sqlite3.Connection, name: object) -> None:
    result = con.execute("PRAGMA integrity_check").fetchall()
    if [tuple(r) for r in result] != [("ok",)]:
        detail = "; ".join(str(r[0]) for r in result[:3])
        raise BackupError(f"{name} failed its integrity check: {detail}")


def _aware(now: datetime | None) -> datetime:
    if now is None:
        return datetime.now().astimezone()
    if now.tzinfo is None:
        raise ValueError("give an aware datetime (with a time zone)")
    return now


def _publish(tmp: Path, dest: Path, outcome: str = "nothing was written") -> None:
    """Flush ``tmp``, rename it to ``dest`` and fsync the folder; ``tmp`` never outlives a
    failure (a full disk often shows only at the fsync).
    """
    try:
        _fsync(tmp)
        os.replace(tmp, dest)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if is_disk_full(exc):
            raise DiskFullError(dest.parent, outcome) from exc
        raise
    fsync_dir(dest.parent)


def _fsync(path: Path) -> None:
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())

