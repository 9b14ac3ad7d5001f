"""Keyboard only: Tab leaves the customer list for the card (arrows move within the list),
where it used to walk cell by cell through every row and never reach the card.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from services import demo
from tests.gui.shell_fixtures import (
    OFFSCREEN_NOISE,
    make_window,
    restore_language_env,  # noqa: F401 - autouse
)

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def test_tab_leaves_the_customer_list_and_reaches_the_card(qtbot, store):
    demo.generate_demo(store, size=demo.DemoSize(20, 20))
    window = make_window(qtbot, store, "en")
    page = window.show_page("customers")
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=30_000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    assert page.view.currentIndex().row() == 1  # arrows still move in the list
    qtbot.keyClick(page.view, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not page.view
    assert page.card.isAncestorOf(focused)
    window.ctx.tasks.wait()
