"""Background housekeeping after the window shows, and "Back up now"."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from gui.common.messages import Messages
from gui.shell.backup_ops import backup_function

if TYPE_CHECKING:
    from gui.main_window import MainWindow

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def start_rotation(window: MainWindow) -> None:
    """Check the SQLite store (quick check) and take today's rotating backup, on the worker.

    A file that fails the check gets the damaged-database dialog instead of a backup.

    Does nothing for PostgreSQL (the server has its own backups) or when this build has no
    rotation yet.
    """
    store = window.ctx.store
    rotate = backup_function("rotate_backups")
    if rotate is None or store.path is None or store.backup_dir is None:
        return
    db_path, backup_dir = store.path, store.backup_dir
    window.show_status(translate("Maintenance", "Checking backups…"), 0)

    def job(progress: Any, is_cancelled: Any) -> Any:
        from services.core.recover import sqlite_health

        health = sqlite_health(db_path, quick=True, wal=False)  # a damaged file: no backup
        return health if not health.ok else rotate(db_path, backup_dir)

    def finished(result: Any) -> None:
        from services.core.recover import Health

        if isinstance(result, Health):
            from gui.shell.damaged_store_dialog import offer_restore_for_open_store
            from gui.shell.open_errors import open_store_or_explain

            offer_restore_for_open_store(window, result, open_store_or_explain)
        else:
            window.show_status(_rotation_message(result), 5000)

    handle = window.ctx.tasks.submit(job)
    handle.finished.connect(finished)
    handle.failed.connect(lambda exc, tb: _rotation_failed(window, exc, tb))


def _rotation_message(result: Any) -> str:
    """``rotate_backups`` returns the new backup's path, or None when none was due."""
    if result:
        return translate("Maintenance", "Daily backup saved: {name}").format(
            name=Path(result).name)
    return translate("Maintenance", "Backups are up to date.")


def _rotation_failed(window: MainWindow, exc: BaseException, tb: str) -> None:
    log.error("backup rotation failed: %s", tb)
    window.show_status(translate("Maintenance", "Automatic backup failed: {error}").format(
        error=exc), 0)


def backup_now(window: MainWindow, on_done: Any = None) -> None:
    """Write a verified backup of the open store now, with progress and a clear result."""
    store = window.ctx.store
    backup_store = backup_function("backup_store")
    if backup_store is None or store.path is None:
        Messages.show_error(window, translate("Maintenance", "Back Up Now"), translate(
            "Maintenance", "Backups of this database are not available in this build."))
        return

    def job(progress: Any, is_cancelled: Any) -> Any:
        return backup_store(store)

    def done(path: Any) -> None:
        window.show_status(translate("Maintenance", "Backup saved: {path}").format(path=path),
                           8000)
        if on_done is not None:
            on_done(path)

    def failed(exc: BaseException, tb: str) -> None:
        log.error("backup failed: %s", tb)
        Messages.show_error(window, translate("Maintenance", "Back Up Now"),
                            translate("Maintenance", "The backup failed: {error}").format(
                                error=exc), tb)

    window.ctx.tasks.run_with_dialog(window, translate("Maintenance", "Backing up…"), job,
                                     done, failed)


def restore_from_backup(window: MainWindow, backup_path: str | Path) -> bool:
    """Close the store, replace its file with ``backup_path``, reopen it and reload every page.

    The current file is kept as a "before-restore" backup by ``services.core.backup``. When the
    restore fails the untouched database is reopened; when even that fails the window closes.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    from gui.shell.open_errors import open_store_or_explain

    restore = backup_function("restore_backup")
    store = window.ctx.store
    if restore is None or store.path is None or store.backup_dir is None:
        Messages.show_error(window, translate("Maintenance", "Restore"), translate(
            "Maintenance", "Restoring backups is not available for this database."))
        return False
    db_path, backup_dir = store.path, store.backup_dir
    window.ctx.tasks.wait()
    window.host.clear()
    store.close()
    ok = True
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        saved = restore(backup_path, db_path, backup_dir)
    except Exception as exc:  # noqa: BLE001 - shown to the user; the old file is intact
        ok = False
        QGuiApplication.restoreOverrideCursor()
        Messages.show_error(window, translate("Maintenance", "Restore"), translate(
            "Maintenance", "The backup could not be restored: {error}. Your database was not "
            "changed.").format(error=exc), str(exc))
    else:
        QGuiApplication.restoreOverrideCursor()
    reopened = open_store_or_explain(db_path, window)
    if reopened is None:
        window.close()
        return False
    window.replace_store(reopened)
    if ok:
        window.show_status(translate(
            "Maintenance", "Restored {backup}. The previous state was kept as {saved}.").format(
                backup=Path(backup_path).name, saved=Path(saved).name), 0)
    return ok
