"""The payment plan editor (回款计划): instalments by due date and amount or percentage, checked
live to add up exactly to the contract amount, and filled from a template (预付 30 % / 到货 60 %
/ 质保金 10 %) counted from a date such as the delivery date.

By amount, the last instalment may be left empty: it takes the rest. By percentage, the amounts
are worked out exactly to the fen, the last taking the rounding remainder
(:func:`services.orders.plans.resolve_amounts`, the same rule the service applies on saving).
Nothing is written here: OK hands the lines to the page, which saves them as one undo step.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.common.error_texts import error_text
from gui.common.formatting import day, money
from gui.common.row_table_model import Column, RowTableModel
from gui.orders.texts import TEMPLATES as TEMPLATE_NAMES
from gui.orders.texts import word
from services.core.amounts import AmountError, read_amount
from services.core.errors import SailplanError
from services.orders.plans import TEMPLATES, Instalment, PlanLine, resolve_amounts


@dataclass(frozen=True)
class _Line:
    id: int
    label: str
    due: date
    value: Decimal | Fraction | None  # amount or percent, by the mode
    amount: Decimal | None = None  # worked out


def _plain(value: Decimal | Fraction) -> str:
    """30 / 12.5 / 100/3 — a percentage or amount as typed back."""
    if isinstance(value, Fraction):
        return str(value) if value.denominator != 1 else str(value.numerator)
    return f"{value.normalize():f}"


def _share(amount: Decimal | None, total: Decimal) -> Decimal | Fraction | None:
    """``amount`` as a percentage of ``total``: a short decimal when exact, else a fraction."""
    if amount is None or not total:
        return None
    exact = Fraction(amount) * 100 / Fraction(total)
    short = Decimal(exact.numerator) / Decimal(exact.denominator)
    return short.quantize(Decimal("0.0001")).normalize() if Fraction(short.quantize(
        Decimal("0.0001"))) == exact else exact


class PlanDialog(QDialog):
    """See the module docstring; :meth:`lines` is the plan to save."""

    def __init__(self, number: str, total: Decimal, sign_date: date,
                 instalments: Sequence[Instalment], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Payment plan of %1").replace("%1", number))
        self.resize(640, 420)
        self.total = total
        self.sign_date = sign_date
        self._next = 0
        self.ok_lines: list[PlanLine] | None = None
        lay = QVBoxLayout(self)
        head = QLabel(self.tr("Contract amount %1. The instalments must add up to it exactly.")
                      .replace("%1", money(total, fen=True)))
        head.setWordWrap(True)
        lay.addWidget(head)
        tpl = QHBoxLayout()
        self.template = QComboBox()
        for t in TEMPLATES:
            self.template.addItem(word(TEMPLATE_NAMES, t.key), t.key)
        self.anchor = QDateEdit(QDate(sign_date.year, sign_date.month, sign_date.day))
        self.anchor.setCalendarPopup(True)
        self.anchor.setDisplayFormat("yyyy-MM-dd")
        self.anchor.setToolTip(self.tr("Due dates are counted from this day (signing or "
                                       "delivery)"))
        self.fill = QPushButton(self.tr("Fill in"))
        tpl.addWidget(QLabel(self.tr("Template")))
        tpl.addWidget(self.template, 1)
        tpl.addWidget(QLabel(self.tr("counted from")))
        tpl.addWidget(self.anchor)
        tpl.addWidget(self.fill)
        lay.addLayout(tpl)
        modes = QHBoxLayout()
        self.by_amount = QRadioButton(self.tr("By amount"))
        self.by_percent = QRadioButton(self.tr("By percentage"))
        group = QButtonGroup(self)
        group.addButton(self.by_amount)
        group.addButton(self.by_percent)
        modes.addWidget(self.by_amount)
        modes.addWidget(self.by_percent)
        modes.addStretch(1)
        self.add = QPushButton(self.tr("Add instalment"))
        self.remove = QPushButton(self.tr("Remove instalment"))
        modes.addWidget(self.add)
        modes.addWidget(self.remove)
        lay.addLayout(modes)
        self.model = RowTableModel(self._columns(), self, on_edit=self._edit)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        lay.addWidget(self.view, 1)
        self.sum_note = QLabel()
        self.sum_note.setObjectName("planSum")
        self.sum_note.setWordWrap(True)
        lay.addWidget(self.sum_note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.fill.clicked.connect(self.fill_template)
        self.add.clicked.connect(self.add_line)
        self.remove.clicked.connect(self.remove_line)
        self.by_amount.toggled.connect(self._mode_changed)
        if instalments:
            self.by_amount.setChecked(True)
            self._set([_Line(self._id(), i.label or "", i.due_date, i.amount)
                       for i in instalments])
        else:
            self.by_percent.setChecked(True)
            self.fill_template()

    def _id(self) -> int:
        self._next += 1
        return self._next

    def _columns(self) -> list[Column]:
        percent = getattr(self, "by_percent", None) is not None and self.by_percent.isChecked()
        return [
            Column(self.tr("Instalment"), lambda r: r.label, field="label"),
            Column(self.tr("Due date"), lambda r: day(r.due), field="due"),
            Column(self.tr("Percent") if percent else self.tr("Amount"),
                   lambda r: "" if r.value is None else (
                       f"{_plain(r.value)} %" if percent else money(r.value, fen=True)),
                   right=True, field="value",
                   edit=lambda r: "" if r.value is None else _plain(r.value)),
            Column(self.tr("Works out at"), lambda r: money(r.amount, fen=True), right=True),
        ]

    # --- editing ------------------------------------------------------------------------

    def _set(self, lines: list[_Line]) -> None:
        self.model.set_rows(self._worked_out(lines))
        self.view.resizeColumnsToContents()

    def _worked_out(self, lines: list[_Line]) -> list[_Line]:
        try:
            amounts = resolve_amounts(self.total, self._plan(lines))
        except SailplanError as exc:
            self.sum_note.setText(error_text(exc))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return [replace(x, amount=None) for x in lines]
        self.sum_note.setText(self.tr("Instalments: %2, adding up to %1.")
                              .replace("%2", str(len(lines)))
                              .replace("%1", money(sum(amounts, Decimal(0)), fen=True)))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        return [replace(x, amount=a) for x, a in zip(lines, amounts, strict=True)]

    def _plan(self, lines: Sequence[_Line]) -> list[PlanLine]:
        if self.by_percent.isChecked():
            return [PlanLine(x.due, percent=x.value if x.value is not None else Decimal(0),
                             label=x.label or None) for x in lines]
        return [PlanLine(x.due, amount=Decimal(x.value) if isinstance(x.value, Decimal) else (
            None if x.value is None else Decimal(x.value.numerator) / x.value.denominator),
            label=x.label or None) for x in lines]

    def _edit(self, row: _Line, field: str, value: Any) -> bool:
        text = str(value).strip()
        new: Any
        if field == "label":
            new = text
        elif field == "due":
            try:
                new = date.fromisoformat(text)
            except ValueError:
                return False
        else:
            new = self._number(text)
            if new is False:
                return False
        self._set([replace(x, **{field: new}) if x.id == row.id else x for x in self.model.rows])
        return True

    def _number(self, text: str) -> Decimal | Fraction | None | bool:
        if not text:
            return None
        if self.by_percent.isChecked():
            text = text.rstrip("%").strip()
            try:  # "100/3" is a third, exactly
                return Fraction(text) if "/" in text else Decimal(text)
            except (InvalidOperation, ValueError, ZeroDivisionError):
                return False
        try:
            return read_amount(text)
        except AmountError:
            return False

    def _mode_changed(self) -> None:
        """Keep the worked-out amounts when switching: as amounts, or as their percentages."""
        rows = self.model.rows
        if self.by_percent.isChecked():
            lines = [replace(x, value=_share(x.amount, self.total)) for x in rows]
        else:
            lines = [replace(x, value=x.amount) for x in rows]
        self.model.set_columns(self._columns())
        self._set(lines)

    def fill_template(self) -> None:
        """Replace the lines with the chosen template's, by percentage."""
        key = self.template.currentData()
        t = next(t for t in TEMPLATES if t.key == key)
        d = self.anchor.date()
        anchor = date(d.year(), d.month(), d.day())
        self.by_percent.blockSignals(True)
        self.by_percent.setChecked(True)
        self.by_percent.blockSignals(False)
        self.model.set_columns(self._columns())
        self._set([_Line(self._id(), label, anchor + timedelta(days=days), pct)
                   for label, pct, days in t.lines])

    def add_line(self) -> None:
        """A new line, due a month after the last (its amount left to type)."""
        rows = self.model.rows
        due = rows[-1].due + timedelta(days=30) if rows else self.sign_date
        self._set([*rows, _Line(self._id(), "", due, None)])

    def remove_line(self) -> None:
        """Remove the selected line."""
        picked = self.view.selectionModel().selectedRows()
        if picked:
            gone = self.model.id_at(picked[0].row())
            self._set([x for x in self.model.rows if x.id != gone])

    def _accept(self) -> None:
        lines = self.model.rows
        try:
            resolve_amounts(self.total, self._plan(lines))
        except SailplanError:
            return
        self.ok_lines = self._plan(lines)
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, number: str, total: Decimal, sign_date: date,
            instalments: Sequence[Instalment]) -> list[PlanLine] | None:
        """The new plan's lines, or None when the user cancelled."""
        dialog = cls(number, total, sign_date, instalments, parent)
        try:  # deleted on the GUI thread, not whenever a collection finds its cycles
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.ok_lines if accepted else None
        finally:
            dialog.deleteLater()
