"""The item model of a table inside a rule's form (the rate table, steps, prizes, weights…).

Rows are lists of text, one per :class:`GridColumn`, exactly what the scheme document keeps
(numbers as decimal text, people and units by id); a choice column shows the choice's name and
edits through a combo box (:class:`~gui.importer.choice_delegate.ChoiceDelegate`). The model
never writes anywhere: the form reads :attr:`GridModel.rows` back into the document.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from gui.importer.choice_delegate import CHOICES_ROLE, VALUE_ROLE
from gui.incentives.texts import tr
from services.core.amounts import AmountError, read_amount

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class GridColumn:
    """A column: the item's ``key``, its English ``title`` (context IncentiveTexts), what it
    holds (``number``, ``money`` or ``choice`` of ``(code, name)``), and whether it may stay
    empty.
    """

    key: str
    title: str
    kind: str = "number"
    choices: tuple[tuple[str, str], ...] = ()
    optional: bool = False
    hint: str = ""  # the header's tooltip (English, context IncentiveTexts)


def clean_number(text: str, kind: str) -> str:
    """What a typed cell keeps: money as plain yuan (``1.2万`` → ``12000``), other text
    trimmed; text that is no number stays as typed (the document check names it).
    """
    text = text.strip().replace("%", "").strip() if kind == "number" else text.strip()
    if kind == "money" and text:
        try:
            value = read_amount(text)
        except AmountError:
            return text
        if value is None:
            return ""
        return format(value.normalize(), "f") if value == value.to_integral() else str(value)
    return text


class GridModel(QAbstractTableModel):
    """See the module docstring. ``edited`` follows every change the user makes."""

    edited = Signal()

    def __init__(self, columns: Sequence[GridColumn], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[list[str]] = []
        self.read_only = False
        self.names: dict[str, str] = {}  # names of ids no choice lists any more

    @property
    def rows(self) -> list[list[str]]:
        """The rows as shown (copies)."""
        return [list(r) for r in self._rows]

    def set_rows(self, rows: Sequence[Sequence[str]]) -> None:
        """Show ``rows`` (one reset); each is padded or cut to the columns."""
        self.beginResetModel()
        width = len(self.columns)
        self._rows = [[str(v) for v in (list(r) + [""] * width)[:width]] for r in rows]
        self.endResetModel()

    def add_row(self, values: Sequence[str] | None = None) -> int:
        """Append a row (empty, or the first choice in a choice column); returns its number."""
        row = list(values) if values is not None else [
            c.choices[0][0] if c.kind == "choice" and c.choices else "" for c in self.columns]
        at = len(self._rows)
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.append([str(v) for v in row])
        self.endInsertRows()
        self.edited.emit()
        return at

    def remove_row(self, row: int) -> None:
        """Drop row ``row``."""
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            self.edited.emit()

    def _shown(self, column: GridColumn, value: str) -> str:
        if column.kind == "choice":
            for code, name in column.choices:
                if code == value:
                    return name
            return self.names.get(value, value)
        return value

    # --- Qt ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and 0 <= section < len(
            self.columns)
        if role == Qt.ItemDataRole.ToolTipRole and horizontal and self.columns[section].hint:
            return tr(self.columns[section].hint)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if horizontal:
            return tr(self.columns[section].title)
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and not self.read_only:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = self.columns[index.column()]
        value = self._rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._shown(column, value)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == VALUE_ROLE:
            return value
        if role == CHOICES_ROLE and column.kind == "choice":
            return [(name, code) for code, name in column.choices]
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind != "choice":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or self.read_only
                or role not in (Qt.ItemDataRole.EditRole, VALUE_ROLE)):
            return False
        column = self.columns[index.column()]
        text = "" if value is None else str(value)
        if column.kind != "choice":
            text = clean_number(text, column.kind)
        if self._rows[index.row()][index.column()] == text:
            return True
        self._rows[index.row()][index.column()] = text
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True
