"""Verified backups: one-off copies, rotating automatic backups, restore, PostgreSQL export.

Every backup is first copied to a temporary name through the SQLite backup API (a consistent
snapshot even while Sailplan writes) and checked with ``PRAGMA integrity_check``; it is then
compressed with gzip (``services.core.backup_files``), fsynced and only then renamed into place,
so a crash never leaves a half-written backup under a real name. Temporary files are named
``.<name>.<pid>[.copy].tmp`` beside the backup (``services.core.tempfiles.sibling_temp``): the
next backup into that folder, or the next open of the database, removes a killed one's.

Files in a backup folder are named ``<db stem>-<kind>-<YYYYmmdd-HHMMSS UTC>[-n].sqlite3.gz``
(``.sqlite3`` without compression, as older versions wrote them; both are read); the name
carries the kind and the time, so listing and pruning never open the files. Automatic
("daily") backups are pruned like Anki's: the newest backup of each of the last 12 days, then of
the 10 weeks before those, then of the 9 months before those — and then, oldest first, until
they fit their space budget (``services.core.backup_space``; the newest always stays). An
automatic backup that would leave less free disk space than the safety margin is not taken
(:class:`~services.core.backup_space.LowDiskSpaceError`). Manual, before-upgrade and
before-restore backups are never pruned.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from services.core.backup_files import (
    GZ,
    BackupCancelled,
    Check,
    compress_into,
    copy_out,
    fsync_file,
    never,
    plain_copy,
    remove_sqlite,
    stop_if,
)
from services.core.backup_space import (
    LowDiskSpaceError,
    bytes_needed,
    check_room,
    database_bytes,
    default_budget,
    disk_room,
    over_budget,
    safety_margin,
)
from services.core.errors import BackupError, DiskFullError, StoreLockedError, is_disk_full
from services.core.lock import FileLock, real_path
from services.core.tempfiles import (
    fsync_dir,
    sibling_temp,
    sweep_backup_temps,
    sweep_stale_siblings,
)

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
GZ_SUFFIX = SUFFIX + GZ
DISK_MARGIN = -1
"""``keep_free`` value: leave the disk's safety margin free (``backup_space.safety_margin``)."""
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<kind>daily|manual|before-upgrade|before-restore)"
    r"-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.sqlite3(?P<gz>\.gz)?$"
)


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where it is, when it was taken (aware UTC), its size and kind."""

    path: Path
    created: datetime
    size_bytes: int
    kind: str
    db_name: str = ""  # the stem of the database file it belongs to
    compressed: bool = False  # a ``.sqlite3.gz`` (newer) rather than a plain ``.sqlite3``


@dataclass(frozen=True)
class BackupUsage:
    """What a database's backups take on disk, and what the automatic ones may take."""

    auto_bytes: int
    auto_count: int
    other_bytes: int  # manual, before-upgrade and before-restore backups (never pruned)
    other_count: int
    budget_bytes: int  # the budget in force (the default one when none was set)
    budget_is_default: bool
    free_bytes: int  # free on the backup folder's disk
    margin_bytes: int  # what a backup must leave free there


