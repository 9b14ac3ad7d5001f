"""The Leaderboard tab on a real year (tests/unit/incentives/modelling_fixtures.py): people and
teams ranked on a metric with their change against the previous period; the model passes
Qt's model tester; column widths are remembered.

Collected in 2025: 李四 ¥20,000, 张三 ¥10,000, 王五 ¥2,000, the other four ¥0 (a shared 4th).
In 2024 only 张三 collected (¥1,000: K0), the six others share 2nd. So 李四 2 → 1 (↑1),
张三 1 → 2 (↓1), 王五 2 → 3 (↓1), the others 2 → 4 (↓2).
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from gui.common.context import AppContext
from gui.common.events import AppEvents
from gui.common.tasks import TaskRunner
from gui.incentives.leaderboard_tab import LeaderboardTab
from tests.gui.shell_fixtures import OFFSCREEN_NOISE
from tests.unit.incentives.modelling_fixtures import year_2025

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def tab(qtbot, store):
    year_2025(store)
    ctx = AppContext(store, AppEvents(), QUndoStack(), TaskRunner())
    tab = LeaderboardTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1100, 600)
    tab.show()
    qtbot.waitUntil(lambda: not tab.is_loading(), timeout=20_000)
    yield tab
    ctx.tasks.wait()


def _wait(qtbot, tab) -> None:
    qtbot.waitUntil(lambda: not tab.is_loading(), timeout=20_000)


def test_people_ranked_on_the_collected_amount_with_their_change(qtbot, tab) -> None:
    tab.choose(metric="collected_amount")
    tab.set_period("2025")
    _wait(qtbot, tab)
    rows = tab.shown()
    assert [r[:4] for r in rows[:3]] == [("1", "↑1", "李四", "¥20,000.00"),
                                         ("2", "↓1", "张三", "¥10,000.00"),
                                         ("3", "↓1", "王五", "¥2,000.00")]
    assert {r[:2] for r in rows[3:]} == {("4", "↓2")}
    # the three reps and 东经理 (a manager who collected nothing); the owner, the director and
    # the analyst sell nothing and have no target: not on the board
    assert tab.note.text() == "2025 · 4 ranked; changes against 2024"


def test_a_quarter_and_new_entries(qtbot, tab) -> None:
    """2025-Q2: 李四 collected ¥20,000 (June), 张三 ¥6,000 (April); in Q1 nobody collected,
    so everyone ranked shared 1st then: 李四 stays 1st (=), 张三 1 → 2 (↓1).
    """
    tab.choose(metric="collected_amount")
    tab.set_period("2025-Q2")
    _wait(qtbot, tab)
    assert [r[:3] for r in tab.shown()[:2]] == [("1", "=", "李四"), ("2", "↓1", "张三")]


def test_teams(qtbot, tab) -> None:
    tab.choose(metric="collected_amount", view="units")
    tab.set_period("2025")
    _wait(qtbot, tab)
    # the teams of the people on the board (the company itself holds only people who do not
    # sell): 华东区 张三 + 李四 = ¥30,000, 华南区 王五 ¥2,000
    assert [r[2:4] for r in tab.shown()] == [("华东区", "¥30,000.00"), ("华南区", "¥2,000.00")]


def test_attainment_without_targets_ranks_nobody(qtbot, tab) -> None:
    tab.set_period("2025")
    tab.choose(metric="signed_amount", measure="attainment")
    _wait(qtbot, tab)
    assert all(r[0] == "" for r in tab.shown())
    assert "without a value" in tab.note.text()


def test_the_model_passes_the_model_tester(qtbot, qtmodeltester, tab) -> None:
    tab.set_period("2025")
    _wait(qtbot, tab)
    qtmodeltester.check(tab.model)


def test_column_widths_are_remembered(qtbot, tab) -> None:
    tab.view.horizontalHeader().resizeSection(2, 230)
    again = LeaderboardTab(tab.ctx)
    qtbot.addWidget(again)
    again.show()
    _wait(qtbot, again)
    assert again.view.horizontalHeader().sectionSize(2) == 230
