"""The card's follow-up timeline (跟进记录), newest first.

Four columns so the content keeps most of a narrow card's width: when (date, then the method
below it), what was discussed, the next step (with its date below it) and who followed up.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from gui.common.formatting import day
from gui.common.row_table_model import Column, RowTableModel
from gui.customers.formatting import method_label


def _lines(*parts: str) -> str:
    return "\n".join(p for p in parts if p)


class FollowUpsModel(RowTableModel):
    """When (date and method), content, next step (and its date) and who followed up."""

    CONTENT = 1
    NEXT_STEP = 2

    def __init__(self, parent: Any = None):
        super().__init__((), parent)
        self.columns = [
            Column(self.tr("Date"), lambda f: _lines(day(f.at), method_label(f.method))),
            Column(self.tr("Content"), lambda f: f.content),
            Column(self.tr("Next step"), lambda f: _lines(f.next_step, day(f.next_on))),
            Column(self.tr("By"), lambda f: f.person_name),
        ]

    def extra_data(self, record: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:  # a timeline reads from each row's top
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None
