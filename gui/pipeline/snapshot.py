"""The local patch applied to the board snapshot right after a move, so the board repaints
without reloading 5,000 cards from the database.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal

from models.base import utcnow
from models.enums import StageKind
from services.pipeline.deals import (
    ColumnTotals,
    DealCard,
    StageInfo,
    effective_probability,
    weighted_amount,
)


def moved_card(card: DealCard, stage: StageInfo, today: date, *,
               won_amount: Decimal | None = None, closed_on: date | None = None,
               lost_reason: str | None = None) -> DealCard:
    """The card as the service leaves it after moving it to ``stage`` today.

    Only valid for a card that comes from an open stage (its override is known); callers reload
    from the database for moves out of won/lost.
    """
    override = card.probability if card.probability_overridden else None
    prob = effective_probability(stage.kind, stage.probability, override)
    won = lost = None
    closed: date | None = None
    if stage.kind == StageKind.WON:
        won, closed = (won_amount if won_amount is not None else card.amount), closed_on or today
    elif stage.kind == StageKind.LOST:
        lost, closed = ((lost_reason or "").strip() or None), closed_on or today
    return dataclasses.replace(
        card, stage_id=stage.id, pipeline_id=stage.pipeline_id, probability=prob,
        probability_overridden=override is not None and stage.is_open,
        weighted=weighted_amount(won if won is not None else card.amount, prob),
        stage_entered_at=utcnow(), days_in_stage=0, rotting=False, closed_on=closed,
        won_amount=won, lost_reason=lost)


def patched_totals(totals: Mapping[str, ColumnTotals], previous: Iterable[DealCard],
                   current: Iterable[DealCard]) -> dict[str, ColumnTotals]:
    """The won/lost columns' figures after ``previous`` cards left and ``current`` arrived
    (columns not in ``totals`` add up their cards and need no patch).
    """
    left, arrived = list(previous), list(current)
    return {key: t.moved([c for c in left if c.stage_id == key],
                         [c for c in arrived if c.stage_id == key])
            for key, t in totals.items()}
