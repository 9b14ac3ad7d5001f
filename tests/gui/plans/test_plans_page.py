"""The Plans page on a real SQLite file: action items with undo, checkpoints, variants, the
reverse funnel saved as process targets, the timeline and the Excel export on the worker."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from gui.common.context import AppContext
from gui.common.events import AppEvents
from gui.common.messages import Messages
from gui.common.tasks import TaskRunner
from gui.plans.plans_page import PlansPage
from services.plans import actions as plans
from services.targets.cascade import load_tree, node_values, set_values
from services.targets.ops import create_plan_from_org
from services.targets.split import Values
from tests.gui.shell_fixtures import OFFSCREEN_NOISE
from tests.unit.target_fixtures import build_firm

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
WAN = 1_000_000


@pytest.fixture
def page(qtbot, store, monkeypatch):
    firm = build_firm(store)
    plan_id = create_plan_from_org(store, 2026).value
    root = load_tree(store, plan_id, with_actuals=False).nodes[0]
    set_values(store, root.id, "signed_amount", "2026", Values(800 * WAN, 1000 * WAN,
                                                                1200 * WAN))
    errors: list[str] = []
    monkeypatch.setattr(Messages, "show_error", classmethod(
        lambda cls, parent, title, text, details="": errors.append(text)))
    ctx = AppContext(store=store, events=AppEvents(), undo_stack=QUndoStack(), tasks=TaskRunner(),
                     current_person_id=firm.people["周总监"])
    p = PlansPage(ctx)
    p.errors = errors
    p.firm, p.root_id = firm, root.id
    qtbot.addWidget(p)
    p.resize(1200, 700)
    p.show()
    _wait_loaded(qtbot, p)
    yield p
    ctx.tasks.wait()


def _wait_loaded(qtbot, page) -> None:  # noqa: ANN001
    """The plan (and the funnel's history) are read on the worker: wait until shown."""
    qtbot.waitUntil(lambda: not page.is_loading() and not page.funnel.is_loading(),
                    timeout=30_000)


def _set(model, row: int, col: int, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: ANN001
    return model.setData(model.index(row, col), value, role)


def test_action_items_edit_undo_variants_and_checkpoints(page, qtbot) -> None:  # noqa: ANN001
    store, stack = page.ctx.store, page.ctx.undo_stack

    def settle() -> None:  # an edit is shown once the lists are read again on the worker
        _wait_loaded(qtbot, page)

    assert page.year.currentText().startswith("2026")
    page.add_btn.click()
    settle()
    assert page.items.rowCount() == 1
    item = page.items.rows[0]
    assert _set(page.items, 0, 2, "=拜访重点客户")  # 做什么, kept as text
    assert plans.get_action(store, item.id).title == "=拜访重点客户"
    assert _set(page.items, 0, 6, "12,000.50")
    assert plans.get_action(store, item.id).budget == pytest.approx(12000.5)
    assert not _set(page.items, 0, 4, "next week")  # a bad date is refused, named
    assert page.errors and "YYYY-MM-DD" in page.errors[-1]
    _set(page.items, 0, 5, "blocked")
    stack.undo()
    stack.undo()
    stack.undo()
    assert plans.get_action(store, item.id).title == "New action item"
    stack.redo()
    settle()
    assert page.items.index(0, 2).data() == "=拜访重点客户"

    page.variant_b.click()
    settle()
    assert page.items.rowCount() == 0
    page.variant_a.click()
    settle()
    page.actions_view.selectRow(0)
    page.add_cp_btn.click()
    settle()
    assert page.checkpoints.rowCount() == 1
    assert _set(page.checkpoints, 0, 2, Qt.CheckState.Checked.value,
                Qt.ItemDataRole.CheckStateRole)
    assert plans.get_action(store, item.id).checkpoints[0].done_on == date.today()
    settle()
    assert page.items.index(0, 8).data() == "1/1"

    page.actions_view.selectRow(0)
    page.remove_btn.click()
    settle()
    assert page.items.rowCount() == 0
    stack.undo()  # back with its checkpoint
    settle()
    assert page.items.rowCount() == 1 and page.items.rows[0].checkpoints
    page.f_status.setCurrentIndex(page.f_status.findData("done"))
    settle()
    assert page.items.rowCount() == 0


def test_timeline_and_funnel(page, qtbot) -> None:  # noqa: ANN001
    store, stack = page.ctx.store, page.ctx.undo_stack
    page.tabs.setCurrentIndex(2)
    page.generate_btn.click()
    _wait_loaded(qtbot, page)
    assert page.timeline.rowCount() == 21
    assert page.timeline.index(0, 1).data() == "1月月度计划"
    _set(page.timeline, 0, 2, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    _wait_loaded(qtbot, page)
    assert page.timeline.rows[0].done_on == date.today()
    stack.undo()
    _wait_loaded(qtbot, page)
    assert page.timeline.rows[0].done_on is None

    f = page.funnel
    page.tabs.setCurrentIndex(1)
    f.node.setCurrentIndex(f.node.findData(page.root_id))
    _wait_loaded(qtbot, page)
    f.avg.setValue(200_000)  # 20万
    f.rates["quote_to_negotiation_bp"].setValue(50)
    f.rates["negotiation_to_win_bp"].setValue(50)
    assert f.model.rowCount() == 6  # every stage of the pipeline, 需求确认 included
    heads = [f.model.headerData(r, Qt.Orientation.Vertical) for r in range(6)]
    assert heads == ["线索", "初步沟通", "需求确认", "方案报价", "商务谈判", "赢单"]
    total = f.model.columnCount() - 1
    assert f.model.index(5, total).data() == "50"  # wins
    assert f.model.index(3, total).data() == "200"  # quotes
    page.variant_b.click()  # plan B 保底线 works to the floor: 800万 → 40 wins
    assert f.model.index(5, total).data() == "40"
    page.variant_a.click()
    f.save_targets_btn.click()
    assert node_values(store, page.root_id)[("wins", "2026")] == Values(40, 50, 60)
    stack.undo()
    assert ("wins", "2026") not in node_values(store, page.root_id)


def test_export_runs_on_the_worker(page, qtbot, tmp_path) -> None:  # noqa: ANN001
    out = tmp_path / "out" / "计划.xlsx"
    with qtbot.waitSignal(page.exported, timeout=30_000) as sig:
        page.export_to(str(out))
    assert sig.args == [str(out)]
    assert openpyxl.load_workbook(out, read_only=True).sheetnames[0] == "签约额-按月"


def test_today_reminder_opens_the_item(page, qtbot) -> None:  # noqa: ANN001
    from services.plans.timeline import plan_checkpoint_reminders

    store = page.ctx.store
    node = page.tree.nodes[-1]
    aid = plans.create_action(store, page.plan_id, node.id, "保底续约", variant="B",
                              owner_id=node.person_id, due_on=date(2026, 1, 10)).value
    [rem] = [r for r in plan_checkpoint_reminders(store, date(2026, 2, 1), None)
             if r.item_id == aid]
    page.show_item(rem.item_kind, rem.item_id)
    _wait_loaded(qtbot, page)
    assert page.variant() == "B" and page.tabs.currentIndex() == 0
    assert page._selected(page.actions_view, page.items).id == aid


def test_column_widths_are_remembered(page, qtbot) -> None:  # noqa: ANN001
    page.actions_view.horizontalHeader().resizeSection(3, 333)
    again = PlansPage(page.ctx)
    qtbot.addWidget(again)
    _wait_loaded(qtbot, again)
    assert again.actions_view.horizontalHeader().sectionSize(3) == 333


def test_every_model_passes_qtmodeltester(page, qtbot, qtmodeltester) -> None:  # noqa: ANN001
    store = page.ctx.store
    item = plans.create_action(store, page.plan_id, page.root_id, "拜访", due_on=date(2020, 1, 1),
                               budget="10.5").value
    plans.add_checkpoint(store, item, "名单", date(2020, 1, 2))
    page.generate_timeline()
    page.reload_actions()
    _wait_loaded(qtbot, page)
    page.actions_view.selectRow(0)
    assert page.items.rowCount() == 1 and page.checkpoints.rowCount() == 1
    assert page.items.index(0, 6).data() == "¥10.50"
    assert page.items.index(0, 2).data(Qt.ItemDataRole.ForegroundRole) is not None  # overdue
    page.funnel.recompute()
    assert page.funnel.model.rowCount() == 6
    for model in (page.items, page.checkpoints, page.timeline, page.funnel.model):
        qtmodeltester.check(model)
