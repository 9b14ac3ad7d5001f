"""The audit trail's table columns, shared by the log in Settings and a record's History tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from gui.common.formatting import day_time
from gui.common.row_table_model import Column, RowTableModel
from gui.team.audit_texts import (
    action_label,
    actor_text,
    change_text,
    field_label,
    record_text,
    table_label,
)


def audit_columns() -> list[Column]:
    """When, who, kind, record, field, action, old → new."""
    columns = [
        Column(QCoreApplication.translate("AuditColumns", "When"), lambda r: day_time(r.at)),
        Column(QCoreApplication.translate("AuditColumns", "Who"), actor_text,
               tooltip=lambda r: r.actor_id or ""),
    ]
    columns += [
        Column(QCoreApplication.translate("AuditColumns", "Kind"), lambda r: table_label(r.table)),
        Column(QCoreApplication.translate("AuditColumns", "Record"), record_text),
        Column(QCoreApplication.translate("AuditColumns", "Field"), lambda r: field_label(r.field)),
        Column(QCoreApplication.translate("AuditColumns", "Action"),
               lambda r: action_label(r.action)),
        Column(QCoreApplication.translate("AuditColumns", "Change"), change_text,
               tooltip=change_text),
    ]
    return columns


def audit_table(parent: QWidget, model: RowTableModel, name: str) -> QTableView:
    """A read-only list of log rows, the change column stretched."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table (arrows move)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view
