"""The words of contract and order statuses and of risk reasons, in the interface language
(one place for the compliance and status dialogs and the risk list).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("OrderWords", text)


def contract_status_text(status: str) -> str:
    """草稿 / 已签订 / 已取消 in the interface language."""
    return {"draft": _t("Draft"), "signed": _t("Signed"),
            "cancelled": _t("Cancelled")}.get(status, status)


def order_status_text(status: str) -> str:
    """待交付 / 已交付 / 已验收 / 已完成 / 已取消 in the interface language."""
    return {"pending": _t("Awaiting delivery"), "delivered": _t("Delivered"),
            "accepted": _t("Accepted"), "done": _t("Completed"),
            "cancelled": _t("Cancelled")}.get(status, status)


def risk_reason_text(reason: str) -> str:
    """Why a customer is on the risk list."""
    return {"over_limit": _t("Over credit limit"), "overdue": _t("Overdue > 60 days"),
            "disputed": _t("Disputed")}.get(reason, reason)


def policy_text(policy: str) -> str:
    """A credit policy's name."""
    return {"off": _t("Don't check"), "warn": _t("Warn before creating"),
            "block": _t("Refuse the contract")}.get(policy, policy)
