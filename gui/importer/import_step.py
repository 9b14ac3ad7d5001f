"""One finished import as one undo step: an ``OpCommand`` whose undo and redo run on the worker.

The wizard commits on the task worker (with progress and Cancel) and then pushes the result with
:func:`push_import`. The command is the app's one undo command class (``OpCommand``); what makes
this step different is only *where* its calls run: undoing or redoing 10,000 imported rows takes
seconds, so :func:`run_on_worker` — a module-level function the command's ``Call`` names, with
the task runner and the service call as data — runs them on the task worker behind a progress
dialog and waits in a local event loop that keeps painting but holds back user input. The undo
stack keeps its synchronous contract (``undo()`` returns when the data is back, a refusal makes
the command obsolete), and the command still holds no page or widget, so it survives the
language switch.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog

from gui.common.context import AppContext
from gui.common.lazy_text import LazyText
from gui.common.tasks import TaskRunner
from gui.common.undo import OpCommand, push_op
from services.core.changes import Call, Op, call
from services.core.store import Store

SHOW_AFTER_MS = 300
"""An undo faster than this shows no dialog at all."""


def push_import(ctx: AppContext, text: LazyText, op: Op[Any], initiator: object = None
                ) -> OpCommand:
    """Push an import the wizard committed already as one undo step; emits ``changed``."""
    return push_op(ctx.undo_stack, ctx.store, ctx.events, text,
                   call(already_done, _on_worker(ctx.tasks, op)), initiator=initiator)


def already_done(store: Store, op: Op[Any]) -> Op[Any]:
    """The result of a service call that already ran (the commit, on the worker): the command's
    first run reports it without running anything.
    """
    return op


def _on_worker(tasks: TaskRunner, op: Op[Any]) -> Op[Any]:
    undo = op.undo
    return Op(op.value, op.changes,
              None if undo is None else call(run_on_worker, tasks, undo))


def run_on_worker(store: Store, tasks: TaskRunner, inner: Call) -> Op[Any]:
    """Run ``inner`` (``undo_import`` / ``redo_import`` of a batch) on the task worker, show its
    progress, and return its ``Op`` — whose undo runs on the worker again.

    Errors (a refused undo) are raised here, on the GUI thread, as if the call had run here.
    """
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def work(progress: Any, is_cancelled: Any) -> Op[Any]:
        return inner.fn(store, *inner.args, progress=progress, **dict(inner.kwargs))

    def finished(result: Any) -> None:
        outcome["op"] = result
        loop.quit()

    def failed(exc: BaseException, _details: str) -> None:
        outcome["error"] = exc
        loop.quit()

    dialog = _dialog(_label(inner))
    handle = tasks.submit(work)
    handle.progressed.connect(lambda done, total: _show(dialog, done, total))
    handle.finished.connect(finished)
    handle.failed.connect(failed)
    handle.cancelled.connect(loop.quit)
    try:
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    finally:
        dialog.reset()
        dialog.close()
        dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return _on_worker(tasks, outcome["op"])


def _label(inner: Call) -> str:
    undoing = getattr(inner.fn, "__name__", "").startswith("undo")
    return (QCoreApplication.translate("ImportStep", "Undoing the import…") if undoing
            else QCoreApplication.translate("ImportStep", "Redoing the import…"))


def _dialog(label: str) -> QProgressDialog:
    parent = QApplication.activeWindow()
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setObjectName("importUndoProgress")
    dialog.setCancelButton(None)  # type: ignore[arg-type]  # all-or-nothing: no half undo
    if parent is not None:
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    return dialog


def _show(dialog: QProgressDialog, done: int, total: int) -> None:
    dialog.setMaximum(max(total, 1))
    dialog.setValue(min(done, max(total, 1)))
