"""Pick the day a snoozed reminder comes back (Today ▸ Snooze ▸ Pick a date…)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCalendarWidget, QDialog, QDialogButtonBox, QVBoxLayout, QWidget


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class SnoozeDialog(QDialog):
    """A calendar from tomorrow on; OK (the default button) takes the chosen day."""

    def __init__(self, suggested: date, earliest: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze until"))
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(False)
        self.calendar.setMinimumDate(_qdate(earliest))
        self.calendar.setSelectedDate(_qdate(max(suggested, earliest)))
        self.calendar.activated.connect(lambda _d: self.accept())  # double-click or Enter
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.calendar)
        layout.addWidget(buttons)
        self.calendar.setFocus()

    def chosen(self) -> date:
        """The selected day."""
        value = self.calendar.selectedDate().toPython()
        assert isinstance(value, date)
        return value

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: date, earliest: date) -> date | None:
        """The day chosen, or None when cancelled (patched in tests)."""
        dialog = cls(suggested, earliest, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()
