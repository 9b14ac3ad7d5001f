"""A person who leaves (离职交接): everything they still own goes to someone else, in one step.

:func:`leave` sets the person's last day (``active_to``) and hands over, in ONE transaction:

* their **customers** (owner; each move logged as an ownership event, like a reassignment),
* their **open deals** (stage not won or lost),
* their **personal target nodes** of plans whose year has not ended on the leaving day, when
  the receiver has no node of their own in that plan (two nodes of one person would split
  their actuals; such a node stays and is counted as ``targets_kept``, to adjust by hand),
* their **open action items** (plan items not done),
* their **direct reports** (``manager_id``): a report never becomes their own manager, nor
  part of a cycle; they get the leaver's own manager instead.

``to`` hands everything to one person. ``split_among`` spreads the customers, deals and action
items evenly (balanced by count; deterministic: records in name order, receivers in the order
given); a deal goes with its customer's new owner while that owner's share is not full. Target
nodes and reports go to ``to`` when both are given, else to the first of ``split_among``.

The :class:`~services.core.changes.Op`'s undo (:func:`undo_leave`) puts every owner back
exactly, restores the old ``active_to`` and deletes the ownership events logged; its own undo
(:func:`redo_leave`) applies the same assignments again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from models.base import utcnow
from models.customers import Customer, CustomerEvent
from models.enums import ActionStatus, CustomerAction, StageKind
from models.org import OrgUnit, Person
from models.pipeline import Deal, Stage
from models.plans import ActionItem
from models.targets import TargetNode, TargetPlan
from services.core.changes import STAYED_OPEN, Op, call
from services.core.errors import ValidationError

if TYPE_CHECKING:
    from services.core.store import Store

#: What a leaver can own, in the order the dialog lists it.
KINDS = ("customers", "deals", "targets", "actions", "reports")
#: table and owner column of each kind
_COLUMNS: dict[str, tuple[Any, str]] = {
    "customers": (Customer, "owner_id"), "deals": (Deal, "owner_id"),
    "targets": (TargetNode, "person_id"), "actions": (ActionItem, "owner_id"),
    "reports": (Person, "manager_id"),
    # a personal target node named after the leaver is renamed after its new owner
    "target_names": (TargetNode, "name"),
}
#: A handover: kind → {record id: new owner id}
Assignments = dict[str, dict[str, str]]


class LeavingError(ValidationError):
    """A handover that cannot be done (worded for the user)."""


@dataclass(frozen=True)
class Owned:
    """What a person owns that a handover moves: ids per kind, in a deterministic order."""

    person_id: str
    name: str
    unit_id: str
    manager_id: str | None
    active_to: date | None
    ids: dict[str, list[str]]
    #: deal id → its customer id (a deal follows its customer when split)
    deal_customer: dict[str, str] = field(default_factory=dict)
    #: target node id → its plan id
    node_plan: dict[str, str] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        """How many records of each kind."""
        return {k: len(self.ids.get(k, [])) for k in KINDS}

    @property
    def anything(self) -> bool:
        """True when there is anything to hand over."""
        return any(self.ids.get(k) for k in KINDS)


@dataclass(frozen=True)
class LeavingPreview:
    """What the dialog shows before a handover: counts per kind and the person's team."""

    person_id: str
    name: str
    unit_id: str
    unit_name: str
    counts: dict[str, int]
    #: the unit's other active people ``(id, name)``, by name: the default "split among"
    team: list[tuple[str, str]]
    #: every other active person ``(id, name)``, by name: the "hand over to" choices
    receivers: list[tuple[str, str]]
    already_left: date | None = None


@dataclass(frozen=True)
class LeaveResult:
    """What :func:`leave` did: records moved per kind, how many each receiver got."""

    person_id: str
    on: date
    moved: dict[str, int]
    per_person: dict[str, dict[str, int]]
    targets_kept: int = 0


@dataclass(frozen=True)
class LeaveUndo:
    """Exactly what a handover changed (to put back, and to apply again)."""

    person_id: str
    on: date
    old_active_to: date | None
    #: kind → {id: previous owner}
    before: dict[str, dict[str, str | None]]
    after: Assignments
    event_ids: tuple[str, ...]
    targets_kept: int = 0


# --------------------------------------------------------------------------- reading


