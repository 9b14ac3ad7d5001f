"""How customer values are shown: money in ¥ with thousands separators, dates, tiers, methods."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from models.base import from_fen


def money(value: Decimal | None) -> str:
    """¥1,234,567.00 (empty for None)."""
    if value is None:
        return ""
    return f"¥{value:,.2f}"


def money_fen(fen: int) -> str:
    """Money from integer fen."""
    return money(from_fen(fen))


def day(value: date | datetime | None) -> str:
    """ISO date (a timestamp is shown as its local calendar day)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone().date()
    return value.isoformat()


def tier_label(tier: str | None) -> str:
    """A 大客户 / B 普通 / C 潜在 in the interface language."""
    names = {
        "A": QCoreApplication.translate("Customers", "A · Key"),
        "B": QCoreApplication.translate("Customers", "B · Ordinary"),
        "C": QCoreApplication.translate("Customers", "C · Potential"),
    }
    return names.get(tier or "", QCoreApplication.translate("Customers", "—"))


def method_label(method: str) -> str:
    """拜访 / 电话 / 微信 / 邮件."""
    names = {
        "visit": QCoreApplication.translate("Customers", "Visit"),
        "call": QCoreApplication.translate("Customers", "Call"),
        "wechat": QCoreApplication.translate("Customers", "WeChat"),
        "email": QCoreApplication.translate("Customers", "Email"),
    }
    return names.get(method, method)


METHODS = ("visit", "call", "wechat", "email")
