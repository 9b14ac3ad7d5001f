"""How the timeline shows working days: a date on a holiday says so, and where the data ends.

The calendar itself is :class:`services.plans.workdays.WorkCalendar`; these are its texts in the
interface language (context ``PlansWorkdays``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from gui.common.formatting import day
from services.plans.workdays import WorkCalendar, coverage

translate = QCoreApplication.translate


def timeline_day(cal: WorkCalendar, row: Any) -> str:
    """The checkpoint's date, with a mark when it falls on a day off or a make-up working day.

    The weekly rule shows its start date only (it repeats every Monday).
    """
    text = day(row.due_on)
    if getattr(row, "recurring", False):
        return text
    info = cal.info(row.due_on)
    if not info.workday:
        label = info.name or translate("PlansWorkdays", "weekend")
        return f"{text} · {label}" + translate("PlansWorkdays", " (day off)")
    if info.makeup:
        return f"{text} · " + translate("PlansWorkdays", "make-up working day")
    return text


def timeline_day_tip(cal: WorkCalendar, row: Any) -> str:
    """Why a date is marked, and what to do about it."""
    info = cal.info(row.due_on)
    if getattr(row, "recurring", False) or (info.workday and not info.makeup):
        return ""
    if info.workday:
        return translate("PlansWorkdays", "A weekend day that is a working day (调休)")
    tip = translate("PlansWorkdays",
                    "Not a working day: use “Move to working days”, or change the date")
    if info.source == "estimate":
        tip += "\n" + translate(
            "PlansWorkdays", "Estimated: this year's official holiday schedule is not out yet")
    return tip


def holiday_note(cal: WorkCalendar, year: int | None) -> str:
    """Where the timeline's working days come from, and when they are only an estimate."""
    first, last = coverage()
    if year is not None and cal.estimated(year):
        text = translate(
            "PlansWorkdays",
            "The official holidays of %1 are not known yet (known: %2–%3): dates avoid "
            "weekends and the usual breaks (元旦, 春节, 清明, 劳动节, 端午, 中秋, 国庆) as an "
            "estimate, without make-up working days. Check Settings › Sales plans once the "
            "notice is out.")
        return text.replace("%1", str(year)).replace("%2", str(first)).replace("%3", str(last))
    return translate(
        "PlansWorkdays",
        "Dates avoid weekends and China's public holidays; make-up working days (调休) count "
        "as working days. Your own days off: Settings › Sales plans.")
