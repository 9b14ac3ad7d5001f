"""The Plans page's tables: the generic row table, with overdue rows in red."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from gui.common.row_table_model import RowTableModel
from gui.common.theme import ink

OVERDUE = QColor("#C0392B")


class OverdueRowModel(RowTableModel):
    """A :class:`RowTableModel` whose records with an ``overdue(today)`` method that says so
    are painted red.
    """

    def __init__(self, *args: Any, today: Callable[[], date] = date.today, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.today = today

    def extra_data(self, record: Any, column: int, role: int) -> Any:
        """Red text for an overdue record."""
        if role == Qt.ItemDataRole.ForegroundRole and hasattr(record, "overdue") \
                and record.overdue(self.today()):
            return QBrush(ink(OVERDUE))
        return None
