"""A payout period picker: month, quarter or year (月 / 季度 / 年), then which one; remembers the
last period chosen under a settings key.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSpinBox, QWidget

from gui.common.ui_settings import ui_settings
from services.core import periods as P


def default_period(today: date | None = None) -> str:
    """This month."""
    day = today or date.today()
    return P.month_key(day.year, day.month)


class PeriodPicker(QWidget):
    """See the module docstring. ``changed(period key)`` when the user picks another period."""

    changed = Signal(str)

    def __init__(self, settings_key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._key = settings_key
        self.grain = QComboBox()
        self.grain.setObjectName("periodGrain")
        for code, text in ((P.Grain.MONTH, self.tr("Month")), (P.Grain.QUARTER,
                           self.tr("Quarter")), (P.Grain.YEAR, self.tr("Year"))):
            self.grain.addItem(text, str(code))
        self.year = QSpinBox()
        self.year.setObjectName("periodYear")
        self.year.setRange(2000, 2100)
        self.which = QComboBox()
        self.which.setObjectName("periodWhich")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.grain)
        lay.addWidget(self.year)
        lay.addWidget(self.which)
        self._quiet = False
        remembered = str(ui_settings().value(settings_key, "") or "")
        try:
            start = P.parse(remembered).key if remembered else default_period()
            if P.grain_of(start) not in (P.Grain.MONTH, P.Grain.QUARTER, P.Grain.YEAR):
                start = default_period()
        except ValueError:
            start = default_period()
        self.set_period(start)
        self.grain.currentIndexChanged.connect(self._grain_changed)
        self.year.valueChanged.connect(lambda _v: self._picked())
        self.which.currentIndexChanged.connect(lambda _i: self._picked())

    def period(self) -> str:
        """The chosen period's key (``2026-06``, ``2026-Q2``, ``2026``)."""
        grain, year = self.grain.currentData(), self.year.value()
        if grain == P.Grain.YEAR:
            return P.year_key(year)
        n = int(self.which.currentData() or 1)
        return P.quarter_key(year, n) if grain == P.Grain.QUARTER else P.month_key(year, n)

    def set_period(self, key: str) -> None:
        """Show ``key`` (emits nothing)."""
        period = P.parse(key)
        self._quiet = True
        try:
            self.grain.setCurrentIndex(max(0, self.grain.findData(str(period.grain))))
            self.year.setValue(period.start.year)
            self._fill_which()
            if period.grain == P.Grain.MONTH:
                self.which.setCurrentIndex(period.start.month - 1)
            elif period.grain == P.Grain.QUARTER:
                self.which.setCurrentIndex((period.start.month - 1) // 3)
        finally:
            self._quiet = False

    def _fill_which(self) -> None:
        grain = self.grain.currentData()
        self.which.blockSignals(True)
        self.which.clear()
        if grain == P.Grain.MONTH:
            for m in range(1, 13):
                self.which.addItem(QLocale().standaloneMonthName(m), m)
        elif grain == P.Grain.QUARTER:
            for q in range(1, 5):
                self.which.addItem(f"Q{q}", q)
        self.which.setVisible(grain != P.Grain.YEAR)
        self.which.blockSignals(False)

    def _grain_changed(self) -> None:
        if self._quiet:
            return
        old = self.which.currentIndex()
        was_month = self.which.count() == 12
        self._fill_which()
        grain = self.grain.currentData()
        if grain == P.Grain.QUARTER:
            self.which.setCurrentIndex(old // 3 if was_month else max(old, 0))
        elif grain == P.Grain.MONTH:
            self.which.setCurrentIndex(max(old, 0) * 3 if not was_month else max(old, 0))
        self._picked()

    def _picked(self) -> None:
        if self._quiet:
            return
        key = self.period()
        ui_settings().setValue(self._key, key)
        self.changed.emit(key)
