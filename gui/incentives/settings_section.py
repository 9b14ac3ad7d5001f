"""Settings → Incentives (激励设置): the thresholds of the performance-fraud signals (业绩造假).

Before a payout run is locked its approver sees the signals of :mod:`services.incentives.fraud`.
Two of them have a threshold set here: a deal won the day it was created signals from an amount
(default ¥100,000; typed as 100000, ¥100,000 or 10万), and a close date signals when it lies
more than a number of days before the win (default 3). Each change is one undo step; the
settings are read on the worker and read again when the app's settings change.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui.common.context import AppContext
from gui.common.error_texts import error_text
from gui.common.formatting import money
from gui.common.lazy_text import LazyText
from gui.common.messages import Messages
from gui.common.page_load import PageLoad
from gui.common.undo import push_op
from services.core.amounts import AmountError, read_amount
from services.core.changes import Changes, call
from services.incentives import fraud as F


def _amount_text(amount: Decimal) -> str:
    """100000 → 100,000 (the field's text, without the ¥ its label carries)."""
    return money(amount).lstrip("¥")


class IncentiveSettingsSection(QWidget):
    """See the module docstring."""

    @classmethod
    def title(cls) -> str:
        """The section's name in the Settings list."""
        return QCoreApplication.translate("IncentiveSettingsSection", "Incentives")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("incentiveSettingsSection")
        self.settings = F.FraudSettings()
        self._load = PageLoad(ctx.tasks, self)
        self._load.loaded.connect(self._show)
        box = QGroupBox(self.tr("Performance-fraud signals (业绩造假)"), self)
        note = QLabel(self.tr(
            "Before a payout run is locked, its approver sees the deals, contracts and "
            "customers that may inflate someone's results: a question to ask, not a verdict. "
            "Two of the signals start at a threshold:"), box)
        note.setWordWrap(True)
        self.amount = QLineEdit(box)
        self.amount.setObjectName("instantWinAmount")
        self.amount.setPlaceholderText(self.tr("e.g. 10万"))
        self.amount.setToolTip(self.tr(
            "A deal created and won on the same day is listed from this amount on "
            "(100000, ¥100,000 or 10万)."))
        self.days = QSpinBox(box)
        self.days.setObjectName("backdateDays")
        self.days.setRange(0, F.MAX_BACKDATE_DAYS)
        self.days.setSuffix(self.tr(" days"))
        self.days.setToolTip(self.tr(
            "A won deal is listed when its close date lies more than this many days before "
            "the day it was marked won (or before the day it was created)."))
        self.defaults_button = QPushButton(self.tr("Restore defaults"), box)
        self.defaults_button.setToolTip(self.tr("¥%1 and %2 days").replace(
            "%1", _amount_text(F.DEFAULT_INSTANT_WIN)).replace(
                "%2", str(F.DEFAULT_BACKDATE_DAYS)))
        form = QFormLayout()
        form.addRow(self.tr("Won the day it was created, from (¥):"), self.amount)
        form.addRow(self.tr("Close date more than … before the win:"), self.days)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.defaults_button)
        lay = QVBoxLayout(box)
        lay.addWidget(note)
        lay.addLayout(form)
        lay.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addWidget(box)
        outer.addStretch(1)
        QWidget.setTabOrder(self.amount, self.days)
        QWidget.setTabOrder(self.days, self.defaults_button)
        self.amount.editingFinished.connect(self._amount_entered)
        self.days.editingFinished.connect(self._days_entered)
        self.defaults_button.clicked.connect(self.restore_defaults)
        ctx.events.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        """Read the settings on the worker."""
        store = self.ctx.store
        self._load.start(lambda: F.fraud_settings(store))

    def is_loading(self) -> bool:
        """Whether the settings are being read."""
        return self._load.is_loading()

    def default_focus(self) -> QWidget:
        """Where the keyboard lands: the amount."""
        return self.amount

    def _show(self, settings: F.FraudSettings) -> None:
        self.settings = settings
        if not self.amount.hasFocus() or not self.amount.isModified():
            self.amount.setText(_amount_text(settings.instant_win_amount))
            self.amount.setModified(False)
        if not self.days.hasFocus() or self.days.value() == settings.backdate_days:
            self.days.setValue(settings.backdate_days)
        self.defaults_button.setEnabled(settings != F.FraudSettings())

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches("app_settings"):
            self.reload()

    def _save(self, label: LazyText, amount: Decimal, days: int) -> bool:
        """Push one undo step setting both thresholds; False when refused."""
        cmd = push_op(self.ctx.undo_stack, self.ctx.store, self.ctx.events, label,
                      call(F.set_fraud_settings, amount, days))
        if cmd.failed is not None:
            self._show(self.settings)
            return False
        self._show(F.FraudSettings(amount, days))  # until the read after the change arrives
        return True

    def _amount_entered(self) -> None:
        """Save a changed amount; one that is not an amount is explained and put back."""
        if not self.amount.isModified():
            return
        self.amount.setModified(False)
        try:
            value = read_amount(self.amount.text())
        except AmountError as exc:
            Messages.show_error(self, self.tr("Incentives"), error_text(exc))
            value = None
        if value is None:
            self.amount.setText(_amount_text(self.settings.instant_win_amount))
            return
        value = value.quantize(Decimal("0.01"))
        if value == self.settings.instant_win_amount:
            self.amount.setText(_amount_text(value))
            return
        label = LazyText.translate("IncentiveSettingsSection",
                                   "Signal same-day wins from ¥%1").arg(_amount_text(value))
        self._save(label, value, self.settings.backdate_days)

    def _days_entered(self) -> None:
        days = self.days.value()
        if days == self.settings.backdate_days:
            return
        label = LazyText.translate("IncentiveSettingsSection",
                                   "Signal close dates more than %1 days before the win").arg(days)
        self._save(label, self.settings.instant_win_amount, days)

    def restore_defaults(self) -> None:
        """Both thresholds back to ¥100,000 and 3 days (one undo step)."""
        if self.settings == F.FraudSettings():
            return
        label = LazyText.translate("IncentiveSettingsSection",
                                   "Restore the fraud-signal defaults")
        self._save(label, F.DEFAULT_INSTANT_WIN, F.DEFAULT_BACKDATE_DAYS)

