"""The reverse funnel tab as an owner reads it: every stage, money as ¥, a chart, no scrolling."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from gui.common.context import AppContext
from gui.common.events import AppEvents
from gui.common.tasks import TaskRunner
from gui.plans.plans_page import PlansPage
from services.targets.cascade import load_tree, set_values
from services.targets.ops import create_plan_from_org
from services.targets.split import Values
from tests.gui.shell_fixtures import OFFSCREEN_NOISE
from tests.unit.target_fixtures import build_firm

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
WAN = 1_000_000


@pytest.fixture
def funnel(qtbot, store):
    build_firm(store)
    plan_id = create_plan_from_org(store, 2026).value
    root = load_tree(store, plan_id, with_actuals=False).nodes[0]
    set_values(store, root.id, "signed_amount", "2026", Values(800 * WAN, 1000 * WAN, 1200 * WAN))
    ctx = AppContext(store=store, events=AppEvents(), undo_stack=QUndoStack(), tasks=TaskRunner())
    page = PlansPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    qtbot.waitUntil(lambda: not page.is_loading() and not page.funnel.is_loading(),
                    timeout=30_000)
    page.tabs.setCurrentIndex(1)
    f = page.funnel
    f.node.setCurrentIndex(f.node.findData(root.id))
    qtbot.waitUntil(lambda: not f.is_loading(), timeout=30_000)
    yield f
    ctx.tasks.wait()


def test_every_pipeline_stage_is_a_row_and_a_rate(funnel) -> None:
    f = funnel
    names = [f.model.headerData(r, Qt.Orientation.Vertical) for r in range(f.model.rowCount())]
    assert names == ["线索", "初步沟通", "需求确认", "方案报价", "商务谈判", "赢单"]
    labels = [f.form.itemAt(r, f.form.ItemRole.LabelRole).widget().text()
              for r in range(f.form.rowCount())]
    assert "初步沟通 → 需求确认" in labels and "需求确认 → 方案报价" in labels
    f.rates["mid1"].setValue(25)  # fewer needs confirmed → more first contacts and leads
    before = f.results["target"].total["first_contacts"]
    f.rates["mid1"].setValue(50)
    assert f.results["target"].total["first_contacts"] < before


def test_the_average_deal_is_money_and_takes_wan(funnel) -> None:
    f = funnel
    f.avg.setValue(82526.66)
    assert f.avg.text() == "¥82,526.66"
    f.avg.lineEdit().selectAll()
    f.avg.lineEdit().insert("20万")
    f.avg.interpretText()
    assert f.avg.value() == 200_000
    assert f.assumptions().avg_won_fen == 20 * WAN
    assert f.results["target"].total["wins"] == 50  # 1,000万 ÷ 20万
    assert Decimal(f.avg.value()) == Decimal(200000)


def test_months_fit_the_width_and_the_chart_draws_chinese(funnel, qtbot) -> None:
    f = funnel
    assert f.model.columnCount() == 13  # twelve months and the total
    assert not f.view.horizontalScrollBar().isVisible()
    used = sum(f.view.horizontalHeader().sectionSize(c) for c in range(13))
    assert used >= f.view.viewport().width() - 2  # the months share the whole width
    assert [name for name, _n in f.chart.shown][:3] == ["线索", "初步沟通", "需求确认"]
    # drawing now renders every glyph: a missing CJK glyph is an error (pyproject filterwarnings)
    qtbot.waitUntil(f.chart.is_drawn, timeout=20_000)  # matplotlib loads in the background
    f.chart.canvas.draw()
    assert f.chart.canvas.isVisible()
    result = f.results["target"]
    assert [n for _name, n in f.chart.shown] == [result.total[s] for s in result.stages]


def test_the_funnel_states_its_base(funnel, store) -> None:
    f = funnel
    assert f.base_note.text() == "Based on the year target ¥10,000,000"
    f.set_level("floor")
    assert f.base_note.text() == "Based on the year target ¥8,000,000"
    assert f.results["floor"].total["wins"] == -(-800 * WAN // f.assumptions().avg_won_fen)
    f.set_level("target")
    f.period.setCurrentIndex(f.period.findData("2026-Q2"))
    assert f.base_note.text().startswith("Based on the sum of the targets below ¥0")


def test_the_base_reads_in_chinese(funnel) -> None:
    from PySide6.QtWidgets import QApplication

    from gui.common.i18n import install_translators

    install_translators(QApplication.instance(), "zh_CN")
    try:
        funnel.recompute()
        assert funnel.base_note.text() == "按全年目标 ¥10,000,000"
    finally:
        install_translators(QApplication.instance(), "en")


def test_a_chart_off_screen_draws_only_once_shown(qtbot) -> None:
    from PySide6.QtWidgets import QLabel, QTabWidget

    from gui.plans.funnel_chart import FunnelChart

    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QLabel("first"), "first")
    chart = FunnelChart()
    tabs.addTab(chart, "funnel")
    tabs.resize(640, 480)
    tabs.show()
    chart.show_funnel([("线索", 120), ("赢单", 10)])
    qtbot.wait(100)
    assert chart.canvas is None and not chart.is_drawn()  # not built, not drawn: not on screen
    tabs.setCurrentIndex(1)
    qtbot.waitUntil(chart.is_drawn, timeout=20_000)
    assert chart.canvas.isVisible() and chart.shown == [("线索", 120), ("赢单", 10)]