def _owned(s: Session, person_id: str, on: date) -> Owned:
    person = s.get(Person, person_id)
    if person is None or person.deleted_at is not None:
        raise LeavingError("That person does not exist.", field="person")
    ids: dict[str, list[str]] = {}
    ids["customers"] = list(s.scalars(
        select(Customer.id).where(Customer.owner_id == person_id, Customer.deleted_at.is_(None),
                                  Customer.merged_into_id.is_(None))
        .order_by(Customer.name, Customer.id)))
    deal_rows = s.execute(
        select(Deal.id, Deal.customer_id).join(Stage, Stage.id == Deal.stage_id)
        .where(Deal.owner_id == person_id, Deal.deleted_at.is_(None),
               Stage.kind == StageKind.OPEN.value)
        .order_by(Deal.name, Deal.id)).all()
    ids["deals"] = [d for d, _c in deal_rows]
    node_rows = s.execute(
        select(TargetNode.id, TargetNode.plan_id).join(TargetPlan,
                                                       TargetPlan.id == TargetNode.plan_id)
        .where(TargetNode.person_id == person_id, TargetNode.deleted_at.is_(None),
               TargetPlan.deleted_at.is_(None), TargetPlan.year >= on.year)
        .order_by(TargetPlan.year, TargetNode.id)).all()
    ids["targets"] = [n for n, _p in node_rows]
    ids["actions"] = list(s.scalars(
        select(ActionItem.id).where(ActionItem.owner_id == person_id,
                                    ActionItem.deleted_at.is_(None),
                                    ActionItem.status != ActionStatus.DONE.value)
        .order_by(ActionItem.due_on, ActionItem.title, ActionItem.id)))
    ids["reports"] = list(s.scalars(
        select(Person.id).where(Person.manager_id == person_id, Person.deleted_at.is_(None),
                                Person.id != person_id)
        .order_by(Person.name, Person.id)))
    return Owned(person_id, person.name, person.unit_id, person.manager_id, person.active_to,
                 ids, dict(deal_rows), dict(node_rows))


def _active(s: Session, on: date) -> list[tuple[str, str, str]]:
    """People active on ``on``: ``(id, name, unit_id)`` by name."""
    rows = s.execute(select(Person.id, Person.name, Person.unit_id, Person.active_from,
                            Person.active_to).where(Person.deleted_at.is_(None))
                     .order_by(Person.name, Person.id)).all()
    return [(pid, name, unit) for pid, name, unit, start, end in rows
            if (end is None or end > on) and (start is None or start <= on)]


def preview_leaving(store: Store, person_id: str, on: date | None = None) -> LeavingPreview:
    """What ``person_id`` owns that leaving on ``on`` (default today) would hand over, and who
    can take it. The team is the other active people of their unit; when they are alone there,
    those of the unit above and its sub-units.
    """
    on = on or date.today()
    with store.read() as uow:
        s = uow.session
        owned = _owned(s, person_id, on)
        units = {uid: (name, parent) for uid, name, parent in s.execute(
            select(OrgUnit.id, OrgUnit.name, OrgUnit.parent_id)
            .where(OrgUnit.deleted_at.is_(None)))}
        others = [(pid, name, unit) for pid, name, unit in _active(s, on) if pid != person_id]
    team = [(pid, name) for pid, name, unit in others if unit == owned.unit_id]
    parent = units.get(owned.unit_id, ("", None))[1]
    if not team and parent is not None and units[parent][1] is not None:
        below = _subtree(units, parent)  # not the whole company: that is no team
        team = [(pid, name) for pid, name, unit in others if unit in below]
    return LeavingPreview(
        person_id, owned.name, owned.unit_id, units.get(owned.unit_id, ("", None))[0],
        owned.counts(), team=team, receivers=[(pid, name) for pid, name, _unit in others],
        already_left=owned.active_to)


def _subtree(units: dict[str, tuple[str, str | None]], root: str) -> set[str]:
    out, grew = {root}, True
    while grew:
        more = {uid for uid, (_n, parent) in units.items() if parent in out} - out
        grew = bool(more)
        out |= more
    return out


# --------------------------------------------------------------------------- deciding


