"""Display names of ticket statuses, types and priorities, and satisfaction as text."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "TicketLabels"

STATUS: dict[str, str] = {
    "open": str(QT_TRANSLATE_NOOP("TicketLabels", "Open")),
    "in_progress": str(QT_TRANSLATE_NOOP("TicketLabels", "In progress")),
    "resolved": str(QT_TRANSLATE_NOOP("TicketLabels", "Resolved")),
    "closed": str(QT_TRANSLATE_NOOP("TicketLabels", "Closed")),
}
TYPE: dict[str, str] = {
    "install": str(QT_TRANSLATE_NOOP("TicketLabels", "Installation")),
    "repair": str(QT_TRANSLATE_NOOP("TicketLabels", "Repair")),
    "return": str(QT_TRANSLATE_NOOP("TicketLabels", "Return / exchange")),
    "inquiry": str(QT_TRANSLATE_NOOP("TicketLabels", "Inquiry")),
    "complaint": str(QT_TRANSLATE_NOOP("TicketLabels", "Complaint")),
}
PRIORITY: dict[str, str] = {
    "low": str(QT_TRANSLATE_NOOP("TicketLabels", "Low")),
    "normal": str(QT_TRANSLATE_NOOP("TicketLabels", "Normal")),
    "high": str(QT_TRANSLATE_NOOP("TicketLabels", "High")),
    "urgent": str(QT_TRANSLATE_NOOP("TicketLabels", "Urgent")),
}
SCORES: dict[int, str] = {
    1: str(QT_TRANSLATE_NOOP("TicketLabels", "1 – very dissatisfied")),
    2: str(QT_TRANSLATE_NOOP("TicketLabels", "2 – dissatisfied")),
    3: str(QT_TRANSLATE_NOOP("TicketLabels", "3 – neutral")),
    4: str(QT_TRANSLATE_NOOP("TicketLabels", "4 – satisfied")),
    5: str(QT_TRANSLATE_NOOP("TicketLabels", "5 – very satisfied")),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def status_label(code: str) -> str:
    """A status in the interface language (待处理, 处理中, 已解决, 已关闭)."""
    return _tr(STATUS[code]) if code in STATUS else code


def type_label(code: str) -> str:
    """A ticket type in the interface language (安装, 维修, 退换货, 咨询, 投诉)."""
    return _tr(TYPE[code]) if code in TYPE else code


def priority_label(code: str) -> str:
    """A priority in the interface language (低, 中, 高, 紧急)."""
    return _tr(PRIORITY[code]) if code in PRIORITY else code


def score_label(score: int) -> str:
    """A satisfaction score with its meaning."""
    return _tr(SCORES[score]) if score in SCORES else str(score)


def satisfaction_text(score: int | Decimal | None) -> str:
    """A score or an average as "4.5 / 5"; "—" when there is none."""
    if score is None:
        return "—"
    return f"{score} / 5"
