"""Table model of the open database's backups (newest first)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from gui.common.formatting import day_time
from gui.shell.backup_ops import data_size

Index = QModelIndex | QPersistentModelIndex

def kind_label(kind: str) -> str:
    """A backup kind in the current language."""
    translate = QCoreApplication.translate
    labels = {
        "daily": translate("BackupsModel", "Daily (automatic)"),
        "manual": translate("BackupsModel", "Manual"),
        "before-upgrade": translate("BackupsModel", "Before upgrade"),
        "before-restore": translate("BackupsModel", "Before restore"),
    }
    return labels.get(kind, kind)


class BackupsModel(QAbstractTableModel):
    """Columns: when taken (local time), kind, size; rows are ``core.backup.BackupInfo``."""

    PathRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_backups(self, rows: list[Any]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def backup(self, row: int) -> Any:
        """The backup in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return day_time(info.created)
            if index.column() == 1:
                return kind_label(info.kind)
            return data_size(info.size_bytes)  # as the sizes above the list
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(info.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.PathRole:
            return str(info.path)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Taken"), self.tr("Kind"), self.tr("Size"))[section]
