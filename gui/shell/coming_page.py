"""The honest placeholder for an area that has no page yet: its title and what it will do."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from gui.pages import PageSpec
from gui.shell.nav_model import page_title
from gui.shell.resources import icon

_PLANNED: dict[str, str] = {
    "today": str(QT_TRANSLATE_NOOP(
        "ComingPage", "Today — reminders for stale customers, due follow-ups, rotting deals and "
        "overdue payments — is coming in a later release.")),
    "customers": str(QT_TRANSLATE_NOOP(
        "ComingPage", "Customers — one archive of companies, contacts, tiers and follow-up "
        "records — is coming in a later release.")),
    "pipeline": str(QT_TRANSLATE_NOOP(
        "ComingPage", "Pipeline — opportunities by stage on a kanban board, with weighted "
        "values and stage history — is coming in a later release.")),
    "targets": str(QT_TRANSLATE_NOOP(
        "ComingPage", "Targets — company, layer and personal targets split by period, with "
        "floor, target and challenge values — are coming in a later release.")),
    "plans": str(QT_TRANSLATE_NOOP(
        "ComingPage", "Plans — action items, resources and checkpoints linked to targets, and "
        "the reverse funnel — are coming in a later release.")),
    "orders": str(QT_TRANSLATE_NOOP(
        "ComingPage", "Orders & Payments — quotes, orders, instalment plans and payment "
        "collection — are coming in a later release.")),
    "incentives": str(QT_TRANSLATE_NOOP(
        "ComingPage", "Incentives — KPIs, commission tiers, bonuses and explainable payout "
        "statements — are coming in a later release.")),
    "dashboard": str(QT_TRANSLATE_NOOP(
        "ComingPage", "Dashboard & Reviews — target versus actual, funnel conversion and "
        "weekly, monthly and quarterly reviews — are coming in a later release.")),
    "settings": str(QT_TRANSLATE_NOOP(
        "ComingPage", "Settings are coming in a later release.")),
}
_FALLBACK = str(QT_TRANSLATE_NOOP("ComingPage", "This area is coming in a later release."))


def planned_text(key: str) -> str:
    """The translated one-sentence promise for page ``key``."""
    return QCoreApplication.translate("ComingPage", _PLANNED.get(key, _FALLBACK))


class ComingPage(QWidget):
    """Shown for a sidebar entry whose factory is None."""

    def __init__(self, spec: PageSpec, parent: QWidget | None = None):
        from PySide6.QtCore import Qt  # not at import: the shell imports this before painting

        super().__init__(parent)
        self.setObjectName("comingPage")
        self.spec = spec
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        badge = QLabel(self)
        badge.setPixmap(icon(spec.icon).pixmap(56, 56))
        badge.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.title_label = QLabel(page_title(spec), self)
        self.title_label.setObjectName("pageTitle")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.text_label = QLabel(planned_text(spec.key), self)
        self.text_label.setObjectName("comingText")
        self.text_label.setWordWrap(True)
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.text_label.setFixedWidth(520)
        for widget in (badge, self.title_label):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        # Centred by stretches, not by an alignment flag: a wrapped label placed with an
        # alignment is given one line's height and the rest of its text is cut off.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.text_label)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(3)
