"""App-wide signals (services emit nothing).

``changed`` is the one data signal: emitted by :class:`~gui.common.undo.OpCommand` after every
service call it runs, by the window for a database switch (``Changes.all()``) and for a change of
who uses this computer (``Changes.setting("user/person_id")``). The other signals are not about
data: navigation, status text and refusals.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    """Past-tense notifications that data changed.

    ``changed(changes, initiator)`` is the one data signal: a
    :class:`~services.core.changes.Changes` from a service call (emitted by
    :class:`~gui.common.undo.OpCommand` or by whoever ran the call) and the object that made the
    change, or None. Every view refreshes itself from it and skips its own echo.
    """

    changed = Signal(object, object)  # Changes, initiator
    refused = Signal(str, str)  # what was tried (the command text), why it was refused

    # Navigation: ask the main window to show an item, e.g. ("customer", id) or ("deal", id).
    # The window switches to the owning page and calls its ``show_item(kind, id)``.
    open_requested = Signal(str, str)
    status_message = Signal(str, int)  # text, timeout ms (0 = until replaced)
