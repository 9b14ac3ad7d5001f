"""Targets that add up, on screen: the tree marks a node whose periods disagree, and approving an
adjustment asks how the other periods follow (one undo step).
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from gui.common.context import AppContext
from gui.common.events import AppEvents
from gui.common.tasks import TaskRunner
from gui.targets import node_actions as A
from gui.targets.approve_dialog import ApproveDialog
from gui.targets.targets_page import TargetsPage
from services.core import periods as P
from services.targets import lifecycle as L
from services.targets import ops
from services.targets.cascade import load_tree, node_values, set_values
from services.targets.consistency import plan_period_gaps
from services.targets.follow import CHANGE_YEAR, KEEP_YEAR
from services.targets.split import Values
from tests.gui.shell_fixtures import OFFSCREEN_NOISE, seed_org

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
YEAR = date.today().year
Y, Q1, DEC = str(YEAR), f"{YEAR}-Q1", f"{YEAR}-12"
M = "signed_amount"


@pytest.fixture
def org(store):
    """李强 has a year of 1,200 yuan split into quarters and months; 陈总 directs the firm."""
    from services.org.people import create_person

    o = seed_org(store)
    o.people["陈总"] = create_person(store, "陈总", o.company, role="director").value
    plan_id = ops.create_plan_from_org(store, YEAR).value
    ids = {n.name: n.id for n in load_tree(store, plan_id, [Q1], with_actuals=False).nodes}
    li = ids["李强"]
    set_values(store, li, M, Y, Values(96_000, 120_000, 144_000))
    ops.split_period(store, li, M, Y)
    for q in P.quarters(YEAR):
        ops.split_period(store, li, M, q)
    return o, plan_id, ids


@pytest.fixture
def page(qtbot, store, org):
    o, _plan_id, _ids = org
    ctx = AppContext(store=store, events=AppEvents(), undo_stack=QUndoStack(), tasks=TaskRunner(),
                     current_person_id=o.people["陈总"])
    p = TargetsPage(ctx)
    qtbot.addWidget(p)
    p.resize(1200, 600)
    with qtbot.waitSignal(p.loaded, timeout=10_000):
        p.show()
    yield p
    ctx.tasks.wait()


def q1_cell(page, node_id: str):
    col = next(c for c in range(page.model.columnCount())
               if page.model.column_spec(c) == (Q1, "target"))
    return page.model.index_of(node_id, col)


def test_the_tree_marks_a_node_whose_quarter_differs_from_its_months(qtbot, page, org, store):
    _o, _plan_id, ids = org
    li, zhang = ids["李强"], ids["张伟"]
    model = page.model
    assert "periods do not add up" not in model.data(model.index_of(li, 1))
    # February one yuan up: Q1 (300) no longer equals its months (301)
    set_values(store, li, M, f"{YEAR}-02", Values(8_000, 10_100, 12_000))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.reload()
    kind = model.data(model.index_of(li, 1))
    assert kind.endswith("periods do not add up")
    assert model.data(model.index_of(li, 0), Qt.ItemDataRole.ForegroundRole) is not None
    tip = model.data(model.index_of(li, 0), Qt.ItemDataRole.ToolTipRole)
    assert "Q1: ¥300, but the months add up to ¥301 (difference target -¥1)" in tip
    assert model.data(q1_cell(page, li), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(q1_cell(page, zhang), Qt.ItemDataRole.BackgroundRole) is None
    assert "periods do not add up" not in model.data(model.index_of(zhang, 1))
    # typing the quarter to its months' sum clears its mark at once; now the year is off
    assert model.setData(q1_cell(page, li), "301")
    assert "periods do not add up" in model.data(model.index_of(li, 1))  # the year is now off
    tip = model.data(model.index_of(li, 0), Qt.ItemDataRole.ToolTipRole)
    assert f"Year {YEAR}: ¥1,200, but the quarters add up to ¥1,201" in tip
    assert model.data(q1_cell(page, li), Qt.ItemDataRole.BackgroundRole) is None


def _published_request(page, qtbot, org, period: str, new: Values) -> str:
    o, plan_id, ids = org
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        A.toggle_publish(page)
    page.ctx.current_person_id = o.people["李强"]
    assert A.request_adjustment(page, ids["李强"], period, new, "大客户提前签约")
    qtbot.waitUntil(lambda: page.panel.model.rowCount() == 1, timeout=10_000)
    page.panel.person_id = o.people["王芳"]
    return page.panel.model.rows[0].id


def test_approving_asks_how_the_rest_follows_and_undoes_in_one_step(qtbot, page, org, store,
                                                                    monkeypatch):
    o, plan_id, ids = org
    li = ids["李强"]
    request = _published_request(page, qtbot, org, DEC, Values(800_000, 1_000_000, 1_200_000))
    row = page.panel.model.rows[0]
    dialog = ApproveDialog(store, row, page)
    # 10,000 yuan in December: the rest of the year cannot absorb it — keeping it is disabled
    assert not dialog.buttons[KEEP_YEAR].isEnabled()
    assert "change the year" in dialog.details[KEEP_YEAR].text()
    assert dialog.buttons[CHANGE_YEAR].isChecked()
    assert f"Year {YEAR}: ¥1,200 → ¥11,100" in dialog.details[CHANGE_YEAR].text()
    before = node_values(store, li)
    asked = []
    monkeypatch.setattr(ApproveDialog, "ask", classmethod(
        lambda cls, st, r, parent=None: asked.append(r.id) or CHANGE_YEAR))
    page.panel.view.setCurrentIndex(page.panel.model.index(0, 0))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.panel.approve_button.click()
    assert asked == [request]
    after = node_values(store, li)
    assert after[(M, DEC)].target == 1_000_000
    assert after[(M, f"{YEAR}-Q4")].target == 1_020_000 and after[(M, Y)].target == 1_110_000
    assert plan_period_gaps(store, plan_id) == []
    assert L.list_adjustments(store, plan_id)[0].status == "approved"
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.ctx.undo_stack.undo()
    assert node_values(store, li) == before
    assert L.list_adjustments(store, plan_id)[0].status == "pending"


def test_cancelling_the_question_approves_nothing(qtbot, page, org, store, monkeypatch):
    _o, plan_id, _ids = org
    _published_request(page, qtbot, org, DEC, Values(0, 12_000, 0))
    monkeypatch.setattr(ApproveDialog, "ask", classmethod(lambda cls, st, r, parent=None: None))
    count = page.ctx.undo_stack.count()
    page.panel.view.setCurrentIndex(page.panel.model.index(0, 0))
    page.panel.approve_button.click()
    assert page.ctx.undo_stack.count() == count
    assert L.list_adjustments(store, plan_id)[0].status == "pending"


def test_the_marks_and_the_question_read_in_chinese(qtbot, page, org, store):
    from PySide6.QtWidgets import QApplication

    from gui.common.i18n import install_translators

    _o, _plan_id, ids = org
    li = ids["李强"]
    set_values(store, li, M, f"{YEAR}-02", Values(8_000, 10_100, 12_000))
    install_translators(QApplication.instance(), "zh_CN")
    try:
        with qtbot.waitSignal(page.loaded, timeout=10_000):
            page.reload()
        model = page.model
        assert model.data(model.index_of(li, 1)).endswith("分期不符")
        tip = model.data(model.index_of(li, 0), Qt.ItemDataRole.ToolTipRole)
        assert tip.startswith("分期目标相加不一致：")
        assert "Q1：¥300，但各月合计为 ¥301（差额 目标 -¥1）" in tip
        request = _published_request(page, qtbot, org, DEC, Values(0, 1_000_000, 0))
        dialog = ApproveDialog(store, page.panel.model.rows[0], page)
        assert dialog.windowTitle() == "批准调整"
        assert dialog.buttons[CHANGE_YEAR].text().startswith("调整全年")
        assert "请选择“调整全年”批准" in dialog.details[KEEP_YEAR].text()
        assert request
    finally:
        install_translators(QApplication.instance(), "en")
