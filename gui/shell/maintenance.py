"""Background housekeeping after the window shows, "Back up now" and restoring a backup.

The automatic backup runs on a maintenance thread of its own, not on the database worker
(``ctx.tasks``): on the large demo firm it takes about 30 s (copy, integrity check,
compression), and the pages' loads on the worker must not wait behind it. It reads the database
only through its own SQLite connection (one WAL snapshot), so it never conflicts with the
worker's writes. :func:`stop_maintenance` cancels it and waits (closing the window, restoring).
On a large file it starts a minute after the window opened, so a short visit starts none.

Restoring closes the store, then restores and reopens on the database worker, the way opening
does (``gui/shell/opening.py``): meanwhile the window says "Restoring …", its pages and store
actions are disabled and the GUI thread stays free. A file that fails the quick check gets the
damaged-database offer instead of a backup (:func:`offer_restore_for_open_store`): its backups
are checked while the store stays open, and a restore closes it and reopens the same way.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer

from gui.common.messages import Messages
from gui.common.tasks import TaskHandle, TaskRunner
from gui.shell.backup_ops import backup_budget, backup_function, data_size, low_space_text

if TYPE_CHECKING:
    from gui.main_window import MainWindow
    from gui.shell.damaged_recovery import BackupRecovery
    from services.core.recover import Health, Recovered

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

_RUNNER = "maintenance"
LARGE_FILE = 256 * 1024 * 1024
"""A database this large has its automatic backup started only after :data:`LARGE_DELAY_MS`."""
LARGE_DELAY_MS = 60_000
_KEEP_ENABLED = ("quit", "open_data_folder", "undo", "redo")
"""Menu actions left alone while a restore runs (undo/redo follow the emptied stack)."""


class _Maintenance:
    """The maintenance thread of one window and the jobs it runs."""

    def __init__(self, runner: TaskRunner):
        self.runner = runner
        self.handles: set[TaskHandle] = set()

    def submit(self, fn: Callable[..., Any]) -> TaskHandle:
        handle = self.runner.submit(fn)
        self.handles.add(handle)
        for signal in (handle.finished, handle.failed, handle.cancelled):
            signal.connect(lambda *_a, h=handle: self.handles.discard(h))
        return handle


def _maintenance(window: MainWindow) -> _Maintenance:
    found = window.ctx.extras.get(_RUNNER)
    if isinstance(found, _Maintenance):
        return found
    made = _Maintenance(TaskRunner(window))
    window.ctx.extras[_RUNNER] = made
    return made


def stop_maintenance(window: MainWindow, msecs: int = 60_000) -> bool:
    """Ask the running automatic backup to stop and wait for the maintenance thread."""
    found = window.ctx.extras.get(_RUNNER) if window.ready else None
    if not isinstance(found, _Maintenance):
        return True
    for handle in list(found.handles):
        handle.cancel()
    return found.runner.wait(msecs)


def start_rotation(window: MainWindow, delay_ms: int | None = None) -> TaskHandle | None:
    """Check the SQLite store (quick check) and take today's rotating backup, in the background.

    A file that fails the check gets the damaged-database dialog instead of a backup. A backup
    that would leave the disk too full is skipped with a message in the status bar. Does nothing
    for PostgreSQL (the server has its own backups) or when this build has no rotation yet.

    A large file (over :data:`LARGE_FILE` bytes) starts only :data:`LARGE_DELAY_MS` after the
    window opened (``delay_ms`` overrides): its backup takes tens of seconds and closing the
    window cancels it, so a short visit starts none and leaves the disk and the CPU to the
    pages. Returns the job's handle, or None when nothing was started now.
    """
    store = window.ctx.store
    rotate = backup_function("rotate_backups")
    if rotate is None or store.path is None or store.backup_dir is None:
        return None
    if delay_ms is None:
        delay_ms = LARGE_DELAY_MS if _file_size(store.path) > LARGE_FILE else 0
    if delay_ms > 0:
        def later() -> None:
            if window.ready and window.ctx.store is store and window.isVisible():
                start_rotation(window, 0)

        QTimer.singleShot(delay_ms, window, later)
        return None
    db_path, backup_dir = store.path, store.backup_dir
    budget = backup_budget()
    window.show_status(translate("Maintenance", "Checking backups…"), 0)

    def job(progress: Any, is_cancelled: Any) -> Any:
        from services.core.backup import LowDiskSpaceError, backup_usage
        from services.core.recover import sqlite_health

        health = sqlite_health(db_path, quick=True, wal=False)  # a damaged file: no backup
        if not health.ok:
            return health
        try:
            new = rotate(db_path, backup_dir, budget_bytes=budget, is_cancelled=is_cancelled)
        except LowDiskSpaceError as exc:
            return exc
        return new, backup_usage(backup_dir, db_path, budget)

    def finished(result: Any) -> None:
        from services.core.backup import LowDiskSpaceError
        from services.core.recover import Health

        if not window.ready or window.ctx.store is not store:
            return  # another database is open now
        if isinstance(result, Health):
            offer_restore_for_open_store(window, result)
        elif isinstance(result, LowDiskSpaceError):
            window.show_status(low_space_text(result), 0)  # stays until the next message
        else:
            window.show_status(_rotation_message(*result), 8000)

    def failed(exc: BaseException, tb: str) -> None:
        if window.ready and window.ctx.store is store:
            _rotation_failed(window, exc, tb)

    handle = _maintenance(window).submit(job)
    handle.finished.connect(finished)
    handle.failed.connect(failed)
    handle.cancelled.connect(lambda: None)
    return handle


def offer_restore_for_open_store(window: MainWindow, health: Health) -> BackupRecovery | None:
    """The open database failed its quick check: offer the backups, restore one and reopen.

    The store stays open (and the window usable behind the dialog) while the backups are
    checked; when the user restores, it is closed first, the window says "Restoring …", and
    afterwards the restored file — or, after a cancel or a failure, the unchanged one — is
    opened again on the database worker.
    """
    from gui.shell.damaged_recovery import BackupRecovery
    from gui.shell.damaged_store_dialog import cause_text

    store = window.ctx.store
    path = store.path
    if path is None:
        return None
    message = translate("DamagedStore", "The database is damaged: {cause}").format(
        cause=cause_text(health.kind, health.cause, health.wal_frame))
    window.show_status(message, 0)
    closed: dict[str, Callable[[], None]] = {}

    def close_store() -> None:  # the restore takes the file's lock and renames it aside
        stop_maintenance(window)
        window.ctx.tasks.wait()
        window.ctx.undo_stack.clear()  # its commands name rows of the damaged state
        closed["unlock"] = lock_window(window, translate(
            "DamagedStore", "Restoring a backup of {location}…").format(location=path))
        window.host.clear()
        store.close()

    def done(recovered: Recovered | None) -> None:
        if "unlock" not in closed:
            return  # nothing was closed: the window goes on with the open store
        reopen_after(window, path, closed["unlock"], None if recovered else message)

    return BackupRecovery(window, path, health, "", done, close_store)


def _file_size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _rotation_message(new: Any, usage: Any) -> str:
    """What the automatic backup did, and what the automatic backups now take."""
    used = translate("Maintenance", "automatic backups use {used} of {budget}").format(
        used=data_size(usage.auto_bytes), budget=data_size(usage.budget_bytes))
    if new:
        return translate("Maintenance", "Daily backup saved: {name} ({used}).").format(
            name=Path(new).name, used=used)
    return translate("Maintenance", "Backups are up to date ({used}).").format(used=used)


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
        return backup_store(store, is_cancelled=is_cancelled)

    def done(path: Any) -> None:
        window.show_status(translate("Maintenance", "Backup saved: {path}").format(path=path),
                           8000)
        if on_done is not None:
            on_done(path)

    def failed(exc: BaseException, tb: str) -> None:
        from services.core.backup import LowDiskSpaceError

        title = translate("Maintenance", "Back Up Now")
        if isinstance(exc, LowDiskSpaceError):
            Messages.show_error(window, title, low_space_text(exc))
            return
        log.error("backup failed: %s", tb)
        Messages.show_error(window, title, translate(
            "Maintenance", "The backup failed: {error}").format(error=exc), tb)

    window.ctx.tasks.run_with_dialog(window, translate("Maintenance", "Backing up…"), job,
                                     done, failed)


def restore_from_backup(window: MainWindow, backup_path: str | Path) -> TaskHandle | None:
    """Close the store, replace its file with ``backup_path`` and reopen it, on the worker.

    The current file is kept as a "before-restore" backup by ``services.core.backup``. While
    it runs the window shows "Restoring …" with its pages and store actions disabled; then every
    page reloads from the restored database. When the restore fails the untouched database is
    reopened; when even that fails the window closes. Returns the restore's task handle.
    """
    restore = backup_function("restore_backup")
    store = window.ctx.store
    if restore is None or store.path is None or store.backup_dir is None:
        Messages.show_error(window, translate("Maintenance", "Restore"), translate(
            "Maintenance", "Restoring backups is not available for this database."))
        return None
    db_path, backup_dir, name = store.path, store.backup_dir, Path(backup_path).name
    stop_maintenance(window)  # an automatic backup must not read the file being replaced
    window.ctx.tasks.wait()
    window.ctx.undo_stack.clear()  # its commands name rows of the state being replaced
    unlock = lock_window(window, translate("Maintenance", "Restoring {backup}…").format(
        backup=name))
    window.host.clear()
    store.close()

    def job(progress: Any, is_cancelled: Any) -> Any:
        return restore(backup_path, db_path, backup_dir)

    def restored(saved: Any) -> None:
        message = translate(
            "Maintenance", "Restored {backup}. The previous state was kept as {saved}.").format(
                backup=name, saved=Path(saved).name)
        reopen_after(window, db_path, unlock, message)

    def failed(exc: BaseException, tb: str) -> None:
        log.error("restore failed: %s", tb)
        if window.isVisible():
            Messages.show_error(window, translate("Maintenance", "Restore"), translate(
                "Maintenance", "The backup could not be restored: {error}. Your database was "
                "not changed.").format(error=exc), str(exc))
        reopen_after(window, db_path, unlock, None)

    handle = window.ctx.tasks.submit(job)
    handle.finished.connect(restored)
    handle.failed.connect(failed)
    return handle


def reopen_after(window: MainWindow, db_path: str, unlock: Callable[[], None],
            message: str | None) -> None:
    """Open the (restored or untouched) database on the worker and continue with it."""
    from gui.shell.opening import open_store_in_background

    if not window.isVisible():
        return  # the window was closed meanwhile: nothing is waiting for the database

    def opened(store: Any) -> None:
        window._opening = None
        unlock()
        # the same database, restored: whoever signed in stays signed in
        window.replace_store(store, window.ctx.account)
        if message:
            window.show_status(message, 0)

    def failed() -> None:  # the user was told why
        window._opening = None
        unlock()
        window.close()

    window._opening = open_store_in_background(window.ctx.tasks, db_path, window, opened, failed)


def lock_window(window: MainWindow, text: str) -> Callable[[], None]:
    """Disable the pages and the store actions, say ``text``; returns the undoing function."""
    window.show_status(text, 0)
    window.host.show_placeholder(text)
    window.sidebar.setEnabled(False)
    window.host.setEnabled(False)
    actions = [action for key, action in window.menus.actions.items()
               if key not in _KEEP_ENABLED and action.isEnabled()]
    for action in actions:
        action.setEnabled(False)

    def unlock() -> None:
        from shiboken6 import isValid

        window.sidebar.setEnabled(True)
        window.host.setEnabled(True)
        for action in actions:
            if isValid(action):
                action.setEnabled(True)

    return unlock
