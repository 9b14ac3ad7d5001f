"""Customer labels in the interface language: tiers, owners and follow-up methods.

Money and dates go through :mod:`gui.common.formatting` like every page's.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tier_label(tier: str | None) -> str:
    """A 大客户 / B 普通 / C 潜在 in the interface language."""
    names = {
        "A": QCoreApplication.translate("Customers", "A · Key"),
        "B": QCoreApplication.translate("Customers", "B · Ordinary"),
        "C": QCoreApplication.translate("Customers", "C · Potential"),
    }
    return names.get(tier or "", QCoreApplication.translate("Customers", "—"))


def owner_text(owner_id: str | None, owner_name: str, in_pool: bool) -> str:
    """Who owns a customer: the owner, 公海 for the shared pool, or "(no owner)" — never blank.

    A customer without an owner is in the pool only when the firm uses one; otherwise (or
    imported before the owner was known) it is unassigned, and says so the same way
    everywhere (list, card, filter).
    """
    if owner_id:
        return owner_name or "—"
    if in_pool:
        return QCoreApplication.translate("Customers", "Shared pool")
    return QCoreApplication.translate("Customers", "(no owner)")


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
