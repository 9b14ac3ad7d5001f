"""List model of pipelines for Settings → Pipelines (renames go through a callback)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from services.pipeline.deals import PipelineInfo

Index = QModelIndex | QPersistentModelIndex


class PipelinesModel(QAbstractListModel):
    """One row per pipeline; the name is editable (a rename)."""

    PipelineIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PipelineInfo] = []
        self.on_rename: Callable[[str, str], bool] | None = None

    def set_pipelines(self, pipes: list[PipelineInfo]) -> None:
        """Replace the rows (model reset)."""
        self.beginResetModel()
        self._rows = list(pipes)
        self.endResetModel()

    def pipeline_at(self, row: int) -> PipelineInfo | None:
        """The pipeline in ``row``."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, pipeline_id: str | None) -> int:
        """The row of a pipeline id, or -1."""
        return next((i for i, p in enumerate(self._rows) if p.id == pipeline_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        p = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return p.name
        if role == self.PipelineIdRole:
            return p.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("%n stage(s)", "", len(p.stages))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.on_rename is None:
            return False
        p = self._rows[index.row()]
        text = str(value).strip()
        if text == p.name:
            return False
        return self.on_rename(p.id, text)
