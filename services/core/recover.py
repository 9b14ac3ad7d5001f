"""A damaged SQLite database: how bad it is, which backup is good, and putting that backup back.

Everything here reads the damaged file without opening it the way Sailplan does (no lock, no
migrations, no WAL replay into the file), never raises for a damaged file, and never deletes
it: a restore renames the damaged file (with its ``-wal``/``-shm``) aside to
``<name>.damaged-<YYYYmmdd-HHMMSS>`` beside it, so nothing a user had is ever lost.
"""

from __future__ import annotations

import os
import shlex
import sqlite3
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from services.core.backup import (
    BackupInfo,
    list_backups,
    verify_backup,
)
from services.core.backup_files import (
    BackupCancelled,
    Check,
    copy_out,
    never,
    remove_sqlite,
    stop_if,
)
from services.core.errors import BackupError, StoreLockedError
from services.core.lock import FileLock
from services.core.tempfiles import fsync_dir
from services.core.wal import wal_damage

_STAMP = "%Y%m%d-%H%M%S"
_SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class Health:
    """What an integrity check of a SQLite file found.

    ``cause`` is one plain English sentence for a user ("" when healthy; the CLI's words),
    ``kind`` names it for a translated one (see :func:`cause_kind`; ``wal_frame`` comes with
    the first damaged frame in ``wal_frame``); ``problems`` are SQLite's own lines (for Details
    and the CLI's list).
    """

    ok: bool
    cause: str = ""
    problems: list[str] = field(default_factory=list)
    kind: str = ""
    wal_frame: int = 0


@dataclass(frozen=True)
class BackupOffer:
    """The backups of a damaged file: the newest one that passed its check, and the others."""

    good: BackupInfo | None
    others: list[BackupInfo]
    rejected: list[tuple[BackupInfo, str]]  # newer backups that failed their check, and why


@dataclass(frozen=True)
class Recovered:
    """A restore over a damaged file: where the damaged file was kept, what was put back."""

    db_path: Path
    source: Path
    kept_aside: Path | None


def cause_kind(error: BaseException | str) -> str:
    """What an SQLite error about a file means: ``not_database``, ``malformed``, ``io``,
    ``cannot_open``, ``read_only``, or ``""`` when it is none of these. (Damage in the
    write-ahead log is read by :func:`services.core.wal.wal_damage`, which names its kind.)
    """
    low = str(error).lower()
    if "file is not a database" in low or "not a database" in low:
        return "not_database"
    if "malformed" in low or "corrupt" in low:
        return "malformed"
    if "disk i/o error" in low:
        return "io"
    if "unable to open" in low or "permission denied" in low:
        return "cannot_open"
    if "readonly" in low or "read-only" in low:
        return "read_only"
    return ""


_PLAIN_CAUSES = {
    "not_database": ("the file is not a Sailplan database, or its first page (the header that "
                     "describes the rest of the file) is damaged"),
    "malformed": ("parts of the file can no longer be read "
                  "(SQLite reports \"database disk image is malformed\")"),
    "io": "the disk reported an error while reading the file",
    "cannot_open": ("the file or its folder cannot be opened: check it exists and you may "
                    "write there"),
    "read_only": "the file or its folder is read-only: Sailplan needs to write there",
}


def plain_cause(error: BaseException | str) -> str:
    """A sentence a user understands for an SQLite error about a file."""
    text = str(error)
    return _PLAIN_CAUSES.get(cause_kind(text), text)


def sqlite_health(path: str | os.PathLike[str], *, quick: bool = False, wal: bool = True,
                  limit: int = 20) -> Health:
    """Check a SQLite file (and its write-ahead log) without changing it; never raises.

    ``quick`` runs ``PRAGMA quick_check`` (every page read, indexes not compared with their
    tables) instead of the full ``integrity_check``. A missing or empty file is healthy (Sailplan
    creates it). ``wal=False`` skips reading the write-ahead log: for a file open in this
    process, whose log SQLite has already read (and may be rewriting from its start).
    """
    # lazy: listing backups needs only sqlite3, not SQLAlchemy
    from services.core.migrate import sqlite_readonly_uri

    path = os.fspath(path)
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        return Health(ok=True)
    damage = wal_damage(path) if wal else None
    wal_text = damage.sentence() if damage is not None else None
    problems = [wal_text] if wal_text else []
    pragma = "quick_check" if quick else "integrity_check"
    try:
        con = sqlite3.connect(sqlite_readonly_uri(path), uri=True, timeout=30)
        try:
            rows = con.execute(f"PRAGMA {pragma}({int(limit)})").fetchall()
        finally:
            con.close()
    except (sqlite3.DatabaseError, OSError) as exc:
        return Health(ok=False, cause=plain_cause(exc), problems=[*problems, str(exc)],
                      kind=cause_kind(exc))
    lines = [str(r[0]) for r in rows]
    if lines != ["ok"]:
        problems.extend(lines)
        return Health(ok=False, cause=plain_cause("malformed"), problems=problems,
                      kind="malformed")
    if damage is not None and wal_text:
        return Health(ok=False, cause=wal_text, problems=problems, kind=f"wal_{damage.kind}",
                      wal_frame=damage.frame)
    return Health(ok=True)


