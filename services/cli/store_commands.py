"""Store maintenance commands: ``check``, ``backup OUT``, ``backups``, ``restore``, ``migrate``.

Exit codes (docs/EXIT_CODES.md): 0 done/healthy, 1 ``check`` found problems, 2 refused or
failed (bad arguments, file open elsewhere, newer file, bad backup, disk full) with a one-line
message on stderr. Everything opens the database through ``open_store``, so the one-window lock
and the refusal of newer files apply; ``backups`` only lists files and opens nothing.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from services.cli._common import fail, open_for_command, resolve_db
from services.cli._i18n import error_text, finding_text, join, tr


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the store maintenance subcommands."""
    p = subparsers.add_parser(
        "check", help="check the database: file integrity, broken references, schema version"
    )
    p.set_defaults(handler=_check)
    p = subparsers.add_parser(
        "backup", help="write a verified backup (a SQLite file, also for PostgreSQL) to OUT; "
        "refused when it would leave the disk nearly full"
    )
    p.add_argument("out", metavar="OUT", help="new file (compressed with gzip when its name ends "
                   "in .gz, else a plain SQLite file), or a folder to write a compressed backup "
                   "into (an existing one, or a new one when OUT ends with a slash)")
    p.set_defaults(handler=_backup)
    p = subparsers.add_parser("backups", help="list the database's backups, newest first")
    p.set_defaults(handler=_backups)
    p = subparsers.add_parser(
        "restore", help="replace the database with a backup (the current file is kept)"
    )
    p.add_argument("backup", metavar="BACKUP", help="backup file (path, or a name from `backups`)")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(handler=_restore)
    p = subparsers.add_parser(
        "migrate", help="upgrade the database schema to this version (backs up first)"
    )
    p.set_defaults(handler=_migrate)


def _sqlite_path(args: argparse.Namespace) -> str | None:
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.core.db import normalise_url, sqlite_path

    return sqlite_path(normalise_url(resolve_db(args)))


def _missing(args: argparse.Namespace) -> int | None:
    """Exit code if ``--db`` names a SQLite file that does not exist (never create one here)."""
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.core.db import is_sqlite, normalise_url

    path = _sqlite_path(args)
    if path is not None and not os.path.isfile(path):
        return fail(tr("there is no database at {path}", path=path))
    if path is None and is_sqlite(normalise_url(resolve_db(args))):
        return fail(tr("an in-memory database has nothing to maintain"))
    return None


def _open(args: argparse.Namespace, *, damaged: int = 2, **kwargs: Any) -> Any:
    """The open store, or an exit code after printing why it could not be opened (``damaged``
    for a file that is not a readable database: a finding for ``check``, a failure otherwise).
    """
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.core.errors import SailplanError, StoreOpenError

    try:
        return open_for_command(args, **kwargs)
    except StoreOpenError as exc:
        return fail(exc, damaged)
    except SailplanError as exc:
        return fail(exc)


def _check(args: argparse.Namespace) -> int:
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    import sqlite3

    from sqlalchemy.exc import SQLAlchemyError

    from services.core.check import check_store, damage_report
    from services.core.errors import SailplanError, StoreOpenError
    from services.core.recover import plain_cause, sqlite_health

    if (code := _missing(args)) is not None:
        return code
    path = _sqlite_path(args)
    try:
        store = open_for_command(args, migrate=False)
    except (StoreOpenError, SQLAlchemyError, sqlite3.Error, OSError) as exc:
        health = sqlite_health(path) if path is not None else None
        if health is not None and not health.ok:
            return _report_damage(path or "", damage_report(health))
        return fail(tr("{location} could not be opened: {cause}", location=resolve_db(args),
                       cause=plain_cause(exc)), 1)
    except SailplanError as exc:  # open in another window, written by a newer Sailplan
        return fail(exc)
    try:
        report = check_store(store)
        location = store.location
    finally:
        store.close()
    if report.damaged:
        return _report_damage(path or location, report)
    if report.ok:
        print(tr("OK: {location} (schema {revision})", location=location,
                 revision=report.revision))
        _print_counts(report.counts)
        return 0
    print(tr("Problems found in {location}:", location=location))
    for problem in report.problems:
        print(f"  - {finding_text(problem)}")
    _print_counts(report.counts)
    return 1


def _print_counts(counts: dict[str, int]) -> None:
    if counts:
        print(tr("Rows: {counts}",
                 counts=join(f"{name} {n:,}" for name, n in counts.items())))


def _report_damage(path: str, report: Any) -> int:
    """A damaged file: SQLite's findings on stdout, one line on stderr saying what to do."""
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.core.recover import default_backup_dir, offer_backups, restore_command

    print(tr("Problems found in {location}:", location=path))
    for problem in report.problems[:20]:
        print(f"  - {finding_text(problem)}")
    folder = default_backup_dir(path)
    offer = offer_backups(path, folder)
    if offer.good is not None:
        when = offer.good.created.astimezone().strftime("%Y-%m-%d %H:%M")
        todo = tr("Restore the newest good backup (taken {when}): {command}", when=when,
                  command=restore_command(path, offer.good.path))
    else:
        todo = tr("No good backup of it was found in {folder}; restore a copy you keep "
                  "elsewhere: {command}", folder=folder,
                  command=restore_command(path, "BACKUP-FILE"))
    return fail(tr("{path} failed its integrity check: {cause}. {todo}", path=path,
                   cause=report.cause, todo=todo), 1)


