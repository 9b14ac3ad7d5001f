"""How the audit trail reads: tables, fields, actions and values in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gui.common.formatting import count, day, day_time, money, percent
from gui.incentives.run_texts import status_word
from gui.incentives.texts import status_label as scheme_status
from gui.org.labels import role_label
from services.team.audit import AuditRow, AuditValue

CONTEXT = "AuditTexts"

TABLES: dict[str, str] = {
    "customers": str(QT_TRANSLATE_NOOP("AuditTexts", "Customer")),
    "deals": str(QT_TRANSLATE_NOOP("AuditTexts", "Deal")),
    "target_values": str(QT_TRANSLATE_NOOP("AuditTexts", "Target value")),
    "payments": str(QT_TRANSLATE_NOOP("AuditTexts", "Payment")),
    "payout_runs": str(QT_TRANSLATE_NOOP("AuditTexts", "Payout run")),
    "payout_lines": str(QT_TRANSLATE_NOOP("AuditTexts", "Payout line")),
    "payout_adjustments": str(QT_TRANSLATE_NOOP("AuditTexts", "Payout adjustment")),
    "scheme_versions": str(QT_TRANSLATE_NOOP("AuditTexts", "Scheme version")),
    "people": str(QT_TRANSLATE_NOOP("AuditTexts", "Person")),
}

FIELDS: dict[str, str] = {
    "owner_id": str(QT_TRANSLATE_NOOP("AuditTexts", "Owner")),
    "in_pool": str(QT_TRANSLATE_NOOP("AuditTexts", "In the shared pool")),
    "deleted_at": str(QT_TRANSLATE_NOOP("AuditTexts", "Deleted")),
    "stage_id": str(QT_TRANSLATE_NOOP("AuditTexts", "Stage")),
    "amount": str(QT_TRANSLATE_NOOP("AuditTexts", "Amount")),
    "expected_close": str(QT_TRANSLATE_NOOP("AuditTexts", "Expected close")),
    "floor": str(QT_TRANSLATE_NOOP("AuditTexts", "Floor")),
    "target": str(QT_TRANSLATE_NOOP("AuditTexts", "Target")),
    "challenge": str(QT_TRANSLATE_NOOP("AuditTexts", "Challenge")),
    "received_on": str(QT_TRANSLATE_NOOP("AuditTexts", "Received on")),
    "contract_id": str(QT_TRANSLATE_NOOP("AuditTexts", "Contract")),
    "status": str(QT_TRANSLATE_NOOP("AuditTexts", "Status")),
    "person_id": str(QT_TRANSLATE_NOOP("AuditTexts", "Person")),
    "effective_from": str(QT_TRANSLATE_NOOP("AuditTexts", "Effective from")),
    "document": str(QT_TRANSLATE_NOOP("AuditTexts", "Rules")),
    "role": str(QT_TRANSLATE_NOOP("AuditTexts", "Role")),
    "unit_id": str(QT_TRANSLATE_NOOP("AuditTexts", "Org unit")),
    "manager_id": str(QT_TRANSLATE_NOOP("AuditTexts", "Manager")),
}

ACTIONS: dict[str, str] = {
    "insert": str(QT_TRANSLATE_NOOP("AuditTexts", "Created")),
    "update": str(QT_TRANSLATE_NOOP("AuditTexts", "Changed")),
    "delete": str(QT_TRANSLATE_NOOP("AuditTexts", "Removed")),
}

WORDS: dict[str, str] = {
    "yes": str(QT_TRANSLATE_NOOP("AuditTexts", "Yes")),
    "no": str(QT_TRANSLATE_NOOP("AuditTexts", "No")),
    "deleted": str(QT_TRANSLATE_NOOP("AuditTexts", "deleted")),
    "restored": str(QT_TRANSLATE_NOOP("AuditTexts", "restored")),
    "unknown": str(QT_TRANSLATE_NOOP("AuditTexts", "(unknown)")),
    "rules": str(QT_TRANSLATE_NOOP("AuditTexts", "rules ({count} characters)")),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def _label(table: dict[str, str], code: str) -> str:
    source = table.get(code)
    return _tr(source) if source is not None else code


def table_label(table: str) -> str:
    """客户 / Customer for ``customers``."""
    return _label(TABLES, table)


def field_label(field: str) -> str:
    """负责人 / Owner for ``owner_id``."""
    return _label(FIELDS, field)


def action_label(action: str) -> str:
    """新建 / 修改 / 删除."""
    return _label(ACTIONS, action)


def value_text(row: AuditRow, value: AuditValue) -> str:
    """One side of a change as the app shows such a value (money in yuan, names, days)."""
    v = value.value
    if v is None:
        return "—"
    if value.kind == "money":
        return money(v)  # type: ignore[arg-type]
    if value.kind == "date":
        return day(v)  # type: ignore[arg-type]
    if value.kind == "time":
        return day_time(v)  # type: ignore[arg-type]
    if value.kind == "flag":
        return _tr(WORDS["yes"]) if v else _tr(WORDS["no"])
    if value.kind == "count":
        return count(v)  # type: ignore[arg-type]
    if value.kind == "rate":
        return percent(int(v) / 10000)  # type: ignore[arg-type]
    if value.kind == "document":
        return _tr(WORDS["rules"]).format(count=f"{v:,}")
    if value.kind == "enum" and row.field == "role":
        return role_label(str(v))
    if value.kind == "enum" and row.table == "payout_runs":
        return status_word(str(v))
    if value.kind == "enum" and row.table == "scheme_versions":
        return scheme_status(str(v))
    return str(v)


def change_text(row: AuditRow) -> str:
    """``old → new``; a creation shows the first value, a removal the last."""
    if row.field == "deleted_at" and row.action == "update":
        return _tr(WORDS["deleted"] if row.new.value is not None else WORDS["restored"])
    if row.action == "insert":
        return value_text(row, row.new)
    if row.action == "delete":
        return value_text(row, row.old)
    return f"{value_text(row, row.old)} → {value_text(row, row.new)}"


def record_text(row: AuditRow) -> str:
    """The record's name, or a short id when the record is gone."""
    return row.record or row.record_id[:8]


def actor_text(row: AuditRow) -> str:
    """Who: the person's name, the database login, or "unknown"."""
    return row.actor or _tr(WORDS["unknown"])
