"""The card's contacts table (联系人): name, title, phone, WeChat, email, primary."""

from __future__ import annotations

from typing import Any

from gui.customers.row_list_model import RowListModel
from services.customers.queries import ContactRow


class ContactsModel(RowListModel):
    """Contacts of one customer, the primary contact first."""

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Title"), self.tr("Phone"), self.tr("WeChat"),
                self.tr("Email"), self.tr("Primary")]

    def cell(self, row: Any, column: int) -> str:
        c: ContactRow = row
        values = (c.name, c.title, c.phone, c.wechat, c.email,
                  self.tr("Yes") if c.is_primary else "")
        return values[column]
