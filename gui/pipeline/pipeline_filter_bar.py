"""Board filters: owner, team, customer tier, close period, product, debounced text, my deals."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QToolButton, QWidget

from gui.common.ui_settings import read_bool
from gui.pipeline.formatting import add_months, month_end
from services.pipeline.deals import BoardFilters

PERIODS = ("any", "overdue", "this_month", "next_month", "this_quarter", "next_90")
TIERS = ("A", "B", "C")


def period_range(key: str, today: date) -> tuple[date | None, date | None]:
    """The expected-close window of a period choice (inclusive)."""
    if key == "overdue":
        return None, today - timedelta(days=1)
    if key == "this_month":
        return today.replace(day=1), month_end(today.year, today.month)
    if key == "next_month":
        y, m = add_months(today, 1)
        return date(y, m, 1), month_end(y, m)
    if key == "this_quarter":
        first = (today.month - 1) // 3 * 3 + 1
        y, m = add_months(date(today.year, first, 1), 2)
        return date(today.year, first, 1), month_end(y, m)
    if key == "next_90":
        return today, today + timedelta(days=90)
    return None, None


class PipelineFilterBar(QWidget):
    """Emits ``changed`` (text search after a short pause) when a filter changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.mine = QToolButton()
        self.mine.setText(self.tr("My deals"))
        self.mine.setCheckable(True)
        self.owner = QComboBox()
        self.unit = QComboBox()
        self.tier = QComboBox()
        self.period = QComboBox()
        self.product = QComboBox()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search deals or customers…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(180)
        for w in (self.mine, self.owner, self.unit, self.tier, self.period, self.product,
                  self.search):
            row.addWidget(w)
        self.owner.setToolTip(self.tr("Owner"))
        self.unit.setToolTip(self.tr("Team / org unit"))
        self.tier.setToolTip(self.tr("Customer tier"))
        self.period.setToolTip(self.tr("Expected close"))
        self.product.setToolTip(self.tr("Product"))
        self.tier.addItem(self.tr("All tiers"), "")
        for t, label in zip(TIERS, (self.tr("A · key"), self.tr("B · ordinary"),
                                    self.tr("C · potential")), strict=True):
            self.tier.addItem(label, t)
        labels = (self.tr("Any close date"), self.tr("Overdue"), self.tr("This month"),
                  self.tr("Next month"), self.tr("This quarter"), self.tr("Next 90 days"))
        for key, label in zip(PERIODS, labels, strict=True):
            self.period.addItem(label, key)
        self.set_choices([], [], [])
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        for combo in (self.owner, self.unit, self.tier, self.period, self.product):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.mine.toggled.connect(self._mine_toggled)

    def set_choices(self, people: list[tuple[str, str]], units: list[tuple[str, str, int]],
                    products: list[tuple[str, str]]) -> None:
        """Fill owner (id, name), unit (id, name, depth) and product (id, name) combos."""
        for combo, items, all_label in (
                (self.owner, [(i, n) for i, n in people], self.tr("All owners")),
                (self.unit, [(i, "  " * d + n) for i, n, d in units], self.tr("All teams")),
                (self.product, products, self.tr("All products"))):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(all_label, "")
            for item_id, name in items:
                combo.addItem(name, item_id)
            found = combo.findData(current) if current else 0
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

    def _mine_toggled(self, on: bool) -> None:
        self.owner.setEnabled(not on)
        self.changed.emit()

    def filters(self, today: date, me: str | None) -> BoardFilters:
        """The current choice as service filters (``me`` is the current person id)."""
        owner = self.owner.currentData() or ""
        owners: tuple[str, ...] = ()
        if self.mine.isChecked() and me:
            owners = (me,)
        elif owner:
            owners = (owner,)
        close_from, close_to = period_range(self.period.currentData() or "any", today)
        tier = self.tier.currentData() or ""
        return BoardFilters(owner_ids=owners, unit_id=self.unit.currentData() or None,
                            customer_tiers=(tier,) if tier else (), close_from=close_from,
                            close_to=close_to, product_id=self.product.currentData() or None,
                            text=self.search.text().strip(),
                            include_closed_since=today - timedelta(days=30))

    def save_state(self, settings: QSettings, prefix: str) -> None:
        """Remember the filter choices."""
        settings.setValue(f"{prefix}/mine", self.mine.isChecked())
        for name in ("owner", "unit", "tier", "period", "product"):
            settings.setValue(f"{prefix}/{name}", getattr(self, name).currentData() or "")
        settings.setValue(f"{prefix}/text", self.search.text())

    def restore_state(self, settings: QSettings, prefix: str) -> None:
        """Re-apply remembered choices without emitting ``changed`` for each one."""
        self.blockSignals(True)
        try:
            self.mine.setChecked(read_bool(settings, f"{prefix}/mine"))
            self.owner.setEnabled(not self.mine.isChecked())
            for name in ("owner", "unit", "tier", "period", "product"):
                combo: Any = getattr(self, name)
                value = settings.value(f"{prefix}/{name}", "")
                i = combo.findData(value) if value else 0
                combo.blockSignals(True)
                combo.setCurrentIndex(max(i, 0))
                combo.blockSignals(False)
            self.search.blockSignals(True)
            self.search.setText(str(settings.value(f"{prefix}/text", "") or ""))
            self.search.blockSignals(False)
        finally:
            self.blockSignals(False)
