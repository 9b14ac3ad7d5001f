"""Asks for one date (rescheduling an instalment, the day it was invoiced)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class DateDialog(QDialog):
    """A question, a date box (calendar pop-up) and OK / Cancel."""

    def __init__(self, title: str, text: str, start: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        lay = QVBoxLayout(self)
        label = QLabel(text)
        label.setWordWrap(True)
        lay.addWidget(label)
        self.date = QDateEdit(QDate(start.year, start.month, start.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        lay.addWidget(self.date)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def value(self) -> date:
        """The date chosen."""
        d = self.date.date()
        return date(d.year(), d.month(), d.day())

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, start: date) -> date | None:
        """The date, or None when the user cancelled."""
        dialog = cls(title, text, start, parent)
        try:  # deleted on the GUI thread, not whenever a collection finds its cycles
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.value() if accepted else None
        finally:
            dialog.deleteLater()
