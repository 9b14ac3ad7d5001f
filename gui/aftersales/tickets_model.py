"""The ticket list's item model: a :class:`RowTableModel` whose overdue rows read red."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from gui.aftersales.labels import priority_label, satisfaction_text, status_label, type_label
from gui.common.formatting import day
from gui.common.row_table_model import Column, RowTableModel
from gui.common.theme import ink
from services.aftersales import TicketRow
from services.aftersales.rules import days_overdue

TITLES = (
    QT_TRANSLATE_NOOP("TicketsModel", "Number"), QT_TRANSLATE_NOOP("TicketsModel", "Issue"),
    QT_TRANSLATE_NOOP("TicketsModel", "Customer"), QT_TRANSLATE_NOOP("TicketsModel", "Type"),
    QT_TRANSLATE_NOOP("TicketsModel", "Priority"), QT_TRANSLATE_NOOP("TicketsModel", "Status"),
    QT_TRANSLATE_NOOP("TicketsModel", "Owner"), QT_TRANSLATE_NOOP("TicketsModel", "Due"),
    QT_TRANSLATE_NOOP("TicketsModel", "Days overdue"),
    QT_TRANSLATE_NOOP("TicketsModel", "Satisfaction"),
)


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
        texts = (
            lambda t: t.number, lambda t: t.title, lambda t: t.customer_name,
            lambda t: type_label(t.type), lambda t: priority_label(t.priority),
            lambda t: status_label(t.status), lambda t: t.owner_name or "—",
            lambda t: day(t.due_on) if t.due_on else "—", self._late,
            lambda t: satisfaction_text(t.satisfaction) if t.status == "closed" else "")
        self.set_columns([Column(QCoreApplication.translate("TicketsModel", str(title)), text,
                                 right=title == TITLES[8])
                          for title, text in zip(TITLES, texts, strict=True)])

    def _late(self, t: TicketRow) -> str:
        n = days_overdue(t.status, t.due_on, self.today)
        return str(n) if n else ""

    def extra_data(self, record: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and record.overdue(self.today):
            return ink("#b00020")
        return None
