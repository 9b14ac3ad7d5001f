"""The target-cascade tree editor on a real SQLite file: edits, undo, drops, splits, lifecycle."""

from __future__ import annotations

from datetime import UTC, date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack

from gui.common.context import AppContext
from gui.common.events import AppEvents
from gui.common.tasks import TaskRunner
from gui.targets import node_actions as A
from gui.targets.history_dialog import HistoryDialog
from gui.targets.targets_page import TargetsPage
from services.core import periods as P
from services.core.changes import ChangeRecorder
from services.targets import lifecycle as L
from services.targets.cascade import cells_of, load_tree, node_values
from services.targets.split import Values
from tests.gui.shell_fixtures import OFFSCREEN_NOISE, make_window, seed_org

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
YEAR = date.today().year
Q1 = f"{YEAR}-Q1"


@pytest.fixture
def org(store):
    """Company (陈总 director) → 华东销售一组 (王芳 manager, 李强, 张伟) and 华南销售组; a plan."""
    from services.org.people import create_person, create_unit
    from services.targets.ops import create_plan_from_org

    o = seed_org(store)
    create_unit(store, "华南销售组", "team", o.company)
    o.people["陈总"] = create_person(store, "陈总", o.company, role="director").value
    plan_id = create_plan_from_org(store, YEAR).value
    tree = load_tree(store, plan_id, [Q1], with_actuals=False)
    ids = {n.name: n.id for n in tree.nodes}
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


def wait_reload(qtbot, page, action):
    """Run ``action`` and wait until the tree it triggers has reloaded."""
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        action()


def target_cell(page, node_id: str, what: str = "target", period: str = Q1) -> QModelIndex:
    col = next(c for c in range(page.model.columnCount())
               if page.model.column_spec(c) == (period, what))
    return page.model.index_of(node_id, col)


def shown(page, node_id: str, what: str) -> str:
    return page.model.data(target_cell(page, node_id, what), Qt.ItemDataRole.DisplayRole)


def test_model_passes_the_model_tester(qtmodeltester, page):
    assert page.model.rowCount() == 1  # the company root
    qtmodeltester.check(page.model)


def test_editing_a_child_updates_parent_allocated_and_gap_in_view_and_db(page, org, store):
    _o, plan_id, ids = org
    team, li = ids["华东销售一组"], ids["李强"]
    assert page.model.setData(target_cell(page, team), "1,500,000")
    assert page.model.setData(target_cell(page, li), "1000000.5")
    # the parent repainted from memory in the same call: allocated and the orange gap
    assert shown(page, team, "allocated") == "¥1,000,001"  # whole yuan, exact in the tooltip
    assert shown(page, team, "gap") == "¥499,999.50"
    gap_brush = page.model.data(target_cell(page, team, "gap"), Qt.ItemDataRole.ForegroundRole)
    assert gap_brush is not None and gap_brush.color().name() == "#d9822b"
    cell = load_tree(store, plan_id, [Q1]).rollup.cell(team, "signed_amount", Q1)
    assert cell.allocated.target == 100_000_050
    assert cell.gap.target == 150_000_000 - 100_000_050


def test_bad_input_is_refused_with_a_message_naming_the_cell(page, org, store):
    li = org[2]["李强"]
    assert not page.model.setData(target_cell(page, li), "12万块")
    assert "李强" in page.banner.text() and "12万块" in page.banner.text()
    assert not page.model.setData(target_cell(page, li), "1.234")
    assert node_values(store, li) == {}
    assert page.ctx.undo_stack.count() == 0


def test_undo_and_redo_of_an_edit(page, org, store):
    team, li = org[2]["华东销售一组"], org[2]["李强"]
    page.model.setData(target_cell(page, li), "200")
    stack = page.ctx.undo_stack
    assert stack.count() == 1
    stack.undo()
    assert node_values(store, li) == {}
    assert shown(page, team, "allocated") == "¥0"
    stack.redo()
    assert node_values(store, li)[("signed_amount", Q1)] == Values(20_000, 20_000, 20_000)
    assert shown(page, team, "allocated") == "¥200"


