"""The targets a payout run reads: per person (and org unit) and period, from the published
target plan of the period's year — the numbers the Targets page shows for that node.

A cell is what the Targets tree shows (:class:`services.targets.rollup.RollupTree`: the node's
own typed value, else the sum of its children's). A period the tree shows empty for the node
takes, for an amount or a count, the sum of the node's typed periods below it (its months for a
quarter nobody typed: :func:`services.core.periods.typed_below`), else its share of the nearest
enclosing period typed (:func:`services.core.periods.typed_above`) as splitting that period
would give it (:func:`services.targets.ops.split_period`: even, exact to the unit, and a person
under the novice ramp carries each sub-period's ramp share — :mod:`services.targets.ramp` — so
a novice's derived months are their growth targets 成长目标); a rate takes the enclosing
period's rate (a split gives every sub-period the same rate). Typed values are never changed:
a plan split in the app already holds the novices' ramped months.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from datetime import date
from fractions import Fraction
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.enums import ADDITIVE_METRICS, RATE_METRICS, TargetPlanStatus
from models.targets import TargetNode, TargetPlan, TargetValue
from services.core import periods as P
from services.core.rule_store import read_json
from services.incentives.doc import METRICS
from services.incentives.facts import PersonInfo, TargetCell
from services.targets.ramp import DEFAULT_RAMP, RAMP_SETTING, RampError, parse_ramp, period_factor
from services.targets.rollup import RollupTree
from services.targets.split import Values, split_values

Cells = dict[str, TargetCell]
PersonTargets = dict[tuple[str, str], Cells]  # (period, person) → metric → cell
UnitTargets = dict[str, dict[str, Cells]]  # period → unit → metric → cell


_children = lru_cache(maxsize=None)(P.children)
_parent = lru_cache(maxsize=None)(P.parent)
_grain = lru_cache(maxsize=None)(P.grain_of)
_sub_periods = lru_cache(maxsize=None)(P.sub_periods)


def _typed_below(key: str, has: Callable[[str], bool]) -> list[str]:
    """:func:`services.core.periods.typed_below` on cached period keys."""
    out: list[str] = []
    for child in _children(key):
        if has(child):
            out.append(child)
        else:
            out.extend(_typed_below(child, has))
    return out


def _typed_above(key: str, has: Callable[[str], bool]) -> str | None:
    """:func:`services.core.periods.typed_above` on cached period keys."""
    up = _parent(key)
    while up is not None and not has(up):
        up = _parent(up)
    return up


def _ramps(session: Session) -> dict[str, tuple[int, ...]]:
    try:
        return parse_ramp(read_json(session, RAMP_SETTING))
    except RampError:
        return dict(DEFAULT_RAMP)


def published_plan(session: Session, year: int) -> tuple[str, tuple[str, ...]] | None:
    """The published plan of ``year`` (the newest published if several): (id, metrics)."""
    row = session.execute(
        select(TargetPlan.id, TargetPlan.metrics)
        .where(TargetPlan.deleted_at.is_(None), TargetPlan.year == year,
               TargetPlan.status == TargetPlanStatus.PUBLISHED)
        .order_by(TargetPlan.published_at.desc(), TargetPlan.id)).first()
    if row is None:
        return None
    return row[0], tuple(m for m in (row[1] or "").split(",") if m)


class _Node:
    """One node's cells with the fall-backs of the module docstring."""

    def __init__(self, rollup: RollupTree, node: str, percents: Sequence[int],
                 start: date | None, typed: AbstractSet[tuple[str, str]] = frozenset()):
        self.rollup, self.node, self.percents, self.start = rollup, node, percents, start
        self.typed = typed  # (metric, period) typed on some node: others show nothing
        self._shown: dict[tuple[str, str], Values | None] = {}
        self._splits: dict[tuple[str, str, P.Grain], list[Values]] = {}

    def shown(self, metric: str, period: str) -> Values | None:
        """What the tree shows (None: nothing)."""
        key = (metric, period)
        if key not in self._shown and metric in ADDITIVE_METRICS and key not in self.typed:
            self._shown[key] = None  # nobody typed it: every node's sum is empty
        if key not in self._shown:
            cell = self.rollup.cell(self.node, metric, period)
            self._shown[key] = (cell.effective if cell.own is not None
                                or not cell.effective.is_zero() else None)
        return self._shown[key]

    def value(self, metric: str, period: str) -> Values | None:
        shown = self.shown(metric, period)
        if shown is not None:
            return shown

        def has(key: str) -> bool:
            return self.shown(metric, key) is not None

        if metric in ADDITIVE_METRICS:
            below = _typed_below(period, has)
            if below:
                total = Values()
                for key in below:
                    total = total + (self.shown(metric, key) or Values())
                return total
        above = _typed_above(period, has)
        if above is None:
            return None
        whole = self.shown(metric, above)
        assert whole is not None
        if metric in RATE_METRICS:
            return whole
        grain = _grain(period)
        subs = _sub_periods(above, grain)
        parts = self._splits.get((metric, above, grain))
        if parts is None:
            weights = [period_factor(self.percents, self.start, k) for k in subs]
            if not any(weights):
                weights = [Fraction(1)] * len(subs)
            parts = self._splits[(metric, above, grain)] = split_values(whole, weights)
        return parts[subs.index(period)]


