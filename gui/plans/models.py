"""Table models of the Plans page: one generic row model driven by column specs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

Index = QModelIndex | QPersistentModelIndex


def status_labels() -> dict[str, str]:
    """Action status → visible label."""
    return {"todo": QCoreApplication.translate("PlansModels", "To do"),
            "doing": QCoreApplication.translate("PlansModels", "Doing"),
            "done": QCoreApplication.translate("PlansModels", "Done"),
            "blocked": QCoreApplication.translate("PlansModels", "Blocked")}


@dataclass(frozen=True)
class Column:
    """A column: header, how to read a row, the field an edit writes (None: read-only), kind."""

    header: str
    get: Callable[[Any], Any]
    field: str | None = None
    kind: str = "text"  # text, date, money, status, check


class ParseError(ValueError):
    """A typed value could not be read; the message says what is expected."""


def parse(kind: str, text: Any) -> Any:
    """The service value for what the user typed in a cell of ``kind``."""
    if kind == "check":
        return text
    raw = str(text or "").strip()
    if kind == "date":
        if not raw:
            return None
        try:
            return date.fromisoformat(raw)
        except ValueError as exc:
            raise ParseError(QCoreApplication.translate(
                "PlansModels", "Type a date as YYYY-MM-DD")) from exc
    if kind == "money":
        try:
            return Decimal(raw.replace(",", "").replace("¥", "") or "0")
        except InvalidOperation as exc:
            raise ParseError(QCoreApplication.translate(
                "PlansModels", "Type an amount in yuan, e.g. 12000.50")) from exc
    if kind == "status":
        for code, label in status_labels().items():
            if raw in (code, label):
                return code
        raise ParseError(QCoreApplication.translate(
            "PlansModels", "Status is one of: To do, Doing, Done, Blocked"))
    return raw


class RowsModel(QAbstractTableModel):
    """Rows of frozen dataclasses shown through :class:`Column` specs; edits go to ``on_edit``
    (``on_edit(row, field, value)``), which pushes an undo command and reloads.
    """

    def __init__(self, columns: Sequence[Column],
                 on_edit: Callable[[Any, str, Any], None] | None = None,
                 today: Callable[[], date] = date.today):
        super().__init__()
        self.columns = list(columns)
        self.rows: list[Any] = []
        self.on_edit = on_edit
        self.on_error: Callable[[str], None] | None = None
        self.today = today

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Rows (flat table)."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Columns."""
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column headers."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def _display(self, col: Column, value: Any) -> str:
        if value is None:
            return ""
        if col.kind == "date":
            return value.isoformat()
        if col.kind == "money":
            return f"¥{Decimal(value):,.2f}"
        if col.kind == "status":
            return status_labels().get(value, value)
        return str(value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, edit text, check state and overdue colouring."""
        if not index.isValid():
            return None
        col, row = self.columns[index.column()], self.rows[index.row()]
        value = col.get(row)
        if col.kind == "check":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.DisplayRole:
                return value.isoformat() if isinstance(value, date) else ""
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(col, value)
        if role == Qt.ItemDataRole.EditRole:
            if col.kind == "money":
                return f"{Decimal(value or 0):.2f}"
            return self._display(col, value)
        if role == Qt.ItemDataRole.ForegroundRole and hasattr(row, "overdue") \
                and row.overdue(self.today()):
            return QBrush(QColor("#C0392B"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col.kind == "money":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Editable where the column has a field."""
        base = super().flags(index)
        if not index.isValid() or self.on_edit is None:
            return base
        col = self.columns[index.column()]
        if col.field is None:
            return base
        if col.kind == "check":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Hand an edit to ``on_edit`` (which validates, writes with undo and reloads)."""
        if not index.isValid() or self.on_edit is None:
            return False
        col, row = self.columns[index.column()], self.rows[index.row()]
        if col.field is None:
            return False
        if col.kind == "check":
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            self.on_edit(row, col.field, self.today() if checked else None)
            return True
        if role != Qt.ItemDataRole.EditRole:
            return False
        try:
            parsed = parse(col.kind, value)
        except ParseError as exc:
            if self.on_error is not None:
                self.on_error(str(exc))
            return False
        self.on_edit(row, col.field, parsed)
        return True
