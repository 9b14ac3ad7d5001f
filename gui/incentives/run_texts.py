"""Words of the Payout runs and My commission tabs for stored codes: a run's status, a line's
kind, a recognition's kind, a traced record's kind, a metric.

English source texts in context ``IncentivesText``, translated when shown (a language switch
rewords them); the Chinese are the domain guide's terms (已计算, 已复核, 提成, 追回, 荣誉…).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "IncentivesText"
NOT_COMPUTED = str(QT_TRANSLATE_NOOP("IncentivesText", "Not computed"))
STATUS = {
    "computed": str(QT_TRANSLATE_NOOP("IncentivesText", "Computed")),
    "reviewed": str(QT_TRANSLATE_NOOP("IncentivesText", "Reviewed")),
    "approved": str(QT_TRANSLATE_NOOP("IncentivesText", "Approved")),
    "locked": str(QT_TRANSLATE_NOOP("IncentivesText", "Locked")),
}
LINE_KINDS = {
    "commission": str(QT_TRANSLATE_NOOP("IncentivesText", "Commission")),
    "new_customer": str(QT_TRANSLATE_NOOP("IncentivesText", "New-customer award")),
    "bonus": str(QT_TRANSLATE_NOOP("IncentivesText", "Bonus")),
    "mentoring": str(QT_TRANSLATE_NOOP("IncentivesText", "Mentoring award")),
    "coefficient": str(QT_TRANSLATE_NOOP("IncentivesText", "Scorecard coefficient")),
    "adjustment": str(QT_TRANSLATE_NOOP("IncentivesText", "Adjustment")),
    "clawback": str(QT_TRANSLATE_NOOP("IncentivesText", "Clawback")),
    "recognition": str(QT_TRANSLATE_NOOP("IncentivesText", "Recognition")),
}
RECOGNITION_KINDS = {
    "honour": str(QT_TRANSLATE_NOOP("IncentivesText", "Honour")),
    "training": str(QT_TRANSLATE_NOOP("IncentivesText", "Training")),
    "promotion": str(QT_TRANSLATE_NOOP("IncentivesText", "Promotion recommendation")),
}
RECORD_KINDS = {
    "contract": str(QT_TRANSLATE_NOOP("IncentivesText", "Contract")),
    "payment": str(QT_TRANSLATE_NOOP("IncentivesText", "Payment")),
    "refund": str(QT_TRANSLATE_NOOP("IncentivesText", "Refund")),
    "customer": str(QT_TRANSLATE_NOOP("IncentivesText", "Customer")),
    "deal": str(QT_TRANSLATE_NOOP("IncentivesText", "Deal")),
    "target": str(QT_TRANSLATE_NOOP("IncentivesText", "Target")),
    "line": str(QT_TRANSLATE_NOOP("IncentivesText", "Line of a locked run")),
    "adjustment": str(QT_TRANSLATE_NOOP("IncentivesText", "Adjustment")),
    "recognition": str(QT_TRANSLATE_NOOP("IncentivesText", "Recognition")),
    "person": str(QT_TRANSLATE_NOOP("IncentivesText", "Person")),
}
METRICS = {
    "signed_amount": str(QT_TRANSLATE_NOOP("IncentivesText", "signed amount")),
    "collected_amount": str(QT_TRANSLATE_NOOP("IncentivesText", "collected amount")),
    "deal_count": str(QT_TRANSLATE_NOOP("IncentivesText", "deal count")),
    "new_customers": str(QT_TRANSLATE_NOOP("IncentivesText", "new customers")),
}


def word(table: dict[str, str], code: str | None) -> str:
    """The current language's word for ``code`` in ``table`` (the code itself if unknown)."""
    if code is None:
        return ""
    source = table.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else code


def status_word(status: str | None) -> str:
    """未计算 / 已计算 / 已复核 / 已审批 / 已锁定 (None: not computed)."""
    if status is None:
        return QCoreApplication.translate(CONTEXT, NOT_COMPUTED)
    return word(STATUS, status)
