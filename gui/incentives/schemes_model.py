"""The schemes list's item model: each scheme (激励方案) with its versions under it — number,
status (草稿 / 已发布) and the day it takes effect.

A tree of two levels over the frozen records of :func:`services.incentives.schemes.
list_schemes`: a scheme's index has internal id 0, a version's the scheme's row + 1, so every
index finds its parent without a pointer into Python objects.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from gui.common.formatting import day
from gui.incentives import texts as T
from services.incentives.schemes import SchemeRecord, VersionRecord

Index = QModelIndex | QPersistentModelIndex

TITLES = (str(QT_TRANSLATE_NOOP("SchemesModel", "Scheme / version")),
          str(QT_TRANSLATE_NOOP("SchemesModel", "Status")),
          str(QT_TRANSLATE_NOOP("SchemesModel", "Effective from")))


def version_name(number: int) -> str:
    """第 2 版 / Version 2."""
    return QCoreApplication.translate("SchemesModel", "Version %1").replace("%1", str(number))


class SchemesModel(QAbstractItemModel):
    """See the module docstring. ``IdRole`` is a row's scheme or version id, ``RecordRole``
    its record.
    """

    IdRole = Qt.ItemDataRole.UserRole + 1
    RecordRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.schemes: list[SchemeRecord] = []

    def set_schemes(self, schemes: Sequence[SchemeRecord]) -> None:
        """Show ``schemes`` (one reset)."""
        self.beginResetModel()
        self.schemes = list(schemes)
        self.endResetModel()

    def record(self, index: Index) -> SchemeRecord | VersionRecord | None:
        """The scheme or version at ``index``."""
        if not index.isValid():
            return None
        parent = index.internalId()
        if parent == 0:
            return self.schemes[index.row()] if index.row() < len(self.schemes) else None
        versions = self.schemes[parent - 1].versions
        return versions[index.row()] if index.row() < len(versions) else None

    def index_of(self, record_id: str) -> QModelIndex:
        """The index (column 0) of the scheme or version with this id; invalid when none."""
        for row, scheme in enumerate(self.schemes):
            if scheme.id == record_id:
                return self.index(row, 0)
            for vrow, version in enumerate(scheme.versions):
                if version.id == record_id:
                    return self.index(vrow, 0, self.index(row, 0))
        return QModelIndex()

    # --- Qt ------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.schemes)
        if parent.internalId() == 0 and parent.column() == 0 \
                and parent.row() < len(self.schemes):
            return len(self.schemes[parent.row()].versions)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(TITLES)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(TITLES)):
            return QCoreApplication.translate("SchemesModel", TITLES[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.record(index)
        if record is None:
            return None
        if role == self.IdRole:
            return record.id
        if role == self.RecordRole:
            return record
        if isinstance(record, SchemeRecord):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self._scheme_text(record, index.column())
            if role == Qt.ItemDataRole.FontRole and index.column() == 0:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (version_name(record.number), T.status_label(record.status),
                    day(record.effective_from))[index.column()]
        return None

    def _scheme_text(self, scheme: SchemeRecord, column: int) -> str:
        if column == 0:
            return scheme.name
        if column == 1:  # the newest published version, the one runs use from its date
            published = scheme.published
            return (QCoreApplication.translate("SchemesModel", "%1 published")
                    .replace("%1", version_name(published[-1].number)) if published else
                    T.status_label("draft"))
        return ""
