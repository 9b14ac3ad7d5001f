"""Every undoable action of the Targets page survives a language switch: do it, switch the language
(the main window rebuilds every page), undo, redo — the database and the rebuilt page are exactly
as before / after each time, and nothing crashes.

The database is compared row by row over every target table (and the app settings); only
``updated_at`` is left out, as undo writes the old values back as a new change on purpose. A row
soft-deleted counts as absent: undoing a creation soft-deletes the same id (so a redo restores it,
and later commands that name it still apply), which is the house rule for mergeable records.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from gui.common.i18n import install_translators
from gui.common.ui_settings import ui_settings
from gui.targets import growth_actions as GA
from gui.targets import node_actions as A
from gui.targets.growth_dialog import GrowthChoice
from gui.targets.targets_page import TargetsPage
from services.targets import lifecycle as L
from services.targets.cascade import load_tree, set_values
from services.targets.split import Values
from tests.gui.shell_fixtures import (
    OFFSCREEN_NOISE,
    make_window,
    restore_language_env,  # noqa: F401 - autouse
    seed_org,
)
from tests.gui.targets.test_growth_page import _won_last_year

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
YEAR = date.today().year
Q1 = f"{YEAR}-Q1"
M = "signed_amount"
TABLES = ("target_plans", "target_nodes", "target_values", "target_value_versions",
          "target_adjustments", "target_acknowledgements", "app_settings", "target_growth",
          "target_typed_actuals")


@pytest.fixture(autouse=True)
def _back_to_english():
    yield
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translators(app, "en")


@dataclass
class Firm:
    """The seeded org and plan: node ids by name, people ids by name."""

    plan_id: str
    ids: dict[str, str]
    people: dict[str, str]


def dump(store) -> dict[str, dict[str, dict[str, Any]]]:
    """Every live row of the target tables (and settings), ``updated_at`` left out."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    with store.read() as uow:
        for table in TABLES:
            rows: dict[str, dict[str, Any]] = {}
            for row in uow.session.execute(text(f"SELECT * FROM {table}")).mappings():
                record = {k: v for k, v in row.items() if k != "updated_at"}
                if record.get("deleted_at") is None:
                    rows[str(record.get("id", record.get("key")))] = record
            out[table] = rows
    return out


def view_state(page: TargetsPage) -> tuple[Any, ...]:
    """What the page shows, in words that do not depend on the language."""
    model, tree = page.model, page.model.tree
    assert tree is not None and page.plan is not None
    rows = []
    for node in tree.nodes:
        index = model.index_of(node.id)
        parent = model.node_id(model.parent(index))
        cells = tuple(model.data(model.index_of(node.id, c), Qt.ItemDataRole.DisplayRole)
                      for c in range(2, model.columnCount()))
        rows.append((node.id, model.data(index), parent, node.weight, node.acknowledged_version,
                     cells))
    requests = tuple((r.id, r.status) for r in page.panel.model.rows)
    return (page.plan.id, page.plan.status, page.plan.version, tuple(rows), requests)


def targets_page(qtbot, window) -> TargetsPage:
    """The Targets page on screen, loaded and idle."""
    page = window.show_page("targets")
    assert isinstance(page, TargetsPage)
    qtbot.waitUntil(lambda: page.model.tree is not None and not page.is_loading(), timeout=10_000)
    window.ctx.tasks.wait()
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=10_000)
    return page


def settle(qtbot, window, page: TargetsPage) -> None:
    """Let the reload an action started reach the view."""
    window.ctx.tasks.wait()
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=10_000)
    QApplication.processEvents()
    window.ctx.tasks.wait()
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=10_000)


# --- the scenarios: (prepare the data through services, the person acting, the page action) -----

def _cell(page: TargetsPage, node_id: str) -> Any:
    col = next(c for c in range(page.model.columnCount())
               if page.model.column_spec(c) == (Q1, "target"))
    return page.model.index_of(node_id, col)


