"""Display names of reminder kinds (features add theirs here with one line)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

KIND_LABELS: dict[str, str] = {
    "followup_due": str(QT_TRANSLATE_NOOP("ReminderKinds", "Follow-ups due")),
    "stale_customer": str(QT_TRANSLATE_NOOP("ReminderKinds", "Customers without follow-up")),
    "deal_rotting": str(QT_TRANSLATE_NOOP("ReminderKinds", "Stalled deals")),
    "deal_closing": str(QT_TRANSLATE_NOOP("ReminderKinds", "Deals expected to close")),
    "payment_overdue": str(QT_TRANSLATE_NOOP("ReminderKinds", "Overdue payments")),
    "target_ack": str(QT_TRANSLATE_NOOP("ReminderKinds", "Targets to acknowledge")),
    "checkpoint": str(QT_TRANSLATE_NOOP("ReminderKinds", "Plan checkpoints")),
}
"""Kind code → English label, translated in context "ReminderKinds"."""

KIND_ORDER: tuple[str, ...] = (
    "followup_due", "payment_overdue", "deal_rotting", "stale_customer", "deal_closing",
    "checkpoint", "target_ack",
)
"""Groups in this order first (most actionable first); other kinds follow by name."""


def kind_label(kind: str) -> str:
    """A reminder kind's group name in the current language."""
    text = KIND_LABELS.get(kind)
    if text is None:
        return kind.replace("_", " ").capitalize()
    return QCoreApplication.translate("ReminderKinds", text)


def kind_sort_key(kind: str) -> tuple[int, str]:
    """Sort key placing known kinds in :data:`KIND_ORDER`, unknown ones after by name."""
    try:
        return (KIND_ORDER.index(kind), kind)
    except ValueError:
        return (len(KIND_ORDER), kind)
