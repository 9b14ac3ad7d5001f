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


def people_columns() -> list[Column]:
    """The columns, titled in the interface language."""
    return [
        Column(QCoreApplication.translate("PeopleModel", "Name"),
               lambda p: p.name),
        Column(QCoreApplication.translate("PeopleModel", "Unit"),
               lambda p: p.unit_name),
        Column(QCoreApplication.translate("PeopleModel", "Role"),
               lambda p: role_label(p.role)),
        Column(QCoreApplication.translate("PeopleModel", "Capacity tier"),
               lambda p: tier_label(p.capacity_tier)),
        Column(QCoreApplication.translate("PeopleModel", "Manager"),
               lambda p: p.manager_name or ""),
        Column(QCoreApplication.translate("PeopleModel", "Phone"),
               lambda p: p.phone or ""),
        Column(QCoreApplication.translate("PeopleModel", "E-mail"),
               lambda p: p.email or ""),
        Column(QCoreApplication.translate("PeopleModel", "Start date"),
               lambda p: p.active_from.isoformat()),
        Column(QCoreApplication.translate("PeopleModel", "Left on"),
               lambda p: p.active_to.isoformat() if p.active_to else ""),
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