def gather_targets(session: Session, keys: Sequence[str], people: Mapping[str, PersonInfo]
                   ) -> tuple[PersonTargets, UnitTargets]:
    """The targets of ``people``'s person nodes and of every org-unit node for ``keys``."""
    persons: PersonTargets = {}
    units: UnitTargets = {key: {} for key in keys}
    by_year: dict[int, list[str]] = {}
    for key in keys:
        by_year.setdefault(P.parse(key).year, []).append(key)
    ramps = _ramps(session)
    for year, year_keys in sorted(by_year.items()):
        plan = published_plan(session, year)
        if plan is None:
            continue
        plan_id, plan_metrics = plan
        metrics = [m for m in plan_metrics if m in METRICS]
        nodes = session.execute(
            select(TargetNode.id, TargetNode.parent_id, TargetNode.unit_id, TargetNode.person_id)
            .where(TargetNode.plan_id == plan_id, TargetNode.deleted_at.is_(None),
                   TargetNode.cut.is_(None)).order_by(TargetNode.id)).all()
        ids = {n[0] for n in nodes}
        own = {(n, m, p): Values(f, t, c) for n, m, p, f, t, c in session.execute(
            select(TargetValue.node_id, TargetValue.metric, TargetValue.period,
                   TargetValue.floor, TargetValue.target, TargetValue.challenge)
            .join(TargetNode, TargetNode.id == TargetValue.node_id)
            .where(TargetNode.plan_id == plan_id, TargetValue.deleted_at.is_(None),
                   TargetValue.metric.in_(metrics)))
            if n in ids and P.parse(p).year == year}
        rollup = RollupTree({n[0]: n[1] for n in nodes}, own)
        typed = {(m, p) for _n, m, p in own}
        for node_id, _parent, unit_id, person_id in nodes:
            person = people.get(person_id) if person_id else None
            if person_id is not None and person is None:
                continue
            if person is None and unit_id is None:
                continue
            percents = ramps.get(person.capacity_tier, ()) if person is not None else ()
            node = _Node(rollup, node_id, percents,
                         person.active_from if person is not None else None, typed)
            for key in year_keys:
                cells: Cells = {}
                for metric in metrics:
                    v = node.value(metric, key)
                    if v is not None:
                        cells[metric] = TargetCell(v.floor, v.target, v.challenge)
                if not cells:
                    continue
                if person is not None:
                    persons.setdefault((key, person.id), {}).update(cells)
                elif unit_id is not None:
                    units[key].setdefault(unit_id, {}).update(cells)
    return persons, units