def test_reparent_by_drop_and_cycle_refused(qtbot, page, org, store):
    _o, plan_id, ids = org
    li, team, south = ids["李强"], ids["华东销售一组"], ids["华南销售组"]
    model = page.model
    mime = model.mimeData([model.index_of(li)])
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        assert model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0,
                                  model.index_of(south)) is False
    assert load_tree(store, plan_id, [Q1]).node(li).parent_id == south
    assert model.parent(model.index_of(li)) == model.index_of(south)
    # a team dropped onto one of its own people is refused, nothing moves
    before = page.ctx.undo_stack.count()
    model.dropMimeData(model.mimeData([model.index_of(team)]), Qt.DropAction.MoveAction, -1, 0,
                       model.index_of(ids["张伟"]))
    assert "cannot be moved under itself" in page.banner.text()
    assert page.ctx.undo_stack.count() == before
    assert load_tree(store, plan_id, [Q1]).node(team).parent_id == ids["杭州云帆科技有限公司"]
    wait_reload(qtbot, page, page.ctx.undo_stack.undo)
    assert load_tree(store, plan_id, [Q1]).node(li).parent_id == team


def test_split_to_children_sums_exactly(qtbot, page, org, store):
    _o, plan_id, ids = org
    team = ids["华东销售一组"]
    page.model.setData(target_cell(page, team), "1000000.01")
    wait_reload(qtbot, page, lambda: A.split_children(page, team, Q1, "even"))
    tree = load_tree(store, plan_id, [Q1])
    kids = [tree.rollup.cell(k.id, "signed_amount", Q1).own for k in tree.children(team)]
    assert len(kids) == 3 and all(k is not None for k in kids)
    assert sum(k.target for k in kids if k) == 100_000_001
    assert not shown(page, team, "gap")
    wait_reload(qtbot, page, page.ctx.undo_stack.undo)
    assert all(node_values(store, k.id) == {} for k in tree.children(team))


def test_publish_then_edit_is_refused_and_nothing_changes(qtbot, page, org, store):
    li = org[2]["李强"]
    page.model.setData(target_cell(page, li), "300")
    wait_reload(qtbot, page, lambda: A.toggle_publish(page))
    assert page.plan is not None and page.plan.status == "published"
    count = page.ctx.undo_stack.count()
    assert not page.model.flags(target_cell(page, li)) & Qt.ItemFlag.ItemIsEditable
    assert not page.model.setData(target_cell(page, li), "999")
    assert page.notice.isVisible() and "published" in page.notice.text()
    assert "Request adjustment" in page.notice.text()
    assert shown(page, li, "target") == "¥300"
    assert node_values(store, li)[("signed_amount", Q1)].target == 30_000
    assert page.ctx.undo_stack.count() == count


def test_adjustment_request_approved_changes_value_and_history(qtbot, page, org, store):
    o, _plan_id, ids = org
    li = ids["李强"]
    page.model.setData(target_cell(page, li), "300")
    wait_reload(qtbot, page, lambda: A.toggle_publish(page))
    page.ctx.current_person_id = o.people["李强"]
    assert A.request_adjustment(page, li, Q1, Values(20_000, 25_000, 30_000), "大客户延期")
    qtbot.waitUntil(lambda: page.panel.model.rowCount() == 1, timeout=10_000)
    assert page.panel.isVisible()
    request = page.panel.model.rows[0]
    page.panel.person_id = o.people["李强"]
    assert not page.panel.decide(request.id, True)  # nobody approves their own request
    page.panel.person_id = o.people["王芳"]
    wait_reload(qtbot, page, lambda: page.panel.decide(request.id, True))
    assert node_values(store, li)[("signed_amount", Q1)] == Values(20_000, 25_000, 30_000)
    assert shown(page, li, "target") == "¥250"
    history = L.value_history(store, li, "signed_amount", Q1)
    assert [h.new.target for h in history] == [30_000, 25_000]
    assert history[-1].reason == "大客户延期" and history[-1].adjustment_id == request.id
    dialog = HistoryDialog("signed_amount", "李强", Q1, history, page)
    assert dialog.model.rowCount() == 2
    assert "大客户延期" in dialog.model.data(dialog.model.index(1, 4))


