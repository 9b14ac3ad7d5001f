"""What the import will store for a cell, as the preview shows it (the file's value is the
tooltip): 已成交 → the stage it maps to, 1.1万 → 11,000.00, dates in ISO form, 待分配 → no owner,
a tax rate of 13% as 13% (stored as 1300 basis points).
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gui.common.formatting import day
from gui.customers.formatting import method_label
from gui.org.labels import role_label, tier_label
from services.importing import CREATE, ImportPlan, PlanRow
from services.importing.fields import FieldSpec
from services.importing.parsers import clean_str


def _new(name: object) -> str:
    return QCoreApplication.translate("ImportPreview", "%1 (new)").replace("%1", str(name))


def _moment(value: datetime) -> str:
    local = value.astimezone()
    if local.time() == time(0, 0):
        return local.date().isoformat()
    return local.strftime("%Y-%m-%d %H:%M")


def _stage(plan: ImportPlan, row: PlanRow, raw: Any) -> str:
    stage_id = row.refs.get("stage_id")
    if stage_id == CREATE:
        return _new(raw)
    for stages in plan.lookups.stages.values():
        for st in stages:
            if st.id == stage_id:
                return st.name
    return str(raw or "")


def _owner(row: PlanRow, raw: Any) -> str:
    owner_id = row.refs.get("owner_id")
    if owner_id == CREATE:
        return _new(raw)
    if owner_id is None:
        return QCoreApplication.translate("ImportPreview", "(no owner)")
    return str(raw)


_PAY_METHODS = {  # a ledger's payment method (models.orders.PaymentMethod)
    "bank": QT_TRANSLATE_NOOP("ImportPreview", "Bank transfer"),
    "acceptance": QT_TRANSLATE_NOOP("ImportPreview", "Acceptance bill"),
    "cash": QT_TRANSLATE_NOOP("ImportPreview", "Cash"),
    "wechat": QT_TRANSLATE_NOOP("ImportPreview", "WeChat"),
    "alipay": QT_TRANSLATE_NOOP("ImportPreview", "Alipay"),
}


def _instalment(row: PlanRow, value: Any) -> str:
    """A ledger's 期次 as stored: its sequence number (given or assigned) and label."""
    seq, label = value
    seq = row.refs.get("seq", seq)
    return " ".join(str(p) for p in (seq, label) if p is not None)


def stored_text(plan: ImportPlan, row: PlanRow, spec: FieldSpec, raw: Any) -> str:
    """The value the import will store for ``spec`` in ``row`` (whose file cell is ``raw``),
    as text ("" when empty).
    """
    values = row.parsed.values
    if spec.key not in values:
        return ""
    value = values[spec.key]
    if spec.type == "owner":
        return _owner(row, value) if clean_str(raw) else ""
    if spec.type == "instalment":  # a row without one is numbered after the others
        return _instalment(row, value or (None, None))
    if value is None or value == "":
        return ""
    if spec.type == "stage":
        return _stage(plan, row, value)
    if spec.type == "customer" and row.refs.get("new_customer"):
        return _new(value)
    if isinstance(value, bool):
        return QCoreApplication.translate("ImportPreview", "Yes") if value else \
            QCoreApplication.translate("ImportPreview", "No")
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    if isinstance(value, datetime):
        return _moment(value)
    if isinstance(value, date):
        return day(value)
    if spec.type == "method":
        return method_label(str(value))
    if spec.type == "pay_method":
        return QCoreApplication.translate("ImportPreview", str(_PAY_METHODS.get(value, value)))
    if spec.type == "role":
        return role_label(str(value))
    if spec.type == "capacity":
        return tier_label(str(value))
    if spec.type == "percent":
        return f"{value}%"
    if spec.type == "rate":  # stored in basis points: 1300 is 13%
        from services.products.rules import bp_text

        return bp_text(int(value)) + "%"
    if spec.type == "tags":
        return "、".join(str(value).split(","))
    return str(value)
