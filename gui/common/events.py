"""App-wide signals, emitted by the GUI after a service call succeeds (services emit nothing).

Each signal carries the ids touched and an ``initiator`` object, so the view that made a change
can skip the refresh it already did.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    """Past-tense notifications that data changed."""

    customers_changed = Signal(list, object)  # customer ids ([] = many/unknown), initiator
    followups_changed = Signal(list, object)  # customer ids
    deals_changed = Signal(list, object)  # deal ids
    pipelines_changed = Signal(object)  # initiator
    targets_changed = Signal(list, object)  # node ids
    people_changed = Signal(object)
    settings_changed = Signal(str, object)  # setting key, initiator
    store_replaced = Signal()  # a restore or database switch: reload everything
    # Navigation: ask the main window to show an item, e.g. ("customer", id) or ("deal", id).
    # The window switches to the owning page and calls its ``show_item(kind, id)``.
    open_requested = Signal(str, str)
    status_message = Signal(str, int)  # text, timeout ms (0 = until replaced)
