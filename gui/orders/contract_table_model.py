"""The contracts list: :class:`~services.orders.overview.ContractRow` records through declared
columns, filtered and sorted in Python (an index list, then one reset — no proxy model).

A header click calls :meth:`ContractTableModel.sort`, which sorts the shown rows by the
column's key; the filter (search text, status, owner) keeps the sort. Cancelled contracts are
greyed, contracts with an overdue amount show it in the warning colour.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from gui.common.formatting import day, money
from gui.common.row_table_model import Column, RowTableModel
from gui.common.theme import ink
from gui.orders.order_words import contract_status_text
from gui.orders.texts import STATUS, word
from services.orders.overview import ContractRow

KEYS = ("number", "customer", "owner", "sign_date", "amount", "collected", "open", "status")
"""The columns, by key (their order in the table)."""

OVERDUE = QColor("#C0392B")
MUTED = QColor("#8A8A8A")

STATUS_FILTERS = ("all", "open", "overdue", "paid", "cancelled")
"""What the status filter offers: every contract, those with money open, with money overdue,
paid in full, cancelled."""


@dataclass(frozen=True)
class ContractFilter:
    """What the list shows: ``text`` in the number, customer or owner; a status; an owner."""

    text: str = ""
    status: str = "all"
    owner_id: str | None = None

    def keeps(self, r: ContractRow) -> bool:
        """Whether the row passes."""
        if self.owner_id is not None and r.owner_id != self.owner_id:
            return False
        if self.status == "cancelled" and not r.cancelled:
            return False
        if self.status != "cancelled" and self.status != "all" and r.cancelled:
            return False
        if self.status == "open" and r.open_amount <= 0:
            return False
        if self.status == "overdue" and r.overdue <= 0:
            return False
        if self.status == "paid" and r.open_amount > 0:
            return False
        needle = self.text.strip().casefold()
        return not needle or any(needle in (s or "").casefold() for s in (
            r.number, r.customer_name, r.owner_name))


SORT_KEYS: dict[str, Callable[[ContractRow], Any]] = {
    "number": lambda r: r.number,
    "customer": lambda r: r.customer_name,
    "owner": lambda r: r.owner_name or "",
    "sign_date": lambda r: r.sign_date,
    "amount": lambda r: r.amount,
    "collected": lambda r: r.collected,
    "open": lambda r: r.open_amount,
    "status": lambda r: (r.cancelled, r.open_amount <= 0, -r.overdue),
}


class ContractTableModel(RowTableModel):
    """See the module docstring. ``set_all`` gives every row, ``set_filter`` what to show."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(self.make_columns(), parent)
        self._all: list[ContractRow] = []
        self.filter = ContractFilter()
        self._sort: tuple[int, Qt.SortOrder] = (KEYS.index("sign_date"),
                                                Qt.SortOrder.DescendingOrder)

    def make_columns(self) -> list[Column]:
        """The columns in the current language."""
        return [
            Column(self.tr("Contract no."), lambda r: r.number),
            Column(self.tr("Customer"), lambda r: r.customer_name),
            Column(self.tr("Owner"), lambda r: r.owner_name or ""),
            Column(self.tr("Signed"), lambda r: day(r.sign_date)),
            Column(self.tr("Amount"), lambda r: money(r.amount, fen=True), right=True),
            Column(self.tr("Collected"), lambda r: money(r.collected, fen=True), right=True),
            Column(self.tr("Open"), lambda r: money(r.open_amount, fen=True), right=True,
                   tooltip=self._open_tip),
            Column(self.tr("Status"), self.status_text, tooltip=self._status_tip),
        ]

    def status_text(self, r: ContractRow) -> str:
        """已取消 / 草稿 / 已回款 / 逾期 / 回款中 as the row stands."""
        if r.cancelled:
            return word(STATUS, "cancelled")
        if r.status == "draft":
            return contract_status_text("draft")
        if r.open_amount <= 0:
            return self.tr("Paid")
        if r.overdue > 0:
            return self.tr("Overdue")
        if r.planned != r.amount:
            return self.tr("No full plan")
        return self.tr("Collecting")

    def _status_tip(self, r: ContractRow) -> str:
        if r.cancelled:
            return self.tr("Cancelled on %1: %2").replace("%1", day(r.cancelled_on)).replace(
                "%2", r.cancel_reason or "")
        if r.planned != r.amount:
            return self.tr("The payment plan covers %1 of %2.").replace(
                "%1", money(r.planned, fen=True)).replace("%2", money(r.amount, fen=True))
        return self.status_text(r)

    def _open_tip(self, r: ContractRow) -> str:
        if r.overdue > 0:
            return self.tr("%1 of it overdue").replace("%1", money(r.overdue, fen=True))
        return money(r.open_amount, fen=True)

    def extra_data(self, record: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if record.cancelled:
                return QBrush(ink(MUTED))
            if KEYS[column] in ("open", "status") and record.overdue > 0:
                return QBrush(ink(OVERDUE))
        return None

    # --- rows, filter, sort --------------------------------------------------------------

    def set_all(self, rows: Iterable[ContractRow]) -> None:
        """Every contract; the filter and the sort are applied (one reset)."""
        self._all = list(rows)
        self._apply()

    def set_filter(self, flt: ContractFilter) -> None:
        """Show the rows passing ``flt`` (one reset)."""
        self.filter = flt
        self._apply()

    def all_rows(self) -> list[ContractRow]:
        """Every contract, shown or not."""
        return list(self._all)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(KEYS):
            return
        self._sort = (column, order)
        self._apply()

    def _apply(self) -> None:
        column, order = self._sort
        key = SORT_KEYS[KEYS[column]]
        rows = [r for r in self._all if self.filter.keeps(r)]
        rows.sort(key=lambda r: (key(r), r.number),
                  reverse=order == Qt.SortOrder.DescendingOrder)
        self.set_rows(rows)

    def totals(self) -> tuple[int, Decimal, Decimal, Decimal]:
        """(count, amount, collected, open) of the rows shown."""
        rows = self.rows
        zero = Decimal("0.00")
        return (len(rows), sum((r.amount for r in rows), zero),
                sum((r.collected for r in rows), zero), sum((r.open_amount for r in rows), zero))

