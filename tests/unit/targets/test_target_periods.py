"""Period keys and the ISO-week rule (a week belongs to the month holding its Thursday)."""

from __future__ import annotations

from datetime import date

import pytest

from services.core import periods as P


@pytest.mark.parametrize(("key", "grain", "start", "end"), [
    ("2026", P.Grain.YEAR, date(2026, 1, 1), date(2026, 12, 31)),
    ("2026-Q1", P.Grain.QUARTER, date(2026, 1, 1), date(2026, 3, 31)),
    ("2026-Q4", P.Grain.QUARTER, date(2026, 10, 1), date(2026, 12, 31)),
    ("2024-02", P.Grain.MONTH, date(2024, 2, 1), date(2024, 2, 29)),
    ("2026-W01", P.Grain.WEEK, date(2025, 12, 29), date(2026, 1, 4)),
    ("2026-W53", P.Grain.WEEK, date(2026, 12, 28), date(2027, 1, 3)),
])
def test_parse_gives_grain_and_inclusive_dates(key, grain, start, end):
    p = P.parse(key)
    assert (p.grain, p.start, p.end) == (grain, start, end)


@pytest.mark.parametrize("bad", ["", "26", "2026-13", "2026-Q5", "2025-W53", "2026-W00", "x"])
def test_bad_keys_are_refused_with_the_key_named(bad):
    with pytest.raises(ValueError, match="period"):
        P.parse(bad)


@pytest.mark.parametrize(("week", "month"), [
    ("2026-W01", "2026-01"),  # starts Mon 29 Dec 2025, Thursday 1 Jan 2026
    ("2026-W05", "2026-01"),  # Mon 26 Jan – Sun 1 Feb: Thursday 29 Jan
    ("2026-W14", "2026-04"),  # Mon 30 Mar – Sun 5 Apr: Thursday 2 Apr
    ("2026-W53", "2026-12"),  # ends Sun 3 Jan 2027, Thursday 31 Dec 2026
    ("2027-W01", "2027-01"),  # Mon 4 Jan 2027
    ("2025-W01", "2025-01"),  # starts Mon 30 Dec 2024, Thursday 2 Jan 2025
    ("2020-W53", "2020-12"),  # 2020 is a 53-week ISO year too
])
def test_week_belongs_to_the_month_of_its_thursday(week, month):
    assert P.parent(week) == month
    assert week in P.weeks_of_month(*map(int, month.split("-")))


@pytest.mark.parametrize(("year", "n"), [(2026, 53), (2025, 52), (2020, 53), (2015, 53),
                                         (2024, 52)])
def test_every_iso_week_is_in_exactly_one_month_of_its_year(year, n):
    assert P.weeks_in_year(year) == n
    by_month = [w for m in range(1, 13) for w in P.weeks_of_month(year, m)]
    assert by_month == P.weeks(year)  # each once, in order, none from another ISO year
    assert all(4 <= len(P.weeks_of_month(year, m)) <= 5 for m in range(1, 13))


def test_hierarchy_children_parent_and_sub_periods():
    assert P.children("2026") == ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]
    assert P.children("2026-Q2") == ["2026-04", "2026-05", "2026-06"]
    assert P.parent("2026-05") == "2026-Q2" and P.parent("2026-Q2") == "2026"
    assert P.parent("2026") is None
    assert P.sub_periods("2026", P.Grain.MONTH) == P.months(2026)
    assert len(P.year_periods(2026, P.Grain.WEEK)) == 53
    with pytest.raises(ValueError):
        P.sub_periods("2026-03", P.Grain.YEAR)


def test_period_of_a_day_and_sorting():
    d = date(2027, 1, 2)  # Saturday of 2026-W53
    assert P.period_of(d, P.Grain.WEEK) == "2026-W53"
    assert P.period_of(d, P.Grain.MONTH) == "2027-01"
    assert P.period_of(d, P.Grain.QUARTER) == "2027-Q1"
    keys = ["2026-02", "2026-Q1", "2026", "2026-01", "2026-W01"]
    assert sorted(keys, key=P.sort_key) == ["2026-W01", "2026", "2026-Q1", "2026-01", "2026-02"]
