"""Every undoable action of Settings ▸ Org & people survives the language switch: do it the
way the section does, switch the language (every page is rebuilt), undo through the window's
stack — the database is back as before and the rebuilt section shows it —, then redo.

The dump covers every row of the tables the org editor writes (a merge also moves customers,
target nodes and products). ``updated_at`` is left out (undo advances it on purpose); an undone
creation leaves its row soft-deleted so a redo brings back the same id.
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
from gui.org.add_unit_dialog import AddUnitDialog
from gui.org.merge_unit_dialog import MergeUnitDialog
from gui.org.person_dialog import PersonDialog
from models.base import Base
from models.customers import Customer
from services.org import units as U
from services.org.people_edit import add_person
from tests.gui.shell_fixtures import (
    OFFSCREEN_NOISE,
    make_window,
    restore_language_env,  # noqa: F401 - autouse
)

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
SECTION = "gui.org.org_section:OrgSection"
TABLES = ("org_units", "people", "customers")
Dump = dict[str, dict[str, dict[str, Any]]]


@pytest.fixture(autouse=True)
def _back_to_english():
    yield
    install_translators(QApplication.instance(), "en")


def _seed(store) -> dict[str, str]:  # noqa: ANN001
    company = U.add_unit(store, "云帆科技", "company", None).value
    east = U.add_unit(store, "华东区", "region", company).value
    west = U.add_unit(store, "华西区", "region", company).value
    team = U.add_unit(store, "上海团队", "team", east).value
    empty = U.add_unit(store, "待撤团队", "team", west).value
    wang = add_person(store, "王芳", east, role="manager", active_from=date(2024, 1, 1)).value
    add_person(store, "李强", team, manager_id=wang, active_from=date(2025, 1, 1))
    with store.write() as uow:
        uow.session.add(Customer(id="c1", name="甲公司", name_norm="甲公司", unit_id=east))
        uow.commit()
    return {"company": company, "east": east, "west": west, "team": team, "empty": empty}


def _dump(store) -> Dump:  # noqa: ANN001
    out: Dump = {}
    with store.read() as uow:
        for name in TABLES:
            table = Base.metadata.tables[name]
            out[name] = {row["id"]: {k: v for k, v in row.items() if k != "updated_at"}
                         for row in uow.session.execute(select(table)).mappings()}
    return out


def _assert_back(now: Dump, then: Dump) -> None:
    for name in TABLES:
        for rid, row in now[name].items():
            old = then[name].get(rid)
            if old is None:
                assert row["deleted_at"] is not None, (name, row)
            else:
                assert {**row, "deleted_at": row["deleted_at"] is None} == \
                    {**old, "deleted_at": old["deleted_at"] is None}, (name, row, old)
        assert set(then[name]) <= set(now[name]), name


def _shown(section) -> tuple[Any, ...]:  # noqa: ANN001
    model = section.tree_model
    tree = tuple((u.depth, u.name, model.index_of(u.id, 1).data()) for u in model.units())
    people = tuple(tuple(section.people_model.index(r, c).data() for c in range(9))
                   for r in range(section.people_model.rowCount()))
    return tree, people


def _rename(section, ids) -> None:  # noqa: ANN001
    section.tree_model.setData(section.tree_model.index_of(ids["east"]), "华东大区")


def _drop(section, ids) -> None:  # noqa: ANN001
    model = section.tree_model
    data = model.mimeData([model.index_of(ids["team"])])
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, model.index_of(ids["west"]))


def _merge(section, ids) -> None:  # noqa: ANN001
    section.select_unit(ids["east"])
    section.merge_unit()


def _close(section, ids) -> None:  # noqa: ANN001
    section.select_unit(ids["empty"])
    section.toggle_closed()


def _add_unit(section, ids) -> None:  # noqa: ANN001
    section.select_unit(ids["west"])
    section.add_unit()


def _add_person(section, ids) -> None:  # noqa: ANN001
    section.select_unit(ids["team"])
    section.add_person()


def _edit_person(section, ids) -> None:  # noqa: ANN001
    section.select_unit(ids["team"])
    section.table.selectRow(0)
    section.edit_person()


ACTIONS: dict[str, Callable[[Any, dict[str, str]], None]] = {
    "add unit": _add_unit,
    "rename unit": _rename,
    "drop re-parent": _drop,
    "merge unit": _merge,
    "close unit": _close,
    "add person": _add_person,
    "edit person": _edit_person,
}


def _dialogs(monkeypatch, ids) -> None:  # noqa: ANN001
    monkeypatch.setattr(AddUnitDialog, "ask", classmethod(lambda cls, *a: ("成都团队", "team")))
    monkeypatch.setattr(MergeUnitDialog, "ask", classmethod(lambda cls, *a: ids["west"]))

    def person(cls, parent, units, people, existing=None, unit_id=None):  # noqa: ANN001
        dialog = cls(units, people, existing, unit_id, parent)
        if existing is None:
            dialog.name.setText("赵敏")
            dialog.tier.setCurrentIndex(dialog.tier.findData("senior"))
        else:
            dialog.role.setCurrentIndex(dialog.role.findData("manager"))
            dialog.phone.setText("021-5555")
        return dialog.values()

    monkeypatch.setattr(PersonDialog, "ask", classmethod(person))


@pytest.mark.parametrize("action", list(ACTIONS))
def test_undo_and_redo_after_a_language_switch(qtbot, store, monkeypatch, action) -> None:  # noqa: ANN001
    errors: list[str] = []
    monkeypatch.setattr(Messages, "show_refused", classmethod(
        lambda cls, parent, title, text: errors.append(text)))
    ids = _seed(store)
    _dialogs(monkeypatch, ids)
    window = make_window(qtbot, store, "en")
    page = window.show_page("settings")
    section = page.show_section(SECTION)
    stack = window.ctx.undo_stack
    before, shown_before = _dump(store), _shown(section)

    ACTIONS[action](section, ids)
    qtbot.waitUntil(lambda: stack.count() == 1 and not section._reload_timer.isActive())
    assert not errors
    after, shown_after = _dump(store), _shown(section)
    assert after != before

    window.set_language("zh_CN")
    page = window.host.currentWidget()
    section = page.show_section(SECTION)
    assert section.tree_model.headerData(0, Qt.Orientation.Horizontal) == "单元"
    zh_after = _shown(section)
    assert [t[:2] for t in zh_after[0]] == [t[:2] for t in shown_after[0]]

    stack.undo()
    qtbot.waitUntil(lambda: not section._reload_timer.isActive())
    assert not errors
    _assert_back(_dump(store), before)
    assert [t[:2] for t in _shown(section)[0]] == [t[:2] for t in shown_before[0]]

    stack.redo()
    qtbot.waitUntil(lambda: not section._reload_timer.isActive())
    assert not errors
    _assert_back(_dump(store), after)
    assert _shown(section) == zh_after
    window.ctx.tasks.wait()


def test_ctrl_n_on_the_section_adds_a_person(qtbot, store, monkeypatch) -> None:  # noqa: ANN001
    ids = _seed(store)
    asked: list[str | None] = []
    monkeypatch.setattr(PersonDialog, "ask", classmethod(
        lambda cls, parent, units, people, existing=None, unit_id=None: asked.append(unit_id)))
    window = make_window(qtbot, store, "en")
    section = window.show_page("settings").show_section(SECTION)
    section.select_unit(ids["team"])
    window.activateWindow()  # shortcuts reach the active window only
    qtbot.waitUntil(window.isActiveWindow)
    section.tree.setFocus()
    qtbot.keyClick(section.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert asked == [ids["team"]]
    window.ctx.tasks.wait()


LEAVING_TABLES = ("people", "customers", "customer_events", "deals", "target_nodes",
                  "action_items")


def _dump_all(store, tables) -> Dump:  # noqa: ANN001
    out: Dump = {}
    with store.read() as uow:
        for name in tables:
            table = Base.metadata.tables[name]
            out[name] = {row["id"]: {k: v for k, v in row.items() if k != "updated_at"}
                         for row in uow.session.execute(select(table)).mappings()}
    return out


def test_a_person_leaving_through_the_window_survives_a_language_switch(
        qtbot, store, monkeypatch) -> None:  # noqa: ANN001
    """Settings ▸ Org & people ▸ Leaves… → the leaving dialog → Hand Over (split among the
    team), switch to Chinese, undo puts every owner back, redo hands it over again.
    """
    from gui.org.leaving_dialog import LeavingDialog
    from tests.unit.org.test_leaving import _team

    errors: list[str] = []
    monkeypatch.setattr(Messages, "show_refused", classmethod(
        lambda cls, parent, title, text: errors.append(text)))
    monkeypatch.setattr(Messages, "show_error", classmethod(
        lambda cls, parent, title, text: errors.append(text)))
    team = _team(store)
    leaver = team.people["张三"]
    seen: list[str] = []

    def run(dialog: LeavingDialog) -> int:  # the user looks, keeps the split, clicks Hand Over
        seen.append(dialog.intro.text())
        assert dialog.split_radio.isChecked() and dialog.checked_team()
        dialog.ok_button.click()
        return int(dialog.result())

    monkeypatch.setattr(LeavingDialog, "exec", run)
    window = make_window(qtbot, store, "en")
    section = window.show_page("settings").show_section(SECTION)
    stack = window.ctx.undo_stack
    section.select_unit(next(u.id for u in section._units if u.name == "华东区"))
    row = section.people_model.row_of(leaver)
    assert row >= 0
    section.table.selectRow(row)
    before = _dump_all(store, LEAVING_TABLES)

    section.leaves_button.click()
    assert seen, "the dialog was not opened"
    assert not errors, errors
    qtbot.waitUntil(lambda: stack.count() == 1 and not section._reload_timer.isActive())
    assert not errors and seen and "张三" in seen[0]
    after = _dump_all(store, LEAVING_TABLES)
    assert after["people"][leaver]["active_to"] is not None
    assert all(c["owner_id"] != leaver for c in after["customers"].values())

    window.set_language("zh_CN")
    section = window.host.currentWidget().show_section(SECTION)
    assert stack.undoText() == "张三 离职交接"  # the label follows the language

    window.menus.actions["undo"].trigger()
    qtbot.waitUntil(lambda: not section._reload_timer.isActive())
    assert not errors
    _assert_back_tables(_dump_all(store, LEAVING_TABLES), before, LEAVING_TABLES)
    section.select_unit(next(u.id for u in section._units if u.name == "华东区"))
    assert section.people_model.row_of(leaver) >= 0  # back among the active people

    window.menus.actions["redo"].trigger()
    qtbot.waitUntil(lambda: not section._reload_timer.isActive())
    assert not errors
    _assert_back_tables(_dump_all(store, LEAVING_TABLES), after, LEAVING_TABLES)
    window.ctx.tasks.wait()


def _assert_back_tables(now: Dump, then: Dump, tables) -> None:  # noqa: ANN001
    """``now`` is ``then`` again; the ownership log (customer_events) is compared by what it
    says (a redo logs the hand-over anew, under new ids and times).
    """
    def log(rows: dict[str, dict[str, Any]]) -> list[tuple[Any, ...]]:
        return sorted(tuple(sorted((k, str(v)) for k, v in r.items()
                                   if k not in ("id", "at", "created_at")))
                      for r in rows.values())

    for name in tables:
        if name == "customer_events":
            assert log(now[name]) == log(then[name])
            continue
        for rid, row in now[name].items():
            old = then[name].get(rid)
            if old is None:
                assert row.get("deleted_at") is not None, (name, row)
            else:
                flag = {"deleted_at": row.get("deleted_at") is None} if "deleted_at" in row else {}
                old_flag = {"deleted_at": old.get("deleted_at") is None} \
                    if "deleted_at" in old else {}
                assert {**row, **flag} == {**old, **old_flag}, (name, row, old)
        assert set(then[name]) <= set(now[name]), name
