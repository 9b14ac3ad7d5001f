"""Target periods: year 年 → quarter 季 → month 月 → ISO week 周, as text keys.

Keys: ``"2026"`` (year), ``"2026-Q1"`` (quarter), ``"2026-03"`` (month), ``"2026-W05"`` (ISO week).

The week rule (stated once, used everywhere): **an ISO week belongs to the month that contains
its Thursday.** This is the ISO 8601 rule that already decides a week's year, so every week lies
in exactly one month and that month is always in the week's ISO year. Consequences:

- a week that straddles two months counts in the month holding its Thursday — e.g. 2026-W05
  (Mon 26 Jan – Sun 1 Feb) belongs to January; 2026-W14 (Mon 30 Mar – Sun 5 Apr) to April;
- week 1 may start in December of the previous calendar year (2026-W01 starts Mon 29 Dec 2025)
  and belongs to January; the last week (52, or 53 in long ISO years such as 2026) may end in
  January of the next year and belongs to December;
- a month has four or five weeks. Week *targets* split a month's target among its weeks; week
  *actuals* count the week's own seven days, so the weeks of a month need not add up to the
  month's calendar-day actual at the edges.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache


class Grain(StrEnum):
    """How long a period is."""

    YEAR = "year"
    QUARTER = "quarter"
    MONTH = "month"
    WEEK = "week"


_KEY = re.compile(r"^(\d{4})(?:-Q([1-4])|-(\d{2})|-W(\d{2}))?$")


@dataclass(frozen=True, slots=True)
class Period:
    """A parsed period: its key, grain, (ISO) year, index within the year and inclusive dates."""

    key: str
    grain: Grain
    year: int
    index: int
    start: date
    end: date

    def contains(self, day: date) -> bool:
        """Whether ``day`` falls inside the period's own dates."""
        return self.start <= day <= self.end


def year_key(year: int) -> str:
    """``"2026"``."""
    return f"{year:04d}"


def quarter_key(year: int, quarter: int) -> str:
    """``"2026-Q1"``."""
    return f"{year:04d}-Q{quarter}"


def month_key(year: int, month: int) -> str:
    """``"2026-03"``."""
    return f"{year:04d}-{month:02d}"


def week_key(iso_year: int, week: int) -> str:
    """``"2026-W05"`` (ISO year and week number)."""
    return f"{iso_year:04d}-W{week:02d}"


def weeks_in_year(iso_year: int) -> int:
    """52 or 53: the ISO week number of 28 December (always in the last week)."""
    return date(iso_year, 12, 28).isocalendar().week


def _month_end(year: int, month: int) -> date:
    nxt = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return nxt - timedelta(days=1)


@lru_cache(maxsize=8192)
def parse(key: str) -> Period:
    """Parse a period key; raises ``ValueError`` naming the bad key. (Cached: a period is
    immutable, and payout runs and the Targets tree parse the same few keys many times.)
    """
    m = _KEY.match(key or "")
    if not m:
        raise ValueError(
            f"period {key!r} is not a year (2026), quarter (2026-Q1), month (2026-03) "
            "or ISO week (2026-W05)"
        )
    year = int(m.group(1))
    if year < 1900 or year > 2999:
        raise ValueError(f"period {key!r}: year out of range")
    if m.group(2):
        q = int(m.group(2))
        return Period(key, Grain.QUARTER, year, q, date(year, 3 * q - 2, 1),
                      _month_end(year, 3 * q))
    if m.group(3):
        mo = int(m.group(3))
        if not 1 <= mo <= 12:
            raise ValueError(f"period {key!r}: month must be 01–12")
        return Period(key, Grain.MONTH, year, mo, date(year, mo, 1), _month_end(year, mo))
    if m.group(4):
        w = int(m.group(4))
        if not 1 <= w <= weeks_in_year(year):
            raise ValueError(f"period {key!r}: ISO year {year} has {weeks_in_year(year)} weeks")
        start = date.fromisocalendar(year, w, 1)
        return Period(key, Grain.WEEK, year, w, start, start + timedelta(days=6))
    return Period(key, Grain.YEAR, year, 1, date(year, 1, 1), date(year, 12, 31))


def grain_of(key: str) -> Grain:
    """The grain of a key (validated)."""
    return parse(key).grain


