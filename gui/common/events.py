"""App-wide signals, emitted by the GUI after a service call succeeds (services emit nothing).

Each signal carries the ids touched and an ``initiator`` object, so the view that made a change
can skip the refresh it already did.
"""

from __future__ import annotations

from typing import Any

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

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.changed.connect(self._legacy)

    def _legacy(self, changes: Any, initiator: object) -> None:
        """Transition: re-emit ``changed`` as the per-kind signals pages not yet converted use."""
        if changes.everything:
            self.store_replaced.emit()
            return

        def ids(*kinds: str) -> list[str] | None:
            if not changes.touches(*kinds):
                return None
            out: list[str] = []
            for kind in kinds:
                got = changes.ids(kind)
                if got is None:
                    return []
                out += sorted(got)
            return out

        if (got := ids("customers", "contacts", "customer_events")) is not None:
            self.customers_changed.emit(
                got if changes.touches("customers") and not changes.touches("contacts")
                else [], initiator)
        if changes.touches("followups"):
            self.followups_changed.emit([], initiator)
        if (got := ids("deals", "deal_lines", "stage_history")) is not None:
            self.deals_changed.emit(got if not changes.touches("deal_lines", "stage_history")
                                    else sorted(changes.ids("deals") or []), initiator)
        if changes.touches("pipelines", "stages", "lost_reasons"):
            self.pipelines_changed.emit(initiator)
        if any(k.startswith("target_") for k in changes.kinds):
            self.targets_changed.emit([], initiator)
        if changes.touches("people", "org_units"):
            self.people_changed.emit(initiator)
        for key in sorted(changes.ids("app_settings") or ()):
            self.settings_changed.emit(key, initiator)