def _backup(args: argparse.Namespace) -> int:
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.core.backup import backup_store
    from services.core.errors import BackupError

    if (code := _missing(args)) is not None:
        return code
    out = Path(args.out)
    into_folder = str(args.out).endswith(tuple(s for s in (os.sep, os.altsep, "/") if s))
    store = _open(args, migrate=False)
    if isinstance(store, int):
        return store
    try:
        if into_folder:
            out.mkdir(parents=True, exist_ok=True)
        if out.is_dir():
            out = _new_name_in(out, Path(store.path).stem if store.path else "sailplan")
        if out.exists():
            return fail(tr("{path} already exists; choose a new file name", path=out))
        written = backup_store(store, out)  # LowDiskSpaceError: its own message, exit 2
    except BackupError as exc:
        return fail(tr("{refusal}. No backup was written.", refusal=error_text(exc)))
    finally:
        store.close()
    print(written)  # the file's path alone: scripts read it
    return 0


def _new_name_in(folder: Path, stem: str) -> Path:
    """``<stem>-manual-<UTC stamp>.sqlite3.gz`` in ``folder``, with ``-2``, ``-3``… if taken."""
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.core.backup import free_backup_name

    return free_backup_name(folder, f"{stem}-manual-{datetime.now(UTC):%Y%m%d-%H%M%S}")


def _backups(args: argparse.Namespace) -> int:
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.core.backup import backup_usage, list_backups

    path = _sqlite_path(args)
    if path is None:
        return fail(tr("automatic backups are kept for SQLite files only; "
                       "use `backup OUT` for a database on a server"))
    folder = Path(path).parent / "backups"
    found = list_backups(folder, path)
    if not found:
        print(tr("No backups of {path} in {folder}", path=path, folder=folder))
        return 0
    print(tr("Backups of {path} (newest first):", path=path))
    for info in found:
        when = info.created.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        print(f"  {when}  {info.kind:<14}  {_size(info.size_bytes):>9}  {info.path}")
    usage = backup_usage(folder, path)
    print(tr("Automatic backups take {auto} (the app keeps them within {budget} unless set "
             "otherwise in Settings); the others {other}. {free} free on that disk.",
             auto=_size(usage.auto_bytes), budget=_size(usage.budget_bytes),
             other=_size(usage.other_bytes), free=_size(usage.free_bytes)))
    return 0


def _size(n: int) -> str:
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB"
    if n < 1024 ** 3:
        return f"{n / 1024 / 1024:.1f} MB"
    return f"{n / 1024 ** 3:.1f} GB"


def _restore(args: argparse.Namespace) -> int:
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.core.backup import restore_backup
    from services.core.backup_files import BackupCancelled
    from services.core.errors import BackupError

    path = _sqlite_path(args)
    if path is None:
        return fail(tr("restore works on SQLite files; restore a server database with its "
                       "own tools, or open the backup file with --db"))
    if (code := _missing(args)) is not None:
        return code
    folder = Path(path).parent / "backups"
    source = Path(args.backup)
    if not source.exists() and (folder / args.backup).exists():
        source = folder / args.backup
    # The lock and newer-file checks of a normal open; a damaged current file is no obstacle.
    store = _open(args, migrate=False)
    if isinstance(store, int) and not _is_damaged(path):
        return store
    if not isinstance(store, int):
        store.close()  # restore_backup takes the lock itself for the replacement
    if not args.yes and not sys.stdin.isatty():
        return fail(tr("restore replaces the database; add --yes to confirm "
                       "(standard input is not a terminal, so it cannot ask)"))

    def ask() -> bool:  # after the backup passed its check: a bad one is refused unasked
        try:
            answer = input(tr("Replace {path} with {backup}? The current file is kept as a "
                              "before-restore backup. [y/N] ", path=path, backup=source))
        except EOFError:  # Ctrl+D: no
            return False
        return answer.strip().lower() in ("y", "yes", "是", "好")

    try:
        # The backup is checked once, in restore_backup, before the question.
        saved = restore_backup(source, path, folder, confirm=None if args.yes else ask)
    except BackupCancelled:
        print(tr("Cancelled; nothing was changed."))
        return 2
    except BackupError as exc:
        return fail(tr("{refusal}. Nothing was changed.", refusal=error_text(exc)))
    print(tr("Restored {path} from {backup}.", path=path, backup=source))
    print(tr("The previous database was saved as {path}", path=saved))
    return 0


def _is_damaged(path: str) -> bool:
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.core.errors import StoreOpenError
    from services.core.migrate import sqlite_revision

    try:
        sqlite_revision(path)
    except StoreOpenError:
        return True
    return False


def _migrate(args: argparse.Namespace) -> int:
    # lazy: building the CLI parser imports no SQLAlchemy (see services/cli/__init__.py)
    from services.core.errors import SailplanError
    from services.core.migrate import head_revision, script_directory

    store = _open(args, create=True, migrate=False)
    if isinstance(store, int):
        return store
    try:
        ran = store.upgrade_schema()
        backup = store.pre_migration_backup
        location = store.location
    except SailplanError as exc:
        return fail(exc)
    finally:
        store.close()
    if not ran:
        print(tr("{location} is up to date (schema {revision}); nothing to do.",
                 location=location, revision=head_revision()))
        return 0
    if backup is not None:
        print(tr("Backup before upgrading: {path}", path=backup))
    script = script_directory()
    for rev in ran:
        doc = (script.get_revision(rev).doc or "").strip().splitlines()
        print(tr("Applied {revision}: {description}", revision=rev,
                 description=doc[0] if doc else ""))
    print(tr("{location} is now at schema {revision}.", location=location, revision=ran[-1]))
    return 0
