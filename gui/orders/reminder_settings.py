"""Settings → Payment reminders (回款提醒): how many days ahead Today lists instalments due.

Overdue instalments are always on Today; instalments coming due are listed from N days before
their due date (default 7; 0: on the day only). Save is one undo step
(:func:`services.orders.reminders.set_due_days`); the value is read on the worker.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui.common.context import AppContext
from gui.common.error_texts import error_text
from gui.common.lazy_text import LazyText
from gui.common.page_load import PageLoad
from gui.common.theme import ink_css
from gui.common.undo import push_op
from services.core.changes import Changes, call
from services.orders import reminders as PR


class PaymentReminderSection(QWidget):
    """The number of days ahead Today reminds of instalments coming due."""

    @classmethod
    def title(cls) -> str:
        """The section's name in the Settings list."""
        return QCoreApplication.translate("PaymentReminderSection", "Payment reminders")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("paymentReminderSection")
        self._load = PageLoad(ctx.tasks, self)
        self._load.loaded.connect(self._show)
        box = QGroupBox(self.tr("Payments due on Today"), self)
        note = QLabel(self.tr(
            "Today lists every overdue instalment, and the instalments coming due within the "
            "days below (0: only on the day), for the contract's owner and their manager."), box)
        note.setWordWrap(True)
        self.days = QSpinBox(box)
        self.days.setRange(0, PR.MAX_DUE_DAYS)
        self.days.setSuffix(self.tr(" day(s)"))
        self.days.setValue(PR.DEFAULT_DUE_DAYS)
        label = QLabel(self.tr("Remind of payments due within"), box)
        label.setBuddy(self.days)
        self.error = QLabel(box)
        self.error.setStyleSheet(f"color: {ink_css('#b71c1c')};")
        self.error.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"), box)
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.days)
        row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.save_button)
        lay = QVBoxLayout(box)
        lay.addWidget(note)
        lay.addLayout(row)
        lay.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addWidget(box)
        outer.addStretch(1)
        ctx.events.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        """Read the setting on the worker."""
        store = self.ctx.store
        self._load.start(lambda: PR.due_days(store))

    def is_loading(self) -> bool:
        """Whether the setting is being read."""
        return self._load.is_loading()

    def _show(self, days: int) -> None:
        self.days.setValue(days)
        self.error.clear()

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if initiator is not self and (changes.everything or changes.touches("app_settings")):
            self.reload()

    def save(self) -> bool:
        """Save the number of days as one undo step; a refusal is shown beside Save."""
        cmd = push_op(self.ctx.undo_stack, self.ctx.store, self.ctx.events,
                      LazyText.translate("PaymentReminderSection",
                                         "Remind of payments %n day(s) ahead")
                      .plural(self.days.value()),
                      call(PR.set_due_days, self.days.value()), initiator=self)
        if cmd.failed is not None:
            self.error.setText(error_text(cmd.failed))
            return False
        self.error.clear()
        return True
