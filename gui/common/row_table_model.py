"""The one generic table model: rows of frozen records shown through declared columns.

Every flat table of business records in Sailplan (a card's contacts and follow-ups, a deal's
lines and history, plan items, adjustments, backups…) is a :class:`RowTableModel` with a list of
:class:`Column` specs, or a small subclass that adds a role. Rows are frozen dataclasses from a
service; a record with an ``id`` attribute can be found and patched in place (a targeted
``dataChanged``) without a reset. Editing is opt-in per column: the column names the field an
edit writes and the model hands ``(row, field, text)`` to ``on_edit``, which pushes an undo
command — the model itself never writes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
EditHandler = Callable[[Any, str, Any], bool | None]


@dataclass(frozen=True)
class Column:
    """A column: its translated title, the text of a record, alignment and editing.

    ``field`` (None: read-only) is what an edit writes; ``edit`` gives the editor's start text
    (default: the shown text); ``check`` makes the column a check box showing that predicate.
    """

    title: str
    text: Callable[[Any], str]
    right: bool = False
    field: str | None = None
    edit: Callable[[Any], Any] | None = None
    check: Callable[[Any], bool] | None = None
    tooltip: Callable[[Any], str] | None = None


class RowTableModel(QAbstractTableModel):
    """See the module docstring. ``IdRole`` gives a record's id, ``RecordRole`` the record."""

    IdRole = Qt.ItemDataRole.UserRole + 1
    RecordRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, columns: Sequence[Column] = (), parent: Any = None, *,
                 on_edit: EditHandler | None = None) -> None:
        super().__init__(parent)
        self.columns: list[Column] = list(columns)
        self._rows: list[Any] = []
        self.on_edit = on_edit

    # --- content ---------------------------------------------------------------------------
    def set_columns(self, columns: Sequence[Column]) -> None:
        """Replace the columns (e.g. after a language switch): one reset."""
        self.beginResetModel()
        self.columns = list(columns)
        self.endResetModel()

    def set_rows(self, rows: Iterable[Any]) -> None:
        """Show ``rows`` (one model reset)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    @property
    def rows(self) -> list[Any]:
        """The records shown, in order (a copy)."""
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        """The record at ``row`` (None outside the table)."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def id_at(self, row: int) -> str | None:
        """The id of the record at ``row``."""
        record = self.row_at(row)
        return getattr(record, "id", None) if record is not None else None

    def row_of(self, record_id: str) -> int:
        """The row showing the record with this id, or -1."""
        for n, record in enumerate(self._rows):
            if getattr(record, "id", None) == record_id:
                return n
        return -1

    def patch(self, records: Iterable[Any]) -> list[Any]:
        """Replace shown records by id in place (one ``dataChanged`` each); returns those not
        shown (the caller decides whether they belong in the table).
        """
        missing = []
        for record in records:
            n = self.row_of(getattr(record, "id", None) or "")
            if n < 0:
                missing.append(record)
                continue
            self._rows[n] = record
            self.dataChanged.emit(self.index(n, 0), self.index(n, max(0, len(self.columns) - 1)))
        return missing

    # --- Qt --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.columns)):
            return self.columns[section].title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid() or self.on_edit is None:
            return base
        column = self.columns[index.column()]
        if column.check is not None and column.field is not None:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if column.field is not None:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < len(self.columns):
            return None
        record = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(record) if column.tooltip else column.text(record)
        if role == Qt.ItemDataRole.EditRole:
            return column.edit(record) if column.edit else column.text(record)
        if role == Qt.ItemDataRole.CheckStateRole and column.check is not None:
            return Qt.CheckState.Checked if column.check(record) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.IdRole:
            return getattr(record, "id", None)
        if role == self.RecordRole:
            return record
        return self.extra_data(record, index.column(), role)

    def extra_data(self, record: Any, column: int, role: int) -> Any:
        """Subclasses add roles here (colours, fonts…)."""
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.on_edit is None:
            return False
        column = self.columns[index.column()]
        if column.field is None:
            return False
        if role == Qt.ItemDataRole.CheckStateRole:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        return bool(self.on_edit(self._rows[index.row()], column.field, value) is not False)
