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

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from services.core.conflicts import ConflictError


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
        self.table = QTableWidget(len(error.conflicts), 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Your value"), self.tr("Saved now")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, c in enumerate(error.conflicts):
            self.table.setItem(row, 0, QTableWidgetItem(label(c.field)))
            mine = QTableWidgetItem(fmt(c.field, c.mine))
            mine.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            mine.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(row, 1, mine)
            self.table.setItem(row, 2, QTableWidgetItem(fmt(c.field, c.theirs)))
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

    def chosen(self) -> dict[str, Any]:
        """The fields whose value of yours is ticked, with that value."""
        out: dict[str, Any] = {}
        for row, c in enumerate(self.error.conflicts):
            item = self.table.item(row, 1)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                out[c.field] = c.mine
        return out

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
