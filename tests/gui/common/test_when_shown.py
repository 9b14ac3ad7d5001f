"""A tab told of a change while hidden reads again when shown, once; on screen, at once."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from gui.common.when_shown import RefreshWhenShown


def test_hidden_refreshes_once_when_shown_visible_at_once(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    reads: list[int] = []
    when = RefreshWhenShown(widget, lambda: reads.append(1))
    when.request()
    when.request()  # two changes while hidden: one read when shown
    assert reads == [] and when.stale
    widget.show()
    qtbot.waitUntil(lambda: reads == [1])
    assert not when.stale
    widget.hide()
    widget.show()  # shown again with nothing new: no read
    assert reads == [1]
    when.request()  # on screen: read now
    assert reads == [1, 1]