def _team_value(store, f: Firm) -> None:
    set_values(store, f.ids["华东销售一组"], M, Q1, Values(0, 100_001, 0))


def _kids_values(store, f: Firm) -> None:
    _team_value(store, f)
    for n, name in enumerate(("王芳", "李强", "张伟")):
        set_values(store, f.ids[name], M, Q1, Values(0, 10_000 * (n + 1), 0))


def _published(store, f: Firm) -> None:
    _kids_values(store, f)
    L.publish_plan(store, f.plan_id, by=f.people["陈总"])


def _requested(store, f: Firm) -> None:
    _published(store, f)
    L.request_adjustment(store, f.ids["李强"], M, Q1, Values(0, 15_000, 0), "大客户延期",
                         by=f.people["李强"])


def _grown(store, f: Firm) -> None:
    _won_last_year(store, f.people["李强"], "1000.00")


def _grown_set(store, f: Firm) -> None:
    from services.targets.growth import set_growth

    _grown(store, f)
    set_growth(store, f.ids["华东销售一组"], M, Q1, 1000)
    _won_last_year(store, f.people["张伟"], "500.00")  # the actuals moved since


def _on_selected(action: Callable[[TargetsPage], None], node: str,
                 ) -> Callable[[TargetsPage, Firm], None]:
    """Select ``node`` (by name), then run the page action on it."""
    def run(page: TargetsPage, f: Firm) -> None:
        page.view.setCurrentIndex(page.model.index_of(f.ids[node]))
        action(page)
    return run


def _pending(page: TargetsPage) -> str:
    return str(page.panel.model.rows[0].id)


@dataclass(frozen=True)
class Scenario:
    prepare: Callable[[Any, Firm], None] | None
    person: str
    act: Callable[[TargetsPage, Firm], Any]
    cut: str = ""  # the cut of the company total on screen ("": the org tree)


def _hardware_member(store, f: Firm) -> None:
    from services.targets.cuts import add_cut_member

    f.ids["硬件"] = add_cut_member(store, f.plan_id, "product_line", "硬件").value


def _member_value(p: TargetsPage, f: Firm) -> Any:
    return p.model.setData(_cell(p, f.ids["硬件"]), "300,000")


SCENARIOS: dict[str, Scenario] = {
    "edit value": Scenario(None, "陈总", lambda p, f: p.model.setData(
        _cell(p, f.ids["李强"]), "1,200.50")),
    "clear value": Scenario(_kids_values, "陈总", lambda p, f: p.model.setData(
        _cell(p, f.ids["李强"]), "")),
    "move node": Scenario(None, "陈总", lambda p, f: p.move_node(f.ids["李强"],
                                                                 f.ids["华南销售组"])),
    "add node": Scenario(None, "陈总", lambda p, f: A.add_child(p, f.ids["华南销售组"],
                                                                "深圳办事处")),
    "add person": Scenario(None, "陈总", lambda p, f: A.add_child(
        p, f.ids["华南销售组"], "张伟", "person", f.people["张伟"])),
    "remove node": Scenario(_kids_values, "陈总", _on_selected(A.remove_selected, "华东销售一组")),
    "rename node": Scenario(None, "陈总", lambda p, f: A.rename(p, f.ids["华南销售组"],
                                                                "华南大区")),
    "set weight": Scenario(None, "陈总", lambda p, f: A.set_weight(p, f.ids["李强"], 250)),
    "split to children": Scenario(_team_value, "陈总", lambda p, f: A.split_children(
        p, f.ids["华东销售一组"], Q1, "even")),
    "split to sub-periods": Scenario(_team_value, "陈总", lambda p, f: A.split_periods(
        p, f.ids["华东销售一组"], Q1, "even")),
    "distribute gap": Scenario(_team_value, "陈总", lambda p, f: A.distribute_gap(
        p, f.ids["华东销售一组"], Q1, "even")),
    "accept roll-up": Scenario(_kids_values, "陈总", lambda p, f: A.accept_rollup(
        p, f.ids["华东销售一组"], Q1)),
    "set from growth": Scenario(_grown, "陈总", lambda p, f: GA.set_growth(
        p, f.ids["华东销售一组"], Q1, GrowthChoice(1500, 1, 1000, 2000))),
    "recompute growth": Scenario(_grown_set, "陈总", lambda p, f: GA.recompute_growth(
        p, f.ids["华东销售一组"], Q1)),
    "new plan": Scenario(None, "陈总", lambda p, f: A.new_plan(p, YEAR + 1)),
    "publish": Scenario(_kids_values, "陈总", lambda p, f: A.toggle_publish(p)),
    "unpublish": Scenario(_published, "陈总", lambda p, f: A.toggle_publish(p)),
    "acknowledge": Scenario(_published, "李强", _on_selected(A.acknowledge_selected, "李强")),
    "request adjustment": Scenario(_published, "李强", lambda p, f: A.request_adjustment(
        p, f.ids["李强"], Q1, Values(0, 15_000, 0), "大客户延期")),
    "approve adjustment": Scenario(_requested, "王芳", lambda p, f: p.panel.decide(
        _pending(p), True, "同意")),
    "reject adjustment": Scenario(_requested, "王芳", lambda p, f: p.panel.decide(
        _pending(p), False, "理由不足")),
    "add cut member": Scenario(None, "陈总", lambda p, f: A.add_member_dialog(p),
                               cut="product_line"),
    "edit cut member value": Scenario(_hardware_member, "陈总", _member_value,
                                      cut="product_line"),
}


