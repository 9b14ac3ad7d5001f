"""New contract (新建合同): from a won deal (customer, owner, amount and date prefilled) or by
hand. The number is left empty for the next one of the pattern (HT-2026-0001…). Opened from a
customer's card, the customer is chosen already (``customer_id``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from gui.common.amount_input import AmountSpinBox
from gui.common.formatting import money
from services.orders.contracts import DEFAULT_PATTERN, format_number
from services.orders.overview import WonDeal
from services.org.people import PersonRow


@dataclass(frozen=True)
class ContractInput:
    """What the dialog collected (``deal_id`` set: a contract of that won deal)."""

    deal_id: str | None
    customer_id: str | None
    owner_id: str | None
    amount: Decimal
    sign_date: date
    number: str | None
    terms: str


class ContractDialog(QDialog):
    """See the module docstring."""

    def __init__(self, deals: Sequence[WonDeal], customers: Sequence[tuple[str, str]],
                 people: Sequence[PersonRow], me: str | None, today: date,
                 parent: QWidget | None = None, deal_id: str | None = None, *,
                 customer_id: str | None = None, pattern: str = DEFAULT_PATTERN):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New contract"))
        self.resize(520, 0)
        form = QFormLayout(self)
        self.from_deal = QRadioButton(self.tr("From a won deal"))
        self.by_hand = QRadioButton(self.tr("By hand"))
        self.deal = QComboBox()
        self.deal.setMinimumContentsLength(30)
        self.deals = {d.id: d for d in deals}
        for d in deals:
            self.deal.addItem(f"{d.name} · {d.customer_name} · {money(d.amount)}", d.id)
        form.addRow(self.from_deal, self.deal)
        form.addRow(self.by_hand)
        self.customer = QComboBox()
        self.customer.setEditable(True)
        self.customer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for cid, name in customers:
            self.customer.addItem(name, cid)
        completer = self.customer.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.customer.setCurrentIndex(self.customer.findData(customer_id) if customer_id
                                      else -1)
        form.addRow(self.tr("Customer"), self.customer)
        self.owner = QComboBox()
        self.owner.addItem(self.tr("(no owner)"), None)
        for p in people:
            self.owner.addItem(p.name, p.id)
        self.owner.setCurrentIndex(max(self.owner.findData(me), 0) if me else 0)
        form.addRow(self.tr("Owner"), self.owner)
        self.amount = AmountSpinBox()
        form.addRow(self.tr("Amount"), self.amount)
        self.sign_date = QDateEdit(QDate(today.year, today.month, today.day))
        self.sign_date.setCalendarPopup(True)
        self.sign_date.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("Signed on"), self.sign_date)
        self.number = QLineEdit()
        self.number.setMaxLength(50)
        self.number.setPlaceholderText(self.tr("Empty: the next number, like %1").replace(
            "%1", format_number(pattern, today, 1)))
        form.addRow(self.tr("Contract no."), self.number)
        self.terms = QPlainTextEdit()
        self.terms.setTabChangesFocus(True)
        self.terms.setPlaceholderText(self.tr("Payment terms, delivery, acceptance, invoice…"))
        self.terms.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        form.addRow(self.tr("Terms"), self.terms)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.from_deal.toggled.connect(self._mode)
        self.deal.currentIndexChanged.connect(self._prefill)
        self.customer.currentIndexChanged.connect(self._update_ok)
        self.customer.editTextChanged.connect(self._update_ok)
        self.amount.valueChanged.connect(self._update_ok)
        self.from_deal.setEnabled(bool(deals))
        if deal_id is not None and deal_id in self.deals:
            self.deal.setCurrentIndex(self.deal.findData(deal_id))
        (self.from_deal if deals else self.by_hand).setChecked(True)
        self._mode()

    def _mode(self) -> None:
        deal_mode = self.from_deal.isChecked()
        self.deal.setEnabled(deal_mode)
        self.customer.setEnabled(not deal_mode)
        self.owner.setEnabled(not deal_mode)
        if deal_mode:
            self._prefill()
        self._update_ok()

    def _prefill(self) -> None:
        d = self.deals.get(self.deal.currentData())
        if d is None or not self.from_deal.isChecked():
            return
        self.customer.setCurrentIndex(self.customer.findData(d.customer_id))
        self.owner.setCurrentIndex(max(self.owner.findText(d.owner_name or ""), 0))
        self.amount.setValue(float(d.amount))
        if d.closed_on is not None:
            self.sign_date.setDate(QDate(d.closed_on.year, d.closed_on.month, d.closed_on.day))
        self._update_ok()

    def _customer_id(self) -> str | None:
        i = self.customer.findText(self.customer.currentText().strip())
        return self.customer.itemData(i) if i >= 0 else None

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if self.from_deal.isChecked():
            ok.setEnabled(self.deal.currentData() is not None and self.amount.value() > 0)
        else:
            ok.setEnabled(self._customer_id() is not None and self.amount.value() > 0)

    def value(self) -> ContractInput:
        """What was entered."""
        d = self.sign_date.date()
        deal_mode = self.from_deal.isChecked()
        return ContractInput(
            self.deal.currentData() if deal_mode else None,
            None if deal_mode else self._customer_id(),
            None if deal_mode else self.owner.currentData(),
            Decimal(str(round(self.amount.value(), 2))), date(d.year(), d.month(), d.day()),
            self.number.text().strip() or None, self.terms.toPlainText().strip())

    @classmethod
    def ask(cls, parent: QWidget | None, deals: Sequence[WonDeal],
            customers: Sequence[tuple[str, str]], people: Sequence[PersonRow], me: str | None,
            today: date, deal_id: str | None = None, *, customer_id: str | None = None,
            pattern: str = DEFAULT_PATTERN) -> ContractInput | None:
        """The new contract, or None when the user cancelled."""
        dialog = cls(deals, customers, people, me, today, parent, deal_id,
                     customer_id=customer_id, pattern=pattern)
        try:  # deleted on the GUI thread, not whenever a collection finds its cycles
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.value() if accepted else None
        finally:
            dialog.deleteLater()
