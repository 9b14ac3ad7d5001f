"""Unknown owners and stages found in the file, each with what to do about it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from gui.importer.choice_delegate import CHOICES_ROLE, VALUE_ROLE
from services.importing import CREATE

Index = QModelIndex | QPersistentModelIndex


@dataclass
class Unknown:
    """One unknown value: what it is, how many rows use it, the choice and the options."""

    what: str  # "owner" or "stage"
    name: str
    rows: int
    choice: str | None
    options: list[tuple[str, str | None]] = field(default_factory=list)


class ResolveModel(QAbstractTableModel):
    """Columns: kind, value in the file, rows, what to do (editable)."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.items: list[Unknown] = []

    def load(self, owners: dict[str, int], owner_choice: dict[str, str | None],
             people: list[tuple[str, str]], stages_unknown: dict[str, int],
             stage_choice: dict[str, str], stages: list[tuple[str, str]]) -> None:
        """Fill from a plan's unknowns; ``people``/``stages`` are (name, id) pairs."""
        self.beginResetModel()
        self.items = []
        for name, n in owners.items():
            opts: list[tuple[str, str | None]] = [
                (self.tr("Leave unassigned"), None),
                (self.tr("Create person “%1”").replace("%1", name), CREATE)]
            opts += [(p, pid) for p, pid in people]
            self.items.append(Unknown("owner", name, n, owner_choice.get(name), opts))
        for name, n in stages_unknown.items():
            opts = [(self.tr("Not mapped (rows rejected)"), None),
                    (self.tr("Create stage “%1”").replace("%1", name), CREATE)]
            opts += [(s, sid) for s, sid in stages]
            self.items.append(Unknown("stage", name, n, stage_choice.get(name), opts))
        self.endResetModel()

    def owner_choice(self) -> dict[str, str | None]:
        """Owner name → person id, CREATE or None."""
        return {u.name: u.choice for u in self.items if u.what == "owner"}

    def stage_choice(self) -> dict[str, str]:
        """Stage name → stage id or CREATE (unmapped stages left out)."""
        return {u.name: u.choice for u in self.items if u.what == "stage" and u.choice}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Kind"), self.tr("Value in file"), self.tr("Rows"),
                    self.tr("Use"))[section] if 0 <= section < 4 else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() and index.column() == 3 \
            else base

    def _choice_label(self, u: Unknown) -> str:
        return next((label for label, v in u.options if v == u.choice), "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        u, c = self.items[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if c == 0:
                return self.tr("Owner") if u.what == "owner" else self.tr("Stage")
            return (None, u.name, str(u.rows), self._choice_label(u) + "  ▾")[c]
        if role == Qt.ItemDataRole.TextAlignmentRole and c == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == VALUE_ROLE and c == 3:
            return u.choice
        if role == CHOICES_ROLE and c == 3:
            return u.options
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 3 or role not in (
                VALUE_ROLE, Qt.ItemDataRole.EditRole):
            return False
        u = self.items[index.row()]
        if value not in [v for _label, v in u.options]:
            return False
        u.choice = value
        self.dataChanged.emit(index, index)
        return True
