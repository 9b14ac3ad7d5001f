"""A record's History (变更记录): its audit trail, newest first, as a tab of a card or dialog.

Read off the GUI thread when shown (and again after a change to the record while shown); a
database that keeps no audit trail (a personal file) says so instead of an empty list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from gui.common.context import AppContext
from gui.common.page_load import PageLoad
from gui.common.row_table_model import RowTableModel
from gui.team.audit_columns import audit_columns, audit_table
from services.core.changes import Changes
from services.core.store import Store
from services.team.audit import AuditRow, audit_kept, record_history
from services.team.audit_schema import TRACKED


def _read(store: Store, table: str, record_id: str) -> tuple[bool, tuple[AuditRow, ...]]:
    kept = audit_kept(store)
    return kept, record_history(store, table, record_id) if kept else ()


class HistoryView(QWidget):
    """The History tab of one record (``set_record``); a customer's holds its deals too."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._record: tuple[str, str] | None = None
        self._stale = True
        self.model = RowTableModel(audit_columns(), self)
        self.view = audit_table(self, self.model, "historyView")
        self.note = QLabel(self)
        self.note.setObjectName("hintText")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        self._load = PageLoad(ctx.tasks, self)
        self._load.loaded.connect(self._loaded)
        ctx.events.changed.connect(self._on_changed)

    def set_record(self, table: str, record_id: str | None) -> None:
        """Show the history of ``record_id`` in ``table`` (None: nothing)."""
        self._record = (table, record_id) if record_id else None
        self._stale = True
        if self._record is None:
            self.model.set_rows([])
        elif self.isVisible():
            self.reload()

    def reload(self) -> None:
        """Read the record's history again."""
        if self._record is None:
            return
        self._stale = False
        store, (table, record_id) = self.ctx.store, self._record
        self._load.start(lambda: _read(store, table, record_id))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if self._record is None or not changes.touches(*TRACKED):
            return
        self._stale = True
        if self.isVisible():
            self.reload()

    def _loaded(self, result: Any) -> None:
        kept, rows = result
        self.model.set_rows(rows)
        if not kept:
            self.note.setText(self.tr(
                "This database keeps no history of changes: a personal database records who "
                "changed what only once it is switched to team mode."))
        elif not rows:
            self.note.setText(self.tr("No changes recorded yet."))
        else:
            self.note.setText(self.tr("Changes: {count}, newest first.").format(
                count=len(rows)))


class HistoryDialog(QDialog):
    """A record's change log in a window of its own (the customer card's "Change Log…")."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.resize(860, 460)
        self.history = HistoryView(ctx, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.history, 1)
        layout.addWidget(buttons)

    def present(self, table: str, record_id: str, name: str) -> None:
        """Show ``name``'s change log (non-modal, reused)."""
        self.setWindowTitle(self.tr("Change Log — {name}").format(name=name))
        self.history.set_record(table, record_id)
        self.show()
        self.raise_()
        self.activateWindow()
