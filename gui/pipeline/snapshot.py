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


def newest_first(card: DealCard) -> tuple[int, str, str]:
    """The order a won/lost column's cards are cut in: closed most recently first (as
    ``services.pipeline.board.load_board_snapshot`` reads them).
    """
    return (-(card.closed_on.toordinal() if card.closed_on else 0), card.name, card.id)


def keep_closed_limit(cards: list[DealCard], stage_ids: Iterable[str], limit: int | None,
                      spare: dict[str, list[DealCard]]
                      ) -> tuple[list[DealCard], list[DealCard], list[DealCard]]:
    """Keep each of these won/lost columns at ``limit`` cards, the newest closed, after a patch.

    A drop into a full column pushes its oldest card out of sight (into ``spare``, per stage);
    a card leaving a column brings the newest spare one back. Returns the cards to show, those
    hidden now and those shown again (``cards`` is returned as it is when nothing changes).
    """
    if limit is None:
        return cards, [], []
    hidden: list[DealCard] = []
    shown: list[DealCard] = []
    for stage_id in stage_ids:
        in_stage = [c for c in cards if c.stage_id == stage_id]
        aside = spare.setdefault(stage_id, [])
        if len(in_stage) > limit:
            in_stage.sort(key=newest_first)
            aside.extend(in_stage[limit:])
            hidden.extend(in_stage[limit:])
        elif len(in_stage) < limit and aside:
            aside.sort(key=newest_first)
            back = aside[:limit - len(in_stage)]
            del aside[:len(back)]
            shown.extend(back)
    if not hidden and not shown:
        return cards, [], []
    gone = {c.id for c in hidden}
    return [c for c in cards if c.id not in gone] + shown, hidden, shown
