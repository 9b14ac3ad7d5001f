"""A contract's order status (订单状态): 待交付 → 已交付 → 已验收 → 已完成, or 已取消 with a reason.

The dialog shows where the order stands and the date of each step, and moves it on: Delivered,
Accepted and Completed on the chosen day (a skipped step takes the same day; the delivery date
is what payment plans due "N days after delivery" count from), or Cancel order… with a reason
(kept; the order is never deleted). Each is one undo step; a refusal (a date before the step
before it, a draft not signed yet) is shown by the main window in the interface language.
The lead opens it from the contracts list: ``OrderStatusDialog(ctx, contract_id, parent)``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.common.context import AppContext
from gui.common.formatting import day, money
from gui.common.lazy_text import LazyText
from gui.common.page_load import PageLoad
from gui.common.undo import push_op
from gui.orders.order_words import contract_status_text, order_status_text
from services.core.changes import Call, Changes, call
from services.orders import status as ST


class OrderStatusDialog(QDialog):
    """One order's status, its dates, and the steps it may take."""

    def __init__(self, ctx: AppContext, contract_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.contract_id = contract_id
        self.state: ST.OrderState | None = None
        self.setObjectName("orderStatusDialog")
        self.setWindowTitle(self.tr("Order status"))
        self.setMinimumWidth(440)
        self._load = PageLoad(ctx.tasks, self)
        self._load.loaded.connect(self._show)
        self.heading = QLabel(self)
        self.status = QLabel(self)
        self.status.setObjectName("orderStatus")
        self.delivered_label = QLabel(self)
        self.accepted_label = QLabel(self)
        self.completed_label = QLabel(self)
        self.cancelled_label = QLabel(self)
        self.cancelled_label.setWordWrap(True)
        self.on = QDateEdit(QDate.currentDate(), self)
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        form = QFormLayout()
        form.addRow(self.tr("Status:"), self.status)
        form.addRow(self.tr("Delivered on:"), self.delivered_label)
        form.addRow(self.tr("Accepted on:"), self.accepted_label)
        form.addRow(self.tr("Completed on:"), self.completed_label)
        form.addRow(self.tr("Cancelled:"), self.cancelled_label)
        self.deliver_button = QPushButton(self.tr("Delivered"), self)
        self.accept_button = QPushButton(self.tr("Accepted"), self)
        self.done_button = QPushButton(self.tr("Completed"), self)
        self.cancel_button = QPushButton(self.tr("Cancel order…"), self)
        form.addRow(self.tr("On:"), self.on)
        steps = QHBoxLayout()
        for b in (self.deliver_button, self.accept_button, self.done_button,
                  self.cancel_button):
            steps.addWidget(b)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addLayout(steps)
        layout.addWidget(buttons)
        self.deliver_button.clicked.connect(lambda: self.advance("delivered"))
        self.accept_button.clicked.connect(lambda: self.advance("accepted"))
        self.done_button.clicked.connect(lambda: self.advance("done"))
        self.cancel_button.clicked.connect(self.cancel_order)
        ctx.events.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        """Read the order on the worker."""
        store, cid = self.ctx.store, self.contract_id
        self._load.start(lambda: ST.order_state(store, cid))

    def is_loading(self) -> bool:
        """Whether the order is being read."""
        return self._load.is_loading()

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.everything or changes.touches("contracts"):
            self.reload()

    def _show(self, state: ST.OrderState) -> None:
        self.state = state
        self.heading.setText(self.tr("Contract %1 · %2 · %3 (%4)")
                             .replace("%1", state.number).replace("%2", state.customer_name)
                             .replace("%3", money(state.amount))
                             .replace("%4", contract_status_text(state.contract_status)))
        self.status.setText(order_status_text(state.order_status))
        self.delivered_label.setText(day(state.delivered_on))
        self.accepted_label.setText(day(state.accepted_on))
        self.completed_label.setText(day(state.completed_on))
        self.cancelled_label.setText("" if state.cancelled_on is None else self.tr("%1: %2")
                               .replace("%1", day(state.cancelled_on))
                               .replace("%2", state.cancel_reason or ""))
        nxt = state.next_steps
        self.deliver_button.setEnabled("delivered" in nxt)
        self.accept_button.setEnabled("accepted" in nxt)
        self.done_button.setEnabled("done" in nxt)
        self.cancel_button.setEnabled(state.cancellable)
        self.on.setEnabled(bool(nxt) or state.cancellable)

    def _day(self) -> date:
        qd = self.on.date()
        return date(qd.year(), qd.month(), qd.day())

    def _push(self, text: LazyText, do: Call) -> bool:
        cmd = push_op(self.ctx.undo_stack, self.ctx.store, self.ctx.events, text, do,
                      initiator=None)
        return cmd.failed is None

    def advance(self, step: str) -> None:
        """Move the order to ``step`` on the chosen day (one undo step)."""
        if self.state is None:
            return
        texts = {"delivered": LazyText.translate("OrderStatusDialog", "Order %1 delivered"),
                 "accepted": LazyText.translate("OrderStatusDialog", "Order %1 accepted"),
                 "done": LazyText.translate("OrderStatusDialog", "Order %1 completed")}
        self._push(texts[step].arg(self.state.number),
                   call(ST.advance_order, self.contract_id, step, on=self._day()))

    @classmethod
    def ask_reason(cls, parent: QWidget) -> str | None:
        """Why the order is cancelled, or None when cancelled (tests patch this)."""
        text, ok = QInputDialog.getText(
            parent, QCoreApplication.translate("OrderStatusDialog", "Cancel order"),
            QCoreApplication.translate("OrderStatusDialog", "Why is the order cancelled?"))
        return text.strip() if ok and text.strip() else None

    def cancel_order(self) -> None:
        """Cancel the order with a reason on the chosen day (one undo step)."""
        if self.state is None:
            return
        reason = self.ask_reason(self)
        if reason is None:
            return
        text = LazyText.translate("OrderStatusDialog", "Cancel order %1").arg(self.state.number)
        self._push(text, call(ST.cancel_order, self.contract_id, reason, on=self._day()))
