"""Table model of a merge preview: one row per field, one column per customer plus the result."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from services.customers.merge import MergeField, MergePreview

Index = QModelIndex | QPersistentModelIndex


class MergePreviewModel(QAbstractTableModel):
    """Rows: fields; columns: the kept customer, each merged customer, then the result.

    The cell the result comes from is shown bold; the result column is tinted. Fields empty on
    every record are left out.
    """

    SourceRole = Qt.ItemDataRole.UserRole + 1  # True on the cell the result is taken from

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.preview: MergePreview | None = None
        self.rows: list[MergeField] = []

    def field_label(self, field: str) -> str:
        """The translated name of a customer field."""
        labels = {
            "name": self.tr("Name"), "industry": self.tr("Industry"),
            "region": self.tr("Region"), "address": self.tr("Address"),
            "source": self.tr("Source"), "phone": self.tr("Phone"), "email": self.tr("Email"),
            "website": self.tr("Website"), "owner_id": self.tr("Owner"),
            "unit_id": self.tr("Team"), "credit_limit": self.tr("Credit limit"),
            "notes": self.tr("Notes"), "tags": self.tr("Tags"),
            "cooperation_since": self.tr("Customer since"),
            "last_followup_at": self.tr("Last follow-up"),
            "next_followup_on": self.tr("Next follow-up"),
        }
        return labels.get(field, field)

    def set_preview(self, preview: MergePreview | None) -> None:
        """Show ``preview`` (None clears the table)."""
        self.beginResetModel()
        self.preview = preview
        self.rows = [f for f in preview.fields if f.result or any(f.values)] if preview else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.preview is None:
            return 0
        return len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.preview is None:
            return 0
        return len(self.preview.customer_ids) + 1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.preview is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            if 0 <= section < len(self.rows):
                return self.field_label(self.rows[section].field)
            return None
        n = len(self.preview.customer_ids)
        if section == 0:
            return self.tr("Keep: {0}").format(self.preview.names[0])
        if section < n:
            return self.tr("Merge: {0}").format(self.preview.names[section])
        if section == n:
            return self.tr("Result")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.preview is None or not index.isValid():
            return None
        row, col = index.row(), index.column()
        if not (0 <= row < len(self.rows)) or not (0 <= col < self.columnCount()):
            return None
        f = self.rows[row]
        n = len(self.preview.customer_ids)
        is_result = col == n
        text = f.result if is_result else f.values[col]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return text.replace("\n", " ⏎ ") if role == Qt.ItemDataRole.DisplayRole else text
        if role == self.SourceRole:
            return (not is_result) and f.source == col and bool(text)
        if role == Qt.ItemDataRole.FontRole and not is_result and f.source == col and text:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and is_result:
            return QBrush(QColor(232, 244, 234))
        if role == Qt.ItemDataRole.ForegroundRole and is_result:
            return QBrush(QColor(20, 20, 20))
        return None