def backup_sqlite_file(
    src_path: str | os.PathLike[str],
    dest: str | os.PathLike[str],
    *,
    compress: bool | None = None,
    keep_free: int | None = None,
    ratio: float | None = None,
    is_cancelled: Check = never,
) -> Path:
    """Copy a live SQLite database (WAL included) to ``dest`` and verify it.

    The copy is one self-contained file (rollback-journal mode), gzip-compressed when
    ``compress`` is true (default: when ``dest`` ends with ``.gz``). ``keep_free``: refuse with
    :class:`LowDiskSpaceError` before writing anything if the disk would keep fewer bytes free
    (:data:`DISK_MARGIN`: its safety margin; None: no check, for the copies a restore or an
    upgrade cannot do without); ``ratio`` is the expected compressed size / database size.
    Raises :class:`BackupError` if the source is missing or unreadable or the copy fails its
    integrity check, :class:`DiskFullError` on a full disk, :class:`BackupCancelled` when
    ``is_cancelled()`` turns true; nothing is left behind then.
    """
    dest = Path(dest)
    src = Path(src_path)
    if not src.is_file():
        raise BackupError(f"there is no database at {src_path} to back up")
    zipped = dest.name.endswith(GZ) if compress is None else compress
    dest.parent.mkdir(parents=True, exist_ok=True)
    sweep_backup_temps(dest.parent)  # what killed backups into this folder left
    sweep_stale_siblings(dest)
    if keep_free is not None:
        check_room(dest.parent, bytes_needed(database_bytes(src), zipped, ratio),
                   None if keep_free == DISK_MARGIN else keep_free)
    copy = sibling_temp(dest, "copy") if zipped else sibling_temp(dest)
    out = sibling_temp(dest)
    try:
        _snapshot(src, copy, dest, is_cancelled)
        if zipped:
            compress_into(copy, out, dest.name[: -len(GZ)], is_cancelled)
            remove_sqlite(copy)
    except BaseException as exc:
        remove_sqlite(copy)
        out.unlink(missing_ok=True)
        if isinstance(exc, sqlite3.OperationalError) and is_cancelled():
            raise BackupCancelled("the backup was stopped; no backup was written") from exc
        if is_disk_full(exc):
            raise DiskFullError(dest.parent, "no backup was written") from exc
        if isinstance(exc, sqlite3.Error):
            raise BackupError(f"could not back up {src_path} to {dest}: {exc}") from exc
        raise
    _publish(out, dest, "no backup was written")
    return dest


def _snapshot(src: Path, copy: Path, name: object, is_cancelled: Check) -> None:
    """The SQLite backup API's copy of ``src`` at ``copy``, checked; raises sqlite3 errors."""
    remove_sqlite(copy)
    stop_if(is_cancelled)
    # mode=rw: never create an empty database where the source should be.
    con = sqlite3.connect(src.resolve().as_uri() + "?mode=rw", uri=True, timeout=30)
    try:
        out = sqlite3.connect(copy)
        try:
            # The temporary file only counts after our own fsync and rename: no need for
            # SQLite to sync or journal it page by page.
            out.execute("PRAGMA synchronous=OFF")
            out.execute("PRAGMA journal_mode=MEMORY")
            # One step: a single read snapshot (WAL readers never block writers), so a busy
            # writer cannot make the copy restart over and over.
            con.backup(out, pages=-1)
            out.execute("PRAGMA journal_mode=DELETE")
            stop_if(is_cancelled)
            # The integrity check of a large firm takes tens of seconds: let a cancel stop it.
            out.set_progress_handler(lambda: int(is_cancelled()), 100_000)
            _verify_connection(out, name)
        finally:
            out.close()
    finally:
        con.close()


def backup_store(
    store: Store,
    out_path: str | os.PathLike[str] | None = None,
    *,
    keep_free: int | None = DISK_MARGIN,
    is_cancelled: Check = never,
) -> Path:
    """Write a verified, portable SQLite copy of an open store (SQLite or PostgreSQL).

    Without ``out_path`` a SQLite store gets a compressed "manual" backup in its backup
    folder. A file named ``….gz`` is compressed, any other name is a plain SQLite file. A copy
    that would leave the disk less than ``keep_free`` free is refused
    (:class:`LowDiskSpaceError`; see :func:`backup_sqlite_file`).
    """
    if out_path is None:
        if store.path is None or store.backup_dir is None:
            raise BackupError("say where to write the backup of a database on a server")
        return create_backup(store.path, store.backup_dir, "manual", keep_free=keep_free,
                             is_cancelled=is_cancelled)
    if store.path is not None:
        return backup_sqlite_file(store.path, out_path, keep_free=keep_free,
                                  is_cancelled=is_cancelled)
    if store.url.get_backend_name() == "sqlite":
        raise BackupError("an in-memory database cannot be backed up")
    return _export_to_sqlite(store.engine, Path(out_path), store.migrations_dir)


