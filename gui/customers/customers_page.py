"""The Customers page (客户): search-as-you-type list, filters, bulk actions, and the card.

The card is a right-hand panel rather than a dialog: a rep working down a list of stale
customers arrows through the rows and sees each card at once, adds a follow-up with Ctrl+L and
moves on, without opening and closing windows.

The list is read and prepared on the task worker (:func:`read_customer_list`) — at start, after
a store switch and after a change the page cannot apply row by row — and swapped into the
model in one reset; a header click on a long list sorts it on the worker too
(:mod:`gui.customers.list_sync`). The GUI thread never reads or sorts 100,000 customers.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAction,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.common.context import AppContext
from gui.common.formatting import money_fen
from gui.common.messages import Messages
from gui.common.page_load import PageLoad
from gui.customers.column_state import CustomerColumnState
from gui.customers.customer_card import CustomerCardPanel
from gui.customers.customer_table_model import COLUMNS, CustomerTableModel, pinyin_collator
from gui.customers.filter_bar import CustomerFilterBar
from gui.customers.list_actions import CustomerListActions
from gui.customers.list_sync import CustomerListSync
from services.core.store import Store
from services.customers.queries import load_customer_rows
from services.customers.search import CustomerList, prepare_list
from services.org.people import PersonRow, list_people

SEARCH_DEBOUNCE_MS = 120


@dataclass(frozen=True, slots=True)
class LoadedList:
    """What a full load brings back from the worker."""

    customers: CustomerList
    people: list[PersonRow]  # active, for the card's owner choice
    everyone: list[PersonRow]  # inactive too, for the owner filter


def read_customer_list(store: Store, today: date, sort_key: str | None,
                       descending: bool) -> LoadedList:
    """Read and prepare the whole list (runs on the worker thread; seconds for 100,000).

    The collator is made here, on the thread that uses it.
    """
    collator = pinyin_collator()
    contacts: list[str] = []  # searched only: kept in the haystacks, not in the rows
    rows = load_customer_rows(store, today, contacts_out=contacts)
    return LoadedList(prepare_list(rows, sort_key, descending, collator.sortKey, contacts),
                      list_people(store, today=today),
                      list_people(store, include_inactive=True, today=today))


class CustomersPage(CustomerListSync, QWidget):
    """The customer list and card; see the module docstring."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.people: list[PersonRow] = []
        self._dirty = False
        self._pending: set[str] | None = set()  # ids to refresh when shown; None = all
        self._card_stale = False  # the card to re-read when shown
        self.model = CustomerTableModel(self)
        self._load = PageLoad(ctx.tasks, self)
        self._load.loaded.connect(self._list_loaded)
        self._load.failed.connect(self._load_failed)
        self._sort = PageLoad(ctx.tasks, self)  # header clicks on a long list
        self._sort.loaded.connect(self._sort_arrived)
        self._sort.failed.connect(self._sort_failed)
        self.model.sort_later = self._sort_later

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search name, contact, phone, tag… (Ctrl+F)"))
        self.search.textChanged.connect(self._schedule_search)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.filter_bar = CustomerFilterBar(self)
        self.filter_bar.changed.connect(self.apply_search)

        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list (arrows move)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(
            self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._row_menu)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)

        self.card = CustomerCardPanel(ctx, self)
        self.card.applied.connect(self.apply_changes)
        self.actions_ = CustomerListActions(self)
        self.actions_.created.connect(lambda cid: self.show_item("customer", cid))
        self.view.addAction(self.actions_.delete)

        self.footer = QLabel(self)
        self.footer.setObjectName("customersFooter")
        self.no_results = QLabel(self.view.viewport())
        self.no_results.setObjectName("customersNoResults")
        self.no_results.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_results.setWordWrap(True)
        self.no_results.setTextFormat(Qt.TextFormat.RichText)
        self.no_results.linkActivated.connect(lambda _link: self.clear_search())
        self.no_results.hide()
        hint_layout = QVBoxLayout(self.view.viewport())
        hint_layout.setContentsMargins(24, 48, 24, 24)
        hint_layout.addWidget(self.no_results, 0, Qt.AlignmentFlag.AlignTop)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.card)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(self._toolbar())
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.footer)

        QShortcut(QKeySequence("Ctrl+F"), self, self._focus_search,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search, self.search.clear,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.search.returnPressed.connect(self._jump_to_results)
        QShortcut(QKeySequence("Ctrl+L"), self, self.add_followup,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # A database switch rebuilds every page, so Changes.all() never reaches this one.
        ctx.events.changed.connect(self._on_changed)

        self.columns = CustomerColumnState(self.view, self.splitter, self.model)
        self.view.setSortingEnabled(True)  # sorts the still-empty model: cheap
        self._show_after: str | None = None
        self.loading = False  # a full load is on its way from the worker
        self.reload()

    # --- layout helpers ------------------------------------------------------------------

    def _toolbar(self) -> QHBoxLayout:
        acts = self.actions_
        row = QHBoxLayout()
        row.addWidget(self.search, 1)

        made: list[QWidget] = [self.search]

        def button(act: QAction) -> QToolButton:
            b = QToolButton(self)
            made.append(b)
            b.setDefaultAction(act)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            row.addWidget(b)
            return b

        def menu_button(text: str, actions: list[QAction]) -> None:
            b = QToolButton(self)
            made.append(b)
            b.setText(f"{text} ▾")  # style.qss hides the style's own arrow (drawn over text)
            b.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            menu = QMenu(b)
            for act in actions:
                menu.addAction(act)
            b.setMenu(menu)
            row.addWidget(b)

        for act in (acts.new, acts.reassign):
            button(act)
        menu_button(self.tr("Tags"), [acts.add_tag, acts.remove_tag])
        button(acts.set_tier)
        menu_button(self.tr("Shared pool"), [acts.release, acts.claim_, acts.release_idle_])
        for act in (acts.merge_, acts.delete):
            button(act)
        acts.update_enabled(0)
        for before, after in zip(made, made[1:], strict=False):  # Tab: search, then the buttons
            QWidget.setTabOrder(before, after)
        return row

    def set_column_visible(self, column: int, visible: bool) -> None:
        """Show or hide a column (remembered)."""
        self.columns.set_visible(column, visible)

    def _row_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Add follow-up"), QKeySequence("Ctrl+L"), self.add_followup)
        menu.addAction(self.tr("New quote…"), self.new_quote)
        menu.addSeparator()
        for act in self.actions_.bulk_actions:
            menu.addAction(act)
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def new_quote(self) -> None:
        """Open the quote editor for the current customer (gui.orders.quote_editor_dialog)."""
        ids = self.selected_ids()
        if ids:
            from gui.orders.quote_editor_dialog import new_quote

            new_quote(self.ctx, self, customer_id=ids[0])

    # --- data ----------------------------------------------------------------------------

    def default_focus(self) -> QWidget:
        """Where the keyboard goes when the page is opened: the list (Ctrl+F searches)."""
        return self.view

    def is_loading(self) -> bool:
        """Whether a full load is on its way from the worker."""
        return self._load.is_loading()

    def reload(self) -> None:
        """Read every customer again on the worker (keeps the query, sort, selection and card).

        The list shown stays usable until the new one arrives; a newer reload supersedes an
        older one still running.
        """
        if not self.model.rowCount():
            self.footer.setText(self.tr("Loading customers…"))
        self.loading = True
        store, today = self.ctx.store, date.today()
        key, descending = self.model.wanted_key, self.model.wanted_descending
        self._load.start(lambda: read_customer_list(store, today, key, descending))

    def refresh_ids(self, ids: list[str]) -> None:
        """Reload only these customers' rows (see :meth:`CustomerListSync.refresh_ids`).

        During a full load they are refreshed again once it arrives: it may have read them
        before this change.
        """
        if ids and self.loading and self._pending is not None:
            self._pending.update(ids)
        super().refresh_ids(ids)

    def _list_loaded(self, loaded: LoadedList) -> None:
        self.loading = False
        pending = self._pending  # changes announced while the worker was reading
        self._apply_list(loaded)
        if pending is None or pending:
            self._pending = pending
            self._dirty = True
            self._apply_pending()
        if self._show_after is not None:
            self.show_item("customer", self._show_after)
            self._show_after = None

    def _apply_list(self, loaded: LoadedList) -> None:
        """Swap a loaded list in: people, filter choices, then the model (one reset)."""
        selected = self.selected_ids()
        current = self.card.customer_id()
        self.people = loaded.people
        self.card.set_people(self.people)
        self.filter_bar.blockSignals(True)
        self.filter_bar.show_choices(loaded.customers.choices, loaded.everyone,
                                     self.ctx.current_person_id)
        self.filter_bar.blockSignals(False)
        self.model.text = self.search.text()
        self.model.filters = self.filter_bar.filters()
        self.model.set_list(loaded.customers)  # may sort again: a header clicked meanwhile
        self._dirty = False
        self._pending = set()
        self._select_ids(selected, current)
        self._show_sorting()
        if current and self.model.view_row_of(current) >= 0:
            self.card.set_customer(current)
        elif current:
            self.card.set_customer(None)  # no longer among the results: the empty card
        elif self.model.rowCount():
            # Open the first customer's card instead of an empty panel (nothing is selected,
            # so no bulk action applies to it by accident).
            self.view.selectionModel().setCurrentIndex(
                self.model.index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        self._update_footer()

    def _sort_failed(self, exc: BaseException, details: str) -> None:
        """A sort on the worker failed: the arrow goes back to the order shown."""
        model = self.model
        model.wanted_key, model.wanted_descending = model.sort_key, model.sort_descending
        if model.sort_key is not None:
            header = self.view.horizontalHeader()
            header.blockSignals(True)  # the rows are in that order already: no sort again
            header.setSortIndicator(COLUMNS.index(model.sort_key),
                                    Qt.SortOrder.DescendingOrder if model.sort_descending
                                    else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
            header.viewport().update()
        self._show_sorting()
        Messages.show_error(self, self.tr("Customers"), str(exc), details)

    def _load_failed(self, exc: BaseException, details: str) -> None:
        self.loading = False
        self.footer.setText(self.tr("The customers could not be loaded: {0}").format(exc))
        Messages.show_error(self, self.tr("Customers"), str(exc), details)

    def choices(self) -> dict[str, list[str]]:
        """Known industries, regions and sources (for the New customer dialog)."""
        out: dict[str, list[str]] = {}
        for attr in ("industry", "region", "source"):
            out[attr] = sorted({v for v in self.model.index_.column(attr) if v})
        return out

    def known_tags(self, ids: list[str] | None = None) -> list[str]:
        """Tags in use (of ``ids`` only, when given), most frequent first."""
        counts: dict[str, int] = {}
        wanted = set(ids) if ids is not None else None
        for row in self.model.rows:
            if wanted is None or row.id in wanted:
                for tag in row.tags:
                    counts[tag] = counts.get(tag, 0) + 1
        return sorted(counts, key=lambda t: (-counts[t], t))

    # --- search --------------------------------------------------------------------------

    def _schedule_search(self) -> None:
        self._search_timer.start()

    def apply_search(self) -> None:
        """Filter the list by the search box and filter bar now.

        The card keeps its customer when it is among the results (its row becomes the current
        one again) and shows nothing when it is not: a card beside a list that does not hold
        its customer reads as one of the results.
        """
        self._search_timer.stop()
        self.model.set_query(self.search.text(), self.filter_bar.filters())
        cid = self.card.customer_id()
        if cid is not None:
            row = self.model.view_row_of(cid)
            if row < 0:
                self.card.set_customer(None)
            else:
                self.view.selectionModel().setCurrentIndex(
                    self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        self._update_footer()

    def clear_search(self) -> None:
        """Empty the search box and reset every filter (one search)."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.filter_bar.blockSignals(True)
        self.filter_bar.reset()
        self.filter_bar.blockSignals(False)
        self.apply_search()

    def _jump_to_results(self) -> None:
        """Enter in the search box: search now and move to the first hit's row and card."""
        self.apply_search()
        if self.model.rowCount():
            self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.view.selectionModel().setCurrentIndex(
                self.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- selection, card -----------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        """Ids of the selected customers, in view order."""
        seen: dict[str, None] = {}
        selection = self.view.selectionModel().selection()
        for n in range(selection.count()):
            rng = selection.at(n)
            for row in range(rng.top(), rng.bottom() + 1):
                if 0 <= row < self.model.rowCount():
                    seen[self.model.row_at(row).id] = None
        return list(seen)

    def _selection_changed(self, *_args: object) -> None:
        self._update_footer()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        cid = self.model.row_at(current.row()).id if current.isValid() else None
        if cid != self.card.customer_id():
            self.card.set_customer(cid)

    def add_followup(self) -> None:
        """Ctrl+L: a follow-up for the customer on the card (or the current row)."""
        if self.card.customer_id() is None:
            current = self.view.currentIndex()
            if not current.isValid():
                return
            self.card.set_customer(self.model.row_at(current.row()).id)
        self.card.add_followup()

    def show_item(self, kind: str, item_id: str) -> None:
        """Select customer ``item_id`` (clearing search/filters if they hide it), open its card."""
        if kind != "customer":
            return
        if self.loading:
            self._show_after = item_id
            return
        row = self.model.view_row_of(item_id)
        if row < 0:
            self.clear_search()
            row = self.model.view_row_of(item_id)
        if row < 0:
            self.refresh_ids([item_id])
            self.apply_search()
            row = self.model.view_row_of(item_id)
        if row < 0:
            return
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.card.set_customer(item_id)
        self.card.tabs.setCurrentIndex(0)

    def new_record(self) -> None:
        """File ▸ New (Ctrl+N) on this page: a new customer."""
        self.actions_.new_customer()

    def new_record_text(self) -> str:
        """What File ▸ New makes here."""
        return self.actions_.new.text()

    def _update_no_results(self, shown: int, total: int) -> None:
        """Say why the list is empty: nothing matches (with a way back), or no customers yet."""
        if shown or self.loading:
            self.no_results.hide()
            return
        if total:
            text = self.search.text().strip()
            what = (self.tr("No customer matches “{0}”.").format(html.escape(text)) if text
                    else self.tr("No customer matches the filters."))
            link = self.tr("Clear the search and filters")
            self.no_results.setText(f'{what}<br><a href="clear">{link}</a>')
        else:
            self.no_results.setText(self.tr(
                "No customers yet. Add one with New customer (Ctrl+N) or import a list "
                "(File → Import)."))
        self.no_results.show()

    def _update_footer(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        self._update_no_results(shown, total)
        selection = self.view.selectionModel().selection()
        selected = sum(selection.at(n).height() for n in range(selection.count()))
        self.actions_.update_enabled(selected)
        text = self.tr("Showing {0} of {1}").format(f"{shown:,}", f"{total:,}")
        if self.model.sort_pending():
            text = self.tr("Sorting…") + " · " + text
        if selected:
            text += " · " + self.tr("{0} selected").format(f"{selected:,}")
        text += " · " + self.tr("Won in the last 12 months (shown): {0}").format(
            money_fen(self.model.visible_won_fen(), fen=True))
        self.footer.setText(text)

