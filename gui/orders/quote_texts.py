"""The words of a quote's status and approval in the interface language (context QuoteTexts)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

STATUS = {
    "draft": str(QT_TRANSLATE_NOOP("QuoteTexts", "Draft")),
    "sent": str(QT_TRANSLATE_NOOP("QuoteTexts", "Sent")),
    "accepted": str(QT_TRANSLATE_NOOP("QuoteTexts", "Accepted")),
    "rejected": str(QT_TRANSLATE_NOOP("QuoteTexts", "Rejected")),
    "expired": str(QT_TRANSLATE_NOOP("QuoteTexts", "Expired")),
}
APPROVAL = {
    "pending": str(QT_TRANSLATE_NOOP("QuoteTexts", "Waiting for approval")),
    "approved": str(QT_TRANSLATE_NOOP("QuoteTexts", "Approved")),
    "rejected": str(QT_TRANSLATE_NOOP("QuoteTexts", "Discount rejected")),
    "withdrawn": str(QT_TRANSLATE_NOOP("QuoteTexts", "Withdrawn")),
}


def status_text(code: str) -> str:
    """A quote status (草稿 / 已发送 / 已接受 / 已拒绝 / 已过期)."""
    return QCoreApplication.translate("QuoteTexts", STATUS.get(code, code))


def approval_text(code: str | None) -> str:
    """An approval state; empty when none is needed."""
    if not code:
        return ""
    return QCoreApplication.translate("QuoteTexts", APPROVAL.get(code, code))


def revision_text(number: str, revision: int) -> str:
    """``BJ-2026-0001`` or ``BJ-2026-0001 rev 2`` (第 2 版)."""
    if revision <= 1:
        return number
    return QCoreApplication.translate("QuoteTexts", "%1 rev %2").replace(
        "%1", number).replace("%2", str(revision))
