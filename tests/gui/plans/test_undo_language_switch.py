"""Every undoable action of the Plans page survives the language switch: do it the way the page
does, switch the language (every page is rebuilt), undo through the window's stack — the
database is back as before and the rebuilt page shows it —, then redo.

The dump covers every row of the tables the Plans page writes. ``updated_at`` is left out (undo
advances it on purpose). An undone creation leaves its rows soft-deleted (so a redo restores the
same ids): rows that did not exist before must be deleted, every row that did must be exactly as
it was. Target value versions are left out: they are the audit log, which records the undo as one
more change on purpose.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from gui.common.i18n import install_translators
from gui.common.messages import Messages
from models.base import Base
from services.plans import actions as plans
from services.plans import timeline as plan_timeline
from services.targets.cascade import load_tree, set_values
from services.targets.ops import create_plan_from_org
from services.targets.split import Values
from tests.gui.shell_fixtures import (
    OFFSCREEN_NOISE,
    make_window,
    restore_language_env,  # noqa: F401 - autouse
)
from tests.unit.target_fixtures import build_firm

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
WAN = 1_000_000
TABLES = ("action_items", "action_checkpoints", "plan_checkpoints", "funnel_scenarios",
          "target_values", "target_value_versions")
Dump = dict[str, dict[str, dict[str, Any]]]


@pytest.fixture(autouse=True)
def _back_to_english():
    yield
    install_translators(QApplication.instance(), "en")


def _seed(store) -> None:  # noqa: ANN001
    """A plan with a target, one action item with a checkpoint, one timeline checkpoint."""
    build_firm(store)
    plan_id = create_plan_from_org(store, 2026).value
    nodes = load_tree(store, plan_id, with_actuals=False).nodes
    set_values(store, nodes[0].id, "signed_amount", "2026",
               Values(800 * WAN, 1000 * WAN, 1200 * WAN))
    leaf = nodes[-1]
    item = plans.create_action(store, plan_id, leaf.id, "拜访重点客户", owner_id=leaf.person_id,
                               due_on=date(2026, 3, 1)).value
    plans.add_checkpoint(store, item, "客户名单", date(2026, 2, 1))
    plan_timeline.add_checkpoint(store, plan_id, "target_setting", "目标设定与分解会议",
                                 date(2026, 1, 8))
    plan_timeline.add_checkpoint(store, plan_id, "kpi_rules", "KPI与激励规则确定",
                                 date(2026, 2, 20))  # in 春节: "move to working days" moves it


def _dump(store) -> Dump:  # noqa: ANN001
    out: Dump = {}
    with store.read() as uow:
        for name in TABLES:
            table = Base.metadata.tables[name]
            out[name] = {row["id"]: {k: v for k, v in row.items() if k != "updated_at"}
                         for row in uow.session.execute(select(table)).mappings()}
    return out


def _assert_back(now: Dump, then: Dump, *, exact_deletion_time: bool = True) -> None:
    """``now`` holds every row of ``then`` as it was; rows new since are soft-deleted."""
    for name in TABLES:
        for rid, row in now[name].items():
            old = then[name].get(rid)
            if old is None:
                assert row["deleted_at"] is not None, (name, row)
            elif exact_deletion_time:
                assert row == old, (name, row, old)
            else:  # a redone deletion deletes again, at a later time
                assert {**row, "deleted_at": row["deleted_at"] is None} == \
                    {**old, "deleted_at": old["deleted_at"] is None}, (name, row, old)
        assert set(then[name]) <= set(now[name]), name


def _shown(page) -> tuple[Any, ...]:  # noqa: ANN001
    """What the page shows of the data: its item and timeline records, and the items' titles."""
    titles = [page.items.index(r, 2).data() for r in range(page.items.rowCount())]
    return tuple(page.items.rows), tuple(page.timeline.rows), tuple(titles)


def _settled(qtbot, page) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not page.is_loading() and not page.funnel.is_loading(),
                    timeout=30_000)


def _select_item(page) -> None:  # noqa: ANN001
    page.actions_view.selectRow(0)


def _edit(model, row: int, col: int, value: Any,  # noqa: ANN001
          role: Qt.ItemDataRole = Qt.ItemDataRole.EditRole) -> None:
    assert model.setData(model.index(row, col), value, role)


def _remove_checkpoint(page) -> None:  # noqa: ANN001
    _select_item(page)
    page.checkpoints_view.selectRow(0)
    page.remove_checkpoint()


ACTIONS: dict[str, Callable[[Any], None]] = {
    "add action item": lambda page: page.add_action(),
    "edit action item": lambda page: _edit(page.items, 0, 2, "拜访十家重点客户"),
    "edit action budget": lambda page: _edit(page.items, 0, 6, "12,000.50"),
    "remove action item": lambda page: (_select_item(page), page.remove_action()),
    "copy to the other variant": lambda page: page.copy_variant(),
    "add checkpoint": lambda page: (_select_item(page), page.add_checkpoint()),
    "mark checkpoint done": lambda page: (_select_item(page), _edit(
        page.checkpoints, 0, 2, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)),
    "remove checkpoint": _remove_checkpoint,
    "create the usual timeline": lambda page: page.generate_timeline(),
    "move to working days": lambda page: page.move_to_workdays(),
    "edit timeline": lambda page: _edit(page.timeline, 0, 3, "延后两天"),
    "mark timeline done": lambda page: _edit(page.timeline, 0, 2, Qt.CheckState.Checked.value,
                                             Qt.ItemDataRole.CheckStateRole),
    "save funnel scenario": lambda page: page.funnel.save_scenario(),
    "save funnel as targets": lambda page: page.funnel.save_targets(),
}


@pytest.mark.parametrize("action", list(ACTIONS))
def test_undo_and_redo_after_a_language_switch(qtbot, store, monkeypatch, action) -> None:  # noqa: ANN001
    errors: list[str] = []
    monkeypatch.setattr(Messages, "show_error", classmethod(
        lambda cls, parent, title, text, details="": errors.append(text)))
    monkeypatch.setattr(Messages, "show_refused", classmethod(
        lambda cls, parent, title, text: errors.append(text)))
    _seed(store)
    window = make_window(qtbot, store, "en")
    page = window.show_page("plans")
    _settled(qtbot, page)
    stack = window.ctx.undo_stack
    before, shown_before = _dump(store), _shown(page)

    ACTIONS[action](page)
    _settled(qtbot, page)
    assert not errors and stack.count() == 1
    after, shown_after = _dump(store), _shown(page)
    assert after != before

    window.set_language("zh_CN")
    page = window.host.currentWidget()
    assert window.host.current_key == "plans" and page.tabs.tabText(0) != "Action items"
    _settled(qtbot, page)
    assert _shown(page) == shown_after

    stack.undo()
    _settled(qtbot, page)
    assert not errors
    _assert_back(_dump(store), before)
    assert _shown(page) == shown_before

    stack.redo()
    _settled(qtbot, page)
    assert not errors
    _assert_back(_dump(store), after, exact_deletion_time=False)
    assert _shown(page) == shown_after
    window.ctx.tasks.wait()
