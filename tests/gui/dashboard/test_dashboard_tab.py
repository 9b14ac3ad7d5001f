"""The Dashboard tab on the small firm of tests/unit/dashboard/dashboard_fixtures.py (the
figures' values are checked there): it opens with its first chart drawn, a filter change
redraws it, and a click on a chart element lists exactly the records behind it, from which one
opens; copying and saving the chart work; the page survives the language switch.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from gui.common.context import AppContext
from gui.common.events import AppEvents
from gui.common.tasks import TaskRunner
from gui.dashboard.dashboard_tab import DashboardTab
from services.dashboard.records import Ref
from tests.gui.shell_fixtures import OFFSCREEN_NOISE, make_window
from tests.unit.dashboard.dashboard_fixtures import build_dash_firm

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def firm(store):
    return build_dash_firm(store)


@pytest.fixture
def tab(qtbot, store, firm):
    ctx = AppContext(store, AppEvents(), QUndoStack(), TaskRunner())
    tab = DashboardTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1200, 760)
    tab.show()
    tab.set_filters(period="2026-Q1", unit_id="", person_id="", cut="")
    _drawn(qtbot, tab, "targets")
    yield tab
    ctx.tasks.wait()


def _drawn(qtbot, tab, chart: str) -> None:
    view = tab.views[chart]
    qtbot.waitUntil(lambda: not tab.is_loading() and view.is_drawn(), timeout=30_000)
    QApplication.processEvents()


def _refs(tab, chart: str) -> list[Ref]:
    return [ref for _artist, refs in tab.views[chart].hits for ref in refs]


def _click(qtbot, tab, chart: str, ref: Ref):
    view = tab.views[chart]
    view.canvas.draw()  # the artists' places are those of the last render
    x, y = view.element_point(ref)
    qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    qtbot.waitUntil(lambda: tab.records_dialog is not None, timeout=5_000)
    dialog = tab.records_dialog
    qtbot.waitUntil(lambda: not dialog.is_loading(), timeout=20_000)
    return dialog


def test_opens_with_the_targets_chart_of_the_company(tab, firm):
    assert _refs(tab, "targets") == [Ref("targets", firm.nodes[n], "signed_amount")
                                     for n in ("root", "east", "west")]
    assert tab.views["trend"].canvas is None  # a chart never shown is never drawn


def test_a_filter_change_redraws_the_chart(qtbot, tab, firm):
    tab.set_filters(unit_id=firm.world.units["east"])
    qtbot.waitUntil(lambda: _refs(tab, "targets")[0].key == firm.nodes["east"], timeout=30_000)
    assert [r.key for r in _refs(tab, "targets")] == [firm.nodes[n] for n in
                                                      ("east", "张三", "李四")]
    tab.set_filters(metric="collected_amount")
    qtbot.waitUntil(lambda: _refs(tab, "targets")[0].detail == "collected_amount",
                    timeout=30_000)


def test_clicking_a_bullet_lists_its_deals_and_one_opens(qtbot, tab, firm):
    dialog = _click(qtbot, tab, "targets", Ref("targets", firm.nodes["east"], "signed_amount"))
    assert {r.id for r in dialog.rows()} == {firm.deals["A1"], firm.deals["A2"]}
    assert [r.title for r in dialog.rows()] == ["A2", "A1"]  # largest first
    with qtbot.waitSignal(tab.ctx.events.open_requested) as opened:
        dialog.open_row(0)
    assert opened.args == ["deal", firm.deals["A2"]]


def test_clicking_a_trend_point_and_an_aging_bar(qtbot, tab, firm):
    tab.charts.setCurrentIndex(1)
    _drawn(qtbot, tab, "trend")
    dialog = _click(qtbot, tab, "trend", Ref("trend", "2026-03", "collected"))
    assert [r.id for r in dialog.rows()] == [firm.payments["P2"]]
    dialog.close()
    tab.charts.setCurrentIndex(3)
    _drawn(qtbot, tab, "aging")
    dialog = _click(qtbot, tab, "aging", Ref("aging", "31-60"))
    assert [(r.open_kind, r.open_id) for r in dialog.rows()] == [("contract",
                                                                   firm.contracts["C1"])]


def test_the_funnel_stage_lists_the_deals_that_entered_it(qtbot, tab, firm):
    tab.charts.setCurrentIndex(2)
    _drawn(qtbot, tab, "funnel")
    dialog = _click(qtbot, tab, "funnel", Ref("funnel", firm.world.stages["初步沟通"]))
    assert {r.title for r in dialog.rows()} == {"A1", "A2", "A5", "A7"}


def test_clicking_a_scorecard_bar_lists_the_persons_contracts(qtbot, tab, firm):
    from tests.unit.dashboard.test_dashboard_scorecards import KPI, publish

    publish(tab.ctx.store, KPI)  # 张三 84.0 (×1.0), 李四 78.0 (×0.8), 王五 0.0 (×0)
    tab.charts.setCurrentIndex(7)
    assert tab.current_chart() == "scorecards"
    _drawn(qtbot, tab, "scorecards")
    p = firm.world.people
    assert _refs(tab, "scorecards") == [Ref("scorecards", p[n], "signed_amount")
                                        for n in ("张三", "李四", "王五")]
    dialog = _click(qtbot, tab, "scorecards", Ref("scorecards", p["李四"], "signed_amount"))
    assert [r.id for r in dialog.rows()] == [firm.contracts["C2"]]
    with qtbot.waitSignal(tab.ctx.events.open_requested) as opened:
        dialog.open_row(0)
    assert opened.args == ["contract", firm.contracts["C2"]]


def test_a_target_cut_redraws_the_targets_with_its_members(qtbot, tab, firm):
    from tests.unit.dashboard.test_dashboard_cuts import add_channel_cut

    members = add_channel_cut(firm)  # 展会 (A1) and 转介绍 (A2, A7)
    tab.cut.setCurrentIndex(tab.cut.findData("channel"))
    assert tab.cut.currentText() == "By channel"
    qtbot.waitUntil(lambda: _refs(tab, "targets")[1].key == members["展会"], timeout=30_000)
    _drawn(qtbot, tab, "targets")
    assert [r.key for r in _refs(tab, "targets")] == [firm.nodes["root"], members["展会"],
                                                      members["转介绍"]]
    dialog = _click(qtbot, tab, "targets", Ref("targets", members["转介绍"], "signed_amount"))
    assert [r.title for r in dialog.rows()] == ["A2", "A7"]  # 2500, 1200
    dialog.close()
    tab.cut.setCurrentIndex(tab.cut.findData(""))  # 整体: the org tree again
    qtbot.waitUntil(lambda: _refs(tab, "targets")[1].key == firm.nodes["east"], timeout=30_000)


def test_copy_and_save_the_chart(tab, tmp_path):
    view = tab.views["targets"]
    view.copy_chart()
    assert not QApplication.clipboard().image().isNull()
    view.save_to(str(tmp_path / "chart.svg"))
    view.save_to(str(tmp_path / "chart.png"))
    assert (tmp_path / "chart.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    assert (tmp_path / "chart.png").read_bytes()[:4] == b"\x89PNG"


def test_filters_are_remembered(qtbot, tab, firm, store):
    tab.set_filters(period="2026-03", person_id=firm.world.people["李四"])
    tab.charts.setCurrentIndex(4)
    again = DashboardTab(tab.ctx)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.person.count() > 1, timeout=20_000)
    assert again.period() == "2026-03"
    assert again.scope().person_id == firm.world.people["李四"]
    assert again.current_chart() == "reasons"
    qtbot.waitUntil(lambda: not again.is_loading(), timeout=20_000)


def test_the_page_survives_the_language_switch(qtbot, store, firm):
    window = make_window(qtbot, store, "en")
    page = window.show_page("dashboard")
    assert page.tabs.tabText(0) == "Dashboard"
    tab = page.tab(0)
    tab.set_filters(period="2026-Q1")
    _drawn(qtbot, tab, "targets")
    window.menus.actions["lang_zh_CN"].trigger()
    page = window.host.currentWidget()
    assert window.host.current_key == "dashboard"
    assert page.tabs.tabText(0) == "看板"
    tab = page.tab(0)
    assert tab.charts.tabText(0) == "目标达成"
    _drawn(qtbot, tab, "targets")
    window.menus.actions["lang_en"].trigger()
    _drawn(qtbot, window.host.currentWidget().tab(0), "targets")
    window.ctx.tasks.wait()
