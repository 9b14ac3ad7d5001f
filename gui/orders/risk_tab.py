"""The risk list (信用风险): customers over their credit limit, overdue more than 60 days, or with
disputed instalments (争议), as of a chosen day.

The upper table lists the customers at risk with why; choosing one lists its open instalments
below, where the Disputed box marks an instalment disputed or not (one undo step each). Both
are read on the worker and re-read when contracts, instalments, payments or customers change.
A tab of the Orders page: ``RiskTab(ctx, parent)``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.common.context import AppContext
from gui.common.formatting import day, money
from gui.common.lazy_text import LazyText
from gui.common.page_load import PageLoad
from gui.common.row_table_model import Column, RowTableModel
from gui.common.undo import push_op
from gui.orders.order_words import risk_reason_text
from services.core.changes import Changes, call
from services.orders import risk as RK

WATCHED = ("contracts", "payment_instalments", "payments", "payment_allocations", "customers")


def _table(parent: QWidget, model: RowTableModel, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setTabKeyNavigation(False)  # Tab leaves the table (arrows move)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class RiskTab(QWidget):
    """Customers at risk, and the chosen one's open instalments with their dispute marks."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("riskTab")
        self._load = PageLoad(ctx.tasks, self)
        self._load.loaded.connect(self._show)
        self._detail = PageLoad(ctx.tasks, self)
        self._detail.loaded.connect(self._show_instalments)
        self.as_of = QDateEdit(QDate.currentDate(), self)
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.count = QLabel(self)
        self.model = RowTableModel([
            Column(self.tr("Customer"), lambda r: r.name),
            Column(self.tr("Owner"), lambda r: r.owner_name or ""),
            Column(self.tr("Credit limit"), lambda r: money(r.limit, fen=True), True),
            Column(self.tr("Open receivables"), lambda r: money(r.open, fen=True), True),
            Column(self.tr("Over limit by"), lambda r: money(r.over_by, fen=True), True),
            Column(self.tr("Overdue > 60 days"), lambda r: money(r.overdue_60, fen=True)
                   if r.overdue_60 else "", True),
            Column(self.tr("Oldest (days)"), lambda r: str(r.oldest_days) if r.oldest_days
                   else "", True),
            Column(self.tr("Disputed"), lambda r: money(r.disputed, fen=True)
                   if r.disputed_count else "", True),
            Column(self.tr("Why"), lambda r: self.tr(", ").join(risk_reason_text(x)
                                                                 for x in r.reasons)),
        ], self)
        self.view = _table(self, self.model, "riskTable")
        self.instalments = RowTableModel([
            Column(self.tr("Contract"), lambda i: i.contract_number),
            Column(self.tr("#"), lambda i: str(i.seq), True),
            Column(self.tr("Instalment"), lambda i: i.label or ""),
            Column(self.tr("Due"), lambda i: day(i.due_date)),
            Column(self.tr("Open"), lambda i: money(i.open_amount, fen=True), True),
            Column(self.tr("Days overdue"), lambda i: str(i.days_overdue) if i.days_overdue
                   else "", True),
            Column(self.tr("Disputed"), lambda i: "", field="disputed",
                   check=lambda i: i.disputed,
                   tooltip=lambda i: self.tr("In dispute with the customer (争议)")),
        ], self, on_edit=self._marked)
        self.instalment_view = _table(self, self.instalments, "riskInstalmentsTable")
        self.detail_title = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("As of:"), self))
        top.addWidget(self.as_of)
        top.addStretch(1)
        top.addWidget(self.count)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.detail_title)
        lower_layout.addWidget(self.instalment_view, 1)
        split = QSplitter(self)
        split.setOrientation(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.rows: list[RK.RiskRow] = []
        self.customer_id: str | None = None
        self.as_of.dateChanged.connect(lambda _d: self.reload())
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _p: self._chosen())
        ctx.events.changed.connect(self._on_changed)
        self.reload()

    def day(self) -> date:
        """The chosen as-of day."""
        qd = self.as_of.date()
        return date(qd.year(), qd.month(), qd.day())

    def default_focus(self) -> QWidget:
        """Where the keyboard lands: the risk list."""
        return self.view

    def reload(self) -> None:
        """Read the risk list (and the chosen customer's instalments) on the worker."""
        store, on = self.ctx.store, self.day()
        self._load.start(lambda: RK.risk_list(store, on))
        self._reload_instalments()

    def is_loading(self) -> bool:
        """Whether the list or the instalments are being read."""
        return self._load.is_loading() or self._detail.is_loading()

    def _reload_instalments(self) -> None:
        customer, store, on = self.customer_id, self.ctx.store, self.day()
        if customer is None:
            self.instalments.set_rows([])
            self.detail_title.setText(self.tr("Choose a customer to see their open "
                                              "instalments."))
            return
        self._detail.start(lambda: RK.open_instalments(store, customer, on))

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.everything or changes.touches(*WATCHED):
            self.reload()

    def _show(self, rows: list[RK.RiskRow]) -> None:
        self.rows = list(rows)
        self.model.set_rows(self.rows)
        self.view.resizeColumnsToContents()
        self.count.setText(self.tr("%1 customer(s) at risk").replace("%1", str(len(rows))))
        n = self.model.row_of(self.customer_id) if self.customer_id else -1
        if n >= 0:
            self.view.selectRow(n)

    def _chosen(self) -> None:
        index = self.view.currentIndex()
        record = self.model.row_at(index.row()) if index.isValid() else None
        customer = record.id if record is not None else None
        if customer != self.customer_id:
            self.customer_id = customer
            self._reload_instalments()

    def _show_instalments(self, rows: list[RK.OpenInstalment]) -> None:
        record = next((r for r in self.rows if r.id == self.customer_id), None)
        name = record.name if record is not None else ""
        self.detail_title.setText(self.tr("Open instalments of %1 on %2")
                                  .replace("%1", name).replace("%2", day(self.day())))
        self.instalments.set_rows(rows)
        self.instalment_view.resizeColumnsToContents()

    def _marked(self, item: RK.OpenInstalment, _field: str, value: Any) -> bool:
        if bool(value) == item.disputed:
            return False
        text = (LazyText.translate("RiskTab", "Mark instalment %1 of %2 disputed") if value
                else LazyText.translate("RiskTab", "Clear the dispute on instalment %1 of %2"))
        cmd = push_op(self.ctx.undo_stack, self.ctx.store, self.ctx.events,
                      text.arg(item.seq, item.contract_number),
                      call(RK.set_disputed, [item.id], bool(value)), initiator=None)
        return cmd.failed is None
