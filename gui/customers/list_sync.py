"""Keeping the customer list current: reloads from ``events.changed``, sorts on the worker.

A mixin of :class:`~gui.customers.customers_page.CustomersPage` (kept apart so the page module
stays about its widgets). Every change arrives as a :class:`~services.core.changes.Changes`.
The page applies the changes it makes itself at once (:meth:`apply_changes`: the touched rows
are patched by id, the card re-reads its customer) and skips their echo; changes made elsewhere
(other pages, undo and redo) are applied the same way when the page is shown, or when it is
next shown. Which rows: the customers named, those whose deals or contacts changed (the facts
the services and the tier rule record) — a full reload only when the ids are unknown.

A header click on a long list sorts it on the task worker (:func:`sort_customer_rows`): the
header shows the new order at once, the list stays usable under a busy cursor and a "Sorting…"
footer, and the sorted order is swapped in with one model reset, the selection and the current
customer kept. A result for an order no longer wanted, or for rows changed meanwhile, is not
shown (the rows are sorted again).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView

from gui.customers.customer_table_model import pinyin_collator
from services.core.changes import Changes
from services.customers.edit import CONTACTS_FACT
from services.customers.queries import CustomerRow, load_customer_rows
from services.customers.search import sort_order
from services.customers.tiers import DEALS_FACT, TIER_FACT

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLineEdit, QTableView, QWidget

    from gui.common.context import AppContext
    from gui.common.page_load import PageLoad
    from gui.customers.customer_card import CustomerCardPanel
    from gui.customers.customer_table_model import CustomerTableModel
    from gui.customers.filter_bar import CustomerFilterBar
    from services.org.people import PersonRow

    _Base = QWidget
else:
    _Base = object

TARGETED_REFRESH_MAX = 2000
SELECTION_RANGES_MAX = 2000  # a selection restored after a reload or sort, in row ranges


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
    _sort: PageLoad
    _dirty: bool
    _pending: set[str] | None
    _card_stale: bool

    if TYPE_CHECKING:
        def selected_ids(self) -> list[str]: ...
        def apply_search(self) -> None: ...
        def _update_footer(self) -> None: ...

    def reload(self) -> None:
        """Read every customer again: the page reads and prepares the list on the worker."""
        raise NotImplementedError

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
        """Select the rows of ``ids`` (one selection of contiguous ranges) and make
        ``current``'s row the current one.
        """
        sm = self.view.selectionModel()
        sm.clearSelection()
        ranges = _runs(self.model.view_rows_of(ids)) if ids else []
        if ranges and len(ranges) <= SELECTION_RANGES_MAX:
            last = self.model.columnCount() - 1
            selection = QItemSelection()
            for first, end in ranges:
                selection.select(self.model.index(first, 0), self.model.index(end, last))
            sm.select(selection, QItemSelectionModel.SelectionFlag.Select)
        if current:
            row = self.model.view_row_of(current)
            if row >= 0:
                sm.setCurrentIndex(self.model.index(row, 0),
                                   QItemSelectionModel.SelectionFlag.NoUpdate)

    # --- sorting on the worker ------------------------------------------------------------

    def is_sorting(self) -> bool:
        """Whether a header click's order is still being computed on the worker."""
        return self.model.sort_pending()

    def _sort_later(self, key: str, descending: bool) -> None:
        """The model asks for its (long) row list sorted by ``key``: sort a copy on the worker.

        Asked for the order already shown (the user clicked back), it only ends the busy
        state; the result still on its way is then not wanted and not shown.
        """
        if self.model.sort_pending():
            rows, version = list(self.model.rows), self.model.version

            def job() -> tuple[list[int], dict[str, int], str, bool, int]:
                order = sort_customer_rows(rows, key, descending)
                return order, {rows[i].id: i for i in order}, key, descending, version

            self._sort.start(job)
        self._show_sorting()

    def _sort_arrived(self, result: tuple[list[int], dict[str, int], str, bool, int]) -> None:
        order, positions, key, descending, version = result
        model = self.model
        if (key, descending) != (model.wanted_key, model.wanted_descending):
            return  # the user sorted again, or back to the order shown
        if version != model.version:
            self._sort_later(key, descending)  # rows changed while sorting: sort them again
            return
        selected, current = self.selected_ids(), self.card.customer_id()
        model.set_order(order, key, descending, positions)
        self._select_ids(selected, current)
        row = model.view_row_of(current) if current else -1
        if row >= 0:  # the customer on the card stays in sight at its new place
            self.view.scrollTo(model.index(row, 0),
                               QAbstractItemView.ScrollHint.PositionAtCenter)
        self._show_sorting()

    def _show_sorting(self) -> None:
        """A busy cursor over the list, and "Sorting…" in the footer, while a sort is on its
        way; the list stays usable meanwhile.
        """
        if self.model.sort_pending():
            self.view.viewport().setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.view.viewport().unsetCursor()
        self._update_footer()

    def apply_changes(self, changes: Changes) -> None:
        """Show ``changes`` now: patch the rows they touch (or reload) and the card."""
        ids = customers_touched(changes)
        if ids is None:
            self.reload()
        elif ids:
            self.refresh_ids(sorted(ids))
        if self.card.concerns(changes):
            self.card.reload()

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if "user/person_id" in (changes.ids("app_settings") or ()):
            self._on_person_changed()
            if changes.only_fields("app_settings", ()) and len(changes.kinds) == 1:
                return  # "I am" only: no record changed
        if initiator is self or initiator is self.card:
            return  # applied already, when the page or its card made the change
        if changes.touches("customers", "contacts", "followups", "deals", "people",
                           "app_settings") or changes.facts:
            self._refresh_later(customers_touched(changes), self.card.concerns(changes))

    def _on_person_changed(self) -> None:
        """Who uses this computer changed: only the "Mine" filter depends on it."""
        self.filter_bar.set_me(self.ctx.current_person_id)
        self.apply_search()

    def _refresh_later(self, ids: set[str] | None, card: bool = False) -> None:
        """Refresh ``ids`` (None: everything) and the card (``card``) now if shown, else when
        the page is next shown.
        """
        if ids is None or self._pending is None:
            self._pending = None
        else:
            self._pending.update(ids)
        self._card_stale = self._card_stale or card
        self._dirty = True
        if self.isVisible() and not self.loading:
            self._apply_pending()

    def _apply_pending(self) -> None:
        pending, self._pending, self._dirty = self._pending, set(), False
        card, self._card_stale = self._card_stale, False
        if pending is None:
            self.reload()  # re-reads the card too
            return
        if pending:
            self.refresh_ids(sorted(pending))
        if card or self.card.customer_id() in pending:
            self.card.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty and not self.loading:
            self._apply_pending()



