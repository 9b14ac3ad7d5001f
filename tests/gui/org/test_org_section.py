"""Settings ▸ Org & people: the tree, drag-to-re-parent, rename, merge, close and the people
table with its dialog; every edit one undo step.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QUndoStack

from gui.common.context import AppContext
from gui.common.events import AppEvents
from gui.common.tasks import TaskRunner
from gui.org import org_section as section_module
from gui.org.add_unit_dialog import AddUnitDialog
from gui.org.merge_unit_dialog import MergeUnitDialog
from gui.org.org_section import OrgSection
from gui.org.person_dialog import PersonDialog
from gui.org.unit_tree_model import MIME_TYPE
from gui.settings import sections
from services.org import units as U
from services.org.people_edit import add_person, get_person

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


@pytest.fixture
def firm(store):
    company = U.add_unit(store, "云帆科技", "company", None).value
    east = U.add_unit(store, "华东区", "region", company).value
    west = U.add_unit(store, "华西区", "region", company).value
    team = U.add_unit(store, "上海团队", "team", east).value
    wang = add_person(store, "王芳", east, role="manager", active_from=date(2024, 1, 1)).value
    li = add_person(store, "李强", team, manager_id=wang, capacity_tier="novice",
                    active_from=date(2025, 1, 1)).value
    return {"store": store, "company": company, "east": east, "west": west, "team": team,
            "wang": wang, "li": li}


@pytest.fixture
def ctx(firm, qtbot):
    runner = TaskRunner()
    context = AppContext(firm["store"], AppEvents(), QUndoStack(), runner)
    yield context
    runner.wait()


@pytest.fixture
def section(ctx, qtbot):
    widget = OrgSection(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    return widget


def _tree(section) -> list[tuple[int, str]]:
    return [(u.depth, u.name) for u in section.tree_model.units()]


def _names(section) -> list[str]:
    return [p.name for p in section.people_model.rows]


def _settle(qtbot, section) -> None:
    qtbot.waitUntil(lambda: not section._reload_timer.isActive(), timeout=2000)


def test_registered_as_a_settings_section_with_a_model_that_passes_the_tester(section,
                                                                                 qtmodeltester):
    assert "gui.org.org_section:OrgSection" in sections.SECTIONS
    assert OrgSection.title() == "Org & people"
    qtmodeltester.check(section.tree_model)
    qtmodeltester.check(section.people_model)
    assert _tree(section) == [(0, "云帆科技"), (1, "华东区"), (2, "上海团队"), (1, "华西区")]
    assert section.default_focus() is section.tree


def test_the_people_of_a_unit_with_sub_units_role_and_tier_in_words(section, firm):
    section.select_unit(firm["east"])
    assert _names(section) == ["李强", "王芳"]
    li = section.people_model.index(0, 0)
    texts = [section.people_model.index(0, c).data() for c in range(9)]
    assert texts[:5] == ["李强", "上海团队", "Sales rep", "Novice", "王芳"]
    assert li.isValid()
    section.subunits.setChecked(False)
    assert _names(section) == ["王芳"]


def test_dropping_a_unit_re_parents_it_in_one_undo_step(qtbot, section, ctx, firm):
    model = section.tree_model
    data = model.mimeData([model.index_of(firm["team"])])
    west = model.index_of(firm["west"])
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, 0,
                                     model.index_of(firm["team"]))  # onto itself
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, west) is False
    _settle(qtbot, section)
    assert _tree(section) == [(0, "云帆科技"), (1, "华东区"), (1, "华西区"), (2, "上海团队")]
    assert ctx.undo_stack.count() == 1
    assert ctx.undo_stack.undoText() == "Move 上海团队 under 华西区"
    ctx.undo_stack.undo()
    _settle(qtbot, section)
    assert _tree(section) == [(0, "云帆科技"), (1, "华东区"), (2, "上海团队"), (1, "华西区")]
    ctx.undo_stack.redo()
    _settle(qtbot, section)
    assert _tree(section)[-1] == (2, "上海团队")


def test_a_drop_under_its_own_sub_unit_is_refused(section, ctx, firm):
    model = section.tree_model
    data = model.mimeData([model.index_of(firm["east"])])
    team = model.index_of(firm["team"])
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, 0, team)
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, team) is False
    assert ctx.undo_stack.count() == 0
    empty = QMimeData()
    assert not model.canDropMimeData(empty, Qt.DropAction.MoveAction, -1, 0, team)
    assert MIME_TYPE in model.mimeTypes()


def test_rename_in_place_with_f2(qtbot, section, ctx, firm):
    section.select_unit(firm["east"])
    section.tree.setFocus()
    qtbot.keyClick(section.tree, Qt.Key.Key_F2)
    editor = section.tree.focusWidget()
    assert editor is not section.tree
    editor.setText("华东大区")  # QTest types ASCII only
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ctx.undo_stack.count() == 1)  # the delegate commits queued
    _settle(qtbot, section)
    assert _tree(section)[1] == (1, "华东大区")
    ctx.undo_stack.undo()
    _settle(qtbot, section)
    assert _tree(section)[1] == (1, "华东区")


def test_add_merge_and_close_units(qtbot, section, ctx, firm, monkeypatch):
    section.select_unit(firm["west"])
    monkeypatch.setattr(AddUnitDialog, "ask", classmethod(lambda cls, *a: ("成都团队", "team")))
    section.add_unit()
    assert (2, "成都团队") in _tree(section)
    assert section.current_unit().name == "成都团队"
    section.select_unit(firm["east"])
    monkeypatch.setattr(MergeUnitDialog, "ask",
                        classmethod(lambda cls, parent, name, targets, everyone: firm["west"]))
    section.merge_unit()
    _settle(qtbot, section)
    assert _tree(section) == [(0, "云帆科技"), (1, "华西区"), (2, "上海团队"), (2, "成都团队")]
    assert section.current_unit().id == firm["west"]
    assert _names(section) == ["李强", "王芳"]
    ctx.undo_stack.undo()
    _settle(qtbot, section)
    assert [n for _d, n in _tree(section)] == ["云帆科技", "华东区", "上海团队", "华西区",
                                               "成都团队"]
    refused: list[str] = []
    ctx.events.refused.connect(lambda _label, text: refused.append(text))
    section.select_unit(firm["team"])
    done = ctx.undo_stack.index()
    section.toggle_closed()
    assert refused and "still has active people (李强)" in refused[0]
    assert ctx.undo_stack.index() == done  # a refusal is no undo step
    section.select_unit(firm["west"])
    cd = next(u.id for u in section.tree_model.units() if u.name == "成都团队")
    section.select_unit(cd)
    section.toggle_closed()
    _settle(qtbot, section)
    assert section.current_unit().closed and section.close_button.text() == "Reopen unit"
    assert "closed" in section.tree_model.index_of(cd, 1).data()
    ctx.undo_stack.undo()
    _settle(qtbot, section)
    assert not section.current_unit().closed


def test_add_and_edit_a_person_through_the_dialog(qtbot, section, ctx, firm, monkeypatch):
    section.select_unit(firm["team"])

    def fill_new(cls, parent, units, people, existing=None, unit_id=None):
        dialog = cls(units, people, existing, unit_id, parent)
        assert dialog.unit.currentData() == firm["team"]
        dialog.name.setText("赵敏")
        dialog.role.setCurrentIndex(dialog.role.findData("analyst"))
        dialog.manager.setCurrentIndex(dialog.manager.findData(firm["wang"]))
        dialog.email.setText("zhao@example.cn")
        return dialog.values()

    monkeypatch.setattr(PersonDialog, "ask", classmethod(fill_new))
    section.add_person()
    assert _names(section) == ["李强", "赵敏"]
    assert section.current_person().name == "赵敏"
    row = section.people_model.row_of(section.current_person().id)
    assert section.people_model.index(row, 2).data() == "Data analyst"
    assert section.people_model.index(row, 4).data() == "王芳"

    def leave(cls, parent, units, people, existing=None, unit_id=None):
        dialog = cls(units, people, existing, unit_id, parent)
        assert dialog.name.text() == "赵敏"
        values = dialog.values()
        values["active_from"] = date(2025, 1, 1)
        values["active_to"] = date(2025, 12, 31)
        values["capacity_tier"] = "senior"
        return values

    monkeypatch.setattr(PersonDialog, "ask", classmethod(leave))
    section.table.setFocus()
    qtbot.keyClick(section.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ctx.undo_stack.count() == 2)
    _settle(qtbot, section)
    assert _names(section) == ["李强"]
    section.show_left.setChecked(True)
    assert _names(section) == ["李强", "赵敏"]
    assert ctx.undo_stack.count() == 2 and ctx.undo_stack.undoText() == "Edit 赵敏"
    ctx.undo_stack.undo()
    _settle(qtbot, section)
    pid = next(p.id for p in section.people_model.rows if p.name == "赵敏")
    assert get_person(firm["store"], pid).active_to is None
    ctx.undo_stack.undo()
    _settle(qtbot, section)
    assert _names(section) == ["李强"]


def test_the_person_dialog_says_what_is_wrong_before_closing(qtbot, section, firm):
    person = get_person(firm["store"], firm["li"])
    dialog = PersonDialog(section._units, [], person, None, section)
    qtbot.addWidget(dialog)
    dialog.email.setText("no-at-sign")
    dialog.accept()
    assert dialog.error.isVisibleTo(dialog) and "not an e-mail address" in dialog.error.text()
    assert dialog.result() == 0


def test_leaves_without_the_leaving_dialog_says_so(section, firm, monkeypatch):
    import importlib

    shown: list[str] = []
    monkeypatch.setattr(section_module.Messages, "show_info",
                        classmethod(lambda cls, parent, title, text: shown.append(text)))
    real = importlib.import_module

    def missing(name, *args):
        if name == "gui.org.leaving_dialog":
            raise ModuleNotFoundError(name=name)
        return real(name, *args)

    monkeypatch.setattr(section_module.importlib, "import_module", missing)
    section.select_unit(firm["team"])
    section.table.selectRow(0)
    section.person_leaves()
    assert shown and "not available" in shown[0]


def test_an_empty_firm_starts_with_its_company(qtbot, tmp_path, monkeypatch):
    from services.setup import open_store

    with open_store(tmp_path / "empty.sqlite3") as store:
        runner = TaskRunner()
        context = AppContext(store, AppEvents(), QUndoStack(), runner)
        widget = OrgSection(context)
        qtbot.addWidget(widget)
        assert _tree(widget) == [] and not widget.add_person_button.isEnabled()
        monkeypatch.setattr(AddUnitDialog, "ask",
                            classmethod(lambda cls, parent, name, kind: (
                                "新公司", kind) if name is None else None))
        widget.add_unit()
        assert _tree(widget) == [(0, "新公司")] and widget.add_person_button.isEnabled()
        runner.wait()


def test_a_unit_changes_kind_from_its_context_menu(qtbot, section, ctx, firm):
    section.select_unit(firm["team"])
    act = next(a for a in section.kind_menu.actions() if a.data() == "department")
    act.trigger()
    _settle(qtbot, section)
    assert section.tree_model.index_of(firm["team"], 1).data() == "Division"
    assert ctx.undo_stack.undoText() == "Make 上海团队 a Division"
    ctx.undo_stack.undo()
    _settle(qtbot, section)
    assert section.tree_model.index_of(firm["team"], 1).data() == "Team"
    section.select_unit(firm["company"])
    assert not section.kind_menu.menuAction().isEnabled()
