"""Growth targets (增长目标): a value set as last year's actual × (1 + g %), with its formula.

The base is the node's actual (its whole subtree, as the tree shows it) for the same period one
year earlier, or the average over the last ``years`` years (2025, 2024, 2023 for a 2026 period),
rounded half up to the metric's unit (the fen, or a whole count); the result is that base × (1 +
g %), rounded half up again — so the formula shown (base, g, result) recomputes exactly.
保底 and 挑战 get their own rates (by default the target's). Growth is for sums only: a rate
(转化率 …) is typed.

Rates are year over year: a quarter's or a month's growth compares it with the same quarter or
month a year earlier. A year set at +50 % and split into quarters by last year's actuals gives
each quarter +50 % on its own last-year quarter — not 12.5 % a quarter (adding) nor 10.67 %
(compounding, (1.5)^(1/4) − 1). Where a per-period equivalent is shown
(:func:`compounded_equivalent_bp`), Sailplan compounds: 50 % a year ≈ 10.67 % a quarter ≈ 3.44 %
a month, one after the other.

The formula is stored (``target_growth``) and shown beside the value; recomputing after the
actuals changed is an explicit action (:func:`recompute_growth`), never silent. Every write is one
undoable :class:`~services.core.changes.Op`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from fractions import Fraction

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.base import new_id, utcnow
from models.enums import ADDITIVE_METRICS
from models.targets import TargetGrowth, TargetNode
from models.targets import TargetValueVersion as Version
from services.core import periods as P
from services.core.changes import Op, call
from services.core.store import Store
from services.targets.cascade import (
    TargetError,
    ValueChange,
    _plan_for,
    load_tree,
    put_value,
    tree_actuals,
    write_value,
)
from services.targets.rollup import RollupTree
from services.targets.split import Values

Key = tuple[str, str, str]  # (node_id, metric, period)
MAX_YEARS = 5


@dataclass(frozen=True)
class GrowthFormula:
    """How one value was set from growth: base (average of ``years`` years) × (1 + rate)."""

    node_id: str
    metric: str
    period: str
    years: int
    base: int
    floor_rate_bp: int
    rate_bp: int
    challenge_rate_bp: int
    result: int
    computed_at: datetime

    @property
    def base_periods(self) -> list[str]:
        """The periods averaged: the same period one, two, … years earlier (newest first)."""
        out, key = [], self.period
        for _ in range(self.years):
            key = shift_year(key)
            out.append(key)
        return out

    def values(self) -> Values:
        """保底 / 目标 / 挑战 the formula gives."""
        return Values(grow(self.base, self.floor_rate_bp), grow(self.base, self.rate_bp),
                      grow(self.base, self.challenge_rate_bp))


def shift_year(period: str, years: int = 1) -> str:
    """The same period ``years`` earlier (week 53 becomes week 52 when the year has none)."""
    p = P.parse(period)
    y = p.year - years
    if p.grain is P.Grain.YEAR:
        return P.year_key(y)
    if p.grain is P.Grain.QUARTER:
        return P.quarter_key(y, p.index)
    if p.grain is P.Grain.MONTH:
        return P.month_key(y, p.index)
    return P.week_key(y, min(p.index, P.weeks_in_year(y)))


def _half_up(x: Fraction) -> int:
    return int(x + Fraction(1, 2)) if x >= 0 else -int(-x + Fraction(1, 2))


def average_base(actuals: list[int]) -> int:
    """The average of the years' actuals, rounded half up to the unit."""
    return _half_up(Fraction(sum(actuals), len(actuals))) if actuals else 0


def grow(base: int, rate_bp: int) -> int:
    """``base`` × (1 + rate), rate in basis points (15 % = 1500), rounded half up to the unit."""
    return _half_up(Fraction(base * (10000 + rate_bp), 10000))


def compounded_equivalent_bp(rate_bp: int, parts: int) -> int:
    """The rate per part that compounds to ``rate_bp`` over ``parts`` parts (50 % a year over 4
    quarters → 1067 bp, over 12 months → 344 bp), in basis points rounded half up.
    """
    per = (1 + rate_bp / 10000) ** (1 / parts) - 1
    return round(per * 10000)


