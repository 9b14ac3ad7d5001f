"""What the Plans page shows of one plan, read in one go on the task worker.

Qt-free: :func:`read_plan` calls services only, so it runs on the worker while the page stays
responsive (on the large demo firm the tree's actuals and the funnel's history read 300,000
deals: seconds, not a frame).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from services.org.people import person_names
from services.plans import reverse_funnel as rf
from services.plans import timeline as plan_timeline
from services.plans.actions import ActionRow, list_actions
from services.plans.workdays import WorkCalendar, load_calendar
from services.targets.cascade import TargetPlanRow, list_plans, load_tree


@dataclass(frozen=True)
class PlanData:
    """The plan list and, for the chosen plan, everything its three tabs start with."""

    plans: tuple[TargetPlanRow, ...]
    plan_id: str | None
    tree: Any  # services.targets.cascade.TargetTree, or None without a plan
    names: dict[str, str]  # person id → name (the owner filter)
    variant: str
    actions: tuple[ActionRow, ...]  # the variant's items, no filter
    timeline: tuple[Any, ...]
    history: rf.HistoryAssumptions | None  # the funnel's first node
    calendar: WorkCalendar = WorkCalendar()  # working days, the owner's own list included


def node_history(store: Any, node_id: str, today: date) -> rf.HistoryAssumptions:
    """The funnel assumptions from the node's people's history (defaults when it has none)."""
    try:
        return rf.assumptions_from_history(store, node_id, today=today)
    except LookupError:
        return rf.HistoryAssumptions(rf.Assumptions(), frozenset(), 0, 0, None, ())


def read_plan(store: Any, wanted: str | None, variant: str, today: date) -> PlanData:
    """Plans, then plan ``wanted`` (else the newest) with its tree, items, timeline, history."""
    rows = tuple(list_plans(store))
    ids = [p.id for p in rows]
    plan_id = wanted if wanted in ids else (ids[0] if ids else None)
    if plan_id is None:
        return PlanData(rows, None, None, {}, variant, (), (), None, load_calendar(store))
    tree = load_tree(store, plan_id)
    history = node_history(store, tree.nodes[0].id, today) if tree.nodes else None
    return PlanData(rows, plan_id, tree, person_names(store), variant,
                    tuple(list_actions(store, plan_id, variant=variant)),
                    tuple(plan_timeline.list_timeline(store, plan_id)), history,
                    load_calendar(store))


@dataclass(frozen=True)
class PlanLists:
    """The plan's action items (under the page's variant and filters) and its timeline: what
    an edit of an item, a checkpoint or the timeline makes the page read again.
    """

    plan_id: str
    actions: tuple[ActionRow, ...]
    timeline: tuple[Any, ...]
    calendar: WorkCalendar = WorkCalendar()


def read_lists(store: Any, plan_id: str, variant: str, node_id: str | None = None,
               owner_id: str | None = None, status: str | None = None) -> PlanLists:
    """The items and the timeline of plan ``plan_id`` (Qt-free: runs on the worker)."""
    return PlanLists(plan_id,
                     tuple(list_actions(store, plan_id, variant=variant, node_id=node_id,
                                        owner_id=owner_id, status=status)),
                     tuple(plan_timeline.list_timeline(store, plan_id)), load_calendar(store))