@pytest.fixture
def firm(store) -> Firm:
    """Company (陈总 director) → 华东销售一组 (王芳 manager, 李强, 张伟) and 华南销售组; a plan."""
    from services.org.people import create_person, create_unit
    from services.targets.ops import create_plan_from_org

    o = seed_org(store)
    create_unit(store, "华南销售组", "team", o.company)
    o.people["陈总"] = create_person(store, "陈总", o.company, role="director").value
    plan_id = create_plan_from_org(store, YEAR).value
    tree = load_tree(store, plan_id, [Q1], with_actuals=False)
    return Firm(plan_id, {n.name: n.id for n in tree.nodes}, dict(o.people))


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_undo_and_redo_after_a_language_switch(qtbot, store, firm, name, monkeypatch):
    scenario = SCENARIOS[name]
    if scenario.prepare is not None:
        scenario.prepare(store, firm)
    # Add member… asks which product line: the user picks 硬件
    monkeypatch.setattr(A.QInputDialog, "getItem", staticmethod(lambda *a, **k: ("硬件", True)))
    ui_settings().setValue("targets/cut", scenario.cut)  # the page opens on that tree
    window = make_window(qtbot, store, "en")
    window.ctx.current_person_id = firm.people[scenario.person]
    page = targets_page(qtbot, window)
    assert page.cut == (scenario.cut or None)
    before_db, before_view = dump(store), view_state(page)
    stack = window.ctx.undo_stack

    scenario.act(page, firm)
    settle(qtbot, window, page)
    assert stack.count() == 1 and stack.canUndo(), page.banner.text()
    after_db, after_view = dump(store), view_state(page)
    assert after_db != before_db  # (sub-period values are not on screen: the view may not move)

    window.set_language("zh_CN")  # every page is rebuilt; the undo stack stays
    rebuilt = targets_page(qtbot, window)
    assert rebuilt is not page
    assert rebuilt.cut == (scenario.cut or None)  # the rebuilt page shows the same tree
    assert rebuilt.publish_action.text() in ("公示", "撤回公示")

    stack.undo()
    settle(qtbot, window, rebuilt)
    assert dump(store) == before_db
    qtbot.waitUntil(lambda: view_state(rebuilt) == before_view, timeout=10_000)

    stack.redo()
    settle(qtbot, window, rebuilt)
    assert dump(store) == after_db
    qtbot.waitUntil(lambda: view_state(rebuilt) == after_view, timeout=10_000)
    window.ctx.tasks.wait()
