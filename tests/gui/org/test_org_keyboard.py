"""Keyboard only on Settings ▸ Org & people and Settings ▸ Products, on the real window: Enter on
a row opens its dialog, Esc closes it (nothing saved), OK saves — and either way the focus is
back on the table, on the same row, so the next arrow key or Enter carries on from there.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from services.org import units as U
from services.org.people_edit import add_person
from services.products import catalogue as cat
from tests.gui.shell_fixtures import (
    OFFSCREEN_NOISE,
    make_window,
    restore_language_env,  # noqa: F401 - autouse
)

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
ORG = "gui.org.org_section:OrgSection"
PRODUCTS = "gui.products.settings_section:ProductsSection"


@pytest.fixture
def window(qtbot, store):
    company = U.add_unit(store, "云帆科技", "company", None).value
    east = U.add_unit(store, "华东区", "region", company).value
    wang = add_person(store, "王芳", east, role="manager", active_from=date(2024, 1, 1)).value
    add_person(store, "李强", east, manager_id=wang, active_from=date(2025, 1, 1))
    add_person(store, "张伟", east, manager_id=wang, active_from=date(2025, 2, 1))
    for code, name in (("GW-1", "智能网关"), ("SC-1", "扫码终端"), ("SW-1", "云平台年费")):
        cat.add_product(store, name=name, code=code, unit_price="1000")
    w = make_window(qtbot, store, "en")
    w.resize(1280, 800)
    _active(qtbot, w)
    yield w
    w.ctx.tasks.wait()


def _active(qtbot, window) -> None:
    """The offscreen platform may drop the window's activation: give it back."""
    if window.isActiveWindow():
        return
    window.activateWindow()
    try:
        qtbot.waitUntil(window.isActiveWindow, timeout=1000)
    except qtbot.TimeoutError:
        window.hide()
        with qtbot.waitExposed(window):
            window.show()
        qtbot.waitUntil(window.isActiveWindow)


def _in_dialog(qtbot, key: Qt.Key, seen: list[tuple[str, str]],
               type_text: str | None = None) -> None:
    """Once the modal dialog is up: note where the focus is (its class, its dialog's name),
    type, press ``key``.
    """
    def act() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, act)
            return
        dialog = dialogs[0]
        dialog.activateWindow()
        focus = dialog.focusWidget()  # where the keyboard is in the dialog
        seen.append((type(focus).__name__, dialog.objectName()))
        if type_text is not None and isinstance(focus, QLineEdit):
            focus.selectAll()
            focus.insert(type_text)  # (QTest types Latin-1 only)
        qtbot.keyClick(focus or dialog, key)
        if dialog.isVisible():  # the key did not close it: fail, without hanging the test
            seen.append(("still open", dialog.objectName()))
            dialog.reject()
    QTimer.singleShot(20, act)


def _back_on(qtbot, window, widget) -> None:
    """The focus returns to ``widget`` once the window is active again (a desktop makes it
    active when the dialog closes; offscreen, it is made active here).
    """
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    _active(qtbot, window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def _row(view) -> int:
    return view.currentIndex().row()


def test_enter_opens_the_person_dialog_and_the_focus_comes_back_to_the_table(qtbot, window):
    section = window.show_page("settings").show_section(ORG)
    table = section.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Down)  # the keyboard picks a person…
    qtbot.keyClick(table, Qt.Key.Key_Down)
    person = section.current_person()
    assert person is not None and section.edit_button.isEnabled()
    row = _row(table)

    seen: list[tuple[str, str]] = []
    _in_dialog(qtbot, Qt.Key.Key_Escape, seen)  # …opens them with Enter, leaves with Esc
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert seen == [("QLineEdit", "personDialog")]  # in the name field
    assert window.ctx.undo_stack.count() == 0
    _back_on(qtbot, window, table)
    assert _row(table) == row and section.current_person().id == person.id

    _in_dialog(qtbot, Qt.Key.Key_Return, seen, type_text=person.name + "（新）")  # Enter = OK
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.ctx.undo_stack.count() == 1
                    and not section._reload_timer.isActive())
    _back_on(qtbot, window, table)
    assert section.current_person().id == person.id
    assert section.current_person().name == person.name + "（新）"


def test_enter_opens_the_product_dialog_and_the_focus_comes_back_to_the_table(qtbot, window):
    section = window.show_page("settings").show_section(PRODUCTS)
    qtbot.waitUntil(lambda: not section.is_loading(), timeout=10_000)
    view = section.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.setCurrentIndex(section.model.index(1, 0))
    product = section.selected()

    seen: list[tuple[str, str]] = []
    _in_dialog(qtbot, Qt.Key.Key_Escape, seen)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert seen == [("QLineEdit", "productDialog")], "Enter did not open the product dialog"
    _back_on(qtbot, window, view)
    assert window.ctx.undo_stack.count() == 0 and section.selected().id == product.id

    _in_dialog(qtbot, Qt.Key.Key_Return, seen, type_text="新名称")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.ctx.undo_stack.count() == 1)
    qtbot.waitUntil(lambda: not section.is_loading())
    _back_on(qtbot, window, view)
    assert section.selected().id == product.id and section.selected().name == "新名称"

    seen.clear()  # Ctrl+N on the section: a new product
    _in_dialog(qtbot, Qt.Key.Key_Escape, seen)
    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen == [("QLineEdit", "productDialog")]
    _back_on(qtbot, window, view)


def test_enter_on_a_unit_goes_to_its_people_with_the_first_one_chosen(qtbot, window):
    section = window.show_page("settings").show_section(ORG)
    tree, table = section.tree, section.table
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus)
    east = next(i for i in _unit_indexes(tree) if i.data() == "华东区")
    tree.setCurrentIndex(east)
    qtbot.waitUntil(lambda: section.people_model.rowCount() == 3)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert table.hasFocus()
    assert _row(table) == 0 and section.current_person() is not None
    assert section.edit_button.isEnabled()  # the next Enter edits that person
    assert window.ctx.undo_stack.count() == 0  # nothing changed, no rename started
    assert tree.state() != tree.State.EditingState


def _unit_indexes(tree):
    model, out = tree.model(), []
    stack = [model.index(r, 0) for r in range(model.rowCount())]
    while stack:
        index = stack.pop()
        out.append(index)
        stack += [model.index(r, 0, index) for r in range(model.rowCount(index))]
    return out