def create_backup(
    db_path: str | os.PathLike[str],
    backup_dir: str | os.PathLike[str],
    kind: str = "manual",
    now: datetime | None = None,
    *,
    compress: bool = True,
    keep_free: int | None = None,
    is_cancelled: Check = never,
) -> Path:
    """Write a verified backup of ``db_path`` of the given kind into ``backup_dir``.

    ``keep_free`` as for :func:`backup_sqlite_file` (None: only a full disk stops it).
    """
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    when = _aware(now).astimezone(UTC)
    folder = Path(backup_dir)
    dest = free_backup_name(folder, f"{Path(db_path).stem}-{kind}-{when.strftime(_STAMP)}",
                            compress)
    return backup_sqlite_file(db_path, dest, compress=compress, keep_free=keep_free,
                              ratio=_ratio(folder, db_path), is_cancelled=is_cancelled)


def free_backup_name(folder: Path, base: str, compress: bool = True) -> Path:
    """``<base>.sqlite3[.gz]`` in ``folder``, with ``-2``, ``-3``… when that stamp is taken
    (by a compressed or a plain backup, or one being written).
    """
    n = 1
    while True:
        stem = base if n == 1 else f"{base}-{n}"
        taken = any((folder / (stem + suffix)).exists() or (folder / f"{stem}{suffix}.partial")
                    .exists() for suffix in (SUFFIX, GZ_SUFFIX))
        if not taken:
            return folder / (stem + (GZ_SUFFIX if compress else SUFFIX))
        n += 1


def _ratio(folder: Path, db_path: str | os.PathLike[str]) -> float | None:
    """Compressed size / database size of the newest compressed backup of ``db_path``."""
    size = database_bytes(db_path)
    newest = next((b for b in list_backups(folder, db_path) if b.compressed), None)
    if newest is None or size <= 0:
        return None
    return min(1.0, newest.size_bytes / size * 1.1)  # the database may have grown


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
        info = BackupInfo(entry, created, entry.stat().st_size, match["kind"], match["stem"],
                          compressed=bool(match["gz"]))
        found.append((created, int(match["n"] or 1), info))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [item[2] for item in found]


def rotate_backups(
    db_path: str | os.PathLike[str],
    backup_dir: str | os.PathLike[str],
    now: datetime | None = None,
    *,
    budget_bytes: int | None = None,
    keep_free: int | None = DISK_MARGIN,
    is_cancelled: Check = never,
) -> Path | None:
    """Take the automatic backup when due, then prune old automatic backups.

    A new verified "daily" backup is written when the newest one is at least 24 hours old (or
    more than a day in the future: the clock was wrong). Returns the new file, or None. Periods
    (day, ISO week, month) are counted in the time zone of ``now`` (default: local time). The
    backups kept then fit ``budget_bytes`` (None: :func:`~services.core.backup_space.
    default_budget`), the oldest removed first and never the newest. A backup that would leave
    less than ``keep_free`` bytes free (default: the disk's safety margin) is not taken: the
    old ones are still pruned, then :class:`LowDiskSpaceError` says why. Safe while the store
    is open.
    """
    when = _aware(now)
    autos = [b for b in list_backups(backup_dir, db_path) if b.kind == AUTO_KIND]
    new: Path | None = None
    skipped: LowDiskSpaceError | None = None
    if not autos or abs(when - autos[0].created) >= BACKUP_INTERVAL:
        try:
            new = create_backup(db_path, backup_dir, AUTO_KIND, when, keep_free=keep_free,
                                is_cancelled=is_cancelled)
        except LowDiskSpaceError as exc:
            skipped = exc
        autos = [b for b in list_backups(backup_dir, db_path) if b.kind == AUTO_KIND]
    prune_backups(autos, backup_dir, budget_bytes, when.tzinfo)
    if skipped is not None:
        raise skipped
    return new


