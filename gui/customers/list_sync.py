"""Keeping the customer list current: full and targeted reloads, and the app's change events.

A mixin of :class:`~gui.customers.customers_page.CustomersPage` (kept apart so the page module
stays about its widgets). Changes the page makes itself refresh the touched rows at once and are
announced through ``ctx.events`` with the page as initiator; changes announced by other pages
refresh only the customers named (a full reload when none are), and wait until the page is
shown when it is hidden.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication, QShowEvent

from services.customers.queries import CustomerRow, load_customer_rows
from services.customers.search import SearchIndex
from services.customers.tiers import customers_of_deals
from services.org.people import list_people

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLineEdit, QTableView, QWidget

    from gui.common.context import AppContext
    from gui.customers.customer_card import CustomerCardPanel
    from gui.customers.customer_table_model import CustomerTableModel
    from gui.customers.filter_bar import CustomerFilterBar
    from services.org.people import PersonRow

    _Base = QWidget
else:
    _Base = object

TARGETED_REFRESH_MAX = 2000


class CustomerListSync(_Base):
    """Reload and event handling for the Customers page (mixed into the page's class)."""

    # Provided by the page.
    ctx: AppContext
    model: CustomerTableModel
    view: QTableView
    card: CustomerCardPanel
    filter_bar: CustomerFilterBar
    search: QLineEdit
    people: list[PersonRow]
    loading: bool
    _dirty: bool
    _pending: set[str] | None

    if TYPE_CHECKING:
        def selected_ids(self) -> list[str]: ...
        def apply_search(self) -> None: ...
        def _update_footer(self) -> None: ...

    def reload(self) -> None:
        """Read every customer again (keeps the query, sort, selection and card).

        A few seconds for 100,000 customers, under a wait cursor (the first load of a big
        list runs on the worker thread instead).
        """
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._reload()
        finally:
            QGuiApplication.restoreOverrideCursor()

    def _reload(self) -> None:
        self._apply_rows(load_customer_rows(self.ctx.store, date.today()))

    def _apply_rows(self, rows: list[CustomerRow],
                    index: SearchIndex | None = None) -> None:
        selected = self.selected_ids()
        current = self.card.customer_id()
        self.people = list_people(self.ctx.store)
        everyone = list_people(self.ctx.store, include_inactive=True)
        self.card.set_people(self.people)
        self.filter_bar.blockSignals(True)
        self.filter_bar.set_choices(rows, everyone, self.ctx.current_person_id)
        self.filter_bar.blockSignals(False)
        self.model.text = self.search.text()
        self.model.filters = self.filter_bar.filters()
        self.model.set_rows(rows, index)
        self._dirty = False
        self._pending = set()
        self._select_ids(selected, current)
        if current:
            self.card.set_customer(current)
        elif self.model.rowCount():
            # Open the first customer's card instead of an empty panel (nothing is selected,
            # so no bulk action applies to it by accident).
            self.view.selectionModel().setCurrentIndex(
                self.model.index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        self._update_footer()

    def refresh_ids(self, ids: list[str]) -> None:
        """Reload only these customers' rows (falls back to a full reload for many)."""
        if not ids or len(ids) > TARGETED_REFRESH_MAX:
            self.reload()
            return
        fresh = load_customer_rows(self.ctx.store, date.today(), ids=ids)
        found = {r.id for r in fresh}
        self.model.replace_rows(fresh, [i for i in ids if i not in found])
        self._update_footer()

    def _select_ids(self, ids: list[str], current: str | None) -> None:
        sm = self.view.selectionModel()
        sm.clearSelection()
        flags = (QItemSelectionModel.SelectionFlag.Select
                 | QItemSelectionModel.SelectionFlag.Rows)
        if ids and len(ids) <= TARGETED_REFRESH_MAX:
            wanted = set(ids)
            for n, i in enumerate(self.model.visible):
                if self.model.rows[i].id in wanted:
                    sm.select(self.model.index(n, 0), flags)
        if current:
            row = self.model.view_row_of(current)
            if row >= 0:
                sm.setCurrentIndex(self.model.index(row, 0),
                                   QItemSelectionModel.SelectionFlag.NoUpdate)

    def _changed(self, ids: list[str], kind: str) -> None:
        """After our own edit: refresh those rows and the card, then tell the other pages."""
        self.refresh_ids(ids)
        if self.card.customer_id() in ids:
            self.card.reload()
        self._emit(ids, kind)

    def _card_changed(self, ids: list[str], kind: str) -> None:
        self.refresh_ids(ids)
        self._emit(ids, kind)

    def _emit(self, ids: list[str], kind: str) -> None:
        if kind == "followups":
            self.ctx.events.followups_changed.emit(ids, self)
        self.ctx.events.customers_changed.emit(ids, self)

    def _on_customers_event(self, ids: list[str],
                            initiator: object) -> None:
        if initiator is not self:
            self._refresh_later(list(ids) or None)

    def _on_deals_event(self, deal_ids: list[str],
                        initiator: object) -> None:
        # A deal's stage or amount moves its customer's 12-month total and open-deal count.
        if initiator is not self:
            ids = customers_of_deals(self.ctx.store, deal_ids) if deal_ids else None
            if ids != []:
                self._refresh_later(ids)

    def _on_other_event(self, _ids: object, initiator: object) -> None:
        if initiator is not self:
            self._refresh_later(None)

    def _on_setting(self, key: str, initiator: object) -> None:
        if key == "user/person_id":  # "I am" changed: only "Mine" depends on it
            self.filter_bar.set_me(self.ctx.current_person_id)
            self.apply_search()
        elif key.startswith("customers."):  # tier or stale rules: flags and reasons move
            self._on_other_event([], initiator)

    def _refresh_later(self, ids: list[str] | None) -> None:
        """Refresh ``ids`` (None: everything) now if shown, else when the page is next shown."""
        if ids is None or self._pending is None:
            self._pending = None
        else:
            self._pending.update(ids)
        self._dirty = True
        if self.isVisible() and not self.loading:
            self._apply_pending()

    def _apply_pending(self) -> None:
        pending, self._pending, self._dirty = self._pending, set(), False
        if pending is None:
            self.reload()
        elif pending:
            self.refresh_ids(sorted(pending))
            if self.card.customer_id() in pending:
                self.card.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty and not self.loading:
            self._apply_pending()

