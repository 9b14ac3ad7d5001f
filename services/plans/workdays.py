"""Chinese working days for the plan timeline: public holidays and make-up working days (调休).

Where a day's status comes from, first match wins:

1. **The owner's list** (plan settings, ``app_settings`` key :data:`SETTING`): a day marked off
   (a company holiday, a holiday the package does not know yet) or marked a working day.
2. **The official schedule** from the `chinesecalendar` package (module ``chinese_calendar``),
   which follows the State Council's yearly notice, 调休 included, for the years it covers
   (:func:`coverage`; a new release each year adds the next one).
3. **An estimate** for a year the package does not cover: the usual breaks — 元旦 1 January,
   春节 from New Year's Eve to the sixth day (lunar dates from ``lunardate``), 清明 (the solar
   term), 劳动节 1–5 May, 端午, 中秋, 国庆 1–7 October — and no make-up working days (those are
   only known from the notice). :meth:`WorkCalendar.estimated` says when this applies, so the
   page can say so and ask the owner to check the list once the notice is out.
4. Otherwise Saturday and Sunday are off.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from services.core.changes import Op, call
from services.core.errors import ValidationError
from services.core.rule_store import read_json, write_json
from services.core.store import Store

SETTING = "plans.workdays"
#: the package's English holiday names → Chinese
HOLIDAY_NAMES = {"New Year's Day": "元旦", "Spring Festival": "春节", "Tomb-sweeping Day": "清明节",
                 "Labour Day": "劳动节", "Dragon Boat Festival": "端午节",
                 "National Day": "国庆节", "Mid-autumn Festival": "中秋节",
                 "Anti-Fascist 70th Day": "抗战胜利纪念日"}


@dataclass(frozen=True)
class DayOverride:
    """A day the owner set: ``off`` (a holiday) or a working day, with a name (春节, 年会…)."""

    day: date
    off: bool
    name: str = ""


@dataclass(frozen=True)
class DayInfo:
    """What a day is. ``source``: "owner", "official", "estimate" or "weekday"/"weekend"."""

    day: date
    workday: bool
    name: str  # the holiday (Chinese) or the owner's name; "" for a plain day
    source: str

    @property
    def makeup(self) -> bool:
        """A Saturday or Sunday that is a working day (调休上班)."""
        return self.workday and self.day.weekday() >= 5


@lru_cache(maxsize=1)
def coverage() -> tuple[int, int]:
    """The first and last year the official schedule covers."""
    import chinese_calendar

    years = {d.year for d in chinese_calendar.holidays}
    return min(years), max(years)


def _estimated_holidays(year: int) -> dict[date, str]:
    """The usual breaks of a year the official schedule does not cover (module docstring)."""
    out: dict[date, str] = {date(year, 1, 1): "元旦"}
    try:
        from lunardate import LunarDate

        new_year = LunarDate(year, 1, 1).to_solar_date()
        for i in range(-1, 7):
            out[new_year + timedelta(days=i)] = "春节"
        out[LunarDate(year, 5, 5).to_solar_date()] = "端午节"
        out[LunarDate(year, 8, 15).to_solar_date()] = "中秋节"
    except (ImportError, ValueError):  # outside lunardate's range: the fixed dates only
        pass
    try:
        import chinese_calendar

        for day, term in chinese_calendar.get_solar_terms(date(year, 4, 1), date(year, 4, 10)):
            if term == "清明":
                out[day] = "清明节"
    except (ImportError, ValueError, KeyError, IndexError):
        pass
    for d in range(1, 6):
        out[date(year, 5, d)] = "劳动节"
    for d in range(1, 8):
        out[date(year, 10, d)] = "国庆节"
    return out


@dataclass(frozen=True)
class WorkCalendar:
    """Working days with the owner's list on top; pure (reads no database)."""

    overrides: tuple[DayOverride, ...] = ()
    _by_day: dict[date, DayOverride] = field(default_factory=dict, compare=False, repr=False)
    _estimates: dict[int, dict[date, str]] = field(default_factory=dict, compare=False,
                                                   repr=False)

    def __post_init__(self) -> None:
        self._by_day.update({o.day: o for o in self.overrides})

    def estimated(self, year: int) -> bool:
        """Whether ``year``'s holidays are an estimate (not in the official schedule)."""
        first, last = coverage()
        return not first <= year <= last

    def info(self, day: date) -> DayInfo:
        """What ``day`` is (see the module docstring for the order)."""
        own = self._by_day.get(day)
        if own is not None:
            return DayInfo(day, not own.off, own.name, "owner")
        weekend = day.weekday() >= 5
        if not self.estimated(day.year):
            import chinese_calendar

            is_holiday, name = chinese_calendar.get_holiday_detail(day)
            if name is not None:
                return DayInfo(day, not is_holiday, HOLIDAY_NAMES.get(name, name), "official")
            return DayInfo(day, not weekend, "", "weekend" if weekend else "weekday")
        estimates = self._estimates.get(day.year)
        if estimates is None:
            estimates = self._estimates[day.year] = _estimated_holidays(day.year)
        if day in estimates:
            return DayInfo(day, False, estimates[day], "estimate")
        return DayInfo(day, not weekend, "", "weekend" if weekend else "weekday")

    def is_workday(self, day: date) -> bool:
        """Whether people work on ``day``."""
        return self.info(day).workday

    def on_or_after(self, day: date) -> date:
        """``day`` itself when it is a working day, else the next working day."""
        for _ in range(60):
            if self.is_workday(day):
                return day
            day += timedelta(days=1)
        return day

    def first_workday_of_month(self, year: int, month: int) -> date:
        """The first working day of a month (月度计划 is made then)."""
        return self.on_or_after(date(year, month, 1))

    def first_working_monday(self, year: int) -> date:
        """The first Monday of the year that is a working day (weekly tasks start then)."""
        day = date(year, 1, 1)
        day += timedelta(days=(7 - day.weekday()) % 7)
        while not self.is_workday(day):
            day += timedelta(days=7)
        return day


def _read(raw: Any) -> tuple[DayOverride, ...]:
    out = []
    for item in raw or ():
        try:
            out.append(DayOverride(date.fromisoformat(str(item["day"])), bool(item["off"]),
                                   str(item.get("name") or "")))
        except (KeyError, TypeError, ValueError):
            continue  # a hand-edited entry that makes no sense is skipped, not fatal
    return tuple(sorted(out, key=lambda o: o.day))


def read_calendar(session: Any) -> WorkCalendar:
    """The calendar with the owner's list, inside an open session."""
    return WorkCalendar(_read(read_json(session, SETTING)))


def load_calendar(store: Store) -> WorkCalendar:
    """The calendar with the owner's list."""
    with store.read() as uow:
        return read_calendar(uow.session)


def set_overrides(store: Store, days: Iterable[DayOverride]) -> Op[tuple[DayOverride, ...]]:
    """Replace the owner's list (one entry per day, the last one given wins); the value is the
    old list, and the undo writes it back.
    """
    by_day: dict[date, DayOverride] = {}
    for o in days:
        if not isinstance(o.day, date):
            raise ValidationError("a holiday needs a date", field="day")
        by_day[o.day] = DayOverride(o.day, bool(o.off), o.name.strip())
    new = tuple(sorted(by_day.values(), key=lambda o: o.day))
    with store.write() as uow:
        old = _read(read_json(uow.session, SETTING))
        write_json(uow.session, SETTING, [{"day": o.day.isoformat(), "off": o.off,
                                           "name": o.name} for o in new])
        uow.commit()
        return uow.op(old, undo=call(set_overrides, list(old)))
