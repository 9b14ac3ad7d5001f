"""The sidebar's item model: one row per entry of ``gui.pages.PAGES``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QKeySequence

from gui.pages import PageSpec
from gui.shell.resources import icon

Index = QModelIndex | QPersistentModelIndex


def page_title(spec: PageSpec) -> str:
    """A page's title in the current language."""
    return QCoreApplication.translate("Pages", spec.title)


class NavigationModel(QAbstractListModel):
    """Read-only list of pages: translated title, icon, shortcut tool tip, and the page key."""

    KeyRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, pages: tuple[PageSpec, ...], parent: Any = None):
        super().__init__(parent)
        self._pages = pages

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._pages)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._pages):
            return None
        spec = self._pages[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return page_title(spec)
        if role == Qt.ItemDataRole.DecorationRole:
            return icon(spec.icon)
        if role == Qt.ItemDataRole.ToolTipRole:
            keys = QKeySequence(spec.shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            return f"{page_title(spec)} ({keys})"
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(0, 40)
        if role == self.KeyRole:
            return spec.key
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def row_of(self, key: str) -> int:
        """The row of page ``key``, or -1."""
        for row, spec in enumerate(self._pages):
            if spec.key == key:
                return row
        return -1

    def key_at(self, row: int) -> str | None:
        """The page key in ``row``."""
        return self._pages[row].key if 0 <= row < len(self._pages) else None

    def retranslate(self) -> None:
        """Tell views the titles changed language."""
        if self._pages:
            self.dataChanged.emit(self.index(0), self.index(len(self._pages) - 1))
