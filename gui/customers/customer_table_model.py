"""The customer list's item model: every loaded row, a display order and the visible subset.

Filtering and sorting run in Python over plain rows (:mod:`services.customers.search`), then the
model resets once — no QSortFilterProxyModel, which would call ``data()`` per row and cell on
100,000 customers. ``sort()`` is Qt's own hook, so a QTableView with sorting enabled drives it
from header clicks.
"""

from __future__ import annotations

from collections.abc import Sequence
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
from services.customers.queries import CustomerRow
from services.customers.search import (
    CustomerFilters,
    CustomerList,
    SearchIndex,
    filter_rows,
    insert_position,
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
        self._where_cache: dict[str, int] | None = None
        self.visible: list[int] = []
        self.text = ""
        self.filters = CustomerFilters()
        self.sort_key: str | None = None
        self.sort_descending = False
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
        self.index_ = index if index is not None and index.rows is rows else SearchIndex(rows)
        self.order = self._sorted()
        self._refilter()

    def set_list(self, prepared: CustomerList) -> None:
        """Swap in a list prepared off the GUI thread (rows, index, order): one model reset.

        Its order is used when it was prepared for the current sort column and direction
        (else, a header clicked while it was loading, the rows are sorted again here).
        """
        self.rows = prepared.rows
        self._gone = set()
        self.index_ = prepared.index
        if (prepared.sort_key, prepared.descending) == (self.sort_key, self.sort_descending) \
                or (self.sort_key is None and prepared.sort_key is None):
            self._where_cache = None
            self.order = prepared.order
        else:
            self.order = self._sorted()
        self._refilter()

    def set_query(self, text: str, filters: CustomerFilters | None = None) -> None:
        """Filter by search text and filter-bar state; one model reset."""
        self.text = text
        if filters is not None:
            self.filters = filters
        self._refilter()

    def replace_rows(self, fresh: Sequence[CustomerRow], gone: Sequence[str] = ()) -> None:
        """Swap in reloaded rows by id, place new ones in sort order, hide ``gone`` ids.

        Edited rows stay where they are even if they no longer match the query, so a line the
        user just changed does not vanish under the cursor; added (or restored) rows are shown
        at their sorted place. The next search re-applies the query. No full re-sort or
        re-index happens, so this stays fast on 100,000 customers.
        """
        where = self._where()
        changed: list[int] = []
        added: list[int] = []
        for row in fresh:
            i = where.get(row.id)
            if i is None:
                self.rows.append(row)
                i = self.index_.append_row(row)
                where[row.id] = i
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
        if self._where_cache is None or len(self._where_cache) != len(self.rows):
            self._where_cache = {r.id: i for i, r in enumerate(self.rows)}
        return self._where_cache

    def _place(self, added: list[int], gone: set[int]) -> None:
        """Insert ``added`` rows at their sorted place, drop ``gone`` ones; one reset."""
        if len(added) > 50:  # many rows back at once (an undone bulk delete): sort again
            self.order = self._sorted()
            keep = set(self.visible) | set(added)
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
                visible.append(i)
                continue

            def value_of(r: int) -> Any:
                return sort_value(rows[r], key, text_key)

            value = value_of(i)
            # ``visible`` is a subsequence of ``order`` in the same order: the same search
            # finds the row's place in both.
            order.insert(insert_position(order, value_of, value, self.sort_descending), i)
            visible.insert(insert_position(visible, value_of, value, self.sort_descending), i)
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
        for n, i in enumerate(self.visible):
            if self.rows[i].id == customer_id:
                return n
        return -1

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
        if row is None:
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
                return _POOL_COLOUR
            if row.stale:
                return _STALE_COLOUR
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.sort_key = COLUMNS[column]
        self.sort_descending = order == Qt.SortOrder.DescendingOrder
        self.order = self._sorted()
        self._refilter()

    def _sorted(self) -> list[int]:
        """Display order of the live rows (load order when no column is sorted)."""
        live = range(len(self.rows))
        self._where_cache = None
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
            return row.owner_name if row.owner_id else (self.tr("Shared pool") if row.in_pool
                                                        else "")
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
