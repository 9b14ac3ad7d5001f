"""Run long, Qt-free service calls on one database-writer worker thread, with progress.

Service functions take ``progress(done, total)`` and ``is_cancelled()`` callables; results and
errors come back to the GUI thread through queued signals. ``run_with_dialog`` adds a
QProgressDialog with Cancel. Never touch a widget from the worker.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from gui.common import memory


class Cancelled(Exception):
    """Raised inside a task when the user pressed Cancel (the service rolled back)."""


class TaskHandle(QObject):
    """Signals of one running task (delivered on the GUI thread).

    The worker never emits these public signals itself: it emits the private ``_outcome``,
    which is relayed on the GUI thread. A queued signal only reaches the slots connected when
    it is emitted, so a fast job emitting from the worker could finish before the caller of
    ``submit`` had connected its slots; relaying on the GUI thread delivers after that code ran.
    """

    progressed = Signal(int, int)
    finished = Signal(object)  # result
    failed = Signal(object, str)  # exception, formatted traceback
    cancelled = Signal()
    _outcome = Signal(str, object)  # kind, payload — emitted by the worker only

    def __init__(self) -> None:
        from PySide6.QtCore import Qt  # not at import: see gui.shell.nav_model's roles

        super().__init__()
        self._cancel = threading.Event()
        self.pauses_collection = False  # a page's read: see gui.common.memory.pause
        self._paused = False
        self._outcome.connect(self._relay, Qt.ConnectionType.QueuedConnection)

    @Slot(str, object)
    def _relay(self, kind: str, payload: Any) -> None:
        if kind == "progress":
            self.progressed.emit(*payload)
            return
        if kind == "finished":
            self.finished.emit(payload)
        elif kind == "failed":
            self.failed.emit(*payload)
        else:
            self.cancelled.emit()
        memory.settle()  # the result is in its page now: keep it out of full collections
        if self._paused:
            self._paused = False
            memory.resume()

    def cancel(self) -> None:
        """Ask the task to stop at its next ``is_cancelled()`` check."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], handle: TaskHandle):
        super().__init__()
        self.fn = fn
        self.handle = handle
        self.setAutoDelete(True)

    def run(self) -> None:
        h = self.handle
        out = h._outcome
        if h.pauses_collection and not h._paused:
            h._paused = True
            memory.pause()
        try:
            result = self.fn(progress=lambda d, t: out.emit("progress", (int(d), int(t))),
                             is_cancelled=h.is_cancelled)
        except Cancelled:
            out.emit("cancelled", None)
        except Exception as exc:  # reported to the GUI, never swallowed
            if h.is_cancelled():
                out.emit("cancelled", None)
            else:
                out.emit("failed", (exc, traceback.format_exc()))
        else:
            if h.is_cancelled():
                out.emit("cancelled", None)
            else:
                out.emit("finished", result)


class TaskRunner(QObject):
    """A single worker thread, so database writes from tasks never race each other."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._handles: set[TaskHandle] = set()

    def submit(self, fn: Callable[..., Any], *, read: bool = False) -> TaskHandle:
        """Run ``fn(progress=…, is_cancelled=…)`` on the worker; connect to the handle's signals.
        ``read``: a page's read, during which automatic garbage collection is paused
        (:func:`gui.common.memory.pause`).
        """
        handle = TaskHandle()
        handle.pauses_collection = read
        self._handles.add(handle)
        for sig in (handle.finished, handle.failed, handle.cancelled):
            sig.connect(lambda *_a, h=handle: self._handles.discard(h))
        self.pool.start(_Job(fn, handle))
        return handle

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the worker is idle (used at shutdown and in tests)."""
        return self.pool.waitForDone(msecs)

    def run_with_dialog(
        self,
        parent: QWidget | None,
        label: str,
        fn: Callable[..., Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException, str], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
    ) -> TaskHandle:
        """Submit ``fn`` and show a modal progress dialog with Cancel while it runs."""
        from PySide6.QtCore import Qt

        dialog = QProgressDialog(label, QCoreApplication.translate("TaskRunner", "Cancel"), 0, 0,
                                 parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        handle = self.submit(fn)

        @Slot(int, int)
        def _progress(done: int, total: int) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, max(total, 1)))

        def _close() -> None:
            dialog.reset()
            dialog.close()
            dialog.deleteLater()

        def _done(result: Any) -> None:
            _close()
            on_done(result)

        def _failed(exc: BaseException, tb: str) -> None:
            _close()
            if on_error is not None:
                on_error(exc, tb)

        def _cancelled() -> None:
            _close()
            if on_cancel is not None:
                on_cancel()

        handle.progressed.connect(_progress)
        dialog.canceled.connect(handle.cancel)
        handle.finished.connect(_done)
        handle.failed.connect(_failed)
        handle.cancelled.connect(_cancelled)
        return handle