def quarters(year: int) -> list[str]:
    """The four quarter keys of a year."""
    return [quarter_key(year, q) for q in range(1, 5)]


def months(year: int) -> list[str]:
    """The twelve month keys of a year."""
    return [month_key(year, m) for m in range(1, 13)]


def months_of_quarter(year: int, quarter: int) -> list[str]:
    """The three month keys of a quarter."""
    return [month_key(year, m) for m in range(3 * quarter - 2, 3 * quarter + 1)]


def week_month(iso_year: int, week: int) -> tuple[int, int]:
    """(year, month) a week belongs to: the month containing its Thursday."""
    thursday = date.fromisocalendar(iso_year, week, 4)
    return thursday.year, thursday.month


def weeks(iso_year: int) -> list[str]:
    """Every ISO week key of an ISO year (52 or 53)."""
    return [week_key(iso_year, w) for w in range(1, weeks_in_year(iso_year) + 1)]


def weeks_of_month(year: int, month: int) -> list[str]:
    """The ISO week keys that belong to a month under the Thursday rule (four or five)."""
    first_thursday = date(year, month, 1)
    first_thursday += timedelta(days=(3 - first_thursday.weekday()) % 7)
    out = []
    day = first_thursday
    while day.month == month:
        iso = day.isocalendar()
        out.append(week_key(iso.year, iso.week))
        day += timedelta(days=7)
    return out


def children(key: str) -> list[str]:
    """The next finer periods: year → quarters, quarter → months, month → weeks, week → []."""
    p = parse(key)
    if p.grain is Grain.YEAR:
        return quarters(p.year)
    if p.grain is Grain.QUARTER:
        return months_of_quarter(p.year, p.index)
    if p.grain is Grain.MONTH:
        return weeks_of_month(p.year, p.index)
    return []


def parent(key: str) -> str | None:
    """The next coarser period (a week's month by the Thursday rule); None for a year."""
    p = parse(key)
    if p.grain is Grain.WEEK:
        y, m = week_month(p.year, p.index)
        return month_key(y, m)
    if p.grain is Grain.MONTH:
        return quarter_key(p.year, (p.index - 1) // 3 + 1)
    if p.grain is Grain.QUARTER:
        return year_key(p.year)
    return None


def typed_below(key: str, has: Callable[[str], bool]) -> list[str]:
    """The periods inside ``key`` that ``has`` a value with no such period between them and
    ``key``, in order: a year's typed quarters, plus the typed months of a quarter nobody typed,
    and so on down to weeks. They never overlap, so their sum is comparable with ``key``'s.
    """
    out: list[str] = []
    for child in children(key):
        if has(child):
            out.append(child)
        else:
            out.extend(typed_below(child, has))
    return out


def typed_above(key: str, has: Callable[[str], bool]) -> str | None:
    """The nearest period containing ``key`` that ``has`` a value (None: none does)."""
    up = parent(key)
    while up is not None and not has(up):
        up = parent(up)
    return up


def sub_periods(key: str, grain: Grain) -> list[str]:
    """All periods of ``grain`` inside ``key`` (e.g. a year's months), in order."""
    p = parse(key)
    order = list(Grain)
    if order.index(grain) < order.index(p.grain):
        raise ValueError(f"{grain} is coarser than period {key}")
    if grain is p.grain:
        return [key]
    out: list[str] = []
    for child in children(key):
        out.extend(sub_periods(child, grain))
    return out


def period_of(day: date, grain: Grain) -> str:
    """The key of the period of ``grain`` that a day falls in (a week: its own ISO week)."""
    if grain is Grain.YEAR:
        return year_key(day.year)
    if grain is Grain.QUARTER:
        return quarter_key(day.year, (day.month - 1) // 3 + 1)
    if grain is Grain.MONTH:
        return month_key(day.year, day.month)
    iso = day.isocalendar()
    return week_key(iso.year, iso.week)


def year_periods(year: int, grain: Grain) -> list[str]:
    """The periods of a plan year at a grain: [year], 4 quarters, 12 months or its ISO weeks."""
    return sub_periods(year_key(year), grain)


def sort_key(key: str) -> tuple[int, int, int]:
    """Order keys by start date, coarser first on ties (year before Q1 before January)."""
    p = parse(key)
    return (p.start.toordinal(), list(Grain).index(p.grain), p.index)