def default_backup_dir(db_path: str | os.PathLike[str]) -> Path:
    """Where Sailplan keeps a SQLite file's backups: ``backups`` beside it."""
    return Path(db_path).parent / "backups"


def offer_backups(db_path: str | os.PathLike[str],
                  backup_dir: str | os.PathLike[str] | None = None) -> BackupOffer:
    """The newest backup of ``db_path`` that passes its integrity check, and the others.

    Backups are checked newest first until one passes; the older ones are listed unchecked
    (a restore checks the chosen one again).
    """
    folder = Path(backup_dir) if backup_dir is not None else default_backup_dir(db_path)
    found = list_backups(folder, db_path)
    rejected: list[tuple[BackupInfo, str]] = []
    for i, info in enumerate(found):
        problem = backup_problem(info.path)
        if problem:
            rejected.append((info, problem))
            continue
        return BackupOffer(info, found[i + 1:], rejected)
    return BackupOffer(None, [], rejected)


def backup_problem(backup: str | os.PathLike[str], *, is_cancelled: Check = never) -> str:
    """Why the backup cannot be restored, or "" when it passes its check (decompressed into
    the temporary folder, ``PRAGMA integrity_check``, a schema this version knows).

    One backup per call, so a caller can show each result as it comes; raises
    :class:`BackupCancelled` when ``is_cancelled`` stopped the check.
    """
    try:
        verify_backup(backup, is_cancelled=is_cancelled)
    except BackupCancelled:
        raise
    except BackupError as exc:
        return str(exc)
    return ""


def damage_of(target: str | os.PathLike[str],
              exc: BaseException) -> tuple[str, Health] | None:
    """Opening ``target`` failed with ``exc``: its SQLite file and health, if it is damaged.

    None for a server database, a missing file, a lock held elsewhere or a newer schema (none
    of which is damage). Runs a quick check of the whole file: call it off the GUI thread.
    """
    from services.core.db import normalise_url, sqlite_path
    from services.core.errors import NewerSchemaError

    if isinstance(exc, (StoreLockedError, NewerSchemaError)):
        return None
    path = sqlite_path(normalise_url(target))
    if path is None or not os.path.isfile(path):
        return None
    health = sqlite_health(path, quick=True)
    return None if health.ok else (path, health)


def restore_command(db_path: str | os.PathLike[str], backup: str | os.PathLike[str]) -> str:
    """The exact command line that restores ``backup`` over ``db_path``."""
    main = Path(__file__).resolve().parents[2] / "main.py"
    prog = f"{shlex.quote(sys.executable)} {shlex.quote(str(main))}"
    return (f"{prog} --db {shlex.quote(os.fspath(db_path))} restore "
            f"{shlex.quote(os.fspath(backup))}")


def keep_aside(db_path: str | os.PathLike[str], now: datetime | None = None) -> Path:
    """Rename a (damaged) database and its side files to ``<name>.damaged-<stamp>``."""
    path = Path(db_path)
    stamp = (now or datetime.now(UTC)).strftime(_STAMP)
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 2
    while aside.exists():
        aside = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
        n += 1
    # Side files first: a -wal left beside the new file would be replayed into it.
    for suffix in _SIDE_FILES:
        side = Path(os.fspath(path) + suffix)
        if side.exists():
            os.replace(side, os.fspath(aside) + suffix)
    os.replace(path, aside)
    return aside


def restore_over_damaged(db_path: str | os.PathLike[str], backup: str | os.PathLike[str],
                         *, migrations_dir: object = None,
                         is_cancelled: Check = never) -> Recovered:
    """Put ``backup`` in place of the damaged database at ``db_path``, keeping it aside.

    The backup (compressed or plain) is copied beside the database under a temporary name and
    checked there, then the damaged file is renamed aside and the copy renamed into place.
    Takes the database's lock for the whole replacement; raises :class:`BackupError` (nothing
    changed) when the backup is not good or the database is open in another window, and
    :class:`BackupCancelled` (nothing changed) when ``is_cancelled`` stopped it before the
    renames — once they started, the restore completes.
    """
    target = Path(db_path)
    source = Path(backup)
    if not source.is_file():
        raise BackupError(f"there is no backup file at {source}")
    lock = FileLock(os.fspath(target))
    try:
        lock.acquire()
    except StoreLockedError as exc:
        raise BackupError(f"cannot restore while the database is open: {exc}") from exc
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.restoring")
        try:
            copy_out(source, tmp, is_cancelled)
            verify_backup(tmp, migrations_dir, name=source,  # type: ignore[arg-type]
                          is_cancelled=is_cancelled)
            stop_if(is_cancelled)  # the last moment a cancel changes nothing
            aside = keep_aside(target) if target.exists() else None
            os.replace(tmp, target)
        except OSError as exc:
            remove_sqlite(tmp)
            raise BackupError(f"could not restore {source} to {target}: {exc}") from exc
        except BaseException:
            remove_sqlite(tmp)
            raise
        fsync_dir(target.parent)
        return Recovered(target, source, aside)
    finally:
        lock.release()

