"""Opening a store on the task runner's worker, so the GUI thread never waits for it.

Opening the large demo firm (importing SQLAlchemy, the models and the store layer, taking the
lock, checking the schema version, migrating) held the GUI thread for about half a second. Here
:func:`services.setup.open_store` runs on the single database worker of ``ctx.tasks``; the GUI
thread only receives the open :class:`~services.core.store.Store`, or explains the failure as
:func:`gui.shell.open_errors.open_store_or_explain` does. Whether a file that failed to open is
damaged (a quick check of the whole file) is found out on the worker too; a damaged one gets
the damaged-database dialog, whose backup checks and restore run on a thread of their own
(``gui/shell/damaged_recovery.py``), and the restored file is then opened here again.

An opening whose caller goes away first (the window closed meanwhile) is :meth:`abandoned
<StoreOpening.abandon>`: a store that was opened anyway is closed again, so its lock is released.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from gui.common.messages import Messages
from gui.common.tasks import TaskRunner
from gui.shell.open_errors import describe_open_error, explain_open_failure

if TYPE_CHECKING:
    from gui.shell.damaged_recovery import BackupRecovery
    from services.core.store import Store

log = logging.getLogger(__name__)


class StoreOpening:
    """One store being opened on the worker; its outcome is delivered on the GUI thread once.

    ``on_open(store)`` receives the open store (the caller owns it from then on).
    ``on_failed()`` runs after the reason was shown to the user in an error box parented to
    ``parent``, worded exactly as a synchronous open would word it (a damaged file restored from
    a backup instead reaches ``on_open`` with the store opened from it).
    """

    def __init__(self, tasks: TaskRunner, target: str | os.PathLike[str],
                 parent: QWidget | None, on_open: Callable[[Store], None],
                 on_failed: Callable[[], None] | None = None):
        self.target = target
        self._tasks = tasks
        self._parent = parent
        self._on_open = on_open
        self._on_failed = on_failed
        self._lock = threading.Lock()
        self._store: Store | None = None
        self._damage: Any = None
        self._abandoned = False
        self._recovery: BackupRecovery | None = None
        self._next: StoreOpening | None = None  # the restored file's opening
        self.handle = tasks.submit(self._job)
        self.handle.finished.connect(self._finished)
        self.handle.failed.connect(self._failed)

    def _job(self, progress: Any, is_cancelled: Any) -> None:
        """On the worker: open (importing the store layer on the way) and keep the store."""
        from sqlalchemy.exc import SQLAlchemyError

        from services.core.errors import SailplanError
        from services.core.recover import damage_of
        from services.setup import open_store

        try:
            store = open_store(self.target)
        except (SailplanError, SQLAlchemyError, OSError) as exc:
            try:  # is the file damaged? (a quick check of it all: here, not on the GUI thread)
                self._damage = damage_of(self.target, exc)
            except Exception:  # the open's own error says more than this one
                log.exception("checking %s for damage failed", os.fspath(self.target))
            raise
        with self._lock:
            if not self._abandoned:
                self._store = store
                return
        store.close()  # nobody is waiting for it any more

    def _finished(self, _result: object) -> None:
        with self._lock:
            store, self._store = self._store, None
        if store is not None:
            self._on_open(store)

    def _failed(self, exc: BaseException, tb: str) -> None:
        with self._lock:
            if self._abandoned:
                return
        from sqlalchemy.exc import SQLAlchemyError

        from services.core.errors import SailplanError

        if isinstance(exc, (SailplanError, SQLAlchemyError, OSError)):
            # Said exactly as a synchronous open says it; a damaged file is offered its
            # newest good backup, and the store opened from it counts as opened.
            self._recovery = explain_open_failure(self._parent, self.target, exc, self._damage,
                                                  self._open_restored, self._give_up)
            return
        # a bug, not a refusal: the general reason, with the traceback behind it
        log.error("opening %s failed: %s", os.fspath(self.target), tb)
        title, text = describe_open_error(exc, os.fspath(self.target))
        Messages.show_error(self._parent, title, text, tb)
        self._give_up()

    def _open_restored(self, path: str) -> None:
        """A backup was put in place of the damaged file: open it, on the worker again."""
        self._recovery = None
        if not self._abandoned:
            self._next = StoreOpening(self._tasks, path, self._parent, self._on_open,
                                      self._on_failed)

    def _give_up(self) -> None:
        self._recovery = None
        if not self._abandoned and self._on_failed is not None:
            self._on_failed()

    def abandon(self) -> None:
        """Deliver nothing any more; close the store if it was opened and not yet handed over.

        Call it after ``tasks.wait()`` (or when the job has not run yet): a job still running
        closes its store itself when it sees the opening abandoned. A damaged file's backup
        check or restore under way is stopped (a restore past its last check completes).
        """
        with self._lock:
            self._abandoned = True
            store, self._store = self._store, None
        if store is not None:
            store.close()
        if self._recovery is not None:
            self._recovery.abandon()
            self._recovery = None
        if self._next is not None:
            self._tasks.wait()
            self._next.abandon()


def open_store_in_background(tasks: TaskRunner, target: str | os.PathLike[str],
                             parent: QWidget | None, on_open: Callable[[Store], None],
                             on_failed: Callable[[], None] | None = None) -> StoreOpening:
    """Open (and migrate) the store at ``target`` on the worker; see :class:`StoreOpening`."""
    return StoreOpening(tasks, target, parent, on_open, on_failed)
