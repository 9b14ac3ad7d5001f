"""The customer list's item model: every loaded row, a display order and the visible subset.

Filtering and sorting run in Python over plain rows (:mod:`services.customers.search`), then the
model resets once — no QSortFilterProxyModel, which would call ``data()`` per row and cell on
100,000 customers. ``sort()`` is Qt's own hook, so a QTableView with sorting enabled drives it
from header clicks; a long list is not sorted there but handed to ``sort_later`` (the page
sorts it on its worker and answers with ``set_order``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from gui.common.formatting import day, money_fen
from gui.common.theme import ink
from gui.customers.formatting import owner_text
from services.customers.queries import CustomerRow
from services.customers.search import (
    CustomerFilters,
    CustomerList,
    SearchIndex,
    filter_rows,
    insert_position,
    matching,
    sort_order,
    sort_value,
)

Index = QModelIndex | QPersistentModelIndex

#: Column keys in their default order; each is also a sort key of services.customers.search.
COLUMNS: tuple[str, ...] = (
    "name", "owner", "tier", "industry", "region", "source", "contact", "phone", "tags",
    "last_followup", "next_followup", "won_12m", "open_deals", "status", "created",
)
HIDDEN_BY_DEFAULT = frozenset({"source", "created"})
_RIGHT = frozenset({"won_12m", "open_deals"})
_STALE_COLOUR = QColor("#b35900")
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ID = int(Qt.ItemDataRole.UserRole) + 1
_ROW = int(Qt.ItemDataRole.UserRole) + 2
_HANDLED = frozenset({_DISPLAY, _ALIGN, _TOOLTIP, _FONT, _FOREGROUND, _ID, _ROW})
_RIGHT_ALIGN = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_POOL_COLOUR = QColor("#2060a0")
_NO_OWNER_COLOUR = QColor("#808080")
# Lists up to this many rows are sorted at once, on the GUI thread (~10 ms by name); longer
# ones through CustomerTableModel.sort_later (the page sorts them on its worker).
SYNC_SORT_MAX = 2000


def pinyin_collator() -> QCollator:
    """How the list compares text: by pinyin, case-insensitively, like Excel does.

    Customer data is Chinese in every UI language. One collator per thread: a worker sorting a
    list being loaded makes its own.
    """
    collator = QCollator(QLocale("zh_CN"))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return collator


def _italic() -> QFont:
    font = QFont()  # built on use: a QFont needs the QGuiApplication to exist
    font.setItalic(True)
    return font


class CustomerTableModel(QAbstractTableModel):
    """Rows of :class:`CustomerRow`, shown through ``visible`` (row indices in display order)."""

    IdRole = _ID
    RowRole = _ROW

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.rows: list[CustomerRow] = []
        self.index_: SearchIndex = SearchIndex(self.rows)
        self.order: list[int] = []
        self._gone: set[int] = set()  # rows deleted since the last full load
        self.visible: list[int] = []
        self.text = ""
        self.filters = CustomerFilters()
        self.sort_key: str | None = None  # the order shown
        self.sort_descending = False
        self.wanted_key: str | None = None  # the order last asked for (a header click)
        self.wanted_descending = False
        # Called with (key, descending) when a long list is to be sorted off the GUI thread;
        # the caller answers with set_order(). None: every sort runs at once.
        self.sort_later: Callable[[str, bool], None] | None = None
        self.version = 0  # counts changes to the rows, so a late sort of older rows is seen
        self._total_fen: int | None = None
        self._headers = self._header_texts()
        self._collator = pinyin_collator()

    # --- data in -------------------------------------------------------------------------

    def set_rows(self, rows: list[CustomerRow], index: SearchIndex | None = None) -> None:
        """Replace every row (a full reload) keeping the query and sort.

        ``index`` may be prebuilt for ``rows`` (e.g. on a worker thread while loading).
        """
        self.rows = rows
        self._gone = set()
        self.version += 1
        self.index_ = index if index is not None and index.rows is rows else SearchIndex(rows)
        self.sort_key, self.sort_descending = self.wanted_key, self.wanted_descending
        self.order = self._sorted()
        self._refilter()

    def set_list(self, prepared: CustomerList) -> None:
        """Swap in a list prepared off the GUI thread (rows, index, order): one model reset.

        Its order is used as prepared. A header clicked while it was loading asks for another
        order: a short list is sorted again here, a long one is shown in the prepared order
        and sorted through :attr:`sort_later`.
        """
        self.rows = prepared.rows
        self._gone = set()
        self.version += 1
        self.index_ = prepared.index
        self.sort_key, self.sort_descending = prepared.sort_key, prepared.descending
        self.order = prepared.order
        key, descending = self.wanted_key, self.wanted_descending
        if self.sort_pending() and key is not None:
            if self.sort_later is not None and len(self.rows) > SYNC_SORT_MAX:
                self._refilter()
                self.sort_later(key, descending)
                return
            self.sort_key, self.sort_descending = key, descending
            self.order = self._sorted()
        self._refilter()

    def set_order(self, order: list[int], key: str, descending: bool,
                  positions: dict[str, int] | None = None) -> None:
        """Show the rows in ``order``: the current rows sorted by ``key`` (on the worker, after
        :attr:`sort_later` asked for it); keeps the query; one model reset.

        ``positions`` (customer id → row index of the current rows), built on the worker too,
        spares the GUI thread building it for the first row lookup.
        """
        if positions is not None:
            self.index_.adopt_positions(positions)
        self.sort_key, self.sort_descending = key, descending
        self.order = [i for i in order if i not in self._gone] if self._gone else order
        self._refilter()

    def sort_pending(self) -> bool:
        """Whether the order asked for is not the order shown yet (a sort is on its way)."""
        return (self.wanted_key, self.wanted_descending) != (self.sort_key,
                                                              self.sort_descending)

    def set_query(self, text: str, filters: CustomerFilters | None = None) -> None:
        """Filter by search text and filter-bar state; one model reset."""
        self.text = text
        if filters is not None:
            self.filters = filters
        self._refilter()

    def replace_rows(self, fresh: Sequence[CustomerRow], gone: Sequence[str] = ()) -> None:
        """Swap in reloaded rows by id, place new ones in sort order, hide ``gone`` ids.

        Edited rows stay where they are even if they no longer match the query, so a line the
        user just changed does not vanish under the cursor (the next search re-applies it);
        added (or restored) rows are shown at their sorted place when they match the search
        and filters (an import under "北京 餐饮" shows only its Beijing caterers). No full
        re-sort or re-index happens, so this stays fast on 100,000 customers.
        """
        where = self._where()
        self.version += 1
        changed: list[int] = []
        added: list[int] = []
        for row in fresh:
            i = where.get(row.id)
            if i is None:
                self.rows.append(row)
                i = self.index_.append_row(row)
                added.append(i)
            else:
                self.rows[i] = row
                self.index_.update_row(i, row)
                if i in self._gone:
                    self._gone.discard(i)
                    added.append(i)
                else:
                    changed.append(i)
        gone_idx = {where[g] for g in gone if g in where} - self._gone
        self._total_fen = None
        if added or gone_idx:
            self._gone |= gone_idx
            self._place(added, gone_idx)
            return
        pos = {r: n for n, r in enumerate(self.visible)}
        shown = sorted(pos[i] for i in changed if i in pos)
        if shown:
            self.dataChanged.emit(self.index(shown[0], 0),
                                  self.index(shown[-1], len(COLUMNS) - 1))

    def _where(self) -> dict[str, int]:
        """Row index by customer id (kept by the search index, built on the worker)."""
        return self.index_.positions()

    def _place(self, added: list[int], gone: set[int]) -> None:
        """Insert ``added`` rows at their sorted place (shown when they match the query),
        drop ``gone`` ones; one reset.
        """
        shown = set(matching(self.index_, added, self.text, self.filters))
        if len(added) > 50:  # many rows back at once (an undone bulk delete): sort again
            self.order = self._sorted()
            keep = set(self.visible) | shown
            self.beginResetModel()
            self.visible = [i for i in self.order if i in keep]
            self.endResetModel()
            return
        order = [i for i in self.order if i not in gone]
        visible = [i for i in self.visible if i not in gone]
        key, rows, text_key = self.sort_key, self.rows, self._collator.sortKey
        for i in added:
            if key is None:
                order.append(i)
                if i in shown:
                    visible.append(i)
                continue

            def value_of(r: int) -> Any:
                return sort_value(rows[r], key, text_key)

            value = value_of(i)
            # ``visible`` is a subsequence of ``order`` in the same order: the same search
            # finds the row's place in both.
            order.insert(insert_position(order, value_of, value, self.sort_descending), i)
            if i in shown:
                visible.insert(insert_position(visible, value_of, value, self.sort_descending),
                               i)
        self.beginResetModel()
        self.order = order  # a new list: the search index's narrowing cache sees a new order
        self.visible = visible
        self.endResetModel()

    def _refilter(self) -> None:
        self.beginResetModel()
        self.visible = filter_rows(self.rows, self.index_, self.text, self.filters, self.order)
        self._total_fen = None
        self.endResetModel()

    # --- queries -------------------------------------------------------------------------

    def row_at(self, row: int) -> CustomerRow:
        """The customer shown on view row ``row``."""
        return self.rows[self.visible[row]]

    def view_row_of(self, customer_id: str) -> int:
        """The view row showing ``customer_id``, or -1."""
        rows = self.view_rows_of([customer_id])
        return rows[0] if rows else -1

    def view_rows_of(self, ids: Collection[str]) -> list[int]:
        """The view rows showing these customers, in view order.

        A few ids are looked up with ``list.index`` (C speed: ~1 ms over 100,000 rows),
        many with one pass over the shown rows.
        """
        where = self._where()
        wanted = [where[c] for c in ids if c in where]
        visible = self.visible
        if len(wanted) > 32:
            targets = set(wanted)
            return [n for n, i in enumerate(visible) if i in targets]
        found = []
        for i in wanted:
            try:
                found.append(visible.index(i))
            except ValueError:
                continue  # hidden by the query, or deleted
        return sorted(found)

    def total_count(self) -> int:
        """All loaded customers (not counting ones deleted since)."""
        return len(self.order)

    def visible_won_fen(self) -> int:
        """Sum of the trailing-12-month won amount of the shown rows (cached per filter)."""
        if self._total_fen is None:
            col = self.index_.column("won_12m_fen")
            self._total_fen = sum(col[i] for i in self.visible)
        return self._total_fen

    # --- Qt model API --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[COLUMNS[section]]
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section] in _RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        role = int(role)
        if role not in _HANDLED:
            return None
        row = self._row_of(index)
        return None if row is None else self._role_value(row, COLUMNS[index.column()], role)

    def multiData(self, index: Index, roleDataSpan: Any) -> None:  # noqa: N803
        # The view's delegate asks for ~7 roles per cell on every repaint; answering them in
        # one call instead of seven Python calls per cell halves the list's repaint time.
        row = self._row_of(index)
        if row is None:  # nothing to show: clear what the span holds from the previous cell
            for role_data in roleDataSpan:
                role_data.clearData()
            return
        key = COLUMNS[index.column()]
        for role_data in roleDataSpan:
            role = role_data.role()
            if role in _HANDLED:
                value = self._role_value(row, key, role)
                if value is not None:
                    role_data.setData(value)
                else:  # the delegate reuses its span from cell to cell: clear, never inherit
                    role_data.clearData()

    def _row_of(self, index: Index) -> CustomerRow | None:
        r = index.row()
        visible = self.visible
        if not index.isValid() or not 0 <= r < len(visible):
            return None
        return self.rows[visible[r]]

    def _role_value(self, row: CustomerRow, key: str, role: int) -> Any:
        # Plain int comparisons only: attribute lookups on Qt enums cost microseconds each,
        # and this runs for every visible cell and role on each repaint.
        if role == _DISPLAY:
            return self._display(row, key)
        if role == _ID:
            return row.id
        if role == _ROW:
            return row
        if role == _ALIGN:
            return _RIGHT_ALIGN if key in _RIGHT else None
        if role == _TOOLTIP:
            return self._tooltip(row, key)
        if role == _FONT:
            return _italic() if key == "tier" and row.tier_manual else None
        if key == "status":  # foreground
            if row.in_pool:
                return ink(_POOL_COLOUR)
            if row.stale:
                return ink(_STALE_COLOUR)
        if key == "owner" and not row.owner_id:
            return ink(_POOL_COLOUR if row.in_pool else _NO_OWNER_COLOUR)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Qt's hook (a header click): sort now, or for a long list ask :attr:`sort_later`."""
        if not 0 <= column < len(COLUMNS):
            return
        key, descending = COLUMNS[column], order == Qt.SortOrder.DescendingOrder
        self.wanted_key, self.wanted_descending = key, descending
        if self.sort_later is not None and len(self.rows) > SYNC_SORT_MAX:
            self.sort_later(key, descending)  # also when back to the order shown: not pending
            return
        self.sort_key, self.sort_descending = key, descending
        self.order = self._sorted()
        self._refilter()

    def _sorted(self) -> list[int]:
        """Display order of the live rows (load order when no column is sorted)."""
        live = range(len(self.rows))
        if self.sort_key is None:
            return [i for i in live if i not in self._gone]
        order = sort_order(self.rows, self.sort_key, self.sort_descending,
                           text_key=self._collator.sortKey)
        return [i for i in order if i not in self._gone] if self._gone else order

    # --- helpers -------------------------------------------------------------------------

    def _display(self, row: CustomerRow, key: str) -> str:
        if key == "name":
            return row.name
        if key == "owner":
            return owner_text(row.owner_id, row.owner_name, row.in_pool)
        if key == "tier":
            return (row.tier or "") + (self.tr(" (manual)") if row.tier_manual and row.tier
                                       else "")
        if key == "contact":
            return row.contact_name
        if key == "tags":
            return "，".join(row.tags)
        if key == "last_followup":
            return day(row.last_followup_at)
        if key == "next_followup":
            return day(row.next_followup_on)
        if key == "won_12m":
            return money_fen(row.won_12m_fen, fen=True) if row.won_12m_fen else ""
        if key == "open_deals":
            return str(row.open_deals) if row.open_deals else ""
        if key == "status":
            if row.in_pool:
                return self.tr("Shared pool")
            return self.tr("Stale") if row.stale else ""
        if key == "created":
            return day(row.created_at)
        return str(getattr(row, key, "") or "")

    def _tooltip(self, row: CustomerRow, key: str) -> str | None:
        if key == "tier" and row.tier_manual:
            return self.tr("Tier set by hand (manual override)")
        if key == "contact" and row.contact_phone:
            return f"{row.contact_name} {row.contact_phone}"
        if key == "status" and row.stale:
            return self.tr("No follow-up within this tier's limit and nothing scheduled")
        if key == "name":
            return row.name
        return None

    def _header_texts(self) -> dict[str, str]:
        return {
            "name": self.tr("Customer"), "owner": self.tr("Owner"), "tier": self.tr("Tier"),
            "industry": self.tr("Industry"), "region": self.tr("Region"),
            "source": self.tr("Source"), "contact": self.tr("Contact"),
            "phone": self.tr("Phone"), "tags": self.tr("Tags"),
            "last_followup": self.tr("Last follow-up"),
            "next_followup": self.tr("Next follow-up"),
            "won_12m": self.tr("Won, last 12 months"), "open_deals": self.tr("Open deals"),
            "status": self.tr("Status"), "created": self.tr("Created"),
        }

    def column_title(self, key: str) -> str:
        """The translated header of column ``key``."""
        return self._headers[key]
