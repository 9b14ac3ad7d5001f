"""One Kanban column (a stage, or a forecast month) as a list model of deal cards.

The model only holds the cards its column shows, cut from the page's single board snapshot. A
drop never edits the model: ``dropMimeData`` hands the deal ids to the column's drop handler
(which pushes an undo command that calls the service) and returns False, and the model has no
``removeRows``, so Qt's move-drop can never delete the card from the source column. The views
are refreshed from the new snapshot afterwards.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from gui.common.formatting import deal_amount
from gui.pipeline.deal_mime import DEAL_IDS_MIME, decode_deal_ids, encode_deal_ids

Index = QModelIndex | QPersistentModelIndex
BULK_CHANGE = 16
"""More row insertions/removals than this in one refresh become a single reset."""
DropHandler = Callable[[list[str], str], bool]
"""Called with (deal ids, column key); returns True when it accepted the move."""


def card_order(card: Any) -> tuple[date, str]:
    """A column's order, as ``load_board`` sorts it: expected close (none last), then name."""
    return (card.expected_close or date.max, card.name)


class StageColumnModel(QAbstractListModel):
    """The cards of one column; ``key`` is the stage id (board) or month key (forecast)."""

    CardRole = Qt.ItemDataRole.UserRole + 1
    DealIdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, key: str, drop_handler: DropHandler | None = None,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.key = key
        self._drop_handler = drop_handler
        self._cards: list[Any] = []
        self._shown: dict[str, Any] = {}  # deal id → its card in this column

    # -- content -------------------------------------------------------------------------
    def cards(self) -> list[Any]:
        """The cards shown, in display order."""
        return list(self._cards)

    def card_at(self, row: int) -> Any:
        """The card shown in ``row`` (0 ≤ row < rowCount())."""
        return self._cards[row]

    def set_cards(self, cards: Sequence[Any]) -> None:
        """Show these cards with the smallest change: row removals/insertions and dataChanged.

        Falls back to a reset only when the remaining cards were reordered, so selection and
        scroll position survive the usual single move.
        """
        new = list(cards)
        new_ids = {c.id for c in new}
        gone = [i for i, c in enumerate(self._cards) if c.id not in new_ids]
        kept = [c for c in self._cards if c.id in new_ids]
        old_ids = {c.id for c in kept}
        added = len(new) - len(kept)
        if (not self._cards or len(gone) + added > BULK_CHANGE
                or [c.id for c in kept] != [c.id for c in new if c.id in old_ids]):
            self.beginResetModel()
            self._set(new)
            self.endResetModel()
            return
        for row in reversed(gone):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._cards[row]
            self.endRemoveRows()
        for row, card in enumerate(new):
            if card.id not in old_ids:
                self.beginInsertRows(QModelIndex(), row, row)
                self._cards.insert(row, card)
                self.endInsertRows()
        changed = [i for i, (a, b) in enumerate(zip(self._cards, new, strict=True)) if a is not b]
        self._set(new)
        if changed:
            self.dataChanged.emit(self.index(min(changed)), self.index(max(changed)))

    def remove_ids(self, ids: Iterable[str]) -> list[Any]:
        """Remove the cards of these deals (one row signal each); returns the removed cards."""
        removed = []
        for row in sorted((self.row_of(i) for i in set(ids) if i in self._shown),
                          reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            removed.append(self._cards.pop(row))
            self.endRemoveRows()
        for c in removed:
            del self._shown[c.id]
        return removed

    def insert_sorted(self, cards: Iterable[Any], key: Callable[[Any], Any]) -> None:
        """Insert cards at their place in a column already ordered by ``key``."""
        for card in cards:
            row = bisect_right(self._cards, key(card), key=key)
            self.beginInsertRows(QModelIndex(), row, row)
            self._cards.insert(row, card)
            self._shown[card.id] = card
            self.endInsertRows()

    def _set(self, cards: list[Any]) -> None:
        self._cards = cards
        self._shown = {c.id: c for c in cards}

    def row_of(self, deal_id: str) -> int:
        """The row of a deal, or -1 when this column does not show it.

        Columns are kept in :func:`card_order`, so the row is found by bisection (a move must
        not renumber thousands of rows); cards given out of that order are found by a scan.
        """
        card = self._shown.get(deal_id)
        if card is None:
            return -1
        cards = self._cards
        key = card_order(card)
        row = bisect_left(cards, key, key=card_order)
        while row < len(cards) and card_order(cards[row]) == key:
            if cards[row].id == deal_id:
                return row
            row += 1
        return next(i for i, c in enumerate(cards) if c.id == deal_id)

    # -- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return card.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{card.name}\n{card.customer_name}\n{deal_amount(card.amount)}".rstrip()
        if role == self.CardRole:
            return card
        if role == self.DealIdRole:
            return card.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self._drop_handler else Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [DEAL_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_deal_ids([self._cards[r].id for r in rows if r < len(self._cards)])

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        if self._drop_handler is None:
            return False
        ids = decode_deal_ids(data)
        return bool(ids) and any(i not in self._shown for i in ids)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        """Hand the dropped ids to the drop handler; always False so Qt removes nothing."""
        if action == Qt.DropAction.IgnoreAction or self._drop_handler is None:
            return False
        ids = [i for i in decode_deal_ids(data) if i not in self._shown]
        if ids:
            self._drop_handler(ids, self.key)
        return False
