"""Keeps customer tiers current when deals change (won, re-opened, edited, moved, deleted).

``connect_tier_sync(ctx)`` is called once by the main window. Every ``deals_changed`` signal
recomputes the tiers of those deals' customers on the background worker (an empty id list, "many
or unknown", recomputes everyone) and emits ``customers_changed`` when a tier moved.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from gui.common.context import AppContext
from services.customers import tiers


class TierSync(QObject):
    """The connection object; ``last_changed`` is the count of the last finished recompute."""

    def __init__(self, ctx: AppContext):
        super().__init__(ctx.events)
        self.ctx = ctx
        self.last_changed: int | None = None
        ctx.events.deals_changed.connect(self.on_deals_changed)

    def on_deals_changed(self, deal_ids: list[str], _initiator: object) -> None:
        """Recompute the affected customers' tiers off the GUI thread."""
        store = self.ctx.store
        ids = list(deal_ids)

        def work(progress: Any, is_cancelled: Any) -> tuple[list[str], int]:
            if not ids:
                return [], tiers.recompute_tiers(store, progress=progress,
                                                 is_cancelled=is_cancelled)
            customers = tiers.customers_of_deals(store, ids)
            return customers, tiers.on_deals_changed(store, customers)

        handle = self.ctx.tasks.submit(work)
        handle.finished.connect(self._done)

    def _done(self, result: tuple[list[str], int]) -> None:
        customers, changed = result
        self.last_changed = changed
        if changed:
            self.ctx.events.customers_changed.emit(customers, self)


def connect_tier_sync(ctx: AppContext) -> TierSync:
    """Start recomputing tiers after every deal change; returns the (parented) connection."""
    sync = TierSync(ctx)
    ctx.extras["tier_sync"] = sync
    return sync
