"""The Kanban columns' slim scroll bar pages, drags and paints like a scroll bar."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from gui.common.slim_scroll_bar import WIDTH, SlimScrollBar


def _bar(qtbot) -> SlimScrollBar:
    bar = SlimScrollBar()
    qtbot.addWidget(bar)
    bar.setRange(0, 1000)
    bar.setPageStep(100)
    bar.resize(bar.sizeHint().width(), 300)
    bar.show()
    qtbot.waitExposed(bar)
    return bar


def test_slim_bar_is_narrow_and_pages_on_a_groove_click(qtbot):
    bar = _bar(qtbot)
    assert bar.width() == WIDTH
    handle = bar.handle_rect()
    below = QPoint(bar.width() // 2, int(handle.bottom()) + 20)
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, below)
    assert bar.value() == 100
    assert bar.handle_rect().top() > handle.top()  # the handle is drawn where it now is


def test_slim_bar_handle_drags(qtbot):
    bar = _bar(qtbot)
    start = bar.handle_rect().center().toPoint()
    QTest.mousePress(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(bar, start + QPoint(0, 120))
    QTest.mouseRelease(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       start + QPoint(0, 120))
    assert bar.value() > 300


def test_slim_bar_paints_its_handle(qtbot):
    bar = _bar(qtbot)
    image = bar.grab().toImage()
    handle = bar.handle_rect().center().toPoint()
    groove = QPoint(bar.width() // 2, bar.height() - 20)
    assert image.pixelColor(handle) != image.pixelColor(groove)
    bar.setValue(1000)
    moved = bar.grab().toImage()
    assert moved.pixelColor(handle) == image.pixelColor(groove)  # the handle left the top…
    bottom = bar.handle_rect().center().toPoint()
    assert moved.pixelColor(bottom) == image.pixelColor(handle)  # …for the bottom
