"""The won/lost column figures after a patch of the board snapshot, so the board repaints
without reloading 5,000 cards from the database.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from services.pipeline.deals import ColumnTotals, DealCard


def patched_totals(totals: Mapping[str, ColumnTotals], previous: Iterable[DealCard],
                   current: Iterable[DealCard]) -> dict[str, ColumnTotals]:
    """The won/lost columns' figures after ``previous`` cards left and ``current`` arrived
    (columns not in ``totals`` add up their cards and need no patch).
    """
    left, arrived = list(previous), list(current)
    return {key: t.moved([c for c in left if c.stage_id == key],
                         [c for c in arrived if c.stage_id == key])
            for key, t in totals.items()}
