"""Settings → Customer rules (客户规则): tier thresholds, stale days, shared pool.

Tier thresholds and the optional industry / cooperation rules feed
:func:`services.customers.tiers.recompute_tiers`; saving changed tier rules recomputes every
customer on the background worker with a progress dialog. Stale days per tier drive the Today
reminders and the customer list's "stale" flag; the pool threshold drives "Release idle customers".

Saving and recomputing are not undo steps (a recompute over every customer is a long job with
its own progress and Cancel); each announces what it changed through ``events.changed``.
"""

from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
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
from gui.common.messages import Messages
from gui.customers.pool_actions import release_idle_customers
from services.core.changes import Op
from services.core.errors import SailplanError, ValidationError
from services.customers import stale, tiers
from services.customers.stale import StaleRules
from services.customers.tiers import TierRules


def _money_spin(parent: QWidget) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setRange(0, 9_999_999_999.99)
    spin.setDecimals(2)
    spin.setPrefix("¥ ")
    spin.setGroupSeparatorShown(True)
    spin.setSingleStep(10_000)
    spin.setMinimumWidth(180)
    return spin


def _days_spin(parent: QWidget, suffix: str) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(1, 3650)
    spin.setSuffix(suffix)
    spin.setMinimumWidth(110)
    return spin


class CustomerRulesSection(QWidget):
    """Edits ``customers.tier_rules`` and ``customers.stale_rules``; Save applies both."""

    @classmethod
    def title(cls) -> str:
        """The section's name in the Settings list."""
        return QCoreApplication.translate("CustomerRulesSection", "Customer rules")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("customerRulesSection")
        self._loading = False
        self.last_recompute: int | None = None
        days = self.tr(" days")

        tier_box = QGroupBox(self.tr("Customer tiers"), self)
        self.a_min = _money_spin(tier_box)
        self.a_min.setObjectName("tierAMin")
        self.b_min = _money_spin(tier_box)
        self.b_min.setObjectName("tierBMin")
        tier_form = QFormLayout(tier_box)
        tier_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        tier_form.addRow(self.tr("A (key account) from:"), self.a_min)
        tier_form.addRow(self.tr("B (ordinary) from:"), self.b_min)
        hint = QLabel(self.tr("Won deals in the last 12 months. Below the B threshold a customer "
                              "is C (potential). A tier set by hand is never recomputed."),
                      tier_box)
        hint.setWordWrap(True)
        hint.setMinimumWidth(420)
        hint.setObjectName("hintText")
        tier_form.addRow("", hint)

        self.industry_enabled = QCheckBox(self.tr("Customers in these industries are at least"),
                                          tier_box)
        self.industry_tier = self._tier_combo(tier_box)
        self.industries = QLineEdit(tier_box)
        self.industries.setObjectName("industries")
        self.industries.setMinimumWidth(380)
        self.industries.setPlaceholderText(self.tr("e.g. 医疗器械, 能源 (comma separated)"))
        row = QHBoxLayout()
        row.addWidget(self.industry_enabled)
        row.addWidget(self.industry_tier)
        row.addStretch(1)
        tier_form.addRow(row)
        tier_form.addRow(self.tr("Industries:"), self.industries)

        self.coop_enabled = QCheckBox(self.tr("Customers for at least"), tier_box)
        self.coop_years = QSpinBox(tier_box)
        self.coop_years.setRange(1, 50)
        self.coop_years.setSuffix(self.tr(" years"))
        self.coop_tier = self._tier_combo(tier_box)
        row = QHBoxLayout()
        row.addWidget(self.coop_enabled)
        row.addWidget(self.coop_years)
        row.addWidget(QLabel(self.tr("are at least"), tier_box))
        row.addWidget(self.coop_tier)
        row.addStretch(1)
        tier_form.addRow(row)

        stale_box = QGroupBox(self.tr("Stale customers"), self)
        grid = QGridLayout(stale_box)
        grid.addWidget(QLabel(self.tr("Remind when there was no follow-up for:"), stale_box),
                       0, 0, 1, 4)
        self.stale_days: dict[str, QSpinBox] = {}
        labels = (("A", self.tr("A key account")), ("B", self.tr("B ordinary")),
                  ("C", self.tr("C potential")), ("none", self.tr("No tier yet")))
        for i, (key, label) in enumerate(labels):
            spin = _days_spin(stale_box, days)
            spin.setObjectName(f"staleDays{key}")
            self.stale_days[key] = spin
            grid.addWidget(QLabel(label, stale_box), 1 + i // 2, (i % 2) * 2)
            grid.addWidget(spin, 1 + i // 2, (i % 2) * 2 + 1)
        grid.setColumnStretch(4, 1)
        note = QLabel(self.tr("A scheduled next follow-up silences the reminder until its date."),
                      stale_box)
        note.setObjectName("hintText")
        note.setWordWrap(True)
        grid.addWidget(note, 3, 0, 1, 5)

        pool_box = QGroupBox(self.tr("Shared pool"), self)
        self.pool_enabled = QCheckBox(self.tr("Use a shared pool that any rep can claim from"),
                                      pool_box)
        self.pool_enabled.setObjectName("poolEnabled")
        self.pool_days = _days_spin(pool_box, days)
        self.pool_days.setObjectName("poolDays")
        self.release_idle_button = QPushButton(self.tr("Release Idle Customers Now…"), pool_box)
        self.release_idle_button.clicked.connect(self.release_idle)
        pool_form = QFormLayout(pool_box)
        pool_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        pool_form.addRow(self.pool_enabled)
        pool_form.addRow(self.tr("Idle after:"), self.pool_days)
        pool_form.addRow("", self.release_idle_button)

        self.recompute_button = QPushButton(self.tr("Recompute Tiers Now"), self)
        self.recompute_button.setObjectName("recomputeTiers")
        self.recompute_button.clicked.connect(self.recompute)
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.revert_button.clicked.connect(self.load)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("saveCustomerRules")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.recompute_button)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(tier_box)
        layout.addWidget(stale_box)
        layout.addWidget(pool_box)
        layout.addStretch(1)
        layout.addLayout(buttons)

        for money in (self.a_min, self.b_min):
            money.valueChanged.connect(self._changed)
        for whole in (self.coop_years, self.pool_days, *self.stale_days.values()):
            whole.valueChanged.connect(self._changed)
        for box in (self.industry_enabled, self.coop_enabled, self.pool_enabled):
            box.toggled.connect(self._changed)
        for combo in (self.industry_tier, self.coop_tier):
            combo.currentIndexChanged.connect(self._changed)
        self.industries.textChanged.connect(self._changed)
        self.load()

    def release_idle(self) -> None:
        """Release the idle customers now (one undo step; the pages refresh from the event)."""
        release_idle_customers(self.ctx, self)

    def _tier_combo(self, parent: QWidget) -> QComboBox:
        combo = QComboBox(parent)
        combo.addItem(self.tr("A key account"), "A")
        combo.addItem(self.tr("B ordinary"), "B")
        return combo

    def load(self) -> None:
        """Show the stored rules (discarding unsaved edits)."""
        self._loading = True
        t = tiers.get_tier_rules(self.ctx.store)
        s = stale.get_stale_rules(self.ctx.store)
        self.a_min.setValue(float(t.a_min))
        self.b_min.setValue(float(t.b_min))
        self.industry_enabled.setChecked(t.industry_enabled)
        self.industries.setText(", ".join(t.industries))
        self.industry_tier.setCurrentIndex(max(0, self.industry_tier.findData(
            t.industry_min_tier)))
        self.coop_enabled.setChecked(t.cooperation_enabled)
        self.coop_years.setValue(t.cooperation_years)
        self.coop_tier.setCurrentIndex(max(0, self.coop_tier.findData(t.cooperation_min_tier)))
        for key, spin in self.stale_days.items():
            spin.setValue(s.days[key])
        self.pool_enabled.setChecked(s.pool_enabled)
        self.pool_days.setValue(s.pool_days)
        self._loading = False
        self._set_dirty(False)

    def _changed(self) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.industries.setEnabled(self.industry_enabled.isChecked())
        self.industry_tier.setEnabled(self.industry_enabled.isChecked())
        self.coop_years.setEnabled(self.coop_enabled.isChecked())
        self.coop_tier.setEnabled(self.coop_enabled.isChecked())
        self.pool_days.setEnabled(self.pool_enabled.isChecked())
        # Releasing uses the stored threshold, so it waits until edits are saved.
        self.release_idle_button.setEnabled(self.pool_enabled.isChecked() and not dirty)

    def tier_rules(self) -> TierRules:
        """The tier rules as edited."""
        names = [n.strip() for n in re.split(r"[,，、;；\n]", self.industries.text()) if n.strip()]
        return TierRules(
            a_min=Decimal(str(round(self.a_min.value(), 2))),
            b_min=Decimal(str(round(self.b_min.value(), 2))),
            industry_enabled=self.industry_enabled.isChecked(),
            industries=tuple(dict.fromkeys(names)),
            industry_min_tier=str(self.industry_tier.currentData()),
            cooperation_enabled=self.coop_enabled.isChecked(),
            cooperation_years=self.coop_years.value(),
            cooperation_min_tier=str(self.coop_tier.currentData()))

    def stale_rules(self) -> StaleRules:
        """The stale and pool rules as edited."""
        return StaleRules(days={k: s.value() for k, s in self.stale_days.items()},
                          pool_days=self.pool_days.value(),
                          pool_enabled=self.pool_enabled.isChecked())

    def _field_message(self, exc: ValidationError) -> str:
        if exc.field in ("a_min", "b_min"):
            return self.tr("The A threshold must be higher than the B threshold.")
        return str(exc)

    def save(self) -> bool:
        """Store both rule sets; recompute tiers when the tier rules changed."""
        new_tiers, new_stale = self.tier_rules(), self.stale_rules()
        try:
            new_tiers.validate()
            new_stale.validate()
            saved_tiers = tiers.save_tier_rules(self.ctx.store, new_tiers)
            saved_stale = stale.save_stale_rules(self.ctx.store, new_stale)
        except ValidationError as exc:
            Messages.show_error(self, self.tr("Cannot save customer rules"),
                                self._field_message(exc))
            return False
        except SailplanError as exc:
            Messages.show_error(self, self.tr("Cannot save customer rules"), str(exc))
            return False
        self._set_dirty(False)
        self.ctx.events.changed.emit(saved_tiers.changes.merged(saved_stale.changes), self)
        self.ctx.events.status_message.emit(self.tr("Customer rules saved"), 4000)
        if saved_tiers.value != new_tiers:
            self.recompute()
        return True

    def recompute(self) -> None:
        """Recompute every customer's tier on the worker, with progress and Cancel."""
        store = self.ctx.store
        self.recompute_button.setEnabled(False)

        def work(progress, is_cancelled):  # type: ignore[no-untyped-def]
            return tiers.recompute_tiers(store, progress=progress, is_cancelled=is_cancelled)

        def done(op: object) -> None:
            assert isinstance(op, Op)
            self.recompute_button.setEnabled(True)
            self.last_recompute = int(op.value)
            self.ctx.events.changed.emit(op.changes, self)
            self.ctx.events.status_message.emit(
                self.tr("Tiers recomputed: %n customer(s) changed", "", self.last_recompute),
                6000)

        def failed(exc: BaseException, details: str) -> None:
            self.recompute_button.setEnabled(True)
            Messages.show_error(self, self.tr("Cannot recompute tiers"), str(exc), details)

        def cancelled() -> None:
            self.recompute_button.setEnabled(True)
            self.ctx.events.status_message.emit(
                self.tr("Tier recompute cancelled; nothing was changed"), 6000)

        self.ctx.tasks.run_with_dialog(self, self.tr("Recomputing customer tiers…"), work,
                                       done, failed, cancelled)
