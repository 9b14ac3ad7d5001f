"""The card's follow-up timeline (跟进记录), newest first."""

from __future__ import annotations

from typing import Any

from gui.customers.formatting import day, method_label
from gui.customers.row_list_model import RowListModel
from services.customers.queries import FollowUpRow


class FollowUpsModel(RowListModel):
    """Date, method, content, next step, next date and who followed up."""

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Method"), self.tr("Content"), self.tr("Next step"),
                self.tr("Next date"), self.tr("By")]

    def cell(self, row: Any, column: int) -> str:
        f: FollowUpRow = row
        values = (day(f.at), method_label(f.method), f.content, f.next_step, day(f.next_on),
                  f.person_name)
        return values[column]
