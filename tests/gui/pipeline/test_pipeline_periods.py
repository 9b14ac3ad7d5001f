"""Close-period filter windows and forecast month columns (pure date rules)."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from gui.pipeline.forecast_view import LATER, OVERDUE, column_of
from gui.pipeline.pipeline_filter_bar import period_range


@pytest.mark.parametrize(("key", "today", "expected"), [
    ("any", date(2026, 11, 22), (None, None)),
    ("overdue", date(2026, 11, 22), (None, date(2026, 11, 21))),
    ("this_month", date(2026, 2, 10), (date(2026, 2, 1), date(2026, 2, 28))),
    ("next_month", date(2026, 12, 31), (date(2027, 1, 1), date(2027, 1, 31))),
    ("this_quarter", date(2026, 11, 22), (date(2026, 10, 1), date(2026, 12, 31))),
    ("this_quarter", date(2028, 2, 29), (date(2028, 1, 1), date(2028, 3, 31))),
    ("next_90", date(2026, 11, 22), (date(2026, 11, 22), date(2027, 2, 20))),
])
def test_period_range(key, today, expected):
    assert period_range(key, today) == expected


@pytest.mark.parametrize(("close", "expected"), [
    (None, LATER),
    (date(2026, 10, 31), OVERDUE),
    (date(2026, 11, 1), "2026-11"),
    (date(2027, 4, 30), "2027-04"),  # sixth month column
    (date(2027, 5, 1), LATER),
])
def test_forecast_column_of(close, expected):
    assert column_of(SimpleNamespace(expected_close=close), date(2026, 11, 22)) == expected
