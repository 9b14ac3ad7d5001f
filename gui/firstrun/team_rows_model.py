"""The setup's team table: rows of name, unit and role the user types (a handful, in memory)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from gui.firstrun.labels import ROLES, role_name
from services.firstrun.setup import TeamRow

Index = QModelIndex | QPersistentModelIndex
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 20
"""The role column's ``(label, key)`` choices (read by the combo-box delegate)."""
VALUE_ROLE = Qt.ItemDataRole.UserRole + 21
"""A cell's value: the role key in the role column, the text elsewhere."""


@dataclass(frozen=True)
class _Row:
    name: str = ""
    unit: str = ""
    role: str = "rep"


class TeamRowsModel(QAbstractTableModel):
    """Editable rows; :meth:`rows` gives the filled-in ones as :class:`TeamRow`."""

    NAME, UNIT, ROLE = range(3)

    def __init__(self, parent: Any = None, rows: int = 4):
        super().__init__(parent)
        self._rows = [_Row() for _ in range(rows)]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name"), self.tr("Unit (region, team…)"), self.tr("Role"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if column == self.ROLE:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return role_name(row.role)
            if role == VALUE_ROLE:
                return row.role
            if role == CHOICES_ROLE:
                return [(role_name(r), r) for r in ROLES]
            return None
        text = row.name if column == self.NAME else row.unit
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, VALUE_ROLE):
            return text
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row, column = self._rows[index.row()], index.column()
        if column == self.ROLE:
            if value not in ROLES:
                return False
            new = replace(row, role=str(value))
        elif column == self.NAME:
            new = replace(row, name=str(value or "").strip())
        else:
            new = replace(row, unit=str(value or "").strip())
        self._rows[index.row()] = new
        self.dataChanged.emit(index, index)
        return True

    def add_row(self) -> int:
        """Append an empty row; returns its number."""
        n = len(self._rows)
        self.beginInsertRows(QModelIndex(), n, n)
        self._rows.append(_Row())
        self.endInsertRows()
        return n

    def remove_row(self, row: int) -> None:
        """Drop row ``row``."""
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def rows(self) -> list[TeamRow]:
        """The rows with a name or a unit, as the setup service takes them."""
        return [TeamRow(r.name, r.unit, r.role) for r in self._rows if r.name or r.unit]

    def duplicate_names(self, me: str) -> list[str]:
        """Names typed twice (or typed again for "me")."""
        seen = {me.strip()} if me.strip() else set()
        twice: list[str] = []
        for r in self._rows:
            if r.name and r.name in seen and r.name not in twice:
                twice.append(r.name)
            seen.add(r.name)
        return twice
