"""The card's contacts table (联系人): name, title, phone, WeChat, email, primary."""

from __future__ import annotations

from typing import Any

from gui.common.row_table_model import Column, RowTableModel


class ContactsModel(RowTableModel):
    """Contacts of one customer, the primary contact first."""

    def __init__(self, parent: Any = None):
        super().__init__((), parent)
        yes = self.tr("Yes")
        self.columns = [
            Column(self.tr("Name"), lambda c: c.name),
            Column(self.tr("Title"), lambda c: c.title),
            Column(self.tr("Phone"), lambda c: c.phone),
            Column(self.tr("WeChat"), lambda c: c.wechat),
            Column(self.tr("Email"), lambda c: c.email),
            Column(self.tr("Primary"), lambda c: yes if c.is_primary else ""),
        ]
