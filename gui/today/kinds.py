"""Display names of reminder kinds (features add theirs here with one line)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

KIND_LABELS: dict[str, str] = {
    "followup_due": str(QT_TRANSLATE_NOOP("ReminderKinds", "Follow-ups due")),
    "stale_customer": str(QT_TRANSLATE_NOOP("ReminderKinds", "Customers without follow-up")),
    "deal_rotting": str(QT_TRANSLATE_NOOP("ReminderKinds", "Rotting deals")),
    "deal_overdue": str(QT_TRANSLATE_NOOP("ReminderKinds", "Deals past their close date")),
    "deal_closing": str(QT_TRANSLATE_NOOP("ReminderKinds", "Deals closing this week")),
    "target_adjustment": str(QT_TRANSLATE_NOOP("ReminderKinds", "Adjustment requests")),
    "quote_approval": str(QT_TRANSLATE_NOOP("ReminderKinds", "Quote approvals")),
    "payment_overdue": str(QT_TRANSLATE_NOOP("ReminderKinds", "Overdue payments")),
    "payment_due": str(QT_TRANSLATE_NOOP("ReminderKinds", "Payments due soon")),
    "target_ack": str(QT_TRANSLATE_NOOP("ReminderKinds", "Targets to acknowledge")),
    "checkpoint": str(QT_TRANSLATE_NOOP("ReminderKinds", "Plan checkpoints")),
    "plan_checkpoint": str(QT_TRANSLATE_NOOP("ReminderKinds", "Plan checkpoints")),
    "action_overdue": str(QT_TRANSLATE_NOOP("ReminderKinds", "Overdue action items")),
    "ticket_due": str(QT_TRANSLATE_NOOP("ReminderKinds", "Service tickets due")),
}
"""Kind code → English label, translated in context "ReminderKinds"."""

KIND_ORDER: tuple[str, ...] = (
    "followup_due", "payment_overdue", "payment_due", "deal_overdue", "deal_closing",
    "deal_rotting", "stale_customer", "ticket_due", "target_adjustment", "quote_approval",
    "plan_checkpoint", "checkpoint",
    "action_overdue", "target_ack",
)
"""Groups in this order first (most actionable first); other kinds follow by name."""


SECTION_LABELS: dict[str, str] = {
    "today": str(QT_TRANSLATE_NOOP("ReminderKinds", "Due today")),
    "overdue": str(QT_TRANSLATE_NOOP("ReminderKinds", "Overdue")),
    "upcoming": str(QT_TRANSLATE_NOOP("ReminderKinds", "Coming up")),
    "backlog": str(QT_TRANSLATE_NOOP("ReminderKinds", "Backlog")),
}
"""Section code (``services.today.reminders.SECTIONS``) → English label, context
"ReminderKinds"."""


def section_label(section: str) -> str:
    """A Today section's name in the current language."""
    return QCoreApplication.translate("ReminderKinds", SECTION_LABELS.get(section, section))


OTHER_LABEL = str(QT_TRANSLATE_NOOP("ReminderKinds", "Other reminders"))
"""The group name of a kind no label was given for (never its code: that would be English in
the Chinese interface)."""


def kind_label(kind: str) -> str:
    """A reminder kind's group name in the current language."""
    return QCoreApplication.translate("ReminderKinds", KIND_LABELS.get(kind, OTHER_LABEL))


_RANK = {kind: i for i, kind in enumerate(KIND_ORDER)}


def kind_sort_key(kind: str) -> tuple[int, str]:
    """Sort key placing known kinds in :data:`KIND_ORDER`, unknown ones after by name."""
    return (_RANK.get(kind, len(KIND_ORDER)), kind)
