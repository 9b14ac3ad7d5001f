"""Cuts of the company total on the Targets page: switching trees, adding members, editing
their values against the company total, undo — on a real SQLite file.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack

from gui.common.context import AppContext
from gui.common.events import AppEvents
from gui.common.tasks import TaskRunner
from gui.targets import node_actions as A
from gui.targets.targets_page import TargetsPage
from services.targets.cascade import load_tree
from services.targets.cuts import plan_cut_gaps
from services.targets.split import Values
from tests.gui.shell_fixtures import OFFSCREEN_NOISE, seed_org

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
YEAR = date.today().year
Q1 = f"{YEAR}-Q1"
M = "signed_amount"


@pytest.fixture
def plan(store):
    """The seeded org's plan with a company total of 1,000,000 for Q1."""
    from services.targets.cascade import set_values
    from services.targets.ops import create_plan_from_org

    seed_org(store)
    plan_id = create_plan_from_org(store, YEAR).value
    root = load_tree(store, plan_id, [Q1], with_actuals=False).nodes[0].id
    set_values(store, root, M, Q1, Values(0, 1_000_000_00, 0))
    return plan_id, root


@pytest.fixture
def page(qtbot, store, plan):
    ctx = AppContext(store=store, events=AppEvents(), undo_stack=QUndoStack(), tasks=TaskRunner())
    p = TargetsPage(ctx)
    qtbot.addWidget(p)
    p.resize(1200, 600)
    with qtbot.waitSignal(p.loaded, timeout=10_000):
        p.show()
    yield p
    ctx.tasks.wait()


def wait_reload(qtbot, page, action):
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        action()


def cell(page, node_id: str, what: str = "target") -> QModelIndex:
    col = next(c for c in range(page.model.columnCount())
               if page.model.column_spec(c) == (Q1, what))
    return page.model.index_of(node_id, col)


def shown(page, node_id: str, what: str) -> str:
    return page.model.data(cell(page, node_id, what), Qt.ItemDataRole.DisplayRole)


def choose_cut(qtbot, page, cut: str) -> None:
    wait_reload(qtbot, page, lambda: page.cut_combo.setCurrentIndex(
        page.cut_combo.findData(cut)))


def names(page) -> list[str]:
    return [n.name for n in page.model.tree.nodes]


def test_switching_cuts_adding_members_editing_and_undo(qtbot, qtmodeltester, page, plan, store):
    plan_id, root = plan
    org_names = names(page)
    assert not page.member_action.isVisible()
    choose_cut(qtbot, page, "channel")
    assert page.cut == "channel" and page.member_action.isVisible()
    assert names(page) == [org_names[0]]  # the same company total, no member yet
    assert "no members yet" in page.notice.text() and page.notice.isVisibleTo(page)
    wait_reload(qtbot, page, lambda: A.add_member(page, "官网", "线上"))
    wait_reload(qtbot, page, lambda: A.add_member(page, "展会", "线下"))
    assert names(page) == [org_names[0], "线上", "线下"]
    assert not page.notice.isVisibleTo(page)
    ids = {n.name: n.id for n in page.model.tree.nodes}
    kind = page.model.data(page.model.index_of(ids["线上"], 1), Qt.ItemDataRole.DisplayRole)
    assert kind.startswith("Channel 官网")
    qtmodeltester.check(page.model)
    # values are typed like the org tree's; the company row shows what is left to allocate
    assert page.model.setData(cell(page, ids["线上"]), "800,000")
    assert page.model.setData(cell(page, ids["线下"]), "150,000")
    assert shown(page, root, "allocated") == "¥950,000"
    assert shown(page, root, "gap") == "¥50,000"  # 未分配 against the company total
    gap = page.model.data(cell(page, root, "gap"), Qt.ItemDataRole.ForegroundRole)
    assert gap is not None and gap.color().name() == "#d9822b"
    assert [g.gap.target for g in plan_cut_gaps(store, plan_id)] == [50_000_00]
    assert page.model.setData(cell(page, ids["线下"]), "250,000")  # over-allocated
    assert shown(page, root, "gap") == "-¥50,000"
    over = page.model.data(cell(page, root, "gap"), Qt.ItemDataRole.ForegroundRole)
    assert over is not None and over.color().name() == "#d32f2f"
    # undo: the edit, then the member
    stack = page.ctx.undo_stack
    stack.undo()
    assert shown(page, root, "gap") == "¥50,000"
    stack.undo()
    stack.undo()
    assert load_tree(store, plan_id, [Q1], cut="channel").rollup.cell(
        ids["线上"], M, Q1).own is None
    wait_reload(qtbot, page, stack.undo)  # adding 线下 undone
    assert names(page) == [org_names[0], "线上"]
    # the org tree never shows a cut's members, and the cut keeps them
    choose_cut(qtbot, page, "")
    assert names(page) == org_names and not page.member_action.isVisible()
    choose_cut(qtbot, page, "channel")
    assert names(page) == [org_names[0], "线上"]


def test_split_the_company_total_within_a_cut(qtbot, page, plan, store):
    plan_id, root = plan
    choose_cut(qtbot, page, "product_line")
    for key in ("硬件", "软件"):
        wait_reload(qtbot, page, lambda k=key: A.add_member(page, k))
    wait_reload(qtbot, page, lambda: A.split_children(page, root, Q1, "even"))
    ids = {n.name: n.id for n in page.model.tree.nodes}
    assert shown(page, ids["硬件"], "target") == "¥500,000"
    assert not shown(page, root, "gap")
    assert plan_cut_gaps(store, plan_id) == []
    org = load_tree(store, plan_id, [Q1], with_actuals=False)
    assert all(org.rollup.cell(n.id, M, Q1).own is None for n in org.nodes[1:])


def test_add_member_dialog_offers_the_firms_own_keys(qtbot, page, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    choose_cut(qtbot, page, "customer_tier")
    asked: list[list[str]] = []

    def pick(*args, **_kw):
        asked.append(list(args[3]))
        return args[3][0], True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pick))
    wait_reload(qtbot, page, lambda: A.add_member_dialog(page))
    assert asked == [["A", "B", "C"]]
    assert names(page)[1:] == ["Tier A customers"]
    wait_reload(qtbot, page, lambda: A.add_member_dialog(page))
    assert asked[1] == ["B", "C"]  # a tier already in the cut is not offered again
    assert names(page)[1:] == ["Tier A customers", "Tier B customers"]


def test_chinese_cut_names(qtbot, store, plan, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from gui.common.i18n import install_translators

    monkeypatch.delenv("SAILPLAN_LANG", raising=False)
    app = QApplication.instance()
    assert app is not None
    install_translators(app, "zh_CN")
    try:
        ctx = AppContext(store=store, events=AppEvents(), undo_stack=QUndoStack(),
                         tasks=TaskRunner())
        p = TargetsPage(ctx)
        qtbot.addWidget(p)
        with qtbot.waitSignal(p.loaded, timeout=10_000):
            p.show()
        assert [p.cut_combo.itemText(i) for i in range(p.cut_combo.count())] == [
            "按组织", "按产品线", "按渠道", "按客户分层"]
        assert p.member_action.text() == "添加分解项…"
        ctx.tasks.wait()
    finally:
        install_translators(app, "en")
