"""Add or edit a person: name, phone, e-mail, unit, role, manager, capacity tier and dates.

The dialog checks what it can without the database (a name, an e-mail that looks like one, a
left date not before the start) and says so in the interface language; the service checks the
rest (a closed unit, a circle of managers) when the edit is pushed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from gui.common.error_texts import error_text
from gui.common.optional_date_edit import OptionalDateEdit
from gui.common.theme import ink_css
from gui.org.labels import role_label, tier_label
from services.core.errors import ValidationError
from services.org.lookup import unit_path
from services.org.people_edit import ROLES, TIERS, PersonInfo, clean_person_values
from services.org.units import UnitInfo

NO_DATE = QDate(1900, 1, 1)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class PersonDialog(QDialog):
    """See the module docstring; :meth:`values` are :func:`edit_person`'s fields."""

    def __init__(self, units: Sequence[UnitInfo], people: Sequence[PersonInfo],
                 existing: PersonInfo | None = None, unit_id: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("personDialog")
        self.setWindowTitle(self.tr("Edit person") if existing else self.tr("New person"))
        self.setMinimumWidth(420)
        self.name = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.email = QLineEdit(self)
        self.unit = QComboBox(self)
        listed = list(units)
        for u in listed:
            if u.closed_on is None or (existing is not None and existing.unit_id == u.id):
                # The path below the company, so two 一组 of different regions differ.
                path = unit_path(listed, u.id).split(" / ", 1)
                self.unit.addItem(path[-1], u.id)
        self.role = QComboBox(self)
        for code in ROLES:
            self.role.addItem(role_label(code), code)
        self.tier = QComboBox(self)
        for code in TIERS:
            self.tier.addItem(tier_label(code), code)
        self.manager = QComboBox(self)
        self.manager.addItem(self.tr("(none)"), None)
        for p in people:
            if existing is None or p.id != existing.id:
                self.manager.addItem(f"{p.name} · {p.unit_name}", p.id)
        self.start = QDateEdit(self)
        self.left = OptionalDateEdit(self)
        for box in (self.start, self.left):
            box.setCalendarPopup(True)
            box.setDisplayFormat("yyyy-MM-dd")
        self.left.setMinimumDate(NO_DATE)
        self.left.setSpecialValueText(self.tr("still here"))
        self.error = QLabel(self)
        self.error.setObjectName("personError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ink_css('#b00020')}")
        self.error.hide()

        form = QFormLayout(self)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Unit:"), self.unit)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Capacity tier:"), self.tier)
        form.addRow(self.tr("Manager:"), self.manager)
        form.addRow(self.tr("Phone:"), self.phone)
        form.addRow(self.tr("E-mail:"), self.email)
        form.addRow(self.tr("Start date:"), self.start)
        form.addRow(self.tr("Left on:"), self.left)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        chain = (self.name, self.unit, self.role, self.tier, self.manager, self.phone,
                 self.email, self.start, self.left)
        for before, after in zip(chain, chain[1:], strict=False):  # Tab in reading order
            QWidget.setTabOrder(before, after)
        self._fill(existing, unit_id)
        self.name.setFocus()

    def _fill(self, p: PersonInfo | None, unit_id: str | None) -> None:
        def pick(box: QComboBox, value: Any) -> None:
            box.setCurrentIndex(max(box.findData(value), 0))

        if p is None:
            pick(self.unit, unit_id)
            pick(self.role, "rep")
            pick(self.tier, "novice")
            self.start.setDate(QDate.currentDate())
            self.left.setDate(NO_DATE)
            return
        self.name.setText(p.name)
        self.phone.setText(p.phone or "")
        self.email.setText(p.email or "")
        pick(self.unit, p.unit_id)
        pick(self.role, p.role)
        pick(self.tier, p.capacity_tier)
        pick(self.manager, p.manager_id)
        self.start.setDate(_qdate(p.active_from))
        self.left.setDate(_qdate(p.active_to) if p.active_to else NO_DATE)

    def values(self) -> dict[str, Any]:
        """The fields as :func:`services.org.people_edit.edit_person` takes them."""
        left = None if self.left.shows_no_date() else _pydate(self.left.date())
        return {"name": self.name.text(), "phone": self.phone.text(),
                "email": self.email.text(), "unit_id": self.unit.currentData(),
                "role": self.role.currentData(), "capacity_tier": self.tier.currentData(),
                "manager_id": self.manager.currentData(),
                "active_from": _pydate(self.start.date()), "active_to": left}

    def accept(self) -> None:
        values = self.values()
        try:
            clean_person_values(values)
            if values["active_to"] is not None and values["active_to"] < values["active_from"]:
                raise ValidationError("the day they left is before their start date")
        except ValidationError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, units: Sequence[UnitInfo],
            people: Sequence[PersonInfo], existing: PersonInfo | None = None,
            unit_id: str | None = None) -> dict[str, Any] | None:
        """Show the dialog modally; the values, or None when cancelled."""
        dialog = cls(units, people, existing, unit_id, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
