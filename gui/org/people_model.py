"""The people table of the org editor: every field, role and tier in words, people who left
greyed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from gui.common.row_table_model import Column, RowTableModel
from gui.common.theme import ink
from gui.org.labels import role_label, tier_label
from services.org.people_edit import PersonInfo


def _tr(text: str) -> str:
    return QCoreApplication.translate("PeopleModel", text)


def people_columns() -> list[Column]:
    """The columns, titled in the interface language."""
    return [
        Column(_tr("Name"), lambda p: p.name),
        Column(_tr("Unit"), lambda p: p.unit_name),
        Column(_tr("Role"), lambda p: role_label(p.role)),
        Column(_tr("Capacity tier"), lambda p: tier_label(p.capacity_tier)),
        Column(_tr("Manager"), lambda p: p.manager_name or ""),
        Column(_tr("Phone"), lambda p: p.phone or ""),
        Column(_tr("E-mail"), lambda p: p.email or ""),
        Column(_tr("Start date"), lambda p: p.active_from.isoformat()),
        Column(_tr("Left on"), lambda p: p.active_to.isoformat() if p.active_to else ""),
    ]


class PeopleModel(RowTableModel):
    """Rows of :class:`~services.org.people_edit.PersonInfo`; inactive people in grey."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(people_columns(), parent)

    def extra_data(self, record: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and isinstance(record, PersonInfo) \
                and not record.active:
            return ink("#8a8f98")
        return None
