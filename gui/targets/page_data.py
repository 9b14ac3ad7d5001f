"""What the Targets page shows, read on the task worker in two steps (Qt-free).

First :func:`read_page`: the plan list, the chosen plan's tree with its typed values, sums and
gaps, the owners' names, the growth formulas and the novice ramp's months, and whether the
publication may still be taken back — a few small
queries, so the tree is on screen at once even for a firm of 100,000 customers. Then
:func:`read_actuals`: what the deals, customers and follow-ups count for each node (a year of a
large firm's facts, summed in SQL), which the page adds into the tree it already shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from services.core import periods as P
from services.core.store import Store
from services.targets import lifecycle as L
from services.targets.cascade import TargetPlanRow, TargetTree, list_plans, load_actuals, load_tree
from services.targets.growth import GrowthFormula, plan_growth
from services.targets.ramp import tree_ramp_months


@dataclass(frozen=True)
class TargetsData:
    """The plan list and, for the chosen plan, its tree (actuals still to come)."""

    plans: tuple[TargetPlanRow, ...]
    tree: TargetTree | None
    owners: dict[str, str] = field(default_factory=dict)  # node id → owner names
    may_unpublish: bool = False
    owner_ids: dict[str, frozenset[str]] = field(default_factory=dict)  # who acknowledges
    growth: dict[tuple[str, str, str], GrowthFormula] = field(default_factory=dict)
    ramp: dict[str, dict[str, int]] = field(default_factory=dict)  # node → month → percent


def periods_for(year: int, grain: str, month: int) -> list[str]:
    """The period columns of a plan year for a grain (weeks: those of ``month``)."""
    if grain == "year":
        return [P.year_key(year)]
    if grain == "quarter":
        return P.quarters(year)
    if grain == "month":
        return P.months(year)
    return P.weeks_of_month(year, month)


def choose_plan(plans: tuple[TargetPlanRow, ...], wanted: str | None, this_year: int
                ) -> TargetPlanRow | None:
    """``wanted`` if it is still there, else this year's plan, else the newest."""
    for p in plans:
        if p.id == wanted:
            return p
    for p in plans:
        if p.year == this_year:
            return p
    return plans[0] if plans else None


def read_page(store: Store, wanted: str | None, grain: str, month: int, this_year: int,
              cut: str | None = None) -> TargetsData:
    """The plans and the chosen plan's tree without actuals (see the module docstring):
    the org tree, or the cut ``cut`` of the company total.
    """
    from services.org.people import list_people

    plans = tuple(list_plans(store))
    plan = choose_plan(plans, wanted, this_year)
    if plan is None:
        return TargetsData(plans, None)
    tree = load_tree(store, plan.id, periods_for(plan.year, grain, month), with_actuals=False,
                     all_values=True, cut=cut)  # every period's values: the tree marks periods that
    # do not add up
    names = {p.id: p.name for p in list_people(store, include_inactive=True)}
    owner_ids = L.owners_by_node(store, plan.id)
    owners = {n.id: "、".join(sorted(names[o] for o in owner_ids.get(n.id, ()) if o in names)[:2])
              for n in tree.nodes if n.kind != "person"}
    return TargetsData(plans, tree, owners, L.may_unpublish(store, plan.id), owner_ids,
                       plan_growth(store, plan.id), tree_ramp_months(store, tree))


def read_actuals(store: Store, tree: TargetTree) -> tuple[TargetTree, dict[tuple[str, str, str],
                                                                           int]]:
    """The base actuals of ``tree``'s nodes and periods, with the tree they belong to."""
    return tree, load_actuals(store, tree.plan.id, tree.periods, cut=tree.cut)
