"""Refresh a widget now if it is on screen, else the next time it is shown.

A tab told of a change while hidden reads again only when it is shown: ``request()`` refreshes
at once when the widget is visible and otherwise marks it stale; a show event then refreshes
it. The watcher is a child of the widget, so it ends with it (a page rebuilt on the language
switch leaves nothing behind that could call into it).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class RefreshWhenShown(QObject):
    """See the module docstring."""

    def __init__(self, widget: QWidget, refresh: Callable[[], None]):
        super().__init__(widget)
        self._widget, self._refresh = widget, refresh
        self.stale = False
        widget.installEventFilter(self)

    def request(self) -> None:
        """Refresh now if the widget is visible, else when it is next shown."""
        if self._widget.isVisible():
            self.stale = False
            self._refresh()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._widget and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self._refresh()
        return False