def _check_receivers(s: Session, person_id: str, on: date, receivers: list[str]) -> None:
    if person_id in receivers:
        raise LeavingError("A person who leaves cannot hand over to themselves.", field="to")
    found = {pid: (name, start, end, deleted) for pid, name, start, end, deleted in s.execute(
        select(Person.id, Person.name, Person.active_from, Person.active_to, Person.deleted_at)
        .where(Person.id.in_(receivers)))}
    for pid in receivers:
        row = found.get(pid)
        if row is None or row[3] is not None:
            raise LeavingError("A person to hand over to does not exist.", field="to")
        name, _start, end, _deleted = row
        if end is not None and end <= on:
            raise LeavingError("{name} has left and cannot take over.", field="to", name=name)


def _balanced(ids: list[str], receivers: list[str],
              prefer: dict[str, str] | None = None) -> dict[str, str]:
    """Spread ``ids`` over ``receivers`` so their counts differ by at most one (the first
    receivers get the extra ones); an id goes to ``prefer[id]`` while that receiver has room.
    """
    n, k = len(ids), len(receivers)
    quota = {r: n // k + (1 if i < n % k else 0) for i, r in enumerate(receivers)}
    out: dict[str, str] = {}
    for rid in ids:
        want = (prefer or {}).get(rid)
        if want is None or quota.get(want, 0) <= 0:
            want = max(receivers, key=lambda r: (quota[r], -receivers.index(r)))
        quota[want] -= 1
        out[rid] = want
    return out


def _chain(s: Session, start: str | None, managers: dict[str, str | None]) -> set[str]:
    """``start`` and every manager above it (``managers`` overrides the stored ones)."""
    seen: set[str] = set()
    while start is not None and start not in seen:
        seen.add(start)
        start = managers[start] if start in managers else s.scalar(
            select(Person.manager_id).where(Person.id == start))
    return seen


def _decide(s: Session, owned: Owned, to: str | None, split: list[str]) -> tuple[Assignments,
                                                                                   int]:
    """Who gets each record; also how many target nodes stay (receiver already has one)."""
    single = to or split[0]
    out: Assignments = {k: {} for k in (*KINDS, "target_names")}
    if split:
        out["customers"] = _balanced(owned.ids["customers"], split)
        prefer = {d: out["customers"][c] for d, c in owned.deal_customer.items()
                  if c in out["customers"]}
        out["deals"] = _balanced(owned.ids["deals"], split, prefer)
        out["actions"] = _balanced(owned.ids["actions"], split)
    else:
        for kind in ("customers", "deals", "actions"):
            out[kind] = dict.fromkeys(owned.ids[kind], single)
    kept = 0
    for node, plan in owned.node_plan.items():
        has_own = s.scalar(select(TargetNode.id).where(
            TargetNode.plan_id == plan, TargetNode.person_id == single,
            TargetNode.deleted_at.is_(None)).limit(1))
        if has_own is None:
            out["targets"][node] = single
        else:
            kept += 1
    if out["targets"]:
        new_name = s.scalar(select(Person.name).where(Person.id == single)) or ""
        out["target_names"] = {node: new_name for node, name in s.execute(
            select(TargetNode.id, TargetNode.name).where(TargetNode.id.in_(list(out["targets"]))))
            if name.strip() == owned.name.strip()}
    managers: dict[str, str | None] = {}
    for report in owned.ids["reports"]:
        new: str | None = single
        if new == report or report in _chain(s, new, {**managers, owned.person_id: None}):
            new = owned.manager_id  # never their own manager, never a cycle
        if new is not None and report in _chain(s, new, {**managers, owned.person_id: None}):
            new = None
        managers[report] = new
        out["reports"][report] = new or ""  # "": no manager above, the report has none
    return out, kept


# --------------------------------------------------------------------------- writing


def leave(store: Store, person_id: str, *, on: date, to: str | None = None,
          split_among: list[str] | None = None) -> Op[LeaveResult]:
    """Mark ``person_id`` as left on ``on`` and hand over what they own (module docstring).

    Refused (:class:`LeavingError`, nothing changed) when handing over to themselves or to
    someone who has left by then, or when nothing is chosen while they still own something.
    """
    split = list(dict.fromkeys(split_among or []))
    with store.write() as uow:
        s = uow.session
        owned = _owned(s, person_id, on)
        receivers = ([to] if to else []) + split
        _check_receivers(s, person_id, on, receivers)
        if not receivers and owned.anything:
            raise LeavingError("{name} still owns records: choose who takes them over.",
                               field="to", name=owned.name)
        assignments, kept = _decide(s, owned, to, split) if receivers else (
            {k: {} for k in KINDS}, 0)
        undo = _apply(uow, person_id, on, assignments, kept)
        uow.commit()
        return uow.op(_result(undo), undo=call(undo_leave, undo))


def _apply(uow: Any, person_id: str, on: date, assignments: Assignments,
           kept: int) -> LeaveUndo:
    s: Session = uow.session
    now = utcnow()
    person = s.get(Person, person_id)
    if person is None:
        raise LeavingError("That person does not exist.", field="person")
    old_active_to = person.active_to
    s.execute(update(Person).where(Person.id == person_id)
              .values(active_to=on, updated_at=now))
    before: dict[str, dict[str, str | None]] = {}
    for kind, moves in assignments.items():
        model, column = _COLUMNS[kind]
        col = getattr(model, column)
        before[kind] = {rid: old for rid, old in s.execute(
            select(model.id, col).where(model.id.in_(list(moves))))} if moves else {}
        _set_owners(s, model, column, {rid: new or None for rid, new in moves.items()}, now)
    events = []
    for cid, new in assignments.get("customers", {}).items():
        eid = _log(s, cid, before["customers"].get(cid), new, now)
        events.append(eid)
    if assignments.get("deals"):
        uow.recorder.fact(STAYED_OPEN, assignments["deals"])
    return LeaveUndo(person_id, on, old_active_to, before, assignments, tuple(events), kept)


def _set_owners(s: Session, model: Any, column: str, owners: dict[str, str | None],
                now: Any) -> None:
    if owners:
        s.execute(update(model), [{"id": rid, column: new, "updated_at": now}
                                  for rid, new in owners.items()])


def _log(s: Session, customer_id: str, old: str | None, new: str, now: Any) -> str:
    event = CustomerEvent(customer_id=customer_id, action=CustomerAction.ASSIGN.value, at=now,
                          from_person_id=old, to_person_id=new, by_person_id=None,
                          note="离职交接")
    s.add(event)
    s.flush()
    return event.id


def _result(undo: LeaveUndo) -> LeaveResult:
    per: dict[str, dict[str, int]] = {}
    for kind in KINDS:
        for new in undo.after.get(kind, {}).values():
            if new:
                per.setdefault(new, dict.fromkeys(KINDS, 0))[kind] += 1
    return LeaveResult(undo.person_id, undo.on, {k: len(undo.after.get(k, {})) for k in KINDS},
                       per, undo.targets_kept)


def undo_leave(store: Store, undo: LeaveUndo) -> Op[LeaveResult]:
    """Put back every owner a handover changed, the person's old ``active_to``, and delete
    the ownership events it logged; the undo is :func:`redo_leave`.
    """
    with store.write() as uow:
        s = uow.session
        now = utcnow()
        s.execute(update(Person).where(Person.id == undo.person_id)
                  .values(active_to=undo.old_active_to, updated_at=now))
        for kind, old in undo.before.items():
            model, column = _COLUMNS[kind]
            _set_owners(s, model, column, old, now)
        ids = list(undo.event_ids)
        for start in range(0, len(ids), 500):
            s.execute(delete(CustomerEvent).where(CustomerEvent.id.in_(ids[start:start + 500])))
        if undo.before.get("deals"):
            uow.recorder.fact(STAYED_OPEN, undo.before["deals"])
        uow.commit()
        return uow.op(_result(undo), undo=call(redo_leave, undo))


def redo_leave(store: Store, undo: LeaveUndo) -> Op[LeaveResult]:
    """Apply an undone handover again (the same records to the same people); the undo is
    :func:`undo_leave` of what this wrote.
    """
    with store.write() as uow:
        again = _apply(uow, undo.person_id, undo.on, undo.after, undo.targets_kept)
        uow.commit()
        return uow.op(_result(again), undo=call(undo_leave, again))


def person_by_name(store: Store, name: str) -> str:
    """The id of the one person called ``name`` (for the CLI); refused when none or several."""
    with store.read() as uow:
        found = list(uow.session.scalars(select(Person.id).where(
            Person.name == name.strip(), Person.deleted_at.is_(None))))
    if not found:
        raise LeavingError("No person is called {name}.", field="person", name=name)
    if len(found) > 1:
        raise LeavingError("Several people are called {name}.", field="person", name=name)
    return found[0]


