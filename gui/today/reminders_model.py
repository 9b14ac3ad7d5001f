"""Two-level item model of reminders: one group row per kind (with its count), then items."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from gui.today.kinds import kind_label, kind_sort_key
from services.today.reminders import SEVERITY_OVERDUE, SEVERITY_WARNING, Reminder

Index = QModelIndex | QPersistentModelIndex
_GROUP = 0  # internalId of group rows; item rows carry their group's row number + 1


class RemindersModel(QAbstractItemModel):
    """Columns: title, detail, due date. Group rows span the kinds; items sit beneath them."""

    ReminderRole = Qt.ItemDataRole.UserRole + 1
    KindRole = Qt.ItemDataRole.UserRole + 2

    COLUMNS = 3

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._groups: list[tuple[str, list[Reminder]]] = []
        self._today = date.today()

    def set_reminders(self, reminders: list[Reminder] | tuple[Reminder, ...],
                      today: date | None = None) -> None:
        """Replace the contents (one reset; the list is small)."""
        groups: dict[str, list[Reminder]] = {}
        for reminder in reminders:
            groups.setdefault(reminder.kind, []).append(reminder)
        self.beginResetModel()
        self._today = today or date.today()
        self._groups = [(kind, groups[kind]) for kind in sorted(groups, key=kind_sort_key)]
        self.endResetModel()

    def total(self) -> int:
        """Number of reminders (not counting group rows)."""
        return sum(len(items) for _kind, items in self._groups)

    def group_count(self) -> int:
        """Number of kinds shown."""
        return len(self._groups)

    def retranslate(self) -> None:
        """Group names and headers changed language."""
        if self._groups:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._groups) - 1, 0))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)

    # --- structure -----------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Bounds checked here rather than by hasIndex(), which calls rowCount() and
        # columnCount() back through Python: expanding 36,000 reminders calls this per row.
        if not 0 <= column < self.COLUMNS or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _GROUP) if row < len(self._groups) else (
                QModelIndex())
        group = parent.row()
        if (parent.internalId() != _GROUP or parent.column() != 0
                or row >= len(self._groups[group][1])):
            return QModelIndex()
        return self.createIndex(row, column, group + 1)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        if not parent.isValid():
            return bool(self._groups)
        return parent.internalId() == _GROUP and parent.column() == 0

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(int(index.internalId()) - 1, 0, _GROUP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _GROUP and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return self.COLUMNS

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # --- data ----------------------------------------------------------------------------------
    def reminder(self, index: Index) -> Reminder | None:
        """The reminder of an item row (None for group rows)."""
        if not index.isValid() or index.internalId() == _GROUP:
            return None
        return self._groups[int(index.internalId()) - 1][1][index.row()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            return self._group_data(index, role)
        reminder = self.reminder(index)
        assert reminder is not None
        return self._item_data(reminder, index.column(), role)

    def _group_data(self, index: Index, role: int) -> Any:
        kind, items = self._groups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            return f"{kind_label(kind)} ({len(items)})"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == self.KindRole:
            return kind
        return None

    def _item_data(self, reminder: Reminder, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return reminder.title
            if column == 1:
                return reminder.detail
            return self._due_text(reminder.due)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{reminder.title}\n{reminder.detail}" if reminder.detail else reminder.title
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            if reminder.severity >= SEVERITY_OVERDUE or reminder.due < self._today:
                return QBrush(QColor("#b42318"))
            if reminder.severity >= SEVERITY_WARNING:
                return QBrush(QColor("#b54708"))
        if role == self.ReminderRole:
            return reminder
        if role == self.KindRole:
            return reminder.kind
        return None

    def _due_text(self, due: date) -> str:
        days = (due - self._today).days
        if days == 0:
            return self.tr("today")
        if days == -1:
            return self.tr("yesterday")
        if days == 1:
            return self.tr("tomorrow")
        if days < 0:
            return self.tr("{days} days overdue").format(days=-days)
        return due.isoformat()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Reminder"), self.tr("Details"), self.tr("Due"))[section]
