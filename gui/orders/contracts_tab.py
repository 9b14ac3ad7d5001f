"""The Contracts tab (合同): every contract with what is collected and open on it, filtered and
sorted, and the selected contract's plan and payments beside it (:class:`ContractPane`).

Rows are read on the worker (:func:`services.orders.overview.contract_rows`); filter and sort
run in Python over them (:class:`~gui.orders.contract_table_model.ContractTableModel`). The
header (widths, order, sort) and the splitter are remembered. Keys: Ctrl+N new contract,
Ctrl+P record payment, Enter opens the plan editor, Delete cancels (with a reason, after a
question), Ctrl+F the search box.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.common.column_fit import ensure_headers_fit
from gui.common.context import AppContext
from gui.common.error_texts import error_text
from gui.common.formatting import money
from gui.common.lazy_text import LazyText
from gui.common.messages import Messages
from gui.common.page_load import PageLoad
from gui.common.ui_settings import ui_settings
from gui.common.undo import push_op
from gui.orders.cancel_dialog import CancelContractDialog
from gui.orders.compliance_dialog import ComplianceDialog
from gui.orders.contract_actions import new_contract
from gui.orders.contract_pane import ContractPane
from gui.orders.contract_table_model import ContractFilter, ContractTableModel
from gui.orders.order_status_dialog import OrderStatusDialog
from services.core.changes import Changes, call
from services.orders import contract_edits as edits
from services.orders.overview import contract_rows

ORDER_KINDS = frozenset({"contracts", "payment_instalments", "payments", "payment_allocations",
                         "customers", "people"})
"""Changes to these tables make the tab read its rows again."""
HEADER_KEY = "orders/contracts_header"
SPLITTER_KEY = "orders/contracts_detail_splitter"


class ContractsTab(QWidget):
    """See the module docstring. ``loaded`` after each read of the rows."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._stale = False
        self._show_after: str | None = None
        self._load = PageLoad(ctx.tasks, self)
        self._load.loaded.connect(self._apply)
        self._load.failed.connect(self._failed)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search number, customer or owner (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox(self)
        for code, text in (("all", self.tr("All contracts")), ("open", self.tr("Money open")),
                           ("overdue", self.tr("Overdue")), ("paid", self.tr("Paid in full")),
                           ("cancelled", self.tr("Cancelled"))):
            self.status.addItem(text, code)
        self.owner = QComboBox(self)
        self.owner.addItem(self.tr("All owners"), None)
        self.new_btn = QPushButton(self.tr("New contract…"), self)
        self.new_btn.setToolTip(self.tr("Ctrl+N"))
        self.cancel_btn = QPushButton(self.tr("Cancel contract…"), self)
        self.cancel_btn.setToolTip(self.tr("Delete"))
        self.checklist_btn = QPushButton(self.tr("Checklist…"), self)
        self.checklist_btn.setObjectName("checklistButton")
        self.checklist_btn.setToolTip(self.tr("The required terms; a draft is signed here"))
        self.order_btn = QPushButton(self.tr("Order status…"), self)
        self.order_btn.setObjectName("orderStatusButton")
        self.order_btn.setToolTip(self.tr("Delivered, accepted, completed — or cancelled"))
        self.loading_note = QLabel(self.tr("Loading contracts…"), self)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.status)
        bar.addWidget(self.owner)
        bar.addWidget(self.loading_note)
        bar.addStretch(1)
        bar.addWidget(self.new_btn)
        bar.addWidget(self.checklist_btn)
        bar.addWidget(self.order_btn)
        bar.addWidget(self.cancel_btn)
        self.model = ContractTableModel(self)
        # Every widget is made in its final parent: a widget added to a layout or a splitter
        # under another parent is re-parented, and with the app's style sheet each re-parenting
        # polishes its whole subtree again (the detail pane's twice over).
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        left = QWidget(self.splitter)
        self.view = QTableView(left)
        self.totals = QLabel(left)
        self.totals.setObjectName("totalsNote")
        self.view.setModel(self.model)
        self.view.setTabKeyNavigation(False)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionsMovable(True)
        self.pane = ContractPane(ctx, self.splitter)
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addWidget(self.view, 1)
        left_lay.addWidget(self.totals)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.splitter, 1)
        self._restore_layout()

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(150)
        self._filter_timer.timeout.connect(self._refilter)
        self.search.textChanged.connect(lambda _t: self._filter_timer.start())
        self.status.currentIndexChanged.connect(lambda _i: self._refilter())
        self.owner.currentIndexChanged.connect(lambda _i: self._refilter())
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.activated.connect(lambda _i: self.open_current())
        self.new_btn.clicked.connect(self.new_record)
        self.cancel_btn.clicked.connect(self.cancel_current)
        self.checklist_btn.clicked.connect(self.open_checklist)
        self.order_btn.clicked.connect(self.open_order_status)
        for key, slot in ((QKeySequence("Ctrl+P"), self.pane.record_payment),
                          (QKeySequence("Ctrl+F"), self._focus_search)):
            QShortcut(key, self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view, self.cancel_current,
                  context=Qt.ShortcutContext.WidgetShortcut)
        ctx.events.changed.connect(self._on_changed)
        self.reload()

    # --- layout memory ------------------------------------------------------------------

    def _restore_layout(self) -> None:
        settings = ui_settings()
        settings.setParent(self)
        self._ui = settings
        header = self.view.horizontalHeader()
        state = settings.value(HEADER_KEY)
        if not (state and header.restoreState(state)):
            header.setSortIndicator(3, Qt.SortOrder.DescendingOrder)
            for i, width in enumerate((130, 230, 80, 96, 120, 120, 120)):
                header.resizeSection(i, width)
        header.setSortIndicatorShown(True)
        ensure_headers_fit(header)
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        sizes = settings.value(SPLITTER_KEY)
        if not (sizes and self.splitter.restoreState(sizes)):
            self.splitter.setSizes([400, 330])
        for signal in (header.sectionResized, header.sectionMoved, header.sortIndicatorChanged):
            signal.connect(self._save_layout)
        self.splitter.splitterMoved.connect(self._save_layout)

    def _save_layout(self, *_args: object) -> None:
        self._ui.setValue(HEADER_KEY, self.view.horizontalHeader().saveState())
        self._ui.setValue(SPLITTER_KEY, self.splitter.saveState())

    # --- loading ------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the contracts again (on the worker)."""
        store, today = self.ctx.store, date.today()
        self.loading_note.show()
        self._load.start(lambda: contract_rows(store, today))

    def is_loading(self) -> bool:
        """Whether the rows or the selected contract are being read."""
        return self._load.is_loading() or self.pane.is_loading()

    def _failed(self, exc: BaseException, _tb: str) -> None:
        self.loading_note.hide()
        Messages.show_error(self, self.tr("Contracts"), self.tr(
            "The contracts could not be loaded: %1").replace("%1", error_text(exc)))

    def _apply(self, rows: list[Any]) -> None:
        keep = self.current_id()
        owners = {r.owner_id: r.owner_name for r in rows if r.owner_id}
        chosen = self.owner.currentData()
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(self.tr("All owners"), None)
        for pid, name in sorted(owners.items(), key=lambda kv: kv[1] or ""):
            self.owner.addItem(name or "?", pid)
        self.owner.setCurrentIndex(max(self.owner.findData(chosen), 0))
        self.owner.blockSignals(False)
        self.model.set_all(rows)
        self.loading_note.hide()
        self._reselect(self._show_after or keep)
        self._show_after = None
        self._update_totals()
        self.loaded.emit()

    def _refilter(self) -> None:
        keep = self.current_id()
        self.model.set_filter(ContractFilter(self.search.text(), self.status.currentData(),
                                             self.owner.currentData()))
        self._reselect(keep)
        self._update_totals()

    def _reselect(self, contract_id: str | None) -> None:
        n = self.model.row_of(contract_id) if contract_id else -1
        if n < 0 and self.model.rowCount():
            n = 0
        if n >= 0:
            self.view.selectRow(n)
            self.view.scrollTo(self.model.index(n, 0))
        else:
            self.pane.show_contract(None)
        self.cancel_btn.setEnabled(n >= 0)

    def _update_totals(self) -> None:
        count, amount, collected, open_amount = self.model.totals()
        self.totals.setText(self.tr("Contracts: %4 · amount %1 · collected %2 · open %3")
                            .replace("%4", f"{count:,}")
                            .replace("%1", money(amount, whole=True))
                            .replace("%2", money(collected, whole=True))
                            .replace("%3", money(open_amount, whole=True)))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        cid = self.model.id_at(current.row()) if current.isValid() else None
        if cid != self.pane.contract_id or cid is None:
            self.pane.show_contract(cid)
        row = self.model.row_at(current.row()) if current.isValid() else None
        self.cancel_btn.setEnabled(row is not None and not row.cancelled)

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if not (changes.everything or ORDER_KINDS & set(changes.kinds)):
            return
        if not self.isVisible():
            self._stale = True
            return
        self.reload()
        self.pane.reload()

    def showEvent(self, event: Any) -> None:  # noqa: N802
        """Read again what changed while the tab was hidden."""
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()
            self.pane.reload()

    # --- what the page forwards ----------------------------------------------------------

    def default_focus(self) -> QWidget:
        """The contracts list."""
        return self.view

    def current_id(self) -> str | None:
        """The id of the selected contract."""
        index = self.view.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def current(self) -> Any:
        """The selected contract's row."""
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def show_item(self, kind: str, item_id: str) -> None:
        """Select a contract asked for from elsewhere (Today, a customer card)."""
        if self._load.is_loading() or self.model.row_of(item_id) < 0:
            self._show_after = item_id
            for combo in (self.status, self.owner):
                combo.setCurrentIndex(0)
            self.search.clear()
            if not self._load.is_loading():
                self._refilter()
                self._reselect(item_id)
            return
        self._reselect(item_id)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def new_record_text(self) -> str:
        """What File ▸ New makes here."""
        return self.tr("New contract…")

    # --- actions -------------------------------------------------------------------------

    def open_current(self) -> None:
        """Enter: the payment plan of the selected contract."""
        if self.current() is not None and self.pane.contract_id == self.current_id() \
                and self.pane.detail is not None:
            self.pane.edit_plan()

    def new_record(self, deal_id: str | None = None) -> None:
        """Ctrl+N: a new contract, from a won deal (prefilled) or by hand."""
        new_id = new_contract(self.ctx, self, deal_id=deal_id)
        if new_id is not None:
            self._show_after = new_id
            self.search.clear()
            self.status.setCurrentIndex(0)

    def open_checklist(self) -> None:
        """The selected contract's required terms (合同合规); a draft is marked signed there."""
        row = self.current()
        if row is None:
            return
        dialog = ComplianceDialog(self.ctx, row.id, self)
        dialog.exec()
        dialog.deleteLater()  # on the GUI thread, not by a collection on a worker

    def open_order_status(self) -> None:
        """The selected contract's order: delivered, accepted, completed, or cancelled."""
        row = self.current()
        if row is None:
            return
        dialog = OrderStatusDialog(self.ctx, row.id, self)
        dialog.exec()
        dialog.deleteLater()

    def cancel_current(self) -> None:
        """Delete: cancel the selected contract, with a reason (it stays, as cancelled)."""
        row = self.current()
        if row is None or row.cancelled:
            return
        if row.collected > Decimal(0):
            Messages.show_info(self, self.tr("Cancel contract"), self.tr(
                "%1 is collected on %2. Record a refund first, then cancel it.")
                .replace("%1", money(row.collected, fen=True)).replace("%2", row.number))
            return
        got = CancelContractDialog.ask(self, row.number, date.today())
        if got is None:
            return
        reason, on = got
        push_op(self.ctx.undo_stack, self.ctx.store, self.ctx.events,
                LazyText.translate("ContractsTab", "Cancel contract %1").arg(row.number),
                call(edits.cancel_contract, row.id, reason, on))