def added_equivalent_bp(rate_bp: int, parts: int) -> int:
    """The naive per-part share (50 % / 4 = 1250 bp): what Sailplan does *not* use."""
    return _half_up(Fraction(rate_bp, parts))


def _check(metric: str, period: str, years: int, rates: list[int]) -> None:
    if metric not in ADDITIVE_METRICS:
        raise TargetError("a growth target is for amounts and counts: a rate is typed",
                          field="metric")
    if not 1 <= years <= MAX_YEARS:
        raise TargetError("the base is the average of 1 to {most} years", field="years",
                          most=MAX_YEARS)
    if any(r < -10000 for r in rates):
        raise TargetError("a growth rate cannot be below −100 %", field="rate")
    try:
        P.parse(period)
    except ValueError as exc:
        raise TargetError(str(exc), field="period") from exc


def base_actuals(store: Store, node_id: str, metric: str, period: str, years: int) -> list[int]:
    """The node's actual (whole subtree) for the same period 1 … ``years`` years earlier."""
    with store.read() as uow:
        node = uow.session.get(TargetNode, node_id)
        if node is None or node.deleted_at is not None:
            raise TargetError("this target node no longer exists", field="node")
        plan_id, cut = node.plan_id, node.cut
    tree = load_tree(store, plan_id, [period], with_actuals=False, cut=cut)
    keys, key = [], period
    for _ in range(years):
        key = shift_year(key)
        keys.append(key)
    actual = tree_actuals(store, tree, [metric], keys)
    past = RollupTree({n.id: n.parent_id for n in tree.nodes}, {}, actual)
    return [past.cell(node_id, metric, k).actual for k in keys]


def _row_formula(g: TargetGrowth) -> GrowthFormula:
    return GrowthFormula(g.node_id, g.metric, g.period, g.years, g.base, g.floor_rate_bp,
                         g.rate_bp, g.challenge_rate_bp, g.result, g.computed_at)


def _put_growth(s: Session, key: Key, formula: GrowthFormula | None) -> GrowthFormula | None:
    """Write (None: soft-delete) one cell's formula in an open session; returns the old one."""
    node_id, metric, period = key
    row = s.scalars(select(TargetGrowth).where(
        TargetGrowth.node_id == node_id, TargetGrowth.metric == metric,
        TargetGrowth.period == period)).first()
    old = _row_formula(row) if row is not None and row.deleted_at is None else None
    if formula is None:
        if row is not None and row.deleted_at is None:
            row.deleted_at = utcnow()
        return old
    if row is None:
        row = TargetGrowth(node_id=node_id, metric=metric, period=period)
        s.add(row)
    row.years, row.base, row.result = formula.years, formula.base, formula.result
    row.floor_rate_bp, row.rate_bp = formula.floor_rate_bp, formula.rate_bp
    row.challenge_rate_bp, row.computed_at = formula.challenge_rate_bp, formula.computed_at
    row.deleted_at = None
    return old


def set_growth(store: Store, node_id: str, metric: str, period: str, rate_bp: int, *,
               years: int = 1, floor_rate_bp: int | None = None,
               challenge_rate_bp: int | None = None, by: str | None = None
               ) -> Op[GrowthFormula]:
    """Set a node's value for ``period`` from growth: the average actual of the last ``years``
    years × (1 + rate) for 目标 (保底 / 挑战 by their own rates, default the same), and keep
    the formula. Draft plans only, like every value edit. The value is the formula; undo puts
    the old value and formula back.
    """
    floor_bp = rate_bp if floor_rate_bp is None else floor_rate_bp
    challenge_bp = rate_bp if challenge_rate_bp is None else challenge_rate_bp
    _check(metric, period, years, [floor_bp, rate_bp, challenge_bp])
    base = average_base(base_actuals(store, node_id, metric, period, years))
    if base <= 0:
        raise TargetError("no actual in the {years} year(s) before {period} to grow from: type "
                          "the value instead", field="value", years=years, period=period)
    formula = GrowthFormula(node_id, metric, period, years, base, floor_bp, rate_bp,
                            challenge_bp, grow(base, rate_bp), utcnow())
    return _write(store, formula, by=by)


