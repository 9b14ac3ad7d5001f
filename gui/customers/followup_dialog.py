"""The follow-up editor (跟进记录): date, method, content, next step, next date and who.

Opened with Ctrl+L from anywhere on the customer card: the cursor starts in the content field,
the method is the one used last time and the date is today, so a note is two keystrokes plus
the text; Ctrl+Enter saves.

A next follow-up already booked for the customer shows ticked with its date: saving keeps it,
unticking it cancels it (:meth:`FollowUpDialog.clear_next`). Given the people to choose from,
the dialog asks who followed up, preset to who uses this computer; when nobody has said so
yet, it offers to remember the choice (:meth:`FollowUpDialog.remember_me`), so the question
comes once.
"""

from __future__ import annotations

from collections.abc import Sequence
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
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from gui.common.theme import ink_css
from gui.common.ui_settings import ui_settings
from gui.customers.formatting import METHODS, method_label
from services.customers.queries import FollowUpRow
from services.org.people import PersonRow

LAST_METHOD_KEY = "customers/last_followup_method"


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class FollowUpDialog(QDialog):
    """Edits one follow-up; ``values()`` gives the fields for the follow-up services."""

    def __init__(self, customer_name: str, existing: FollowUpRow | None = None,
                 parent: QWidget | None = None, *, people: Sequence[PersonRow] = (),
                 person_id: str | None = None, booked: date | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Follow-up: {name}").format(name=customer_name))
        self.existing = existing
        # A booking still ahead, shown ticked on a new follow-up (unticking it cancels it).
        self.booked = booked if existing is None and booked and booked > date.today() else None
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

        self.person: QComboBox | None = None
        self.remember: QCheckBox | None = None
        self.error = QLabel(self)
        self.error.setStyleSheet(f"color: {ink_css('#b00020')}")
        self.error.hide()

        form = QFormLayout(self)
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Content"), self.content)
        form.addRow(self.tr("Next step"), self.next_step)
        form.addRow(next_row)
        if people:
            form.addRow(self.tr("Followed up by"), self._person_row(people, person_id))
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(self.tr("Ctrl+Enter"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        # Ctrl+Enter saves from any field; the text edit would otherwise take it as a newline.
        for w in (self.content, self.next_step, self.date_edit, self.method, self.next_on,
                  self.person):
            if w is not None:
                w.installEventFilter(self)
        self._fill(existing)
        self.resize(540, 380)

    def _person_row(self, people: Sequence[PersonRow], person_id: str | None) -> QHBoxLayout:
        """Who followed up: preset to who uses this computer (or the record's author)."""
        combo = QComboBox(self)
        combo.setObjectName("followupPerson")
        combo.addItem(self.tr("(choose)"), None)
        for p in people:
            combo.addItem(p.name, p.id)
        existing = self.existing
        chosen = existing.person_id if existing is not None else person_id
        if existing is not None and chosen and combo.findData(chosen) < 0:
            combo.addItem(existing.person_name or chosen, chosen)  # since left or renamed
        combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen else 0)
        self.person = combo
        row = QHBoxLayout()
        row.addWidget(combo, 1)
        if existing is None and person_id is None:  # nobody said who uses this computer
            self.remember = QCheckBox(self.tr("That is me on this computer"), self)
            self.remember.setObjectName("followupRememberMe")
            self.remember.setToolTip(self.tr(
                "Remembered as \"I am\" (Settings), so the next follow-up is yours already"))
            self.remember.setChecked(True)
            row.addWidget(self.remember)
        return row

    def _fill(self, existing: FollowUpRow | None) -> None:
        today = date.today()
        if existing is None:
            self.date_edit.setDate(_qdate(today))
            last = ui_settings().value(LAST_METHOD_KEY, "call")
            pos = self.method.findData(last if last in METHODS else "call")
            self.method.setCurrentIndex(max(pos, 0))
            self.next_on.setDate(_qdate(self.booked or today))
            self.has_next.setChecked(self.booked is not None)
            self.next_on.setEnabled(self.booked is not None)
            if self.booked is not None:
                self.has_next.setToolTip(self.tr("Booked earlier; untick to cancel it"))
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
        if self.person is not None and self.person.currentData() is None:
            self.error.setText(self.tr("Choose who followed up."))
            self.error.show()
            self.person.setFocus()
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
        values = {"at": at, "method": self.method.currentData(),
                  "content": self.content.toPlainText().strip(),
                  "next_step": self.next_step.text().strip(), "next_on": next_on}
        if self.person is not None:
            values["person_id"] = self.person.currentData()
        return values

    def clear_next(self) -> bool:
        """Whether the user cancelled the booked next follow-up (unticked it)."""
        return self.booked is not None and not self.has_next.isChecked()

    def remember_me(self) -> str | None:
        """The person to remember as who uses this computer, when the user said so."""
        if self.remember is None or self.person is None or not self.remember.isChecked():
            return None
        person = self.person.currentData()
        return str(person) if person else None
