"""Ctrl+N is "new record of this page" everywhere; a new database is Ctrl+Shift+N."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui.main_window import MainWindow
from tests.gui.pipeline_fixtures import seed_pipeline
from tests.gui.shell_fixtures import (
    OFFSCREEN_NOISE,
    make_window,
    restore_language_env,  # noqa: F401 - autouse
)

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def window(qtbot, store, monkeypatch):
    seed_pipeline(store)
    window = make_window(qtbot, store)
    window.databases = []
    monkeypatch.setattr(MainWindow, "new_database", lambda self: self.databases.append("new"))
    return window


def ctrl_n(qtbot, widget, shift: bool = False) -> None:
    widget.window().activateWindow()  # shortcuts reach the active window only
    qtbot.waitUntil(widget.window().isActiveWindow)
    widget.setFocus()
    mods = Qt.KeyboardModifier.ControlModifier
    if shift:
        mods |= Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(widget, Qt.Key.Key_N, mods)


def test_ctrl_n_on_pipeline_starts_a_new_deal_not_a_database(qtbot, window):
    page = window.show_page("pipeline")
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=10_000)
    page.set_view("list")
    assert window.menus.actions["new_record"].text() == "New deal…"
    ctrl_n(qtbot, page.list_view)
    assert window.databases == []
    assert page.current_view() == "board"
    first_open = next(s for s in page.stages if s.is_open)
    quick = page.board.columns[first_open.id].quick
    assert quick is not None and quick.isVisible()
    qtbot.waitUntil(lambda: quick.name.hasFocus())


def test_ctrl_n_on_customers_is_a_new_customer(qtbot, window):
    page = window.show_page("customers")
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    assert window.menus.actions["new_record"].text() == "New customer…"
    ctrl_n(qtbot, page.view)
    assert window.databases == [] and page.actions_.new_dialog is not None
    page.actions_.new_dialog.reject()


def test_pages_that_create_nothing_disable_it_and_ctrl_shift_n_is_a_new_database(qtbot,
                                                                                  window):
    page = window.show_page("today")
    action = window.menus.actions["new_record"]
    assert not action.isEnabled() and action.text() == "&New"
    ctrl_n(qtbot, page)
    assert window.databases == []
    ctrl_n(qtbot, page, shift=True)
    assert window.databases == ["new"]
    assert window.menus.actions["new_db"].shortcut().toString() == "Ctrl+Shift+N"
    window.show_page("targets")
    assert action.isEnabled() and action.text() == "New plan from org…"
    window.show_page("plans")
    assert action.isEnabled() and action.text() == "Add action item"


def test_the_new_record_wording_follows_a_language_switch(qtbot, window):
    window.show_page("pipeline")
    window.set_language("zh_CN")
    try:
        assert window.menus.actions["new_record"].text() == "新建商机…"
    finally:
        window.set_language("en")
