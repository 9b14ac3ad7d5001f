"""Asks why a contract is cancelled (取消原因) and on which day; cancelling keeps the contract."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)


class CancelContractDialog(QDialog):
    """A reason (chosen from the usual ones or typed) and the cancellation date."""

    def __init__(self, number: str, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cancel contract"))
        form = QFormLayout(self)
        note = QLabel(self.tr("The contract %1 stays in the list as cancelled; its open "
                              "instalments leave the receivables. Ctrl+Z undoes it.")
                      .replace("%1", number))
        note.setWordWrap(True)
        form.addRow(note)
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason.addItems([self.tr("The customer withdrew"), self.tr("Signed by mistake"),
                              self.tr("Replaced by a new contract")])
        self.reason.setCurrentIndex(-1)
        edit = self.reason.lineEdit()
        if edit is not None:
            edit.setPlaceholderText(self.tr("Choose or type a reason"))
        form.addRow(self.tr("Reason"), self.reason)
        self.on = QDateEdit(QDate(today.year, today.month, today.day))
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("Cancelled on"), self.on)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.reason.currentTextChanged.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.reason.currentText().strip()))

    def value(self) -> tuple[str, date]:
        """(reason, date)."""
        d = self.on.date()
        return self.reason.currentText().strip(), date(d.year(), d.month(), d.day())

    @classmethod
    def ask(cls, parent: QWidget | None, number: str, today: date) -> tuple[str, date] | None:
        """The reason and date, or None when the user kept the contract."""
        dialog = cls(number, today, parent)
        try:  # deleted on the GUI thread, not whenever a collection finds its cycles
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.value() if accepted else None
        finally:
            dialog.deleteLater()
