"""How a node's other periods follow when one period's target changes by approval (调整).

An approved adjustment changes one period of one node (say March). Two rules say what else moves,
so that the node's periods still add up (year = Σ quarters, quarter = Σ months, month = Σ weeks,
counting the sub-periods that have values of their own):

- **keep the year** (:data:`KEEP_YEAR`): the difference is spread over the *remaining* sibling
  periods of the same node — those not yet past on the day of the decision — by the node's split
  rule (:func:`period_weights`). March +10 → the months of Q1 not yet past absorb −10 between
  them, so Q1 and the year keep their values. When no month of the quarter remains, the quarter
  changes and the remaining quarters of the year absorb it (each spreads its share over its own
  remaining months). When nothing of the year remains, the year cannot be kept: refused with
  :class:`FollowError` (approve with "change the year" instead).
- **change the year** (:data:`CHANGE_YEAR`): the quarter and the year follow the new month (each
  typed period above it changes by the same difference); the level above then shows the change as
  its gap (未分配 / 超分配) — nothing else is silently moved.

Either way the adjusted period's own sub-periods (a quarter's months, a month's weeks) follow it:
its difference is spread over its not-yet-past sub-periods (all of them when the period is past).
A period without a value of its own is skipped: the levels are the typed ones
(:func:`services.core.periods.typed_below` — a year typed with months but no quarters is
compared with, and followed by, its months). Amounts are integer
units split by the largest-remainder method (:func:`services.targets.split.split_values`), so every
sum is exact to the fen. A result below zero in any column is refused.

:func:`follow` is pure (table-tested without a database); :func:`follow_in` reads a node's values
and, for the ``last_year`` rule, last year's actuals in an open session.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from models.enums import SplitRule
from services.core import periods as P
from services.targets.split import ZERO, Values, Weight, split_values

KEEP_YEAR = "keep_year"
CHANGE_YEAR = "change_year"
FOLLOW_RULES = (KEEP_YEAR, CHANGE_YEAR)

WeightsFn = Callable[[Sequence[str]], Sequence[Weight]]


class FollowError(ValueError):
    """The other periods cannot follow as asked; ``template``/``params`` like a SailplanError."""

    def __init__(self, template: str, **params: object):
        self.template = template
        self.params: dict[str, Any] = {k: str(v) for k, v in params.items()}
        super().__init__(template.format(**self.params) if self.params else template)


def _even(periods: Sequence[str]) -> list[Weight]:
    return [1] * len(periods)


def _is_open(period: str, today: date) -> bool:
    """Not yet past on ``today`` (the current period counts as open)."""
    return P.parse(period).end >= today


def _spread_down(own: Mapping[str, Values], period: str, delta: Values, today: date,
                 weights: WeightsFn, out: dict[str, Values]) -> None:
    """Let ``period``'s typed sub-periods follow its change of ``delta`` (recursively)."""
    if delta.is_zero():
        return
    subs = P.typed_below(period, own.__contains__)
    if not subs:
        return
    open_ = [k for k in subs if _is_open(k, today)] or subs
    for k, share in zip(open_, split_values(delta, weights(open_)), strict=True):
        out[k] = own[k] + share
        _spread_down(own, k, share, today, weights, out)


def follow(own: Mapping[str, Values], period: str, new: Values, rule: str, today: date,
           weights: WeightsFn | None = None) -> dict[str, Values]:
    """The node's new values by period (the adjusted ``period`` included) under ``rule``.

    ``own``: the node's typed values of one metric by period key; ``today``: the day of the
    decision (what is past); ``weights``: the split weights of a list of periods (default even).
    Raises :class:`FollowError` when the year cannot be kept or a value would go below zero.
    """
    if rule not in FOLLOW_RULES:
        raise FollowError("unknown way for the other periods to follow: “{rule}”", rule=rule)
    weights = weights or _even
    delta = new - own.get(period, ZERO)
    out: dict[str, Values] = {period: new}
    _spread_down(own, period, delta, today, weights, out)
    cur = period
    has = own.__contains__
    while not delta.is_zero():
        parent = P.typed_above(cur, has)
        if parent is None:  # nothing above has a value to keep
            break
        if rule == KEEP_YEAR:
            sibs = [k for k in P.typed_below(parent, has) if k != cur and _is_open(k, today)]
            if sibs:
                for k, share in zip(sibs, split_values(-delta, weights(sibs)), strict=True):
                    out[k] = own[k] + share
                    _spread_down(own, k, share, today, weights, out)
                break
            if P.typed_above(parent, has) is None:  # the top (the year) would have to change
                raise FollowError(
                    "no period of {year} after {period} is left to absorb the change, so the "
                    "year cannot stay as it is: approve with “change the year”",
                    year=parent, period=period)
        out[parent] = own[parent] + delta
        cur = parent
    for k, v in out.items():
        if min(v.as_tuple()) < 0:
            raise FollowError(
                "{period} would go below zero: the other periods cannot absorb this change "
                "(approve with “change the year”, or ask for a smaller change)", period=k)
    return {k: v for k, v in out.items() if own.get(k) != v}


def period_weights(rule: str, last_year: Callable[[Sequence[str]], Sequence[int]]
                   ) -> WeightsFn:
    """The weights periods get under a node's split rule: ``last_year`` — last year's actuals of
    the same periods (all zero: even); every other rule — even (a node's ``weights`` and
    ``capacity`` rules are about its children, not its periods).
    """
    if rule == SplitRule.LAST_YEAR:
        return lambda periods: [max(0, v) for v in last_year(periods)]
    return _even


def follow_in(s: Any, node_id: str, metric: str, period: str, new: Values, rule: str,
              today: date) -> dict[str, Values]:
    """:func:`follow` for a stored node in an open session (its values of ``metric`` in the
    period's year; last year's actuals for a ``last_year`` node).
    """
    # lazy: the pure rule above stays importable without SQLAlchemy models
    from sqlalchemy import select

    from models.targets import TargetNode, TargetValue
    from services.targets.actuals import NodeRef, compute_actuals
    from services.targets.rollup import RollupTree

    node = s.get(TargetNode, node_id)
    year = P.parse(period).year
    own = {p: Values(f, t, c) for p, f, t, c in s.execute(
        select(TargetValue.period, TargetValue.floor, TargetValue.target, TargetValue.challenge)
        .where(TargetValue.node_id == node_id, TargetValue.metric == metric,
               TargetValue.deleted_at.is_(None))) if P.parse(p).year == year}

    def last_year(periods: Sequence[str]) -> list[int]:
        from services.targets.ops import last_year_key  # lazy: ops imports the cascade

        refs = [NodeRef(n.id, n.parent_id, n.kind, n.unit_id, n.person_id)
                for n in s.scalars(select(TargetNode).where(
                    TargetNode.plan_id == node.plan_id, TargetNode.deleted_at.is_(None)))]
        keys = [last_year_key(k) for k in periods]
        past = RollupTree({r.id: r.parent_id for r in refs}, {},
                          compute_actuals(s, refs, [metric], keys))
        return [past.cell(node_id, metric, k).actual for k in keys]

    return follow(own, period, new, rule, today, period_weights(node.split_rule, last_year))
