"""Customer labels in the interface language: tiers and follow-up methods.

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
