"""Every stage in reach of a drag: columns fit the window, won/lost fold themselves when it is
narrow, the board scrolls near its edges while cards are dragged and lights the target column.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QCursor, QDragMoveEvent

from gui.pipeline.board_view import MIN_COLUMN_WIDTH
from gui.pipeline.deal_mime import encode_deal_ids
from gui.pipeline.pipeline_page import PipelinePage
from gui.pipeline.stage_column_widget import FOLDED_WIDTH
from tests.gui.pipeline_fixtures import column_ids, make_context, seed_pipeline, wait_board

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

PAGE_AT_1280 = (1280 - 228, 740)  # the window at 1280×800 less the sidebar and menus
PAGE_AT_1920 = (1920 - 228, 1000)


@pytest.fixture
def data(store):
    from services.pipeline.settings import update_stage

    data = seed_pipeline(store)
    for stage_id in data.stage_ids[5:]:  # won and lost, not folded by the stage's setting
        update_stage(store, stage_id, folded=False)
    return data


@pytest.fixture
def page(qtbot, store, data):
    ctx = make_context(store, data.people["张伟"])
    p = PipelinePage(ctx)
    qtbot.addWidget(p)
    p.resize(*PAGE_AT_1280)
    p.show()
    qtbot.waitExposed(p)
    wait_board(qtbot, p)
    return p


def on_screen(page) -> list[str]:
    """Stages whose whole column lies inside the board's visible area."""
    board = page.board
    left = board.horizontalScrollBar().value()
    width = board.viewport().width()
    return [key for key, col in board.columns.items()
            if col.geometry().left() >= left and col.geometry().right() <= left + width]


def test_at_1280_every_stage_is_on_screen(qtbot, page, data):
    assert on_screen(page) == data.stage_ids  # five open stages and the won/lost strips
    won, lost = data.stage_ids[5], data.stage_ids[6]
    for key in data.stage_ids[:5]:
        col = page.board.columns[key]
        assert not col.folded and col.width() >= MIN_COLUMN_WIDTH
    assert page.board.columns[won].folded and page.board.columns[lost].folded
    assert page.board.columns[won].width() == FOLDED_WIDTH
    assert page.fold_button.isChecked()  # says what the board shows
    assert page.board.horizontalScrollBar().maximum() == 0


def test_wide_window_unfolds_them_and_a_chosen_unfold_sticks(qtbot, page, data):
    lost = data.stage_ids[6]
    page.resize(*PAGE_AT_1920)
    qtbot.waitUntil(lambda: not page.board.columns[lost].folded)
    assert on_screen(page) == data.stage_ids
    assert not page.fold_button.isChecked()
    page.resize(*PAGE_AT_1280)
    qtbot.waitUntil(lambda: page.board.columns[lost].folded)
    page.board.columns[lost].strip.clicked.emit()  # unfolded by hand: stays unfolded
    assert not page.board.columns[lost].folded
    qtbot.waitUntil(lambda: page.board.horizontalScrollBar().maximum() > 0)  # it scrolls
    page.resize(page.width() - 40, page.height())
    qtbot.wait(50)
    assert not page.board.columns[lost].folded


def _drag_over(board, widget, pos: QPoint, ids: list[str]) -> None:
    """What the board's event filter sees of a drag over ``widget`` (Qt delivers drag events
    only during a real drag; the Xvfb test makes one).
    """
    mime: QMimeData = encode_deal_ids(ids)  # kept alive: the event only points at it
    event = QDragMoveEvent(pos, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                           Qt.KeyboardModifier.NoModifier)
    assert board.eventFilter(widget, event) is False  # the column still handles it
    del event, mime


def test_a_drag_lights_the_column_under_it_and_scrolls_near_the_edge(qtbot, page, data):
    first, lost = data.stage_ids[0], data.stage_ids[6]
    board = page.board
    page.set_folded(lost, False)  # now the board is wider than the window
    bar = board.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert bar.value() == 0
    deal = column_ids(page, first)[0]
    second = board.columns[data.stage_ids[1]]
    _drag_over(board, second.view.viewport(), second.view.viewport().rect().center(),
               [deal])
    assert board.drop_target() == data.stage_ids[1] and second.is_drop_target()

    board._drag_started()  # what the column view signals when QDrag.exec() begins
    edge = board.viewport().mapToGlobal(QPoint(board.viewport().width() - 20,
                                                board.viewport().height() // 2))
    QCursor.setPos(edge)
    qtbot.waitUntil(lambda: QCursor.pos() == edge)
    qtbot.waitUntil(lambda: bar.value() == bar.maximum(), timeout=5_000)
    assert board.drop_target() == lost  # the column now under the cursor is lit
    assert board.columns[lost].is_drop_target() and not second.is_drop_target()
    QCursor.setPos(board.viewport().mapToGlobal(QPoint(20, board.viewport().height() // 2)))
    qtbot.waitUntil(lambda: bar.value() == 0, timeout=5_000)
    assert board.drop_target() == first
    board._drag_finished()
    assert board.drop_target() is None and not board._scroll_timer.isActive()
    assert not any(col.is_drop_target() for col in board.columns.values())


def test_a_drop_on_a_column_header_moves_the_deal(qtbot, page, store, data):
    from PySide6.QtGui import QDropEvent

    from services.pipeline.details import read_deal_detail

    first, third = data.stage_ids[0], data.stage_ids[2]
    deal = column_ids(page, first)[0]
    header = page.board.columns[third]
    mime = encode_deal_ids([deal])  # kept alive: the event only points at it
    event = QDropEvent(QPointF(20, 10), Qt.DropAction.MoveAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    header.dropEvent(event)
    qtbot.waitUntil(lambda: read_deal_detail(store, deal).stage_id == third)
    assert deal in column_ids(page, third)
