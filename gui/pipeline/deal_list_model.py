"""The list view of the board's deals: a table model over the same snapshot, index-list sort."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from gui.common.formatting import day, deal_amount
from gui.common.theme import ink

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("name", "customer", "owner", "stage", "amount", "probability", "weighted",
           "expected_close", "days", "rotting")
_RIGHT = {"amount", "probability", "weighted", "days"}


def _titles() -> list[str]:
    return [
        QCoreApplication.translate("DealListModel", "Deal"),
        QCoreApplication.translate("DealListModel", "Customer"),
        QCoreApplication.translate("DealListModel", "Owner"),
        QCoreApplication.translate("DealListModel", "Stage"),
        QCoreApplication.translate("DealListModel", "Amount"),
        QCoreApplication.translate("DealListModel", "Probability"),
        QCoreApplication.translate("DealListModel", "Weighted"),
        QCoreApplication.translate("DealListModel", "Expected close"),
        QCoreApplication.translate("DealListModel", "Days in stage"),
        QCoreApplication.translate("DealListModel", "Rotting"),
    ]


class DealListModel(QAbstractTableModel):
    """Rows are cards; sorting reorders an index list (no proxy model), then one reset."""

    CardRole = Qt.ItemDataRole.UserRole + 1
    DealIdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._cards: list[Any] = []
        self._order: list[int] = []
        self._stage_names: dict[str, str] = {}
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)

    def set_stage_names(self, names: dict[str, str]) -> None:
        """Stage id → name, for the Stage column."""
        self._stage_names = dict(names)

    def set_cards(self, cards: Sequence[Any]) -> None:
        """Show a new snapshot, keeping the current sort."""
        self.beginResetModel()
        self._cards = list(cards)
        self._order = self._sorted_order(*self._sort)
        self.endResetModel()

    def card(self, row: int) -> Any:
        """The card shown at a row."""
        return self._cards[self._order[row]]

    def row_of(self, deal_id: str) -> int:
        """The row of a deal, or -1."""
        for row, i in enumerate(self._order):
            if self._cards[i].id == deal_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return _titles()[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section] in _RIGHT:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._order):
            return None
        card = self.card(index.row())
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(card, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in _RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "rotting" and card.rotting:
                return ink("#d93025")
            if key == "probability" and card.probability_overridden:
                return ink("#1a73e8")
        if role == Qt.ItemDataRole.ToolTipRole and key == "probability":
            if card.probability_overridden:
                return QCoreApplication.translate("DealListModel", "Typed by hand (overridden)")
            return QCoreApplication.translate("DealListModel", "Stage default")
        if role == self.CardRole:
            return card
        if role == self.DealIdRole:
            return card.id
        return None

    def _display(self, card: Any, key: str) -> str:
        values: dict[str, Callable[[], str]] = {
            "name": lambda: card.name,
            "customer": lambda: card.customer_name or "",
            "owner": lambda: card.owner_name or "",
            "stage": lambda: self._stage_names.get(card.stage_id, ""),
            "amount": lambda: deal_amount(card.amount),
            "probability": lambda: f"{card.probability}%" + ("*" if card.probability_overridden
                                                             else ""),
            "weighted": lambda: deal_amount(card.weighted) if card.amount else "",
            "expected_close": lambda: day(card.expected_close),
            "days": lambda: str(card.days_in_stage),
            "rotting": lambda: (QCoreApplication.translate("DealListModel", "Rotting")
                                if card.rotting else ""),
        }
        return values[key]()

    def _sort_key(self, key: str) -> Callable[[Any], Any]:
        keys: dict[str, Callable[[Any], Any]] = {
            "name": lambda c: c.name.casefold(),
            "customer": lambda c: (c.customer_name or "").casefold(),
            "owner": lambda c: (c.owner_name or "").casefold(),
            "stage": lambda c: self._stage_names.get(c.stage_id, ""),
            "amount": lambda c: c.amount or Decimal(0),
            "probability": lambda c: c.probability,
            "weighted": lambda c: c.weighted,
            "expected_close": lambda c: c.expected_close or date.max,
            "days": lambda c: c.days_in_stage,
            "rotting": lambda c: c.rotting,
        }
        return keys[key]

    def _sorted_order(self, column: int, order: Qt.SortOrder) -> list[int]:
        idx = list(range(len(self._cards)))
        if 0 <= column < len(COLUMNS):
            key = self._sort_key(COLUMNS[column])
            idx.sort(key=lambda i: key(self._cards[i]),
                     reverse=order == Qt.SortOrder.DescendingOrder)
        return idx

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        old = list(self._order)
        self._sort = (column, order)
        self._order = self._sorted_order(column, order)
        new = {i: r for r, i in enumerate(self._order)}
        from_list, to_list = [], []
        for pidx in self.persistentIndexList():
            if pidx.isValid() and pidx.row() < len(old):
                from_list.append(pidx)
                to_list.append(self.index(new[old[pidx.row()]], pidx.column()))
        self.changePersistentIndexList(from_list, to_list)
        self.layoutChanged.emit()
