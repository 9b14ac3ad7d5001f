"""Do a node's periods add up? (分期核对) Year = Σ quarters, quarter = Σ months, month = Σ weeks.

A *period gap* is a node's own value for a period minus the sum of its sub-periods' own values
(:func:`services.targets.ops.period_gap`), compared exactly in every column (保底/目标/挑战, to the
fen): a month that is 0.01 off its weeks is a gap too. Only typed values count — a period nobody
typed has nothing to disagree with, and is replaced by its own typed sub-periods (a year typed
with months but no quarters is compared with its months) — and rate metrics are never summed.
This is different from a node's gap to its *children* (未分配 / 超分配), which a plan may carry on
purpose.

The targets tree marks a node with a period gap, ``targets check --year Y`` lists them (exit 1
when there is any) and the plan workbook flags them (services.plans.export).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from services.core import periods as P
from services.core.store import Store
from services.targets.cascade import TargetTree, load_tree
from services.targets.cuts import plan_cuts
from services.targets.ops import period_parts
from services.targets.split import Values


@dataclass(frozen=True)
class PeriodGap:
    """One period of one node whose sub-periods do not add up to its own value."""

    node_id: str
    node_name: str
    metric: str
    period: str
    own: Values
    gap: Values  # own − Σ sub-periods
    sub_grain: str = "quarter"  # what it is compared with: quarter/month/week, or "mixed"

    @property
    def parts(self) -> Values:
        """The sum of the sub-periods."""
        return self.own - self.gap


def checked_periods(year: int) -> list[str]:
    """The periods of a plan year that have sub-periods: the year, its quarters, its months."""
    return [P.year_key(year), *P.quarters(year), *P.months(year)]


def node_period_gaps(tree: TargetTree, node_id: str, metric: str, name: str = ""
                     ) -> list[PeriodGap]:
    """A node's period gaps for one metric, in period order (the tree must hold every period's
    values: ``load_tree(..., all_values=True)``); ``name`` is the node's, for the rows.
    """
    out = []
    for period in checked_periods(tree.plan.year):
        parts = period_parts(tree, node_id, metric, period)
        own = tree.rollup.cell(node_id, metric, period).own
        if parts is None or own is None or own == parts[1]:
            continue
        grains = {P.grain_of(k).value for k in parts[0]}
        out.append(PeriodGap(node_id, name, metric, period, own, own - parts[1],
                             grains.pop() if len(grains) == 1 else "mixed"))
    return out


def tree_period_gaps(tree: TargetTree, metrics: Iterable[str] | None = None) -> list[PeriodGap]:
    """Every period gap of a tree: nodes in tree order, then metric, then period."""
    wanted = list(metrics) if metrics is not None else list(tree.plan.metrics)
    return [g for n in tree.nodes for m in wanted for g in node_period_gaps(tree, n.id, m, n.name)]


def plan_period_gaps(store: Store, plan_id: str) -> list[PeriodGap]:
    """Every period gap of a plan (every metric, weeks included): the org tree's nodes, then
    each cut's (:mod:`services.targets.cuts`; the company root is checked once).
    """
    tree = load_tree(store, plan_id, [], with_actuals=False, all_values=True)
    gaps = tree_period_gaps(tree)
    for cut in plan_cuts(store, plan_id):
        cut_tree = load_tree(store, plan_id, [], with_actuals=False, all_values=True, cut=cut)
        gaps += [g for n in cut_tree.nodes if n.parent_id is not None
                 for m in cut_tree.plan.metrics
                 for g in node_period_gaps(cut_tree, n.id, m, n.name)]
    return gaps
