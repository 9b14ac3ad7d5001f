"""The import wizard's column matching from the keyboard: arrows walk the table without
changing any match, Space opens a match's choices, Tab leaves the table.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QComboBox

from gui.common.context import AppContext
from gui.common.events import AppEvents
from gui.common.tasks import TaskRunner
from gui.importer.import_wizard import ImportWizard
from tests.unit.importing_fixtures import seed_people, write_xlsx

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def ctx(store):
    runner = TaskRunner()
    context = AppContext(store=store, events=AppEvents(), undo_stack=QUndoStack(), tasks=runner)
    yield context
    runner.wait()


@pytest.fixture
def wizard(qtbot, ctx, tmp_path: Path):
    seed_people(ctx.store)
    path = write_xlsx(tmp_path / "台账.xlsx", [
        ["客户名称", "手机", "负责人", "地区"],
        ["甲公司", "13800138000", "王强", "杭州"],
        ["乙公司", "13900139000", "李娜", "上海"],
    ])
    w = ImportWizard(ctx, "customers")
    qtbot.addWidget(w)
    with qtbot.waitExposed(w):
        w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    w.file_page.path.setText(str(path))
    qtbot.waitUntil(lambda: w.file_page.sheet.count() > 0, timeout=10_000)
    w.next()
    qtbot.waitUntil(lambda: w.currentId() == ImportWizard.PAGE_MAPPING, timeout=10_000)
    return w


def test_arrows_walk_the_matches_without_changing_them(wizard, qtbot):
    view, model = wizard.mapping_page.view, wizard.mapping_page.model
    before = list(model.mapping)
    view.setFocus()
    view.setCurrentIndex(model.index(0, 1))  # the "Imports into" column
    for _ in range(model.rowCount() + 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert QApplication.focusWidget() is view  # no combo box opened on the way
    assert model.mapping == before
    assert view.currentIndex().row() == model.rowCount() - 1


def test_space_opens_the_choices_and_escape_keeps_the_match(wizard, qtbot):
    view, model = wizard.mapping_page.view, wizard.mapping_page.model
    before = list(model.mapping)
    view.setFocus()
    view.setCurrentIndex(model.index(1, 1))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    editors = [c for c in view.findChildren(QComboBox) if c.isVisible()]
    assert len(editors) == 1
    combo = editors[0]
    qtbot.waitUntil(combo.view().isVisible)  # the list of choices is open
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # closes the list
    qtbot.waitUntil(lambda: not combo.view().isVisible())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # and the cell
    assert QApplication.focusWidget() is view
    assert model.mapping == before


def test_f2_and_an_arrow_change_one_match(wizard, qtbot):
    view, model = wizard.mapping_page.view, wizard.mapping_page.model
    before = list(model.mapping)
    view.setFocus()
    view.setCurrentIndex(model.index(3, 1))  # 地区 → region
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QComboBox)
    qtbot.keyClick(editor, Qt.Key.Key_Down)  # a closed combo box picks the next choice
    changed = [i for i, (a, b) in enumerate(zip(before, model.mapping, strict=True)) if a != b]
    assert 3 in changed


def test_tab_leaves_the_match_table(wizard, qtbot):
    view, model = wizard.mapping_page.view, wizard.mapping_page.model
    view.setFocus()
    view.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    focus = QApplication.focusWidget()
    assert focus is not view and not view.isAncestorOf(focus)
