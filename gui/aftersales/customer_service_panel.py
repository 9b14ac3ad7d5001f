"""The customer card's after-sales part (售后, on its Orders tab): the customer's contracts and
whether they bought again (复购), their service tickets and the average satisfaction (满意度).

Loads on the task worker when the card shows a customer, and again when tickets or contracts
change (whoever changed them).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.aftersales.tickets_model import TicketsModel
from gui.common.context import AppContext
from gui.common.formatting import day
from gui.common.page_load import PageLoad
from services.aftersales import CustomerService
from services.core.changes import Changes

KINDS = ("service_tickets", "contracts")


def _load(store: Any, customer_id: str) -> tuple[str, CustomerService]:
    from services.aftersales import customer_service

    return customer_id, customer_service(store, customer_id)


class CustomerServicePanel(QWidget):
    """See the module docstring."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: str | None = None
        self.service: CustomerService | None = None
        self.loader = PageLoad(ctx.tasks, self)
        self.loader.loaded.connect(self._loaded)
        self.summary = QLabel(self)
        self.summary.setObjectName("customerServiceSummary")
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.model = TicketsModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("customerTicketsView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        # The card is narrow: no customer (this one), type, priority, owner or days late (an
        # overdue row reads red anyway).
        for column in (2, 3, 4, 6, 8):
            self.view.hideColumn(column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        ctx.events.changed.connect(self._on_changed)

    def set_customer(self, customer_id: str | None) -> None:
        """Show ``customer_id``'s after-sales (None: nothing)."""
        self.customer_id = customer_id
        if customer_id is None:
            self.service = None
            self.summary.setText("")
            self.model.set_rows([])
            return
        store = self.ctx.store
        self.loader.start(lambda: _load(store, customer_id))

    def is_loading(self) -> bool:
        """Whether a load is under way."""
        return self.loader.is_loading()

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if self.customer_id is not None and changes.touches(*KINDS):
            self.set_customer(self.customer_id)

    def _loaded(self, result: tuple[str, CustomerService]) -> None:
        customer_id, service = result
        if customer_id != self.customer_id:
            return
        self.service = service
        self.model.today = date.today()
        self.model.set_rows(service.tickets)
        self.view.resizeColumnsToContents()
        self.summary.setText(self.summary_text(service))

    def summary_text(self, s: CustomerService) -> str:
        """Contracts and repurchase, tickets and satisfaction, as one paragraph."""
        c = s.contracts
        if c.count:
            bought = self.tr("%n contract(s), first signed %1", "", c.count).replace(
                "%1", day(c.first_signed))
            bought += " · " + (self.tr("Bought again: yes") if c.repeat
                               else self.tr("Bought again: no"))
        else:
            bought = self.tr("No contracts yet")
        tickets = self.tr("%n service ticket(s)", "", len(s.tickets))
        if s.open_count:
            tickets += " · " + self.tr("%n still open", "", s.open_count)
        if s.average_satisfaction is not None:
            tickets += " · " + self.tr("Average satisfaction %1 (%n rated)", "", s.scored) \
                .replace("%1", f"{s.average_satisfaction} / 5")
        return f"{bought}\n{tickets}"
