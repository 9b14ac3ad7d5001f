"""The customer card's contracts and quotes lists (:class:`~gui.common.row_table_model.
RowTableModel` over :mod:`services.orders.customer_orders` records).

A contract with money overdue shows its number and open amount in the warning colour (the
tooltip says how much is overdue); a cancelled one is greyed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from gui.common.formatting import day, money
from gui.common.row_table_model import Column, RowTableModel
from gui.common.theme import ink
from gui.orders.order_words import contract_status_text, order_status_text
from gui.orders.quote_texts import approval_text, revision_text, status_text
from services.orders.overview import ContractRow
from services.orders.quote_queries import QuoteRecord

OVERDUE = QColor("#C0392B")
MUTED = QColor("#8A8A8A")


def order_text(r: ContractRow) -> str:
    """The order's status (待交付 … 已完成), 草稿 for a draft, 已取消 once cancelled."""
    if r.cancelled or r.order_status == "cancelled":
        return order_status_text("cancelled")
    if r.status == "draft":
        return contract_status_text("draft")
    return order_status_text(r.order_status)


class CustomerContractsModel(RowTableModel):
    """One customer's contracts: number, sign date, amount, collected, open, order status."""

    NUMBER, SIGNED, AMOUNT, COLLECTED, OPEN, ORDER = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(self.make_columns(), parent)

    def make_columns(self) -> list[Column]:
        """The columns in the current language."""
        return [
            Column(self.tr("Contract no."), lambda r: r.number),
            Column(self.tr("Signed"), lambda r: day(r.sign_date)),
            Column(self.tr("Amount"), lambda r: money(r.amount), right=True),
            Column(self.tr("Collected"), lambda r: money(r.collected), right=True),
            Column(self.tr("Open"), lambda r: money(r.open_amount), right=True,
                   tooltip=self._open_tip),
            Column(self.tr("Order status"), order_text, tooltip=self._order_tip),
        ]

    def _open_tip(self, r: ContractRow) -> str:
        if r.overdue > 0:
            return self.tr("%1 of it overdue").replace("%1", money(r.overdue, fen=True))
        return money(r.open_amount, fen=True)

    def _order_tip(self, r: ContractRow) -> str:
        if r.cancelled and r.cancel_reason:
            return self.tr("Cancelled on %1: %2").replace("%1", day(r.cancelled_on)).replace(
                "%2", r.cancel_reason)
        return self.tr("Order status: %1").replace("%1", order_text(r))

    def extra_data(self, record: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if record.cancelled:
                return QBrush(ink(MUTED))
            if column in (self.NUMBER, self.OPEN) and record.overdue > 0:
                return QBrush(ink(OVERDUE))
        return None


class CustomerQuotesModel(RowTableModel):
    """One customer's quotes (the latest revision of each): number, date, total, status."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(self.make_columns(), parent)

    def make_columns(self) -> list[Column]:
        """The columns in the current language."""
        return [
            Column(self.tr("Quote no."), lambda r: revision_text(r.number, r.revision)),
            Column(self.tr("Issued"), lambda r: day(r.issued_on)),
            Column(self.tr("Total"), lambda r: money(r.total), right=True),
            Column(self.tr("Status"), self._status, tooltip=self._status_tip),
        ]

    def _status(self, r: QuoteRecord) -> str:
        text = status_text(r.shown_status)
        if r.approval == "pending":  # the discount waits for an approver
            text += " · " + approval_text(r.approval)
        return text

    def _status_tip(self, r: QuoteRecord) -> str:
        return self.tr("Valid until %1").replace("%1", day(r.valid_until))
