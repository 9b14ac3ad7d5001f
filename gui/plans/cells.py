"""What the Plans page's cells accept: status labels and reading a typed value.

The tables themselves are :class:`gui.common.row_table_model.RowTableModel`s (the page declares
their columns); an edit hands the typed text here before it becomes a service call.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from gui.common.error_texts import error_text
from services.core.amounts import AmountError, read_amount


def status_labels() -> dict[str, str]:
    """Action status → visible label."""
    return {"todo": QCoreApplication.translate("PlansModels", "To do"),
            "doing": QCoreApplication.translate("PlansModels", "Doing"),
            "done": QCoreApplication.translate("PlansModels", "Done"),
            "blocked": QCoreApplication.translate("PlansModels", "Blocked")}


class ParseError(ValueError):
    """A typed value could not be read; the message says what is expected."""


def parse(kind: str, text: Any) -> Any:
    """The service value for what the user typed in a cell of ``kind`` (text, date, money,
    status).
    """
    raw = str(text or "").strip()
    if kind == "date":
        if not raw:
            return None
        try:
            return date.fromisoformat(raw)
        except ValueError as exc:
            raise ParseError(QCoreApplication.translate(
                "PlansModels", "Type a date as YYYY-MM-DD")) from exc
    if kind == "money":  # the app's one amount parser: 1.2万, ¥12,000.50, full-width digits
        try:
            return read_amount(raw) or Decimal(0)
        except AmountError as exc:
            raise ParseError(error_text(exc)) from exc
    if kind == "status":
        for code, label in status_labels().items():
            if raw in (code, label):
                return code
        raise ParseError(QCoreApplication.translate(
            "PlansModels", "Status is one of: To do, Doing, Done, Blocked"))
    return raw