def prune_backups(
    autos: list[BackupInfo],
    backup_dir: str | os.PathLike[str],
    budget_bytes: int | None = None,
    tz: tzinfo | None = None,
) -> list[BackupInfo]:
    """Remove the automatic backups (``autos``, newest first) that rotation does not keep or
    that do not fit the budget; returns the removed ones.
    """
    removed = backups_to_prune(autos, backup_dir, budget_bytes, tz)
    for backup in removed:
        backup.path.unlink(missing_ok=True)
    return removed


def backups_to_prune(
    autos: list[BackupInfo],
    backup_dir: str | os.PathLike[str],
    budget_bytes: int | None = None,
    tz: tzinfo | None = None,
) -> list[BackupInfo]:
    """Which automatic backups (``autos``, newest first) :func:`prune_backups` would remove:
    those rotation does not keep, then the oldest until the rest fit ``budget_bytes`` (None:
    the default budget); never the newest.
    """
    kept = backups_to_keep(autos, tz)
    if budget_bytes is None:
        used = sum(b.size_bytes for b in autos)
        budget_bytes = default_budget(disk_room(backup_dir).free, used)
    drop = set(over_budget(kept, budget_bytes))
    keep = {b.path for i, b in enumerate(kept) if i not in drop}
    return [b for b in autos if b.path not in keep]


def backup_usage(
    backup_dir: str | os.PathLike[str],
    db_path: str | os.PathLike[str],
    budget_bytes: int | None = None,
) -> BackupUsage:
    """How much the backups of ``db_path`` take, its budget (``budget_bytes``, or the default
    one when None) and the room on their disk. A directory listing: cheap.
    """
    found = list_backups(backup_dir, db_path)
    autos = [b for b in found if b.kind == AUTO_KIND]
    others = [b for b in found if b.kind != AUTO_KIND]
    room = disk_room(backup_dir)
    auto_bytes = sum(b.size_bytes for b in autos)
    budget = (default_budget(room.free, auto_bytes) if budget_bytes is None
              else budget_bytes)
    return BackupUsage(auto_bytes, len(autos), sum(b.size_bytes for b in others), len(others),
                       budget, budget_bytes is None, room.free, safety_margin(room.total))


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
    backup_path: str | os.PathLike[str],
    migrations_dir: MigrationsDir = None,
    *,
    name: str | os.PathLike[str] | None = None,
    is_cancelled: Check = never,
) -> str:
    """Check that a file is a healthy Sailplan backup this version can open; return its revision.

    Reads the file without changing it; a compressed backup is decompressed into this process's
    temporary folder for the check. Messages name ``name`` (default: the file). Raises
    :class:`BackupError` saying what is wrong, :class:`BackupCancelled` when ``is_cancelled``
    stopped it (during the decompression or the integrity check).
    """
    # lazy: listing/rotating backups needs only sqlite3, not SQLAlchemy
    from services.core.migrate import known_revisions, sqlite_readonly_uri

    path = Path(backup_path)
    shown = name if name is not None else path
    if not path.is_file():
        raise BackupError(f"there is no backup file at {shown}")
    try:
        with plain_copy(path, is_cancelled) as plain:
            con = sqlite3.connect(sqlite_readonly_uri(os.fspath(plain)), uri=True)
            try:
                stop_if(is_cancelled)
                # The check of a large firm takes tens of seconds: let a cancel stop it.
                con.set_progress_handler(lambda: int(is_cancelled()), 100_000)
                _verify_connection(con, shown)
                has = con.execute(
                    "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
                ).fetchone()
                row = (con.execute("SELECT version_num FROM alembic_version").fetchone()
                       if has else None)
            finally:
                con.close()
    except sqlite3.DatabaseError as exc:
        stop_if(is_cancelled)  # "interrupted": the check was stopped, not failed
        raise BackupError(f"{shown} is not a usable backup: it is damaged or not a database "
                          f"({exc})") from exc
    except BackupError as exc:
        if isinstance(exc, BackupCancelled) or name is None:
            raise
        raise BackupError(str(exc).replace(os.fspath(path), os.fspath(name))) from exc
    if not row:
        raise BackupError(f"{shown} is not a Sailplan backup (it has no schema version)")
    revision = str(row[0])
    if revision not in known_revisions(migrations_dir):
        raise BackupError(
            f"{shown} was written by a newer version of Sailplan (schema {revision}); "
            "update Sailplan to restore it"
        )
    return revision


