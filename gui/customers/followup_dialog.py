"""The follow-up editor (跟进记录): date, method, content, next step and next date.

Opened with Ctrl+L from anywhere on the customer card: the cursor starts in the content field,
the method is the one used last time and the date is today, so a note is two keystrokes plus
the text; Ctrl+Enter saves.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from gui.common.ui_settings import ui_settings
from gui.customers.formatting import METHODS, method_label
from services.customers.queries import FollowUpRow

LAST_METHOD_KEY = "customers/last_followup_method"


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class FollowUpDialog(QDialog):
    """Edits one follow-up; ``values()`` gives the fields for the follow-up services."""

    def __init__(self, customer_name: str, existing: FollowUpRow | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Follow-up: {name}").format(name=customer_name))
        self.existing = existing
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.method = QComboBox(self)
        for m in METHODS:
            self.method.addItem(method_label(m), m)
        self.content = QPlainTextEdit(self)
        self.content.setPlaceholderText(self.tr("What was discussed?"))
        self.content.setTabChangesFocus(True)
        self.next_step = QLineEdit(self)
        self.next_step.setPlaceholderText(self.tr("e.g. send the quote"))
        self.has_next = QCheckBox(self.tr("Next follow-up on"), self)
        self.next_on = QDateEdit(self)
        self.next_on.setCalendarPopup(True)
        self.next_on.setDisplayFormat("yyyy-MM-dd")
        self.has_next.toggled.connect(self.next_on.setEnabled)
        next_row = QHBoxLayout()
        next_row.addWidget(self.has_next)
        next_row.addWidget(self.next_on, 1)

        form = QFormLayout(self)
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Content"), self.content)
        form.addRow(self.tr("Next step"), self.next_step)
        form.addRow(next_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(self.tr("Ctrl+Enter"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        # Ctrl+Enter saves from any field; the text edit would otherwise take it as a newline.
        for w in (self.content, self.next_step, self.date_edit, self.method, self.next_on):
            w.installEventFilter(self)
        self._fill(existing)
        self.resize(480, 360)

    def _fill(self, existing: FollowUpRow | None) -> None:
        today = date.today()
        if existing is None:
            self.date_edit.setDate(_qdate(today))
            last = ui_settings().value(LAST_METHOD_KEY, "call")
            pos = self.method.findData(last if last in METHODS else "call")
            self.method.setCurrentIndex(max(pos, 0))
            self.next_on.setDate(_qdate(today))
            self.has_next.setChecked(False)
            self.next_on.setEnabled(False)
        else:
            self.date_edit.setDate(_qdate(existing.at.astimezone().date()))
            self.method.setCurrentIndex(max(self.method.findData(existing.method), 0))
            self.content.setPlainText(existing.content)
            self.next_step.setText(existing.next_step)
            self.has_next.setChecked(existing.next_on is not None)
            self.next_on.setEnabled(existing.next_on is not None)
            self.next_on.setDate(_qdate(existing.next_on or today))
        self.content.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        if not self.content.toPlainText().strip():
            self.content.setFocus()
            self.content.setPlaceholderText(self.tr("Write what happened before saving."))
            return
        ui_settings().setValue(LAST_METHOD_KEY, self.method.currentData())
        super().accept()

    def values(self) -> dict[str, Any]:
        """The follow-up fields: aware ``at`` (local time, today keeps the current time)."""
        d = self.date_edit.date().toPython()
        assert isinstance(d, date)
        existing_day = self.existing.at.astimezone().date() if self.existing else None
        if self.existing is not None and existing_day == d:
            at = self.existing.at
        elif d == date.today():
            at = datetime.now().astimezone()
        else:
            at = datetime.combine(d, time(12, 0)).astimezone()
        next_on = self.next_on.date().toPython() if self.has_next.isChecked() else None
        return {"at": at, "method": self.method.currentData(),
                "content": self.content.toPlainText().strip(),
                "next_step": self.next_step.text().strip(), "next_on": next_on}
