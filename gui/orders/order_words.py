"""The words of contract and order statuses and of risk reasons, in the interface language
(one place for the compliance and status dialogs and the risk list).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

T = QCoreApplication


def contract_status_text(status: str) -> str:
    """草稿 / 已签订 / 已取消 in the interface language."""
    return {"draft": T.translate("OrderWords", "Draft"),
            "signed": T.translate("OrderWords", "Signed"),
            "cancelled": T.translate("OrderWords", "Cancelled")}.get(status, status)


def order_status_text(status: str) -> str:
    """待交付 / 已交付 / 已验收 / 已完成 / 已取消 in the interface language."""
    return {"pending": T.translate("OrderWords", "Awaiting delivery"),
            "delivered": T.translate("OrderWords", "Delivered"),
            "accepted": T.translate("OrderWords", "Accepted"),
            "done": T.translate("OrderWords", "Completed"),
            "cancelled": T.translate("OrderWords", "Cancelled")}.get(status, status)


def risk_reason_text(reason: str) -> str:
    """Why a customer is on the risk list."""
    return {"over_limit": T.translate("OrderWords", "Over credit limit"),
            "overdue": T.translate("OrderWords", "Overdue > 60 days"),
            "disputed": T.translate("OrderWords", "Disputed")}.get(reason, reason)


def policy_text(policy: str) -> str:
    """A credit policy's name."""
    return {"off": T.translate("OrderWords", "Don't check"),
            "warn": T.translate("OrderWords", "Warn before creating"),
            "block": T.translate("OrderWords", "Refuse the contract")}.get(policy, policy)
