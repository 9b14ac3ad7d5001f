"""GrowthDialog: set a value from growth — last year's actual (or the last N years') × (1 + g %)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from gui.targets import formatting as F
from gui.targets.growth_text import percent_text
from services.targets.growth import MAX_YEARS, compounded_equivalent_bp


@dataclass(frozen=True)
class GrowthChoice:
    """What the dialog asked: the rates in basis points and the years averaged."""

    rate_bp: int
    years: int
    floor_rate_bp: int
    challenge_rate_bp: int


def _rate_box(parent: QWidget, value: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setRange(-100.0, 1000.0)
    box.setDecimals(2)
    box.setSuffix(" %")
    box.setValue(value)
    return box


class GrowthDialog(QDialog):
    """增长目标: the rates of 保底 / 目标 / 挑战 and how many years the base averages."""

    def __init__(self, metric: str, node_name: str, period: str, parent: QWidget | None = None,
                 *, rate_bp: int = 1500, years: int = 1):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set from growth"))
        form = QFormLayout(self)
        form.addRow(self.tr("Node:"), QLabel(node_name, self))
        form.addRow(self.tr("Metric:"), QLabel(F.label(F.METRIC_LABELS, metric), self))
        form.addRow(self.tr("Period:"), QLabel(period, self))
        self.years = QSpinBox(self)
        self.years.setRange(1, MAX_YEARS)
        self.years.setValue(years)
        form.addRow(self.tr("Years averaged for the base:"), self.years)
        self.rate = _rate_box(self, rate_bp / 100)
        self.floor_rate = _rate_box(self, rate_bp / 100)
        self.challenge_rate = _rate_box(self, rate_bp / 100)
        form.addRow(self.tr("Target growth:"), self.rate)
        form.addRow(self.tr("Floor growth:"), self.floor_rate)
        form.addRow(self.tr("Challenge growth:"), self.challenge_rate)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        form.addRow(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._last = self.rate.value()
        self.rate.valueChanged.connect(self._rate_changed)
        self._rate_changed(self.rate.value())

    def _rate_changed(self, value: float) -> None:
        # 保底 and 挑战 follow the target's rate until the user sets them apart
        for box in (self.floor_rate, self.challenge_rate):
            if abs(box.value() - self._last) < 1e-9:
                box.setValue(value)
        self._last = value
        bp = round(value * 100)
        self.note.setText(self.tr(
            "The value is the base × (1 + growth), to the fen. Growth is year over year: a "
            "quarter or a month grows on the same period a year earlier. %1 a year compounds "
            "to %2 a quarter, %3 a month (not %4 / %5 added).").replace(
            "%1", percent_text(bp)).replace(
            "%2", percent_text(compounded_equivalent_bp(bp, 4))).replace(
            "%3", percent_text(compounded_equivalent_bp(bp, 12))).replace(
            "%4", percent_text(round(bp / 4))).replace("%5", percent_text(round(bp / 12))))

    def choice(self) -> GrowthChoice:
        """The rates and years chosen."""
        return GrowthChoice(round(self.rate.value() * 100), self.years.value(),
                            round(self.floor_rate.value() * 100),
                            round(self.challenge_rate.value() * 100))

    @classmethod
    def ask(cls, metric: str, node_name: str, period: str, parent: QWidget | None = None,
            **kwargs: int) -> GrowthChoice | None:
        """Show the dialog; the choice, or None when cancelled (tests patch this)."""
        dialog = cls(metric, node_name, period, parent, **kwargs)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
