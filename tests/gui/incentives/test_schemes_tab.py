"""The Schemes tab of the Incentives page on a real SQLite file: making a scheme, editing its
rate table and rules, the refusal of a rule that cannot be used, publishing (and nothing editable
after), a new version, deleting a draft, undo and redo of each save, the remembered layout, and
the item models under pytest-qt's model tester.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui.common.i18n import install_translators
from gui.common.messages import Messages
from gui.incentives.grid_model import GridColumn, GridModel
from gui.incentives.incentives_page import TABS, IncentivesPage
from gui.incentives.pick_dialog import CheckListModel, PickDialog
from gui.incentives.scheme_dialog import SchemeDialog
from gui.incentives.schemes_model import SchemesModel
from services.incentives.choices import Choice
from services.incentives.schemes import create_scheme, get_version, list_schemes
from tests.gui.incentives.scheme_fixtures import SCHEME_NAME, add_sample_scheme
from tests.gui.pipeline_fixtures import make_context
from tests.gui.shell_fixtures import OFFSCREEN_NOISE
from tests.unit.target_fixtures import build_firm

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture(autouse=True)
def _back_to_english():
    yield
    install_translators(QApplication.instance(), "en")


@pytest.fixture
def firm(store):
    return build_firm(store)


def _open(qtbot, store) -> IncentivesPage:
    page = IncentivesPage(make_context(store))
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    _wait(qtbot, page)
    return page


def _wait(qtbot, page: IncentivesPage) -> None:
    page.ctx.tasks.wait()
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=30_000)
    QApplication.processEvents()


def _document(store, version_id: str) -> dict[str, Any]:
    return json.loads(get_version(store, version_id).document)


def _rule_table(tab, rule_row: int, field: str):
    tab.editor.rules.select(rule_row)
    return tab.editor.rules.form.fields[field]


def test_the_page_has_the_schemes_tab_built_on_first_show(qtbot, store, firm):
    page = _open(qtbot, store)
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "Schemes", "Payout runs", "Leaderboard", "My commission", "Modelling"]
    assert len(TABS) == 5 and set(page._built) == {0}  # the others built when first shown
    tab = page.current_tab()
    assert tab.empty.isVisible() and tab.model.rowCount() == 0  # says how to start
    assert page.new_record_text() == "New Scheme"


def test_ctrl_n_makes_a_scheme_with_a_draft_and_undo_takes_it_back(qtbot, store, firm,
                                                                   monkeypatch):
    page = _open(qtbot, store)
    tab = page.current_tab()
    monkeypatch.setattr(SchemeDialog, "ask", classmethod(
        lambda cls, *a, **k: ("华东销售方案", date(2026, 7, 1))))
    page.new_record()
    _wait(qtbot, page)
    [scheme] = list_schemes(store)
    assert scheme.name == "华东销售方案"
    [version] = scheme.versions
    assert (version.number, version.status, version.effective_from) == (
        1, "draft", date(2026, 7, 1))
    assert tab.editor.version.id == version.id and not tab.editor.is_read_only()
    index = tab.tree.currentIndex()
    assert [index.sibling(index.row(), c).data() for c in range(3)] == [
        "Version 1", "Draft", "2026-07-01"]
    assert page.ctx.undo_stack.undoText() == "New scheme “华东销售方案”"
    page.ctx.undo_stack.undo()
    _wait(qtbot, page)
    assert list_schemes(store) == [] and tab.empty.isVisible()
    page.ctx.undo_stack.redo()
    _wait(qtbot, page)
    assert [s.id for s in list_schemes(store)] == [scheme.id]  # the same ids again


def test_editing_the_rate_table_is_saved_as_one_undo_step(qtbot, store, firm):
    ref = add_sample_scheme(store, [firm.units["east"]])
    page = _open(qtbot, store)
    tab = page.current_tab()
    tiers = _rule_table(tab, 0, "tiers")
    assert tiers.model.rows == [["0", "3"], ["80", "5"], ["100", "8"]]
    tiers.model.setData(tiers.model.index(1, 1), "5.5")  # 80–100 % pays 5.5 %
    tiers.add_row()
    row = tiers.model.rowCount() - 1
    tiers.model.setData(tiers.model.index(row, 0), "120")
    tiers.model.setData(tiers.model.index(row, 1), "10")
    tab.editor.note.setText("加一档挑战")
    tab.editor.note.textEdited.emit("加一档挑战")
    assert tab.editor.is_dirty() and tab.editor.save.isEnabled()
    assert tab.editor.message.text() == ""
    before = _document(store, ref.version_id)

    tab.editor.save.click()
    _wait(qtbot, page)
    saved = _document(store, ref.version_id)
    assert [(t["from_pct"], t["rate_pct"]) for t in saved["rules"][0]["tiers"]] == [
        ("0", "3"), ("80", "5.5"), ("100", "8"), ("120", "10")]
    assert get_version(store, ref.version_id).note == "加一档挑战"
    assert page.ctx.undo_stack.count() == 1
    assert page.ctx.undo_stack.undoText() == f"Save {SCHEME_NAME}, version 1"
    assert not tab.editor.is_dirty()
    assert tab.editor.rules.current_row() == 0  # the rule stays selected

    page.ctx.undo_stack.undo()
    _wait(qtbot, page)
    assert _document(store, ref.version_id) == before
    assert _rule_table(tab, 0, "tiers").model.rows == [["0", "3"], ["80", "5"], ["100", "8"]]
    page.ctx.undo_stack.redo()
    _wait(qtbot, page)
    assert _document(store, ref.version_id) == saved


def test_rules_are_added_moved_and_removed_with_their_kind_names(qtbot, store, firm):
    ref = add_sample_scheme(store, [firm.units["east"]])
    page = _open(qtbot, store)
    rules = page.current_tab().editor.rules
    kinds = [a.text() for a in rules.add_menu.actions()]
    assert kinds[:3] == ["Commission", "New-customer award",
                         "Ranking award (monthly champion / quarterly star)"]
    assert len(kinds) == 10
    rules.select(3)  # the scorecard
    rules.add_rule("mentoring")
    assert rules.current_row() == 4 and rules.form.kind == "mentoring"
    pairs = rules.form.fields["pairs"]
    pairs.add_row()
    pairs.model.setData(pairs.model.index(0, 0), firm.people["李四"], Qt.ItemDataRole.EditRole)
    pairs.model.setData(pairs.model.index(0, 1), firm.people["张三"], Qt.ItemDataRole.EditRole)
    assert pairs.model.index(0, 0).data() == "李四"  # the name, not the id
    rules.form.fields["amount"].edit.setText("1.2万")
    rules.form.fields["amount"].changed.emit()
    rules.move_rule(-1)
    assert rules.current_row() == 3
    rules.select(0)
    rules.remove_rule()  # the commission goes
    page.current_tab().save()
    _wait(qtbot, page)
    saved = _document(store, ref.version_id)["rules"]
    assert [r["kind"] for r in saved] == ["ranking", "team_award", "mentoring", "scorecard"]
    mentoring = saved[2]
    assert mentoring["title"] == "Mentoring award" and mentoring["amount"] == "12000"
    assert mentoring["pairs"] == [{"mentor_id": firm.people["李四"],
                                   "novice_id": firm.people["张三"]}]


def test_a_rule_that_cannot_be_used_is_named_and_not_saved(qtbot, store, firm):
    ref = add_sample_scheme(store, [firm.units["east"]])
    page = _open(qtbot, store)
    tab = page.current_tab()
    tiers = _rule_table(tab, 0, "tiers")
    tiers.model.setData(tiers.model.index(2, 1), "八")
    assert tab.editor.message.text() == "Rule 1 “回款提成”: Rate % must be a number"
    tab.editor.rules.select(2)
    assert not tab.save()  # refused: the message stays, the rule is shown again
    assert tab.editor.rules.current_row() == 0
    assert page.ctx.undo_stack.count() == 0
    assert _document(store, ref.version_id)["rules"][0]["tiers"][2]["rate_pct"] == "8"

    install_translators(QApplication.instance(), "zh_CN")
    tiers = tab.editor.rules.form.fields["tiers"]  # the form shown again
    tiers.model.setData(tiers.model.index(2, 1), "8")
    tiers.model.setData(tiers.model.index(1, 0), "120")  # tiers no longer rising
    assert tab.editor.message.text() == "规则 1「回款提成」：各档起点必须逐档升高"


def test_publish_asks_and_then_nothing_can_be_edited(qtbot, store, firm, monkeypatch):
    ref = add_sample_scheme(store, [firm.units["east"]])
    page = _open(qtbot, store)
    tab = page.current_tab()
    asked: list[str] = []
    monkeypatch.setattr(Messages, "ask", classmethod(
        lambda cls, parent, title, text: asked.append(text) or True))
    tab.buttons["publish"].click()
    _wait(qtbot, page)
    assert "never edited" in asked[0] and "2026-01-01" in asked[0]
    assert get_version(store, ref.version_id).status == "published"
    assert page.ctx.undo_stack.undoText() == f"Publish {SCHEME_NAME}, version 1"
    editor = tab.editor
    assert editor.is_read_only() and editor.banner.isVisible()
    assert not editor.save.isVisible() and not editor.name.isEnabled() or editor.name.isReadOnly()
    assert not tab.buttons["publish"].isEnabled() and not tab.buttons["delete"].isEnabled()
    tiers = _rule_table(tab, 0, "tiers")
    assert not tiers.model.flags(tiers.model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert tiers.model.setData(tiers.model.index(0, 1), "9") is False
    assert not tiers.add.isVisible()
    assert not editor.rules.buttons["add"].isVisible()
    editor.rules.add_rule("commission")  # refused: nothing changes
    assert editor.rules.model.rowCount() == 4 and not editor.is_dirty()

    page.ctx.undo_stack.undo()  # back to a draft
    _wait(qtbot, page)
    assert get_version(store, ref.version_id).status == "draft"
    assert not tab.editor.is_read_only()


def test_a_new_version_copies_the_rules_and_a_draft_is_deleted_with_del(qtbot, store, firm,
                                                                        monkeypatch):
    ref = add_sample_scheme(store, [firm.units["east"]], publish=True)
    page = _open(qtbot, store)
    tab = page.current_tab()
    monkeypatch.setattr(SchemeDialog, "ask", classmethod(
        lambda cls, *a, **k: ("", date(2026, 9, 1))))
    tab.buttons["version"].click()
    _wait(qtbot, page)
    [scheme] = list_schemes(store)
    first, second = scheme.versions
    assert (second.number, second.status, second.effective_from) == (2, "draft",
                                                                    date(2026, 9, 1))
    assert json.loads(second.document) == json.loads(first.document)
    assert tab.editor.version.id == second.id and not tab.editor.is_read_only()
    assert tab.model.index(0, 1).data() == "Version 1 published"

    tab.tree.setFocus()
    from PySide6.QtTest import QTest

    QTest.keyClick(tab.tree, Qt.Key.Key_Delete)
    _wait(qtbot, page)
    assert [v.id for v in list_schemes(store)[0].versions] == [ref.version_id]
    assert page.ctx.undo_stack.undoText() == f"Delete draft {SCHEME_NAME}, version 2"
    page.ctx.undo_stack.undo()
    _wait(qtbot, page)
    assert [v.number for v in list_schemes(store)[0].versions] == [1, 2]


def test_the_splitters_and_columns_are_remembered(qtbot, store, firm):
    add_sample_scheme(store, [firm.units["east"]])
    page = _open(qtbot, store)
    tab = page.current_tab()
    tab.splitter.setSizes([330, 900])
    tab.splitter.splitterMoved.emit(330, 1)
    tab.tree.header().resizeSection(0, 177)
    sizes = tab.splitter.sizes()
    page.close()
    page = _open(qtbot, store)
    again = page.current_tab()
    assert again.tree.header().sectionSize(0) == 177
    assert again.splitter.sizes()[0] == sizes[0]


def test_item_models_pass_the_model_tester(qtbot, store, firm, qtmodeltester):
    add_sample_scheme(store, [firm.units["east"]])
    model = SchemesModel()
    model.set_schemes(list_schemes(store))
    qtmodeltester.check(model)
    grid = GridModel([GridColumn("from_pct", "From attainment %"),
                      GridColumn("who", "Person", "choice", (("p1", "张三"),))])
    grid.set_rows([["0", "p1"], ["80", "p2"]])
    qtmodeltester.check(grid)
    checks = CheckListModel([Choice("a", "华东区"), Choice("b", "华南区", "帆程公司")], ["b"])
    qtmodeltester.check(checks)
    checks.set_filter("华南")
    qtmodeltester.check(checks)


def test_the_teams_picker_names_the_units_chosen(qtbot, store, firm, monkeypatch):
    ref = add_sample_scheme(store, [firm.units["east"]])
    page = _open(qtbot, store)
    editor = page.current_tab().editor
    teams = editor.assign["unit_ids"]
    monkeypatch.setattr(PickDialog, "ask", classmethod(
        lambda cls, parent, title, choices, chosen: [firm.units["south"]]))
    teams.button.click()
    assert teams.shown.text() == "华南区"
    page.current_tab().save()
    _wait(qtbot, page)
    assert _document(store, ref.version_id)["assign"]["unit_ids"] == [firm.units["south"]]


def test_choosing_another_version_offers_to_save_what_was_typed(qtbot, store, firm,
                                                                 monkeypatch):
    ref = add_sample_scheme(store, [firm.units["east"]])
    other = create_scheme(
        store, "新人成长激励", effective_from=date(2026, 3, 1)).value
    page = _open(qtbot, store)
    tab = page.current_tab()
    tab.show_item("scheme_version", ref.version_id)
    _wait(qtbot, page)
    asked: list[str] = []
    monkeypatch.setattr(Messages, "ask", classmethod(
        lambda cls, parent, title, text: asked.append(text) or True))
    gate = _rule_table(tab, 0, "gate_pct")
    gate.edit.setText("60")
    gate.changed.emit()
    tab.tree.setCurrentIndex(tab.model.index_of(other.version_id))
    _wait(qtbot, page)
    assert asked == [f"Save the changes to {SCHEME_NAME} · Version 1 first?"]
    assert _document(store, ref.version_id)["rules"][0]["gate_pct"] == "60"
    assert tab.editor.version.id == other.version_id
    assert page.ctx.undo_stack.undoText() == f"Save {SCHEME_NAME}, version 1"
