"""The ticket list's item model: a :class:`RowTableModel` whose overdue rows read red."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from gui.aftersales.labels import priority_label, satisfaction_text, status_label, type_label
from gui.common.formatting import day
from gui.common.row_table_model import Column, RowTableModel
from gui.common.theme import ink
from services.aftersales import TicketRow
from services.aftersales.rules import days_overdue


def _tr(text: str) -> str:
    return QCoreApplication.translate("TicketsModel", text)


class TicketsModel(RowTableModel):
    """Tickets with number, issue, customer, type, priority, status, owner, due date, days
    overdue and satisfaction; ``today`` decides what is overdue.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent=parent)
        self.today = date.today()
        self.retranslate()

    def retranslate(self) -> None:
        """Column titles in the current language."""
        self.set_columns([
            Column(_tr("Number"), lambda t: t.number),
            Column(_tr("Issue"), lambda t: t.title),
            Column(_tr("Customer"), lambda t: t.customer_name),
            Column(_tr("Type"), lambda t: type_label(t.type)),
            Column(_tr("Priority"), lambda t: priority_label(t.priority)),
            Column(_tr("Status"), lambda t: status_label(t.status)),
            Column(_tr("Owner"), lambda t: t.owner_name or "—"),
            Column(_tr("Due"), lambda t: day(t.due_on) if t.due_on else "—"),
            Column(_tr("Days overdue"), self._late, right=True),
            Column(_tr("Satisfaction"), lambda t: satisfaction_text(t.satisfaction)
                   if t.status == "closed" else ""),
        ])

    def _late(self, t: TicketRow) -> str:
        n = days_overdue(t.status, t.due_on, self.today)
        return str(n) if n else ""

    def extra_data(self, record: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and record.overdue(self.today):
            return ink("#b00020")
        return None
