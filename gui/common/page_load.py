"""A page's data load on the task worker, newest request wins.

Pages read the database and do their heavy computing in a Qt-free function run by
:class:`~gui.common.tasks.TaskRunner`; the result comes back on the GUI thread, where the page
only fills its models. Starting a new load while one runs supersedes it: the older result is
dropped when it arrives. The loader is a child of the page, so when a language switch or a
restore deletes the page, a result still on its way is never delivered to it.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from gui.common.tasks import TaskRunner


class PageLoad(QObject):
    """Runs ``fn()`` on the worker; ``loaded(result)`` or ``failed(exc, traceback)`` after.

    Only the newest :meth:`start` is reported; :meth:`is_loading` is True until it has been.
    """

    loaded = Signal(object)
    failed = Signal(object, str)

    def __init__(self, tasks: TaskRunner, parent: QObject):
        super().__init__(parent)
        self._tasks = tasks
        self._generation = 0
        self._running = 0  # requests not yet answered (older ones included)

    def start(self, fn: Callable[[], Any]) -> None:
        """Run ``fn`` (Qt-free: services and plain Python only) on the worker."""
        self._generation += 1
        self._running += 1
        generation = self._generation

        def job(progress: Any, is_cancelled: Any) -> tuple[int, Any, str | None]:
            try:
                return generation, fn(), None
            except Exception as exc:  # reported to the page, never swallowed
                return generation, exc, traceback.format_exc()

        self._tasks.submit(job, read=True).finished.connect(self._finished)

    def is_loading(self) -> bool:
        """Whether a load was started and its result has not arrived yet."""
        return self._running > 0

    def _finished(self, payload: tuple[int, Any, str | None]) -> None:
        self._running -= 1
        generation, result, tb = payload
        if generation != self._generation:
            return  # superseded by a newer request
        if tb is None:
            self.loaded.emit(result)
        else:
            self.failed.emit(result, tb)
