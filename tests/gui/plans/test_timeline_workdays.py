"""The plan timeline on working days: holidays marked, moved off them, the owner's own list."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from gui.common.context import AppContext
from gui.common.events import AppEvents
from gui.common.tasks import TaskRunner
from gui.plans.plans_page import PlansPage
from gui.plans.settings_section import PlanSettingsSection
from services.plans import timeline as T
from services.plans import workdays as W
from services.targets.ops import create_plan_from_org
from tests.gui.shell_fixtures import OFFSCREEN_NOISE
from tests.unit.target_fixtures import build_firm

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def ctx(store):
    build_firm(store)
    c = AppContext(store=store, events=AppEvents(), undo_stack=QUndoStack(), tasks=TaskRunner())
    yield c
    c.tasks.wait()


def _page(qtbot, ctx) -> PlansPage:  # noqa: ANN001
    page = PlansPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    _settle(qtbot, page)
    return page


def _settle(qtbot, page) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not page.is_loading() and not page.funnel.is_loading(),
                    timeout=30_000)


def _dates(page) -> dict[str, str]:  # noqa: ANN001
    return {page.timeline.index(r, 1).data(): page.timeline.index(r, 0).data()
            for r in range(page.timeline.rowCount())}


def test_the_usual_timeline_avoids_holidays_and_sundays(qtbot, ctx) -> None:  # noqa: ANN001
    create_plan_from_org(ctx.store, 2026)
    page = _page(qtbot, ctx)
    page.tabs.setCurrentIndex(2)
    page.generate_btn.click()
    _settle(qtbot, page)
    shown = _dates(page)
    assert shown["KPI与激励规则确定"] == "2026-02-24"  # not 20 Feb, in 春节
    assert shown["2月月度计划"] == "2026-02-02"  # not Sunday 1 Feb
    assert shown["10月月度计划"] == "2026-10-08"  # not in 国庆
    assert shown["1月月度计划"] == "2026-01-04 · make-up working day"  # a 调休 Sunday
    assert not any("day off" in text for text in shown.values())
    assert "public holidays" in page.holiday_note.text()


def test_a_date_on_a_holiday_is_marked_and_moved_with_undo(qtbot, ctx) -> None:  # noqa: ANN001
    plan_id = create_plan_from_org(ctx.store, 2026).value
    T.add_checkpoint(ctx.store, plan_id, "kpi_rules", "KPI与激励规则确定", date(2026, 2, 20))
    page = _page(qtbot, ctx)
    row = next(r for r in range(page.timeline.rowCount())
               if page.timeline.index(r, 1).data() == "KPI与激励规则确定")
    index = page.timeline.index(row, 0)
    assert index.data() == "2026-02-20 · 春节 (day off)"
    assert "Move to working days" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(Qt.ItemDataRole.EditRole) == "2026-02-20"  # the editor starts from a date
    page.workdays_btn.click()
    _settle(qtbot, page)
    assert _dates(page)["KPI与激励规则确定"] == "2026-02-24"
    ctx.undo_stack.undo()
    _settle(qtbot, page)
    assert _dates(page)["KPI与激励规则确定"] == "2026-02-20 · 春节 (day off)"


def test_a_year_without_an_official_schedule_says_it_is_an_estimate(
        qtbot, ctx) -> None:  # noqa: ANN001
    year = W.coverage()[1] + 1
    create_plan_from_org(ctx.store, year)
    page = _page(qtbot, ctx)
    assert f"The official holidays of {year} are not known yet" in page.holiday_note.text()


def test_owner_days_in_settings_move_the_timeline(qtbot, ctx) -> None:  # noqa: ANN001
    from PySide6.QtCore import QDate

    plan_id = create_plan_from_org(ctx.store, 2026).value
    T.add_checkpoint(ctx.store, plan_id, "briefing", "宣贯与认领", date(2026, 2, 3))
    page = _page(qtbot, ctx)
    section = PlanSettingsSection(ctx)
    qtbot.addWidget(section)
    qtbot.waitUntil(lambda: not section.is_loading(), timeout=10_000)
    section.date.setDate(QDate(2026, 2, 3))
    section.name.setText("年会")
    section.add_button.click()
    qtbot.waitUntil(lambda: section.model.rowCount() == 1 and not section.is_loading(),
                    timeout=10_000)
    assert section.model.index(0, 0).data() == "2026-02-03"
    assert section.model.index(0, 3).data() == "年会"
    _settle(qtbot, page)
    assert _dates(page)["宣贯与认领"] == "2026-02-03 · 年会 (day off)"
    ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: section.model.rowCount() == 0, timeout=10_000)
    _settle(qtbot, page)
    assert _dates(page)["宣贯与认领"] == "2026-02-03"
