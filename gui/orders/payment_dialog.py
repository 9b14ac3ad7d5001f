"""Record a payment received (回款) or a refund (退款): date, amount, method, reference and,
optionally, the instalment it is for (otherwise the oldest open one first; a refund takes back
from the customer's credit, then from the instalments paid last).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

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

from gui.common.amount_input import AmountSpinBox
from gui.common.formatting import day, money
from gui.orders.texts import METHODS, word
from services.orders.plans import Instalment


@dataclass(frozen=True)
class PaymentInput:
    """What the dialog collected."""

    on: date
    amount: Decimal
    method: str
    reference: str
    instalment_id: str | None


class PaymentDialog(QDialog):
    """See the module docstring; ``refund`` words it for money paid back."""

    def __init__(self, refund: bool, customer: str, number: str,
                 instalments: Sequence[Instalment], amount: Decimal, today: date,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record refund") if refund else self.tr("Record payment"))
        form = QFormLayout(self)
        who = QLabel(self.tr("%1 · contract %2").replace("%1", customer).replace("%2", number))
        who.setWordWrap(True)
        form.addRow(self.tr("Customer"), who)
        self.on = QDateEdit(QDate(today.year, today.month, today.day))
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("Refunded on") if refund else self.tr("Received on"), self.on)
        self.amount = AmountSpinBox()
        self.amount.setMinimum(0)
        self.amount.setValue(float(amount))
        form.addRow(self.tr("Amount"), self.amount)
        self.method = QComboBox()
        for code in METHODS:
            self.method.addItem(word(METHODS, code), code)
        form.addRow(self.tr("Method"), self.method)
        self.reference = QLineEdit()
        self.reference.setMaxLength(100)
        self.reference.setPlaceholderText(self.tr("Bank slip or bill number"))
        form.addRow(self.tr("Reference"), self.reference)
        self.instalment = QComboBox()
        self.instalment.addItem(self.tr("Latest paid first") if refund
                                else self.tr("Oldest open first"), None)
        for i in instalments:
            left = i.paid if refund else i.open_amount
            if left <= 0:
                continue
            label = f"{i.seq}" + (f" {i.label}" if i.label else "")
            text = (self.tr("%1 · due %2 · paid %3") if refund
                    else self.tr("%1 · due %2 · open %3"))
            self.instalment.addItem(text.replace("%1", label).replace("%2", day(i.due_date))
                                    .replace("%3", money(left, fen=True)), i.id)
        form.addRow(self.tr("Instalment"), self.instalment)
        if not refund:
            note = QLabel(self.tr("More than is open is kept as the customer's credit."))
            note.setWordWrap(True)
            form.addRow(note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.amount.valueChanged.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.amount.value() > 0)

    def value(self) -> PaymentInput:
        """What was entered."""
        d = self.on.date()
        return PaymentInput(date(d.year(), d.month(), d.day()),
                            Decimal(str(round(self.amount.value(), 2))),
                            str(self.method.currentData()), self.reference.text().strip(),
                            self.instalment.currentData())

    @classmethod
    def ask(cls, parent: QWidget | None, *, refund: bool, customer: str, number: str,
            instalments: Sequence[Instalment], amount: Decimal, today: date
            ) -> PaymentInput | None:
        """The payment (or refund), or None when the user cancelled."""
        dialog = cls(refund, customer, number, instalments, amount, today, parent)
        try:  # deleted on the GUI thread, not whenever a collection finds its cycles
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.value() if accepted else None
        finally:
            dialog.deleteLater()