def sort_customer_rows(rows: list[CustomerRow], key: str, descending: bool) -> list[int]:
    """The display order of ``rows`` by column ``key`` (runs on the worker thread).

    Text sorts by pinyin, through a collator made on this thread.
    """
    return sort_order(rows, key, descending, text_key=pinyin_collator().sortKey)


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted view rows as (first, last) runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for n in rows:
        if runs and runs[-1][1] == n - 1:
            runs[-1] = (runs[-1][0], n)
        else:
            runs.append((n, n))
    return runs


def customers_touched(changes: Changes) -> set[str] | None:
    """The customers whose list rows ``changes`` may have changed; None: unknown (reload all).

    Customers named directly, those the tier rule re-tiered, those whose deals moved (the
    rule's fact) and those whose contacts changed (the contact services' fact). Owners'
    names (people), the customer rules (app settings) and contacts changed without the
    fact are unknown.
    """
    if changes.everything or changes.touches("people"):
        return None
    settings = changes.ids("app_settings")
    if settings is None or any(k.startswith("customers.") for k in settings):
        return None
    named = changes.ids("customers")
    if named is None or changes.of("deals").unknown:
        return None
    out = set(named)
    for fact in (TIER_FACT, DEALS_FACT, CONTACTS_FACT):
        out |= changes.fact(fact)
    if changes.touches("contacts") and not changes.fact(CONTACTS_FACT) and not named:
        return None
    return out
