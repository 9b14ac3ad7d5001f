"""Words for growth targets and the novice ramp, in the interface language.

A growth value's formula reads “2025 actual ¥400 × (1 + 15%) = ¥460, computed 2026-12-06” (or
“average of 2025, 2024, 2023 actuals …”); a value typed over since says so. A person's months
under the ramp read “Growth target 30 %” (成长目标 30 %).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gui.common.formatting import day
from gui.targets import formatting as F
from services.targets.growth import GrowthFormula

translate = QCoreApplication.translate


def percent_text(bp: int) -> str:
    """Basis points as a short percent: 1500 → 15%, 1250 → 12.5%."""
    return f"{bp / 100:g}%"


def formula_text(f: GrowthFormula, target: int | None = None) -> str:
    """The formula of a growth value; ``target`` is the value now (to tell a hand edit)."""
    if f.years == 1:
        base = translate("TargetsText", "%1 actual").replace("%1", f.base_periods[0])
    else:
        base = translate("TargetsText", "average of %1 actuals").replace(
            "%1", ", ".join(f.base_periods))
    text = translate("TargetsText", "%1 %2 × (1 + %3) = %4, computed %5")
    for mark, value in (("%1", base), ("%2", F.show_value(f.metric, f.base)),
                        ("%3", percent_text(f.rate_bp)),
                        ("%4", F.show_value(f.metric, f.result)), ("%5", day(f.computed_at))):
        text = text.replace(mark, value)
    if f.floor_rate_bp != f.rate_bp or f.challenge_rate_bp != f.rate_bp:
        text += " · " + translate("TargetsText", "floor %1, challenge %2").replace(
            "%1", percent_text(f.floor_rate_bp)).replace("%2", percent_text(f.challenge_rate_bp))
    if target is not None and target != f.result:
        text += " · " + translate("TargetsText", "changed by hand since")
    return text


def growth_badge(f: GrowthFormula) -> str:
    """What the kind column adds for a node set from growth: “growth +15%”."""
    sign = "+" if f.rate_bp >= 0 else ""
    return translate("TargetsText", "growth %1").replace("%1", sign + percent_text(f.rate_bp))


def ramp_text(percent: int) -> str:
    """A month under the novice ramp: “Growth target 30 %”."""
    return translate("TargetsText", "Growth target %1 %").replace("%1", str(percent))


def ramp_months_text(months: dict[str, int]) -> str:
    """The kind column's note for a person under ramp: “Growth target Jul 30 %, Aug 60 %”."""
    parts = [f"{F.period_label(k)} {p} %" for k, p in sorted(months.items())]
    return translate("TargetsText", "Growth target %1").replace("%1", ", ".join(parts))
