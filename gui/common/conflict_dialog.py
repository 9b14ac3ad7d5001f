"""The dialog a refused save shows when someone else saved the same fields meanwhile
(:class:`services.core.conflicts.ConflictError`): per field, the value being saved and the one
stored now, and which to keep.

:func:`resolve_conflict` → the fields to save again with "mine" (field → value), an empty dict
when every field keeps the stored value. The editor then saves those fields with the stored
values as their new base (so a third save in between is caught again) and re-reads the record.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.common.row_table_model import Column, RowTableModel
from services.core.conflicts import ConflictError, FieldConflict


def shown_value(value: Any) -> str:
    """A field's value as the dialog shows it (empty: a dash)."""
    if value is None or value == "":
        return "—"
    if isinstance(value, Decimal):
        return f"¥{value:,.2f}"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return "、".join(str(v) for v in value) or "—"
    return str(value)


class ConflictDialog(QDialog):
    """See the module docstring. Column 0 is the field, 1 the value being saved (with a check
    box: keep mine), 2 the value stored now.
    """

    def __init__(self, error: ConflictError, label: Callable[[str], str],
                 show: Callable[[str, Any], str] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.error = error
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.setModal(True)
        fmt = show or (lambda _f, v: shown_value(v))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Someone else saved these fields after you opened this record. Nothing of yours "
            "was saved yet. Tick the values of yours to save; the others keep what is stored "
            "now."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self._keep = {c.field for c in error.conflicts}  # ticked: save the value of yours
        self.model = RowTableModel([
            Column(self.tr("Field"), lambda c: label(c.field)),
            Column(self.tr("Your value"), lambda c: fmt(c.field, c.mine), field="keep",
                   check=lambda c: c.field in self._keep),
            Column(self.tr("Saved now"), lambda c: fmt(c.field, c.theirs)),
        ], self, on_edit=self._tick)
        self.model.set_rows(error.conflicts)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(self)
        self.save = buttons.addButton(self.tr("Save the ticked values"),
                                      QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep = buttons.addButton(self.tr("Keep what is saved"),
                                      QDialogButtonBox.ButtonRole.RejectRole)
        self.save.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 160 + 30 * len(error.conflicts))

    def _tick(self, conflict: FieldConflict, _field: str, keep: bool) -> bool:
        (self._keep.add if keep else self._keep.discard)(conflict.field)
        row = self.error.conflicts.index(conflict)
        self.model.dataChanged.emit(self.model.index(row, 1), self.model.index(row, 1))
        return True

    def chosen(self) -> dict[str, Any]:
        """The fields whose value of yours is ticked, with that value."""
        return {c.field: c.mine for c in self.error.conflicts if c.field in self._keep}

    def stored(self) -> dict[str, Any]:
        """Every conflicting field's stored value (the base of a save again)."""
        return {c.field: c.theirs for c in self.error.conflicts}


def resolve_conflict(parent: QWidget | None, error: ConflictError,
                     label: Callable[[str], str],
                     show: Callable[[str, Any], str] | None = None
                     ) -> tuple[dict[str, Any], dict[str, Any]]:
    """Ask; → (fields to save with their value of yours, every field's stored value). The
    first is empty when the user keeps what is saved.
    """
    dialog = ConflictDialog(error, label, show, parent)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.chosen() if accepted else {}), dialog.stored()
    finally:
        dialog.deleteLater()
