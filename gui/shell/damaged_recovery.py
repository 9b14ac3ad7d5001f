"""A damaged database's way back: its backups checked and the chosen one restored, off the GUI
thread, while :class:`~gui.shell.damaged_store_dialog.DamagedStoreDialog` shows how it goes.

Checking a compressed backup of the large demo firm (decompress, ``PRAGMA integrity_check``)
takes about 35 s, and a restore as long again: both run on a worker thread of their own (a
:class:`~gui.common.tasks.TaskRunner` of one thread, not the database worker, whose store is
closed or was never opened here), one backup per job, newest first, so each result reaches the
dialog as it comes. The newest good one is selected when found and can be restored while older
ones are still being checked; the restore then stops the checks. Cancel stops a check or a
restore before any file changes (``services.core.recover.restore_over_damaged`` checks for it
until the renames begin); the damaged file is only ever renamed aside, never deleted.

Two ways in: :func:`gui.shell.open_errors.explain_open_failure` (a file that would not open;
the caller reopens the restored file) and :func:`gui.shell.maintenance.offer_restore_for_open_store`
(a file that opened but failed the quick check after start-up: the store is closed only when
the user restores, and the restored file is reopened on the database worker).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from gui.common.messages import Messages
from gui.common.tasks import TaskHandle, TaskRunner
from gui.shell.damaged_store_dialog import DamagedStoreDialog, cause_text

if TYPE_CHECKING:
    from pathlib import Path

    from services.core.recover import Health, Recovered

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

_LIVE: set[BackupRecovery] = set()
"""Recoveries in progress (kept alive here: one without a parent widget has no Qt owner)."""


class BackupRecovery(QObject):
    """One damaged file's backups offered and, if the user chooses one, restored.

    ``on_done(recovered)`` runs once on the GUI thread: with the
    :class:`~services.core.recover.Recovered` after a restore (the damaged file kept aside),
    or None when the user closed the dialog, cancelled, or the restore failed (the error was
    shown; no file changed). ``before_restore()`` runs on the GUI thread when the user clicks
    Restore, before any file is touched (the open-store path closes its store there).
    """

    def __init__(self, parent: QWidget | None, path: str, health: Health, details: str,
                 on_done: Callable[[Recovered | None], None],
                 before_restore: Callable[[], None] | None = None):
        super().__init__(parent)
        self.path = path
        self._parent = parent
        self._on_done = on_done
        self._before_restore = before_restore
        self._runner = TaskRunner(self)
        self._check: TaskHandle | None = None
        self._stop_restore = threading.Event()
        self._phase = "checking"  # → "restoring" → "done"
        lines = [*health.problems, details] if details and details not in health.problems \
            else health.problems
        self.dialog = DamagedStoreDialog(parent, path,
                                         cause_text(health.kind, health.cause, health.wal_frame),
                                         "\n".join(lines))
        self.dialog.restore_requested.connect(self._restore)
        self.dialog.rejected.connect(self._cancel)
        self.dialog.backups.currentIndexChanged.connect(self._check_next)
        _LIVE.add(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.abandon)
        self.dialog.open()
        listing = self._runner.submit(self._list_job)
        listing.finished.connect(self._listed)
        listing.failed.connect(lambda exc, tb: self._listed([]))

    # -- checks ------------------------------------------------------------------------------

    def _list_job(self, progress: Any, is_cancelled: Any) -> list[Any]:
        from services.core.backup import list_backups
        from services.core.recover import default_backup_dir

        return list_backups(default_backup_dir(self.path), self.path)

    def _listed(self, found: list[Any]) -> None:
        if self._phase != "checking":
            return
        self.dialog.show_backups(found)
        self._check_next()

    def _check_next(self, *_args: object) -> None:
        """Start the next check, unless one runs (also when the user selects another row:
        an unchecked one selected is checked next).
        """
        if self._check is not None or self._phase != "checking":
            return
        row = self.dialog.next_to_check()
        if row is None:
            self.dialog.checks_done()
            return
        backup = self.dialog.backup_at(row).path
        self.dialog.checking(row)

        def job(progress: Any, is_cancelled: Any) -> str:
            from services.core.recover import backup_problem

            return backup_problem(backup, is_cancelled=is_cancelled)

        handle = self._check = self._runner.submit(job)
        handle.finished.connect(lambda problem, r=row: self._checked(r, str(problem)))
        handle.failed.connect(lambda exc, tb, r=row: self._checked(r, str(exc)))

    def _checked(self, row: int, problem: str) -> None:
        if self._phase != "checking":
            return
        self._check = None
        self.dialog.checked(row, problem)
        self._check_next()

    # -- the restore -------------------------------------------------------------------------

    def _restore(self, backup: Path) -> None:
        if self._phase != "checking":
            return
        self._phase = "restoring"
        if self._check is not None:
            self._check.cancel()  # the restore checks its own copy
            self._check = None
        self.dialog.restoring(backup.name)
        if self._before_restore is not None:
            self._before_restore()
        stop = self._stop_restore

        def job(progress: Any, is_cancelled: Any) -> Recovered:
            from services.core.recover import restore_over_damaged

            # Its own stop flag, not the handle's: a restore that got past its last check
            # must be reported as done, never as cancelled.
            return restore_over_damaged(self.path, backup, is_cancelled=stop.is_set)

        handle = self._runner.submit(job)
        handle.finished.connect(lambda recovered: self._restored(backup, recovered))
        handle.failed.connect(lambda exc, tb: self._restore_failed(exc, tb))

    def _restored(self, backup: Path, recovered: Recovered) -> None:
        if self._phase == "done":
            return
        self._finish(recovered)
        aside = recovered.kept_aside.name if recovered.kept_aside else ""
        Messages.show_info(self._parent, translate("DamagedStore", "Restore"), translate(
            "DamagedStore", "{backup} was restored. The damaged file was kept as {aside}.").format(
                backup=backup.name, aside=aside))

    def _restore_failed(self, exc: BaseException, tb: str) -> None:
        from services.core.backup_files import BackupCancelled

        if self._phase == "done":
            return
        self._finish(None)
        if isinstance(exc, BackupCancelled):
            return  # the user cancelled: nothing was changed, nothing to say
        log.error("restoring over a damaged file failed: %s", tb)
        Messages.show_error(self._parent, translate("DamagedStore", "Restore"), translate(
            "DamagedStore", "The backup could not be restored: {error}. The damaged file was "
            "not changed.").format(error=exc), str(exc))

    # -- ending ------------------------------------------------------------------------------

    def _cancel(self) -> None:
        """Cancel, Escape or the window's close button."""
        if self._phase == "checking":
            if self._check is not None:
                self._check.cancel()
            self._finish(None)
        elif self._phase == "restoring":
            self._stop_restore.set()  # its outcome (stopped, or already done) ends it

    def _finish(self, recovered: Recovered | None) -> None:
        self._phase = "done"
        if self.dialog.isVisible():
            self.dialog.done(0)
        self.dialog.deleteLater()
        self.deleteLater()  # (its worker's cancelled check, if any, stops within moments)
        _LIVE.discard(self)
        self._on_done(recovered)

    def abandon(self) -> None:
        """Stop whatever runs and wait for it; report nothing any more (the caller went away).

        A restore already past its last check completes (the file is whole either way).
        """
        if self._phase == "done":
            return
        self._phase = "done"
        self._stop_restore.set()
        if self._check is not None:
            self._check.cancel()
        self._runner.wait()
        _LIVE.discard(self)
        from shiboken6 import isValid

        if isValid(self.dialog):  # (not when its parent window went first)
            self.dialog.done(0)
            self.dialog.deleteLater()
        self.deleteLater()