def recompute_growth(store: Store, node_id: str, metric: str, period: str, *,
                     by: str | None = None) -> Op[GrowthFormula]:
    """Compute a growth value again from today's actuals, with the same rates and years."""
    old = growth_formula(store, node_id, metric, period)
    if old is None:
        raise TargetError("this value was not set from growth", field="value")
    return set_growth(store, node_id, metric, period, old.rate_bp, years=old.years,
                      floor_rate_bp=old.floor_rate_bp, challenge_rate_bp=old.challenge_rate_bp,
                      by=by)


def _write(store: Store, formula: GrowthFormula, *, by: str | None) -> Op[GrowthFormula]:
    key = (formula.node_id, formula.metric, formula.period)
    change = ValueChange(*key, formula.values())
    with store.write() as uow:
        s = uow.session
        plan = _plan_for(s, [change])
        version = new_id()
        inverse = write_value(s, plan, change, by=by, version_id=version,
                              reason=f"growth {formula.rate_bp / 100:g}% × {formula.years}y")
        old = _put_growth(s, key, formula)
        uow.commit()
        versions = (version,) if inverse.values != change.values else ()
        return uow.op(formula, undo=call(revert_growth, inverse, old, key, versions))


def _rewrite(store: Store, change: ValueChange, formula: GrowthFormula | None, key: Key,
             version_ids: tuple[str, ...], *, live: bool) -> Op[GrowthFormula | None]:
    with store.write() as uow:
        s = uow.session
        _plan_for(s, [change])
        inverse = ValueChange(*key, put_value(s, change))
        old = _put_growth(s, key, formula)
        for vid in version_ids:
            row = s.get(Version, vid)
            if row is not None:
                row.deleted_at = None if live else utcnow()
        uow.commit()
        again = reapply_growth if not live else revert_growth
        return uow.op(formula, undo=call(again, inverse, old, key, version_ids))


def revert_growth(store: Store, change: ValueChange, formula: GrowthFormula | None, key: Key,
                  version_ids: tuple[str, ...]) -> Op[GrowthFormula | None]:
    """Undo setting a value from growth: the old value and formula back, the version row gone.
    Undo (the redo) is :func:`reapply_growth`.
    """
    return _rewrite(store, change, formula, key, version_ids, live=False)


def reapply_growth(store: Store, change: ValueChange, formula: GrowthFormula | None, key: Key,
                   version_ids: tuple[str, ...]) -> Op[GrowthFormula | None]:
    """Redo setting a value from growth."""
    return _rewrite(store, change, formula, key, version_ids, live=True)


def growth_formula(store: Store, node_id: str, metric: str, period: str
                   ) -> GrowthFormula | None:
    """One cell's stored formula (None: not set from growth)."""
    with store.read() as uow:
        row = uow.session.scalars(select(TargetGrowth).where(
            TargetGrowth.node_id == node_id, TargetGrowth.metric == metric,
            TargetGrowth.period == period, TargetGrowth.deleted_at.is_(None))).first()
        return _row_formula(row) if row is not None else None


def plan_growth(store: Store, plan_id: str) -> dict[Key, GrowthFormula]:
    """Every live formula of a plan's live nodes."""
    with store.read() as uow:
        rows = uow.session.scalars(
            select(TargetGrowth).join(TargetNode, TargetNode.id == TargetGrowth.node_id)
            .where(TargetNode.plan_id == plan_id, TargetNode.deleted_at.is_(None),
                   TargetGrowth.deleted_at.is_(None))).all()
        return {(g.node_id, g.metric, g.period): _row_formula(g) for g in rows}


def is_current(formula: GrowthFormula, target: int | None) -> bool:
    """The value still is what the formula gave (not typed over since)."""
    return target == formula.result
