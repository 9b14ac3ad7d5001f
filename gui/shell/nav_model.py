"""The sidebar's item model: one row per entry of ``gui.pages.PAGES``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
)
from PySide6.QtGui import QKeySequence

from gui.pages import PageSpec
from gui.shell.resources import icon

Index = QModelIndex | QPersistentModelIndex

# Qt::ItemDataRole values (fixed in Qt's API). Spelled as numbers because the sidebar is painted
# before anything else touches PySide6's ``Qt`` namespace, and its first use builds every enum
# in it at once (~20 ms of start-up, measured).
DISPLAY_ROLE, DECORATION_ROLE, TOOLTIP_ROLE, SIZE_HINT_ROLE, USER_ROLE = 0, 1, 3, 13, 256


def page_title(spec: PageSpec) -> str:
    """A page's title in the current language."""
    return QCoreApplication.translate("Pages", spec.title)


class NavigationModel(QAbstractListModel):
    """Read-only list of pages: translated title, icon, shortcut tool tip, and the page key."""

    KeyRole = USER_ROLE + 1

    def __init__(self, pages: tuple[PageSpec, ...], parent: Any = None):
        super().__init__(parent)
        self._pages = pages

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._pages)

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._pages):
            return None
        spec = self._pages[index.row()]
        if role == DISPLAY_ROLE:
            return page_title(spec)
        if role == DECORATION_ROLE:
            return icon(spec.icon)
        if role == TOOLTIP_ROLE:
            keys = QKeySequence(spec.shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            return f"{page_title(spec)} ({keys})"
        if role == SIZE_HINT_ROLE:
            return QSize(0, 40)
        if role == self.KeyRole:
            return spec.key
        return None

    # flags(): QAbstractListModel's own (enabled and selectable rows) is what the sidebar needs.

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
