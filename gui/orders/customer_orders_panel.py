"""The customer card's Orders tab (订单与回款): the customer's credit, contracts and quotes.

On top, the credit line — limit (信用额度), open receivables, the exposure (open receivables
plus drafts still to sign, what signing them is checked against) and any over-payment credit
(客户余额) — and the buttons: New quote… (the quote editor, for this customer), New contract…
(the Orders page's dialog with this customer chosen) and Record payment… (on the selected
contract). Each is one undo step, worded as on the Orders page.

Below, in a splitter whose sizes are remembered, the contracts (number, sign date, amount,
collected, open, order status; money overdue in red) and the quotes (the latest revision of
each): Enter or a double-click opens the contract on the Orders page, a quote on its Quotes
tab, selected. The card adds its after-sales part as the splitter's last section
(:meth:`add_section`). Column widths are remembered per list.

The data is read on the task worker (:func:`services.orders.customer_orders.customer_orders`)
when the tab is on screen, and again when ``events.changed`` names orders, quotes or this
customer.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.common.column_fit import ensure_headers_fit
from gui.common.context import AppContext
from gui.common.formatting import money
from gui.common.page_load import PageLoad
from gui.common.theme import ink_css
from gui.common.ui_settings import ui_settings
from gui.common.wrapped_label import WrappedLabel
from gui.orders.customer_orders_models import CustomerContractsModel, CustomerQuotesModel
from services.core.changes import Changes
from services.orders.customer_orders import CustomerCredit, CustomerOrders

ORDER_KINDS = ("contracts", "payment_instalments", "payments", "payment_allocations",
               "quotes", "quote_lines", "quote_approvals")
"""Changes to these tables make the tab read its customer again."""
CONTRACTS_KEY = "customers/card_contracts_header"
QUOTES_KEY = "customers/card_quotes_header"
SPLITTER_KEY = "customers/card_orders_splitter"


def _load(store: Any, customer_id: str, today: date) -> CustomerOrders:
    from services.orders.customer_orders import customer_orders

    return customer_orders(store, customer_id, today)


class _RememberedHeader:
    """A list's column widths and order: fitted to the contents until the user sizes a
    column, then remembered (QSettings, UI state) and restored; a moved column is remembered.
    """

    def __init__(self, view: QTableView, key: str) -> None:
        self.view, self.key = view, key
        self._fitting = False
        header = view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionsMovable(True)  # a narrow card: the user puts first what matters
        state = ui_settings().value(key)
        self.remembered = bool(state) and header.restoreState(state)
        header.sectionResized.connect(self._resized)
        header.sectionMoved.connect(self._save)

    def fit(self) -> None:
        """After new rows: fit the columns unless the user sized them."""
        self._fitting = True
        try:
            if not self.remembered:
                self.view.resizeColumnsToContents()
            ensure_headers_fit(self.view.horizontalHeader())  # a header never cut
        finally:
            self._fitting = False

    def _resized(self, logical: int, _old: int, _new: int) -> None:
        header = self.view.horizontalHeader()
        if self._fitting or logical == header.count() - 1:
            return  # ours, or the stretched last column following the view's width
        self.remembered = True
        self._save()

    def _save(self, *_args: object) -> None:
        ui_settings().setValue(self.key, self.view.horizontalHeader().saveState())


def _list(parent: QWidget, model: Any, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the list (arrows move)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    return view


class CustomerOrdersPanel(QWidget):
    """See the module docstring."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: str | None = None
        self.orders: CustomerOrders | None = None
        self._stale = False
        self._select_after: str | None = None
        self.loader = PageLoad(ctx.tasks, self)
        self.loader.loaded.connect(self._loaded)
        self.loader.failed.connect(self._failed)

        self.credit = WrappedLabel(self)
        self.credit.setObjectName("customerCreditSummary")
        self.new_quote_btn = QPushButton(self.tr("New quote…"), self)
        self.new_quote_btn.clicked.connect(self.new_quote)
        self.new_contract_btn = QPushButton(self.tr("New contract…"), self)
        self.new_contract_btn.clicked.connect(self.new_contract)
        self.payment_btn = QPushButton(self.tr("Record payment…"), self)
        self.payment_btn.setToolTip(self.tr("A payment received on the selected contract"))
        self.payment_btn.clicked.connect(self.record_payment)
        buttons = QHBoxLayout()
        for b in (self.new_quote_btn, self.new_contract_btn, self.payment_btn):
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.contracts_model = CustomerContractsModel(self)
        self.contracts_view = _list(self, self.contracts_model, "customerContractsView")
        self.contracts_view.activated.connect(self._open_contract)
        self.contracts_view.selectionModel().currentRowChanged.connect(
            lambda *_a: self._enable())
        self.quotes_model = CustomerQuotesModel(self)
        self.quotes_view = _list(self, self.quotes_model, "customerQuotesView")
        self.quotes_view.activated.connect(self._open_quote)
        self.contracts_header = _RememberedHeader(self.contracts_view, CONTRACTS_KEY)
        self.quotes_header = _RememberedHeader(self.quotes_view, QUOTES_KEY)
        self.contracts_title = QLabel(self)
        self.quotes_title = QLabel(self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        for title, view in ((self.contracts_title, self.contracts_view),
                            (self.quotes_title, self.quotes_view)):
            box = QWidget(self.splitter)
            lay = QVBoxLayout(box)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.setSpacing(2)
            lay.addWidget(title)
            lay.addWidget(view, 1)
            self.splitter.addWidget(box)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.credit)
        layout.addLayout(buttons)
        layout.addWidget(self.splitter, 1)
        self._titles()
        self._enable()
        ctx.events.changed.connect(self._on_changed)

    def add_section(self, widget: QWidget) -> None:
        """Put ``widget`` below the quotes, in the same splitter (the card's after-sales), and
        restore the remembered sizes now that every section is there.
        """
        self.splitter.addWidget(widget)
        state = ui_settings().value(SPLITTER_KEY)
        if not (state and self.splitter.restoreState(state)):
            self.splitter.setSizes([300, 110] + [140] * (self.splitter.count() - 2))
        self.splitter.splitterMoved.connect(self._save_splitter)

    def _save_splitter(self, *_args: object) -> None:
        ui_settings().setValue(SPLITTER_KEY, self.splitter.saveState())

    # --- loading -------------------------------------------------------------------------

    def set_customer(self, customer_id: str | None) -> None:
        """Show ``customer_id``'s orders (None: nothing); read now when on screen, else when
        the tab is shown.
        """
        if customer_id == self.customer_id:
            return  # the same customer re-read by the card: changes reload it (_on_changed)
        self.orders = None
        self.contracts_model.set_rows([])
        self.quotes_model.set_rows([])
        self.credit.setText("")
        self.customer_id = customer_id
        self._titles()
        self._enable()
        self.reload()

    def reload(self) -> None:
        """Read the customer's orders again (on the worker; later when hidden)."""
        cid = self.customer_id
        if cid is None:
            return
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        store, today = self.ctx.store, date.today()
        self.loader.start(lambda: _load(store, cid, today))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Read what was asked for while the tab was hidden."""
        super().showEvent(event)
        if self._stale:
            self.reload()

    def is_loading(self) -> bool:
        """Whether a read is under way (or waits for the tab to be shown)."""
        return self.loader.is_loading()

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        cid = self.customer_id
        if cid is None:
            return
        customers = changes.ids("customers")
        if changes.touches(*ORDER_KINDS) or customers is None or cid in customers:
            self.reload()

    def _failed(self, exc: BaseException, _tb: str) -> None:
        from gui.common.error_texts import error_text

        self.credit.setTextFormat(Qt.TextFormat.PlainText)
        self.credit.setText(self.tr("The orders could not be read: %1").replace(
            "%1", error_text(exc)))

    def _loaded(self, orders: CustomerOrders) -> None:
        if orders.customer_id != self.customer_id:
            return
        keep_contract = self._current(self.contracts_view, self.contracts_model)
        keep_quote = self._current(self.quotes_view, self.quotes_model)
        self.orders = orders
        self.contracts_model.set_rows(orders.contracts)
        self.quotes_model.set_rows(orders.quotes)
        self.contracts_header.fit()
        self.quotes_header.fit()
        wanted, self._select_after = self._select_after, None  # a contract or quote made here
        self._reselect(self.contracts_view, self.contracts_model, wanted, keep_contract)
        self._reselect(self.quotes_view, self.quotes_model, wanted, keep_quote)
        self.credit.setText(self.credit_text(orders.credit))
        self._titles()
        self._enable()

    def _titles(self) -> None:
        o = self.orders
        self.contracts_title.setText(self.tr("Contracts (%n)", "", len(o.contracts) if o else 0))
        self.quotes_title.setText(self.tr("Quotes (%n)", "", len(o.quotes) if o else 0))

    @staticmethod
    def _current(view: QTableView, model: Any) -> str | None:
        index = view.currentIndex()
        return model.id_at(index.row()) if index.isValid() else None

    @staticmethod
    def _reselect(view: QTableView, model: Any, *ids: str | None) -> None:
        row = next((n for n in (model.row_of(i) for i in ids if i) if n >= 0), -1)
        if row >= 0:
            view.selectRow(row)
            view.scrollTo(model.index(row, 0))

    def credit_text(self, c: CustomerCredit) -> str:
        """The credit line (over the limit in red)."""
        limit = (self.tr("Credit limit %1").replace("%1", money(c.limit)) if c.limit is not None
                 else self.tr("No credit limit"))
        parts = [limit, self.tr("open receivables %1").replace("%1", money(c.open))]
        if c.drafts:
            parts.append(self.tr("exposure %1 (with drafts to sign %2)")
                         .replace("%1", money(c.exposure)).replace("%2", money(c.drafts)))
        if c.prepaid:
            parts.append(self.tr("customer credit %1").replace("%1", money(c.prepaid)))
        text = " · ".join(parts)
        if c.over_by is not None:
            over = self.tr("over the limit by %1").replace("%1", money(c.over_by))
            text += f" · <span style='color: {ink_css('#C0392B')}'>{over}</span>"
            self.credit.setTextFormat(Qt.TextFormat.RichText)
        else:
            self.credit.setTextFormat(Qt.TextFormat.PlainText)
        return text

    def _enable(self) -> None:
        has = self.customer_id is not None
        self.new_quote_btn.setEnabled(has)
        self.new_contract_btn.setEnabled(has)
        row = self.current_contract()
        self.payment_btn.setEnabled(row is not None and not row.cancelled)

    def current_contract(self) -> Any:
        """The selected contract's row (None when none is)."""
        index = self.contracts_view.currentIndex()
        return self.contracts_model.row_at(index.row()) if index.isValid() else None

    # --- opening -------------------------------------------------------------------------

    def _open_contract(self, index: QModelIndex) -> None:
        cid = self.contracts_model.id_at(index.row())
        if cid:
            self.ctx.events.open_requested.emit("contract", cid)

    def _open_quote(self, index: QModelIndex) -> None:
        qid = self.quotes_model.id_at(index.row())
        if qid:
            self.ctx.events.open_requested.emit("quote", qid)

    # --- actions -------------------------------------------------------------------------

    def new_quote(self) -> None:
        """The quote editor for this customer (one undo step); the new quote is selected."""
        if self.customer_id is None:
            return
        from gui.orders.quote_editor_dialog import new_quote

        self._select_after = new_quote(self.ctx, self, customer_id=self.customer_id)

    def new_contract(self) -> None:
        """The new-contract dialog with this customer chosen (one undo step)."""
        if self.customer_id is None:
            return
        from gui.orders.contract_actions import new_contract

        self._select_after = new_contract(self.ctx, self, customer_id=self.customer_id)

    def record_payment(self) -> None:
        """A payment received on the selected contract (one undo step)."""
        row = self.current_contract()
        if row is None or row.cancelled:
            return
        from gui.orders.contract_actions import record_payment
        from services.orders.overview import contract_detail

        detail = contract_detail(self.ctx.store, row.id, date.today())
        if detail is not None:
            record_payment(self.ctx, self, detail)