def restore_backup(
    backup_path: str | os.PathLike[str],
    db_path: str | os.PathLike[str],
    backup_dir: str | os.PathLike[str],
    *,
    migrations_dir: MigrationsDir = None,
    is_cancelled: Check = never,
    confirm: Callable[[], bool] | None = None,
) -> Path:
    """Replace the database at ``db_path`` with a backup; returns the before-restore backup.

    The backup (compressed or plain) is copied beside the database under a temporary name and
    verified there (once: ``confirm``, when given, is asked after that check and before
    anything is replaced — False stops with :class:`BackupCancelled`), then the current file
    is kept as a "before-restore" backup, so a restore can itself be undone. The store must be
    closed: this takes the database's lock for the whole replacement (no Sailplan can open a
    half-restored file) and raises
    :class:`BackupError` if another window or process has it open. On any error before the final
    rename the current database is left exactly as it was (and the before-restore copy is
    removed again: it would only take space); a full disk is a :class:`DiskFullError`.
    """
    source = Path(backup_path)
    target = Path(real_path(db_path))  # a link stays a link: the file it names is replaced
    if not source.is_file():
        raise BackupError(f"there is no backup file at {source}")
    if not target.is_file():
        raise BackupError(f"there is no database at {target} to restore into; "
                          "copy the backup file there instead")
    lock = FileLock(os.fspath(target))
    try:
        lock.acquire()
    except StoreLockedError as exc:
        raise BackupError(f"cannot restore while the database is open: {exc}") from exc
    try:
        tmp = target.with_name(f".{target.name}.restoring")
        saved: Path | None = None
        try:
            copy_out(source, tmp, is_cancelled)
            verify_backup(tmp, migrations_dir, name=source, is_cancelled=is_cancelled)
            stop_if(is_cancelled)
            if confirm is not None and not confirm():
                raise BackupCancelled(f"the restore was cancelled; {target.name} was not "
                                      "changed")
            saved = _save_before_restore(target, Path(backup_dir))
            _fold_wal(target)
            for suffix in ("-wal", "-shm", "-journal"):
                # A -wal left beside the new file would be replayed into it: remove it first.
                Path(os.fspath(target) + suffix).unlink(missing_ok=True)
            os.replace(tmp, target)
        except BaseException as exc:
            remove_sqlite(tmp)
            if saved is not None:
                saved.unlink(missing_ok=True)  # the file was not replaced: no copy needed
            if is_disk_full(exc) and not isinstance(exc, DiskFullError):
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
        dest = free_backup_name(backup_dir, f"{target.stem}-before-restore-{stamp}")
        backup_dir.mkdir(parents=True, exist_ok=True)
        tmp = sibling_temp(dest)
        try:
            compress_into(target, tmp, dest.name[: -len(GZ)])
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
    sweep_backup_temps(out.parent)  # what killed backups into this folder left
    sweep_stale_siblings(out)
    zipped = out.name.endswith(GZ)
    # Named like every temporary file of ours (``.<name>.<pid>.tmp``): a killed export's
    # file is removed by the next backup into this folder instead of staying there.
    tmp = sibling_temp(out, "copy") if zipped else sibling_temp(out)
    final = sibling_temp(out)
    remove_sqlite(tmp)
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
        if zipped:
            compress_into(tmp, final, out.name[: -len(GZ)])
            remove_sqlite(tmp)
    except BaseException as exc:
        dst.dispose()
        remove_sqlite(tmp)
        final.unlink(missing_ok=True)
        if is_disk_full(exc):
            raise DiskFullError(out.parent, "no backup was written") from exc
        raise
    _publish(final, out, "no backup was written")
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
        fsync_file(tmp)
        os.replace(tmp, dest)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if is_disk_full(exc):
            raise DiskFullError(dest.parent, outcome) from exc
        raise
    fsync_dir(dest.parent)

