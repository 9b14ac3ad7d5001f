"""One finished import as one undoable step."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from gui.common.context import AppContext
from gui.common.messages import Messages
from services.core.errors import SailplanError
from services.importing import ImportBatch, redo_import, undo_import


def notify(ctx: AppContext, batch: ImportBatch, initiator: object = None) -> None:
    """Tell the open views what an import (or its undo/redo) changed."""
    ev = ctx.events
    if batch.created.get("people"):
        ev.people_changed.emit(initiator)
    if batch.created.get("stages"):
        ev.pipelines_changed.emit(initiator)
    ev.customers_changed.emit(list(batch.customer_ids), initiator)
    if batch.kind == "followups":
        ev.followups_changed.emit(list(batch.customer_ids), initiator)
    if batch.kind == "deals":
        ev.deals_changed.emit(list(batch.deal_ids), initiator)


class ImportCommand(QUndoCommand):
    """Undo removes exactly what the import created and restores what it updated."""

    def __init__(self, ctx: AppContext, batch: ImportBatch, text: str):
        super().__init__(text)
        self.ctx = ctx
        self.batch = batch
        self._first = True

    def redo(self) -> None:
        if self._first:  # the wizard already committed the import
            self._first = False
            return
        self._run(redo_import)

    def undo(self) -> None:
        self._run(undo_import)

    def _run(self, fn) -> None:  # noqa: ANN001
        try:
            fn(self.ctx.store, self.batch)
        except SailplanError as exc:
            Messages.show_error(None, QUndoCommand.text(self), str(exc))
            self.setObsolete(True)
            return
        notify(self.ctx, self.batch)
