"""One contract's detail beside the list: its payment plan (回款计划) with what is paid and open
on each instalment, the payments and refunds that touched it, and the customer's credit; for a
contract from a deal, the deal's credit split (业绩分配) with its **Split credit…** button.

The detail is read on the worker (:func:`services.orders.overview.contract_detail`). Every
button is one undo step (:func:`gui.common.undo.push_op`): edit the plan, reschedule an
instalment, mark it invoiced (已开票), record a payment or a refund, apply the credit.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.common.context import AppContext
from gui.common.formatting import day, money
from gui.common.lazy_text import LazyText
from gui.common.messages import Messages
from gui.common.page_load import PageLoad
from gui.common.row_table_model import Column, RowTableModel
from gui.common.undo import push_op
from gui.orders.contract_actions import record_payment
from gui.orders.date_dialog import DateDialog
from gui.orders.plan_dialog import PlanDialog
from gui.orders.texts import METHODS, word
from services.core.changes import Call, call
from services.orders import contract_edits as edits
from services.orders import plans
from services.orders.overview import ContractDetail, contract_detail


def _table(model: RowTableModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setTabKeyNavigation(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setVisible(False)
    return view


class ContractPane(QWidget):
    """See the module docstring. ``loaded`` after each read."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.contract_id: str | None = None
        self.detail: ContractDetail | None = None
        self._load = PageLoad(ctx.tasks, self)
        self._load.loaded.connect(self._apply)
        self._load.failed.connect(lambda *_a: self._apply(None))
        self.title = QLabel(self)
        self.title.setObjectName("contractTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        # The plan (upper) and the payments (lower) side by side; every widget is made in its
        # final parent (re-parenting re-polishes a subtree under the app's style sheet).
        split = QSplitter(Qt.Orientation.Horizontal, self)
        upper, lower = QWidget(split), QWidget(split)
        self.credit = QLabel(lower)
        self.credit.setWordWrap(True)
        from gui.incentives.split_row import CreditSplitRow

        self.split_row = CreditSplitRow(ctx, self)  # the deal's 业绩分配, read on the worker
        self.split_row.setVisible(False)
        self.apply_credit_btn = QPushButton(self.tr("Apply credit"), lower)
        self.apply_credit_btn.setToolTip(self.tr("Use the customer's credit for the open "
                                                 "instalments, oldest first"))
        self.plan_btn = QPushButton(self.tr("Edit plan…"), upper)
        self.reschedule_btn = QPushButton(self.tr("Reschedule…"), upper)
        self.invoiced_btn = QPushButton(self.tr("Invoiced…"), upper)
        self.pay_btn = QPushButton(self.tr("Record payment…"), lower)
        self.pay_btn.setToolTip(self.tr("Ctrl+P"))
        self.refund_btn = QPushButton(self.tr("Record refund…"), lower)
        self.instalments = RowTableModel([
            Column(self.tr("No."), lambda i: str(i.seq), right=True),
            Column(self.tr("Instalment"), lambda i: i.label or ""),
            Column(self.tr("Due date"), lambda i: day(i.due_date)),
            Column(self.tr("Amount"), lambda i: money(i.amount, fen=True), right=True),
            Column(self.tr("Paid"), lambda i: money(i.paid, fen=True), right=True),
            Column(self.tr("Open"), lambda i: money(i.open_amount, fen=True), right=True),
            Column(self.tr("Invoiced"), lambda i: day(i.invoiced_on)),
        ], self)
        self.plan_view = _table(self.instalments, upper)
        self.payments = RowTableModel([
            Column(self.tr("Date"), lambda p: day(p.received_on)),
            Column(self.tr("Amount"), lambda p: money(p.amount, fen=True), right=True),
            Column(self.tr("On this contract"), lambda p: money(p.on_contract, fen=True),
                   right=True),
            Column(self.tr("Method"), lambda p: word(METHODS, p.method)),
            Column(self.tr("Reference"), lambda p: p.reference or ""),
        ], self)
        self.payments_view = _table(self.payments, lower)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.title)
        lay.addWidget(self.note)
        lay.addWidget(self.split_row)
        plan_bar = QHBoxLayout()
        plan_label = QLabel(self.tr("Payment plan"), upper)
        plan_label.setObjectName("sectionTitle")
        plan_bar.addWidget(plan_label)
        plan_bar.addStretch(1)
        for b in (self.plan_btn, self.reschedule_btn, self.invoiced_btn):
            plan_bar.addWidget(b)
        pay_bar = QHBoxLayout()
        pay_label = QLabel(self.tr("Payments"), lower)
        pay_label.setObjectName("sectionTitle")
        pay_bar.addWidget(pay_label)
        pay_bar.addStretch(1)
        for b in (self.apply_credit_btn, self.pay_btn, self.refund_btn):
            pay_bar.addWidget(b)
        up = QVBoxLayout(upper)
        up.setContentsMargins(0, 0, 0, 0)
        up.addLayout(plan_bar)
        up.addWidget(self.plan_view)
        low = QVBoxLayout(lower)
        low.setContentsMargins(0, 0, 0, 0)
        low.addLayout(pay_bar)
        low.addWidget(self.credit)
        low.addWidget(self.payments_view)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        lay.addWidget(split, 1)
        self.plan_btn.clicked.connect(self.edit_plan)
        self.reschedule_btn.clicked.connect(self.reschedule)
        self.invoiced_btn.clicked.connect(self.toggle_invoiced)
        self.pay_btn.clicked.connect(lambda: self.record_payment())
        self.refund_btn.clicked.connect(lambda: self.record_payment(refund=True))
        self.apply_credit_btn.clicked.connect(self.apply_credit)
        self.plan_view.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self._apply(None)

    # --- loading ------------------------------------------------------------------------

    def show_contract(self, contract_id: str | None) -> None:
        """Read and show ``contract_id`` (None: nothing)."""
        self.contract_id = contract_id
        if contract_id is None:
            self._apply(None)
            return
        store, today = self.ctx.store, date.today()
        self._load.start(lambda: contract_detail(store, contract_id, today))

    def reload(self) -> None:
        """Read the shown contract again."""
        self.show_contract(self.contract_id)

    def is_loading(self) -> bool:
        """Whether a read is on its way (the contract's or its deal's split)."""
        return self._load.is_loading() or self.split_row.is_loading()

    def _apply(self, detail: ContractDetail | None) -> None:
        if detail is not None and detail.contract.id != self.contract_id:
            return
        self.detail = detail
        keep = self._instalment()
        if detail is None:
            self.title.setText(self.tr("Choose a contract to see its payment plan."))
            self.note.setText("")
            self.credit.setText("")
            self.instalments.set_rows([])
            self.payments.set_rows([])
            self.split_row.show_deal(None)
        else:
            c = detail.contract
            if self.split_row.deal_id != c.deal_id:
                self.split_row.show_deal(c.deal_id)
            self.title.setText(f"<b>{c.number}</b> · {c.customer_name} · "
                               f"{money(c.amount, fen=True)}")
            if c.cancelled:
                self.note.setText(self.tr("Cancelled on %1: %2").replace(
                    "%1", day(c.cancelled_on)).replace("%2", c.cancel_reason or ""))
            else:
                self.note.setText(self.tr("Collected %1 · open %2").replace(
                    "%1", money(c.collected, fen=True)).replace("%2",
                                                               money(c.open_amount, fen=True))
                                  + (f" · {c.terms}" if c.terms else ""))
            self.credit.setText(self.tr("Customer credit: %1").replace(
                "%1", money(detail.credit, fen=True)) if detail.credit else "")
            self.instalments.set_rows(detail.instalments)
            self.payments.set_rows(detail.payments)
            self.plan_view.resizeColumnsToContents()
            self.payments_view.resizeColumnsToContents()
            if keep is not None and (n := self.instalments.row_of(keep.id)) >= 0:
                self.plan_view.selectRow(n)
        self.split_row.setVisible(detail is not None and detail.contract.deal_id is not None)
        self._enable()
        self.loaded.emit()

    def _enable(self) -> None:
        live = self.detail is not None and not self.detail.contract.cancelled
        picked = self._instalment()
        self.plan_btn.setEnabled(live)
        self.reschedule_btn.setEnabled(live and picked is not None and picked.open_amount > 0)
        self.invoiced_btn.setEnabled(live and picked is not None)
        self.pay_btn.setEnabled(live)
        self.refund_btn.setEnabled(self.detail is not None)
        self.apply_credit_btn.setEnabled(live and self.detail is not None
                                         and self.detail.credit > 0
                                         and self.detail.contract.open_amount > 0)
        self.apply_credit_btn.setVisible(self.detail is not None and self.detail.credit > 0)

    def _instalment(self) -> Any:
        model = self.plan_view.selectionModel()
        rows = model.selectedRows() if model is not None else []
        return self.instalments.row_at(rows[0].row()) if rows else None

    # --- writes -------------------------------------------------------------------------

    def _push(self, text: LazyText, do: Call) -> Any:
        cmd = push_op(self.ctx.undo_stack, self.ctx.store, self.ctx.events, text, do)
        return None if cmd.failed is not None else cmd.value

    def edit_plan(self) -> None:
        """Edit the payment plan (replaces it as one undo step)."""
        d = self.detail
        if d is None:
            return
        if any(i.paid for i in d.instalments):
            Messages.show_info(self, self.tr("Payment plan"), self.tr(
                "Payments are applied to this plan, so it cannot be replaced. Reschedule an "
                "open instalment instead, or record a refund first."))
            return
        lines = PlanDialog.ask(self, d.contract.number, d.contract.amount, d.contract.sign_date,
                               d.instalments)
        if lines is not None:
            self._push(LazyText.translate("ContractPane", "Set payment plan of %1")
                       .arg(d.contract.number),
                       call(plans.set_payment_plan, d.contract.id, lines))

    def reschedule(self) -> None:
        """Move the selected open instalment to another due date."""
        i = self._instalment()
        if i is None or self.detail is None:
            return
        when = DateDialog.ask(self, self.tr("Reschedule"), self.tr(
            "New due date of instalment %1:").replace("%1", f"{i.seq} {i.label or ''}".strip()),
            i.due_date)
        if when is not None and when != i.due_date:
            self._push(LazyText.translate("ContractPane", "Reschedule instalment of %1")
                       .arg(self.detail.contract.number),
                       call(edits.reschedule_instalment, i.id, when))

    def toggle_invoiced(self) -> None:
        """Mark the selected instalment invoiced (已开票) on a date, or clear that."""
        i = self._instalment()
        if i is None or self.detail is None:
            return
        number = self.detail.contract.number
        if i.invoiced_on is not None:
            if Messages.ask(self, self.tr("Invoiced"), self.tr(
                    "Instalment %1 was invoiced on %2. Clear the invoice date?")
                    .replace("%1", str(i.seq)).replace("%2", day(i.invoiced_on))):
                self._push(LazyText.translate("ContractPane", "Clear invoice date of %1")
                           .arg(number), call(plans.set_invoiced, (i.id,), None))
            return
        when = DateDialog.ask(self, self.tr("Invoiced"), self.tr(
            "Invoice issued for instalment %1 on:").replace("%1", str(i.seq)), date.today())
        if when is not None:
            self._push(LazyText.translate("ContractPane", "Mark invoiced on %1").arg(number),
                       call(plans.set_invoiced, (i.id,), when))

    def record_payment(self, refund: bool = False) -> None:
        """Record a payment received (or a refund) from the contract's customer."""
        if self.detail is not None:
            record_payment(self.ctx, self, self.detail, self._instalment(), refund=refund)

    def apply_credit(self) -> None:
        """Use the customer's credit for this contract's open instalments."""
        d = self.detail
        if d is None or d.credit <= 0:
            return
        picked = self._instalment()
        self._push(LazyText.translate("ContractPane", "Apply credit to %1")
                   .arg(d.contract.number),
                   call(edits.apply_credit, d.contract.customer_id, contract_id=d.contract.id,
                        instalment_id=picked.id if picked is not None else None))
