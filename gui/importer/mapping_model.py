"""File column → field mapping, one row per column of the file, with sample values."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from gui.importer.choice_delegate import CHOICES_ROLE, VALUE_ROLE
from gui.importer.labels import tr
from services.importing import FieldSpec, fields_for
from services.importing.fields import MAPPING_REQUIRED
from services.importing.parsers import clean_str

Index = QModelIndex | QPersistentModelIndex
SAMPLES = 3


class MappingModel(QAbstractTableModel):
    """Columns: file column, field it imports into (editable), sample values."""

    mapping_changed = Signal()

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.headers: list[str] = []
        self.mapping: list[str | None] = []
        self.samples: list[str] = []
        self.specs: dict[str, FieldSpec] = {}
        self.required: set[str] = set()

    def load(self, kind: str, headers: list[str], mapping: list[str | None],
             rows: list[list[Any]]) -> None:
        """Show the columns of a file with their current mapping and a few sample values."""
        self.beginResetModel()
        self.specs = {s.key: s for s in fields_for(kind)}
        # fields a column must map to although a cell may be empty (a ledger's customer)
        self.required = {k for k, s in self.specs.items() if s.required} | set(
            MAPPING_REQUIRED.get(kind, ()))
        self.headers = list(headers)
        self.mapping = list(mapping) + [None] * (len(headers) - len(mapping))
        self.samples = []
        for col in range(len(headers)):
            vals = [clean_str(r[col]) for r in rows if col < len(r) and clean_str(r[col])]
            self.samples.append("  |  ".join(v[:40] for v in vals[:SAMPLES]))
        self.endResetModel()

    def set_mapping(self, mapping: list[str | None]) -> None:
        """Replace every column's field at once (a loaded mapping file)."""
        self.mapping = [f if f in self.specs else None for f in mapping][:len(self.headers)]
        self.mapping += [None] * (len(self.headers) - len(self.mapping))
        if self.headers:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self.headers) - 1, 1))
        self.mapping_changed.emit()

    def field_label(self, key: str | None) -> str:
        """The translated name of a field ("— ignore —" for None)."""
        if key is None:
            return self.tr("— ignore —")
        spec = self.specs[key]
        return tr(spec.label) + (" *" if key in self.required else "")

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Column in file"), self.tr("Imports into"),
                    self.tr("Sample values"))[section] if 0 <= section < 3 else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == 1:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.headers):
            return None
        r, c = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if c == 0:
                return self.headers[r] or self.tr("(column %1)").replace("%1", str(r + 1))
            if c == 1:  # the arrow says "click to choose"
                return self.field_label(self.mapping[r]) + "  ▾"
            return self.samples[r]
        if role == VALUE_ROLE and c == 1:
            return self.mapping[r]
        if role == CHOICES_ROLE and c == 1:
            return [(self.field_label(None), None)] + [
                (self.field_label(k), k) for k in self.specs]
        if role == Qt.ItemDataRole.ForegroundRole and c == 1 and self.mapping[r] is None:
            return Qt.GlobalColor.gray
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 1 or role not in (
                VALUE_ROLE, Qt.ItemDataRole.EditRole):
            return False
        key = value if value in self.specs else None
        r = index.row()
        for other, current in enumerate(self.mapping):  # one column per field
            if key is not None and other != r and current == key:
                self.mapping[other] = None
                idx = self.index(other, 1)
                self.dataChanged.emit(idx, idx)
        self.mapping[r] = key
        self.dataChanged.emit(index, index)
        self.mapping_changed.emit()
        return True

    def missing_required(self) -> list[str]:
        """Translated names of required fields no column maps to."""
        mapped = set(self.mapping)
        return [tr(s.label) for s in self.specs.values()
                if s.key in self.required and s.key not in mapped]
