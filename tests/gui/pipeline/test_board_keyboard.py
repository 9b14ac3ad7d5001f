"""The Kanban board from the keyboard alone: into the cards from the filter bar, across the
columns, move, open, and see where the keyboard is.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from gui.pipeline.pipeline_page import PipelinePage
from gui.pipeline.stage_column_view import StageColumnView
from services.pipeline.details import read_deal_detail
from tests.gui.pipeline_fixtures import column_ids, make_context, seed_pipeline, wait_board

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def data(store):
    return seed_pipeline(store)


@pytest.fixture
def page(qtbot, store, data):
    ctx = make_context(store, data.people["张伟"])
    p = PipelinePage(ctx)
    qtbot.addWidget(p)
    p.resize(1600, 700)
    with qtbot.waitExposed(p):
        p.show()
    p.activateWindow()
    qtbot.waitUntil(p.isActiveWindow)
    wait_board(qtbot, p)
    return p


def focused_column(page) -> str | None:
    """The stage whose card list has the keyboard focus."""
    focus = QApplication.focusWidget()
    return next((k for k, c in page.board.columns.items() if c.view is focus), None)


def test_tab_from_the_filter_bar_lands_on_a_selected_card(page, data, qtbot):
    search = page.filter_bar.search
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    qtbot.keyClick(search, Qt.Key.Key_Tab)
    first = data.stage_ids[0]
    assert focused_column(page) == first  # not the board's scroll area, not a "+" button
    view = page.board.columns[first].view
    assert view.selected_deal_ids() == [column_ids(page, first)[0]]  # Enter acts on it
    header = page.board.columns[first].header
    qtbot.keyClick(view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert header.isAncestorOf(QApplication.focusWidget())  # the column's "+" (new deal)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is search  # back out past the board: no trap


def test_left_and_right_step_between_columns_and_enter_opens_the_card(page, data, qtbot):
    s0, s1 = data.stage_ids[0], data.stage_ids[1]
    page.default_focus().setFocus()
    qtbot.waitUntil(lambda: focused_column(page) == s0)
    view0 = page.board.columns[s0].view
    qtbot.keyClick(view0, Qt.Key.Key_Right)
    assert focused_column(page) == s1
    view1 = page.board.columns[s1].view
    assert view1.selected_deal_ids() == [column_ids(page, s1)[0]]
    assert view0.selected_deal_ids() == []  # one column holds the keyboard's selection
    qtbot.keyClick(view1, Qt.Key.Key_Left)
    assert focused_column(page) == s0
    qtbot.keyClick(view0, Qt.Key.Key_Left)  # the first column: nowhere to go
    assert focused_column(page) == s0
    deal = view0.selected_deal_ids()[0]
    qtbot.keyClick(view0, Qt.Key.Key_Return)
    dialog = page.deal_actions.detail
    assert dialog is not None and dialog.isVisible()
    assert dialog.name.text() == read_deal_detail(page.ctx.store, deal).name
    dialog.reject()


def test_ctrl_right_moves_the_card_the_keyboard_is_on(page, store, data, qtbot):
    s0, s1 = data.stage_ids[0], data.stage_ids[1]
    page.default_focus().setFocus()
    qtbot.waitUntil(lambda: focused_column(page) == s0)
    deal = column_ids(page, s0)[0]
    qtbot.keyClick(page.board.columns[s0].view, Qt.Key.Key_Right,
                   Qt.KeyboardModifier.ControlModifier)
    assert read_deal_detail(store, deal).stage_id == s1
    assert focused_column(page) == s1  # the keyboard follows the card
    assert page.board.columns[s1].view.selected_deal_ids() == [deal]


def test_folded_columns_are_stepped_over(page, data, qtbot):
    s0, s1, s2 = data.stage_ids[:3]
    page.set_folded(s1, True)
    page.default_focus().setFocus()
    qtbot.waitUntil(lambda: focused_column(page) == s0)
    qtbot.keyClick(page.board.columns[s0].view, Qt.Key.Key_Right)
    assert focused_column(page) == s2


def test_the_current_card_shows_a_focus_ring_and_a_selected_card_an_accent_border(page, data,
                                                                                  qtbot):
    s0 = data.stage_ids[0]
    view: StageColumnView = page.board.columns[s0].view
    view.clearSelection()

    def grab() -> QImage:
        view.viewport().repaint()
        return view.viewport().grab().toImage()

    def has_accent(image: QImage) -> bool:
        accent = QColor("#1d5fbf")
        step = 2
        return any(_near(QColor(image.pixel(x, y)), accent)
                   for x in range(0, image.width(), step) for y in range(0, 90, step))

    page.filter_bar.search.setFocus()
    qtbot.waitUntil(page.filter_bar.search.hasFocus)
    assert not has_accent(grab())  # nothing selected, no focus: no accent on the first card
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)
    assert has_accent(grab())


def _near(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    return (abs(a.red() - b.red()) + abs(a.green() - b.green())
            + abs(a.blue() - b.blue())) <= tolerance


def test_ctrl_shift_2_shows_the_list_with_the_keyboard_in_it(page, qtbot):
    page.default_focus().setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert page.current_view() == "list"
    assert QApplication.focusWidget() is page.list_view
    qtbot.keyClick(page.list_view, Qt.Key.Key_1,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert page.current_view() == "board"
    assert isinstance(QApplication.focusWidget(), StageColumnView)
