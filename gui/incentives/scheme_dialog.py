"""Asks for a new scheme's name and start, a new version's start, or a scheme's new name."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


def first_of_next_month(day: date) -> date:
    """2026-07-01 for any day of June 2026."""
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


class SchemeDialog(QDialog):
    """A line of text saying what happens, a name box and/or a date box, OK / Cancel."""

    def __init__(self, title: str, text: str, *, name: str | None, start: date | None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        lay = QVBoxLayout(self)
        label = QLabel(text, self)
        label.setWordWrap(True)
        lay.addWidget(label)
        form = QFormLayout()
        self.name: QLineEdit | None = None
        self.date: QDateEdit | None = None
        if name is not None:
            self.name = QLineEdit(name, self)
            self.name.setObjectName("schemeNameInput")
            self.name.selectAll()
            form.addRow(self.tr("Name:"), self.name)
        if start is not None:
            self.date = QDateEdit(QDate(start.year, start.month, start.day), self)
            self.date.setObjectName("effectiveInput")
            self.date.setCalendarPopup(True)
            self.date.setDisplayFormat("yyyy-MM-dd")
            form.addRow(self.tr("Effective from:"), self.date)
        lay.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        lay.addWidget(buttons)
        if self.name is not None:
            self.ok.setEnabled(bool(name.strip()) if name else False)
            self.name.textChanged.connect(lambda t: self.ok.setEnabled(bool(t.strip())))

    def values(self) -> tuple[str, date | None]:
        """The name typed (trimmed; "" without a name box) and the date (None without one)."""
        name = self.name.text().strip() if self.name is not None else ""
        if self.date is None:
            return name, None
        d = self.date.date()
        return name, date(d.year(), d.month(), d.day())

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, *, name: str | None = None,
            start: date | None = None) -> tuple[str, date | None] | None:
        """The name and date chosen, or None when the user cancelled."""
        dialog = cls(title, text, name=name, start=start, parent=parent)
        try:  # deleted on the GUI thread, not whenever a collection finds its cycles
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.values() if accepted else None
        finally:
            dialog.deleteLater()
