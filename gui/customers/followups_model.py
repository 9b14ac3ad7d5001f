"""The card's follow-up timeline (跟进记录), newest first."""

from __future__ import annotations

from typing import Any

from gui.common.formatting import day
from gui.common.row_table_model import Column, RowTableModel
from gui.customers.formatting import method_label


class FollowUpsModel(RowTableModel):
    """Date, method, content, next step, next date and who followed up."""

    def __init__(self, parent: Any = None):
        super().__init__((), parent)
        self.columns = [
            Column(self.tr("Date"), lambda f: day(f.at)),
            Column(self.tr("Method"), lambda f: method_label(f.method)),
            Column(self.tr("Content"), lambda f: f.content),
            Column(self.tr("Next step"), lambda f: f.next_step),
            Column(self.tr("Next date"), lambda f: day(f.next_on)),
            Column(self.tr("By"), lambda f: f.person_name),
        ]