def test_page_is_reachable_from_the_sidebar(qtbot, store, org):
    window = make_window(qtbot, store)
    page = window.show_page("targets")
    assert isinstance(page, TargetsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    window.ctx.tasks.wait()


def test_acknowledge_marks_the_persons_node(qtbot, page, org):
    o, _plan_id, ids = org
    li = ids["李强"]
    wait_reload(qtbot, page, lambda: A.toggle_publish(page))
    page.ctx.current_person_id = o.people["李强"]
    page.view.setCurrentIndex(page.model.index_of(ids["张伟"]))
    assert not page.ack_action.isEnabled()  # not Li Qiang's node
    page.view.setCurrentIndex(page.model.index_of(li))
    assert page.ack_action.isEnabled()
    wait_reload(qtbot, page, page.ack_action.trigger)
    kind = page.model.data(page.model.index_of(li, 1), Qt.ItemDataRole.DisplayRole)
    assert kind == "Person · acknowledged"


def test_remove_node_and_undo_restores_it(qtbot, page, org, store):
    _o, plan_id, ids = org
    zhang = ids["张伟"]
    page.model.setData(target_cell(page, zhang), "50")
    page.view.setCurrentIndex(page.model.index_of(zhang))
    wait_reload(qtbot, page, lambda: A.remove_selected(page))
    assert not page.model.index_of(zhang).isValid()
    assert zhang not in {n.id for n in load_tree(store, plan_id, [Q1]).nodes}
    wait_reload(qtbot, page, page.ctx.undo_stack.undo)
    assert shown(page, zhang, "target") == "¥50"


def test_grain_metric_and_value_set_are_remembered(qtbot, page, store, org):
    wait_reload(qtbot, page, lambda: page.grain_combo.setCurrentIndex(
        page.grain_combo.findData("week")))
    assert page.month_combo.isVisibleTo(page)
    month = int(page.month_combo.currentData())
    assert page.model.tree is not None
    assert page.model.tree.periods == tuple(P.weeks_of_month(YEAR, month))
    page.metric_combo.setCurrentIndex(page.metric_combo.findData("deal_count"))  # no reload:
    page.values_combo.setCurrentIndex(1)  # the loaded tree holds every metric and value
    assert page.model.headerData(3, Qt.Orientation.Horizontal).endswith("Target")
    page.view.header().resizeSection(0, 333)
    wait_reload(qtbot, page, lambda: page.grain_combo.setCurrentIndex(
        page.grain_combo.findData("month")))  # other columns, their own widths
    assert page.view.header().sectionSize(0) != 333
    page.view.header().resizeSection(0, 222)
    wait_reload(qtbot, page, lambda: page.grain_combo.setCurrentIndex(
        page.grain_combo.findData("week")))
    assert page.view.header().sectionSize(0) == 333
    page.hide()
    second = TargetsPage(page.ctx)
    qtbot.addWidget(second)
    with qtbot.waitSignal(second.loaded, timeout=10_000):
        second.show()
    assert (second.grain, second.metric_key) == ("week", "deal_count")
    assert second.values_combo.currentData() is True
    assert second.view.header().sectionSize(0) == 333


def test_rename_in_place_is_undoable(qtbot, page, org, store):
    _o, plan_id, ids = org
    south = ids["华南销售组"]
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        assert page.model.setData(page.model.index_of(south), "华南大区")
    assert load_tree(store, plan_id, [Q1]).node(south).name == "华南大区"
    assert page.model.data(page.model.index_of(south)) == "华南大区"
    wait_reload(qtbot, page, page.ctx.undo_stack.undo)
    assert load_tree(store, plan_id, [Q1]).node(south).name == "华南销售组"


def test_adjustment_dialog_names_the_bad_field(qtbot):
    from gui.targets.adjustment_dialog import AdjustmentDialog

    dialog = AdjustmentDialog("signed_amount", "李强", Q1, Values(10_000, 20_000, 30_000))
    qtbot.addWidget(dialog)
    assert dialog.edits[1].text() == "200"
    dialog.edits[1].setText("abc")
    assert (dialog.check() or "").startswith("Target")
    dialog.edits[1].setText("250.5")
    assert "reason" in (dialog.check() or "")
    dialog.reason_edit.setPlainText("客户预算推迟")
    assert dialog.check() is None
    assert dialog.values() == Values(10_000, 25_050, 30_000)


def test_split_by_typed_weights_follows_the_weights(qtbot, page, org, store):
    _o, plan_id, ids = org
    team = ids["华东销售一组"]
    wait_reload(qtbot, page, lambda: A.set_weight(page, ids["王芳"], 200))
    wait_reload(qtbot, page, lambda: A.set_weight(page, ids["李强"], 100))
    wait_reload(qtbot, page, lambda: A.set_weight(page, ids["张伟"], 100))
    page.model.setData(target_cell(page, team), "1000")
    wait_reload(qtbot, page, lambda: A.split_children(page, team, Q1, "weights"))
    got = {n: node_values(store, ids[n])[("signed_amount", Q1)].target
           for n in ("王芳", "李强", "张伟")}
    assert got == {"王芳": 50_000, "李强": 25_000, "张伟": 25_000}


def test_delete_key_clears_a_value_but_removes_a_node_from_the_name(qtbot, page, org, store):
    _o, plan_id, ids = org
    li = ids["李强"]
    page.model.setData(target_cell(page, li), "80")
    page.view.setFocus()
    page.view.setCurrentIndex(target_cell(page, li))
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert node_values(store, li) == {}
    assert page.model.index_of(li).isValid()
    page.view.setCurrentIndex(page.model.index_of(li))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert li not in {n.id for n in load_tree(store, plan_id, [Q1]).nodes}


@pytest.fixture
def demo_page(qtbot, store):
    """The page over the demo firm (its published current-year plan), months, full values."""
    from services import demo

    demo.generate_demo(store, size=demo.DemoSize(40, 80))
    ctx = AppContext(store=store, events=AppEvents(), undo_stack=QUndoStack(), tasks=TaskRunner())
    p = TargetsPage(ctx)
    qtbot.addWidget(p)
    with qtbot.waitSignal(p.loaded, timeout=10_000):
        p.show()
    yield p
    ctx.tasks.wait()


def test_demo_plan_loads_published_with_actuals_and_passes_the_model_tester(
        qtbot, qtmodeltester, demo_page):
    page = demo_page
    assert page.plan is not None and page.plan.status == "published"
    assert page.status_badge.text().strip().startswith("Published")
    wait_reload(qtbot, page, lambda: page.grain_combo.setCurrentIndex(
        page.grain_combo.findData("month")))
    page.values_combo.setCurrentIndex(1)  # the loaded tree holds every value: no reload
    qtmodeltester.check(page.model)
    assert page.model.columnCount() == 2 + 12 * 7


def followup_changes(customer: str):
    """What adding a follow-up changes (until add_followup returns an Op of its own)."""
    rec = ChangeRecorder()
    rec.created("followups", [])
    rec.updated("customers", [customer], ["last_followup_at"])
    return rec.changes()


def test_a_new_follow_up_refreshes_the_actuals(qtbot, demo_page, store):
    from datetime import datetime

    from services.customers.edit import add_followup

    page = demo_page
    page.metric_combo.setCurrentIndex(page.metric_combo.findData("followups"))
    tree = page.model.tree
    assert tree is not None
    person = next(n for n in tree.nodes if n.kind == "person")
    root = tree.nodes[0]
    now = datetime.now(UTC)
    period = next(p for p in tree.periods if P.parse(p).contains(now.astimezone().date()))
    before = tree.rollup.cell(root.id, "followups", period).actual
    with store.read() as uow:
        from sqlalchemy import select

        from models.customers import Customer
        customer = uow.session.scalars(select(Customer.id).limit(1)).one()
    op = add_followup(store, customer, {"at": now, "method": "call", "content": "电话回访",
                                        "person_id": person.person_id})
    changes = getattr(op, "changes", None) or followup_changes(customer)
    wait_reload(qtbot, page, lambda: page.ctx.events.changed.emit(changes, None))
    root_actual = page.model.data(target_cell(page, root.id, "actual", period))
    assert root_actual == f"{before + 1:,}"


def test_chinese_texts(qtbot, store, org, monkeypatch):
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
        heads = [p.model.headerData(c, Qt.Orientation.Horizontal) for c in range(2, 7)]
        assert heads == ["Q1\n目标", "Q1\n已分配", "Q1\n未分配/超分配", "Q1\n实际", "Q1\n达成率"]
        assert p.metric_combo.currentText() == "签约额"
        assert p.status_badge.text().strip() == "草稿 · v0"
        assert p.publish_action.text() == "公示"
        ctx.tasks.wait()
    finally:
        install_translators(app, "en")


def test_new_plan_from_org_is_created_and_shown(qtbot, page, org):
    wait_reload(qtbot, page, lambda: A.new_plan(page, YEAR + 1))
    assert page.plan_combo.count() == 2
    assert page.plan is not None and page.plan.year == YEAR + 1
    names = {n.name for n in page.model.tree.nodes} if page.model.tree else set()
    assert {"华东销售一组", "华南销售组", "李强"} <= names
    assert page.model.tree is not None and page.model.tree.periods[0] == f"{YEAR + 1}-Q1"


def test_split_to_months_distribute_gap_and_accept_rollup(qtbot, page, org, store):
    _o, _plan_id, ids = org
    team, li = ids["华东销售一组"], ids["李强"]
    page.model.setData(target_cell(page, team), "300.01")
    wait_reload(qtbot, page, lambda: A.split_periods(page, team, Q1, "even"))
    months = node_values(store, team)
    got = [months[("signed_amount", f"{YEAR}-{m:02d}")].target for m in (1, 2, 3)]
    assert sum(got) == 30_001 and max(got) - min(got) <= 1
    # a gap of ¥300.01 spread evenly over the three people, then roll-up from a changed child
    wait_reload(qtbot, page, lambda: A.distribute_gap(page, team, Q1, "even"))
    assert not shown(page, team, "gap")
    others = sum(node_values(store, ids[n])[("signed_amount", Q1)].target for n in ("王芳", "张伟"))
    assert 20_000 <= others <= 20_001
    page.model.setData(target_cell(page, li), "500")
    over = 50_000 + others - 30_001
    cents = f".{over % 100:02d}" if over % 100 else ""
    assert shown(page, team, "gap") == f"-¥{over // 100}{cents}"
    red = page.model.data(target_cell(page, team, "gap"), Qt.ItemDataRole.ForegroundRole)
    assert red.color().name() == "#d32f2f"
    wait_reload(qtbot, page, lambda: A.accept_rollup(page, team, Q1))
    assert node_values(store, team)[("signed_amount", Q1)].target == 50_000 + others
    assert not shown(page, team, "gap")


def test_an_added_node_is_shown_and_selected(qtbot, page, org, store):
    _o, plan_id, ids = org
    south = ids["华南销售组"]
    page.view.collapse(page.model.index_of(south))
    wait_reload(qtbot, page, lambda: A.add_child(page, south, "深圳办事处"))
    new = next(n for n in load_tree(store, plan_id, [Q1]).nodes if n.name == "深圳办事处")
    assert new.parent_id == south
    assert page.current_node() == new.id
    assert page.view.isExpanded(page.model.index_of(south))
    wait_reload(qtbot, page, page.ctx.undo_stack.undo)
    assert "深圳办事处" not in {n.name for n in load_tree(store, plan_id, [Q1]).nodes}
    wait_reload(qtbot, page, page.ctx.undo_stack.redo)
    assert new.id in {n.id for n in load_tree(store, plan_id, [Q1]).nodes}


def test_undo_after_the_page_was_rebuilt_still_writes_and_announces(qtbot, org, store):
    import shiboken6

    li = org[2]["李强"]
    ctx = AppContext(store=store, events=AppEvents(), undo_stack=QUndoStack(), tasks=TaskRunner())
    page = TargetsPage(ctx)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    page.model.setData(target_cell(page, li), "120")
    stack, events = ctx.undo_stack, ctx.events
    ctx.tasks.wait()
    shiboken6.delete(page)  # a language switch drops the pages, the undo stack stays
    with qtbot.waitSignal(events.changed, timeout=5_000) as blocker:
        stack.undo()
    changes, initiator = blocker.args
    assert initiator is None and changes.touches("target_values")
    assert [c.node_id for c in cells_of(store, changes.ids("target_values"))] == [li]
    assert node_values(store, li) == {}
    stack.redo()
    assert node_values(store, li)[("signed_amount", Q1)].target == 12_000


def test_kind_column_names_the_owners(page, org):
    ids = org[2]
    kind = page.model.index_of(ids["华东销售一组"], 1)
    assert page.model.data(kind) == "Unit · 王芳"
    assert page.model.data(page.model.index_of(ids["杭州云帆科技有限公司"], 1)) == "Company · 陈总"
    assert page.model.data(page.model.index_of(ids["李强"], 1)) == "Person"


def test_adjustments_and_history_tables_pass_the_model_tester(qtbot, qtmodeltester, page, org,
                                                              store):
    o, _plan_id, ids = org
    li = ids["李强"]
    page.model.setData(target_cell(page, li), "300")
    wait_reload(qtbot, page, lambda: A.toggle_publish(page))
    page.ctx.current_person_id = o.people["李强"]
    assert A.request_adjustment(page, li, Q1, Values(20_000, 25_000, 30_000), "大客户延期")
    qtbot.waitUntil(lambda: page.panel.model.rowCount() == 1, timeout=10_000)
    qtmodeltester.check(page.panel.model)
    assert page.panel.model.data(page.panel.model.index(0, 4)) == "¥250"
    history = L.value_history(store, li, "signed_amount", Q1)
    dialog = HistoryDialog("signed_amount", "李强", Q1, history, page)
    qtmodeltester.check(dialog.model)
    assert dialog.model.data(dialog.model.index(0, 3)) == "¥300 / ¥300 / ¥300"
