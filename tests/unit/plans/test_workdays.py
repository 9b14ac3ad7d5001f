"""Working days for the plan timeline: official holidays and 调休, estimates, the owner's list."""

from __future__ import annotations

from datetime import date

import pytest

from services.plans import timeline as T
from services.plans import workdays as W
from services.targets.ops import create_plan_from_org
from tests.unit.target_fixtures import build_firm

CAL = W.WorkCalendar()


@pytest.mark.parametrize(("day", "workday", "name"), [
    (date(2026, 2, 20), False, "春节"),  # a Friday inside the Spring Festival break
    (date(2026, 2, 14), True, "春节"),  # a Saturday made a working day (调休)
    (date(2026, 10, 1), False, "国庆节"),
    (date(2026, 10, 10), True, "国庆节"),  # Saturday, worked for National Day
    (date(2026, 3, 1), False, ""),  # a plain Sunday
    (date(2026, 3, 2), True, ""),
])
def test_the_official_schedule_with_make_up_days(day: date, workday: bool, name: str) -> None:
    info = CAL.info(day)
    assert (info.workday, info.name) == (workday, name)
    assert info.makeup == (workday and day.weekday() >= 5)


def test_the_package_covers_this_plan_year_and_not_every_year() -> None:
    first, last = W.coverage()
    assert first <= 2026 <= last
    assert not CAL.estimated(2026)
    assert CAL.estimated(last + 1)


def test_an_uncovered_year_gets_the_usual_breaks_as_an_estimate() -> None:
    year = W.coverage()[1] + 1
    assert CAL.info(date(year, 1, 1)).source == "estimate"
    assert not CAL.is_workday(date(year, 10, 7)) and not CAL.is_workday(date(year, 5, 5))
    if year == 2027:  # the lunar new year of 2027 is 6 February
        assert CAL.info(date(2027, 2, 8)) == W.DayInfo(date(2027, 2, 8), False, "春节", "estimate")
        assert CAL.on_or_after(date(2027, 2, 5)) == date(2027, 2, 15)


def test_owner_days_win_and_are_undoable(store) -> None:  # noqa: ANN001
    op = W.set_overrides(store, [W.DayOverride(date(2026, 1, 8), True, "年会"),
                                 W.DayOverride(date(2026, 2, 20), False, "展会值班")])
    cal = W.load_calendar(store)
    assert cal.info(date(2026, 1, 8)) == W.DayInfo(date(2026, 1, 8), False, "年会", "owner")
    assert cal.is_workday(date(2026, 2, 20))
    assert op.changes.touches("app_settings")
    op.undo.run(store)
    assert W.load_calendar(store).overrides == ()


def test_the_timeline_follows_the_owners_list(store) -> None:  # noqa: ANN001
    build_firm(store)
    plan_id = create_plan_from_org(store, 2026).value
    W.set_overrides(store, [W.DayOverride(date(2026, 1, 8), True, "年会")])
    T.generate_timeline(store, plan_id)
    by_title = {r.title: r for r in T.list_timeline(store, plan_id)}
    assert by_title["目标设定与分解会议"].due_on == date(2026, 1, 9)


def test_moving_an_old_timeline_off_holidays_is_undoable(store) -> None:  # noqa: ANN001
    build_firm(store)
    plan_id = create_plan_from_org(store, 2026).value
    kpi = T.add_checkpoint(store, plan_id, "kpi_rules", "KPI与激励规则确定",
                           date(2026, 2, 20)).value
    monthly = T.add_checkpoint(store, plan_id, "monthly_plan", "10月月度计划",
                               date(2026, 10, 1)).value
    fine = T.add_checkpoint(store, plan_id, "briefing", "宣贯与认领", date(2026, 2, 3)).value
    op = T.move_to_workdays(store, plan_id)
    dates = {r.id: r.due_on for r in T.list_timeline(store, plan_id)}
    assert (dates[kpi], dates[monthly], dates[fine]) == (
        date(2026, 2, 24), date(2026, 10, 8), date(2026, 2, 3))
    op.undo.run(store)
    dates = {r.id: r.due_on for r in T.list_timeline(store, plan_id)}
    assert (dates[kpi], dates[monthly]) == (date(2026, 2, 20), date(2026, 10, 1))
