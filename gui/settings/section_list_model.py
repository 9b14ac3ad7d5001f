"""The Settings page's list of sections."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt

Index = QModelIndex | QPersistentModelIndex


class SectionListModel(QAbstractListModel):
    """One row per section: its translated title, and the section's "module:Class" name."""

    NameRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[tuple[str, str]] = []  # (name, title)

    def set_sections(self, rows: list[tuple[str, str]]) -> None:
        """Replace the rows: (section name, translated title)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        name, title = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == self.NameRole:
            return name
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(0, 34)
        return None

    def name_at(self, row: int) -> str | None:
        """The section name in ``row``."""
        return self._rows[row][0] if 0 <= row < len(self._rows) else None
