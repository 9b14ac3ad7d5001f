"""The Modelling tab: two drafts against the current scheme on a real year — the totals, the
cost shares, the sentence, the people sorted by the difference — and its models pass Qt's
model tester; column widths are remembered.

The year and the schemes: tests/unit/incentives/test_modelling.py (current 5 % → ¥1,600;
A 10 % → ¥3,200; B 3 % + ¥300 per new customer → ¥1,860).
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from gui.common.context import AppContext
from gui.common.events import AppEvents
from gui.common.tasks import TaskRunner
from gui.incentives.modelling_tab import ModellingTab
from tests.gui.shell_fixtures import OFFSCREEN_NOISE
from tests.unit.incentives.modelling_fixtures import commission, scheme, version, year_2025

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def setup(qtbot, store):
    year_2025(store)
    sid = scheme(store, "销售提成")
    version(store, sid, 1, commission("5"), published=True)
    a = version(store, sid, 2, commission("10"), published=False)
    b = version(store, sid, 3, commission("3", award="300"), published=False)
    ctx = AppContext(store, AppEvents(), QUndoStack(), TaskRunner())
    tab = ModellingTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    qtbot.waitUntil(lambda: not tab.is_loading(), timeout=20_000)
    yield tab, a, b
    ctx.tasks.wait()


def _model(qtbot, tab, a, b) -> None:
    tab.year.setValue(2025)
    tab.select_versions(a, b)
    with qtbot.waitSignal(tab.modelled, timeout=30_000):
        tab.run()


def _cells(model) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_the_versions_are_offered_drafts_first(setup) -> None:
    tab, a, b = setup
    texts = [tab.draft_a.itemText(i) for i in range(tab.draft_a.count())]
    assert texts[1:] == ["销售提成 v3 (draft, from 2025-01-01)",
                         "销售提成 v2 (draft, from 2025-01-01)",
                         "销售提成 v1 (published, from 2025-01-01)"]
    assert tab.draft_a.currentData() == b  # the first draft is chosen for A
    assert tab.draft_b.currentData() is None


def test_two_drafts_against_the_current_scheme(qtbot, setup) -> None:
    tab, a, b = setup
    _model(qtbot, tab, a, b)
    assert _cells(tab.summary_model) == [
        ["Current schemes", "¥1,600", "5.0 %", "4.6 %", "10.7 %", "", ""],
        ["Draft A: 销售提成 v2", "¥3,200", "10.0 %", "9.1 %", "21.4 %", "3", "0"],
        ["Draft B: 销售提成 v3", "¥1,860", "5.8 %", "5.3 %", "12.5 %", "2", "1"],
    ]
    # sorted by the difference under A: 李四 +1,000, 张三 +500, 王五 +100
    assert [row[0] for row in _cells(tab.people_model)] == ["李四", "张三", "王五"]
    assert _cells(tab.people_model)[0] == ["李四", "华东区", "¥1,000", "¥2,000", "¥900",
                                           "+¥1,000", "-¥100"]
    assert tab.sentences.text().splitlines() == [
        "Draft A pays ¥1,600 more than the current schemes: 10.0 % of the collected amount "
        "(now 5.0 %); 3 person(s) gain, 0 person(s) lose.",
        "Draft B pays ¥260 more than the current schemes: 5.8 % of the collected amount "
        "(now 5.0 %); 2 person(s) gain, 1 person(s) lose.",
    ]
    assert "collected ¥32,000, signed ¥35,000, gross margin ¥14,933" in tab.revenue.text()
    assert "¥5,000 of the signed amount in 1 contract(s) has no cost" in tab.revenue.text()


def test_one_draft(qtbot, setup) -> None:
    tab, a, _b = setup
    _model(qtbot, tab, a, None)
    assert tab.people_model.columnCount() == 5  # name, team, current, A, difference A
    assert tab.summary_model.rowCount() == 2


def test_models_pass_the_model_tester(qtbot, qtmodeltester, setup) -> None:
    tab, a, b = setup
    _model(qtbot, tab, a, b)
    qtmodeltester.check(tab.summary_model)
    qtmodeltester.check(tab.people_model)


def test_column_widths_are_remembered(qtbot, setup, store) -> None:
    tab, a, b = setup
    _model(qtbot, tab, a, b)
    tab.people_view.horizontalHeader().resizeSection(0, 222)
    again = ModellingTab(tab.ctx)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: not again.is_loading(), timeout=20_000)
    _model(qtbot, again, a, b)
    assert again.people_view.horizontalHeader().sectionSize(0) == 222
