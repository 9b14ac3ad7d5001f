"""A plan's lifecycle: draft → published (公示) → acknowledged (认领) → adjustments (动态调整).

Who is who (the rules the GUI explains):

- a node's **owners** — a person node: that person; a layer node: the managers and directors
  of its org unit; the company node and a cut's nodes (产品线/渠道/客户分层): the firm's owners
  and directors;
- **publishing** is for an owner or director (``by`` None = a headless/system action);
- **acknowledging** a node is for its owners, once per plan version (an approved adjustment
  raises the version, so owners see their acknowledgement predates the change);
- **requesting** an adjustment needs a published plan and a reason; anyone may ask;
- **deciding** (approve or reject) is for the *level above*: an owner of any ancestor of the
  node, or a firm owner/director. Nobody but an owner/director decides their own request.
  Approval writes the proposed values as a new version (with the adjustment id) and raises the
  plan version; the node's other periods follow by the approver's choice — keep the year or
  change the year (:mod:`services.targets.follow`) — each a version row of the same adjustment,
  all one undo step; rejection changes no value. Every version stays viewable
  (:func:`value_history`).

Every write returns an :class:`~services.core.changes.Op` whose ``undo`` is the inverse call:
publishing ↔ unpublishing (the original publication time and publisher come back), an
acknowledgement or a request ↔ withdrawing it (a soft delete of the same row), a decision ↔
reopening the request (an approval's value and version row go back too).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.base import new_id, utcnow
from models.enums import AdjustmentStatus, Role, TargetNodeKind, TargetPlanStatus
from models.org import Person
from models.targets import (
    TargetAcknowledgement,
    TargetAdjustment,
    TargetNode,
    TargetValue,
)
from models.targets import TargetValueVersion as Version
from services.core import periods as P
from services.core.changes import Op, call
from services.core.store import Store
from services.targets.cascade import (
    TargetError,
    ValueChange,
    node_in,
    plan_in,
    put_value,
    write_value,
)
from services.targets.follow import KEEP_YEAR, FollowError, follow_in
from services.targets.split import Values

FIRM_ROLES = (Role.OWNER, Role.DIRECTOR)
ALREADY_DECIDED = {"pending": "this request is still pending",
                   "approved": "this request was already approved",
                   "rejected": "this request was already rejected"}
NOW_DECIDED = {"pending": "this request is pending now", "approved": "this request is approved now",
               "rejected": "this request is rejected now"}


@dataclass(frozen=True)
class AdjustmentRow:
    """An adjustment request as the approval list shows it."""

    id: str
    node_id: str
    node_name: str
    metric: str
    period: str
    old: Values
    new: Values
    reason: str
    requested_by_id: str | None
    requested_at: datetime
    status: str
    decided_by_id: str | None
    decided_at: datetime | None
    decision_note: str | None


@dataclass(frozen=True)
class VersionRow:
    """One version of one value: before/after, who, when, why."""

    old: Values | None
    new: Values
    changed_at: datetime
    changed_by_id: str | None
    changed_by_name: str | None
    reason: str | None
    adjustment_id: str | None
    plan_version: int


def node_owners(s: Session, node: TargetNode) -> set[str]:
    """The people who own (acknowledge) a node; see the module docstring."""
    if node.kind == TargetNodeKind.PERSON:
        return {node.person_id} if node.person_id else set()
    live = Person.deleted_at.is_(None)
    if node.kind in (TargetNodeKind.COMPANY, TargetNodeKind.CUT) or node.parent_id is None:
        return set(s.scalars(select(Person.id).where(live, Person.role.in_(FIRM_ROLES))))
    if node.unit_id is None:
        return set()
    return set(s.scalars(select(Person.id).where(
        live, Person.unit_id == node.unit_id, Person.role.in_((Role.MANAGER, Role.DIRECTOR)))))


def _person(s: Session, person_id: str | None, field: str) -> Person:
    person = s.get(Person, person_id) if person_id else None
    if person is None or person.deleted_at is not None:
        raise TargetError("choose who you are (我是…) first", field=field)
    return person


def may_decide(s: Session, person_id: str, node: TargetNode, requester: str | None) -> bool:
    """Whether ``person_id`` may approve or reject an adjustment of ``node``."""
    person = s.get(Person, person_id)
    if person is None:
        return False
    if person.role in FIRM_ROLES:
        return True
    if person_id == requester:
        return False
    parent_id = node.parent_id
    while parent_id is not None:
        parent = s.get_one(TargetNode, parent_id)
        if person_id in node_owners(s, parent):
            return True
        parent_id = parent.parent_id
    return False


def publish_plan(store: Store, plan_id: str, *, by: str | None = None,
                 at: datetime | None = None) -> Op[None]:
    """Publish (公示) a draft plan: values freeze, owners may acknowledge.

    ``at`` is the publication time (default now; the redo of an undone publication keeps the
    first one). Undo is :func:`unpublish_plan`.
    """
    with store.write() as uow:
        s = uow.session
        plan = plan_in(s, plan_id)
        if plan.status != TargetPlanStatus.DRAFT:
            raise TargetError("the {year} plan is already published", field="status",
                              year=plan.year)
        if by is not None and _person(s, by, "by").role not in FIRM_ROLES:
            raise TargetError("only the firm's owner or a sales director publishes targets",
                              field="by")
        plan.status = TargetPlanStatus.PUBLISHED
        plan.version += 1
        plan.published_at, plan.published_by_id = at or utcnow(), by
        uow.commit()
        return uow.op(None, undo=call(unpublish_plan, plan_id))


def _has_responses(s: Session, plan_id: str) -> bool:
    """Whether an owner acknowledged a node of the plan or asked for an adjustment."""
    nodes = select(TargetNode.id).where(TargetNode.plan_id == plan_id)
    return bool(s.scalars(select(TargetAcknowledgement.id).where(
        TargetAcknowledgement.node_id.in_(nodes),
        TargetAcknowledgement.deleted_at.is_(None))).first() or s.scalars(
        select(TargetAdjustment.id).where(TargetAdjustment.plan_id == plan_id,
                                          TargetAdjustment.deleted_at.is_(None))).first())


def may_unpublish(store: Store, plan_id: str) -> bool:
    """Whether :func:`unpublish_plan` would take the publication back now (published, and
    nobody acknowledged or asked for an adjustment yet).
    """
    with store.read() as uow:
        plan = plan_in(uow.session, plan_id)
        return plan.status == TargetPlanStatus.PUBLISHED and not _has_responses(uow.session,
                                                                                 plan_id)


def unpublish_plan(store: Store, plan_id: str) -> Op[None]:
    """Undo a publication: back to draft, allowed only before any acknowledgement/adjustment.

    Undo publishes again with the same time and publisher.
    """
    with store.write() as uow:
        s = uow.session
        plan = plan_in(s, plan_id)
        if plan.status != TargetPlanStatus.PUBLISHED:
            raise TargetError("the plan is not published", field="status")
        if _has_responses(s, plan_id):
            raise TargetError("owners have acknowledged or asked for adjustments: the plan "
                              "stays published", field="status")
        at, by = plan.published_at, plan.published_by_id
        plan.status = TargetPlanStatus.DRAFT
        plan.version -= 1
        plan.published_at = plan.published_by_id = None
        uow.commit()
        return uow.op(None, undo=call(publish_plan, plan_id, by=by, at=at))


def acknowledge(store: Store, node_id: str, person_id: str, note: str | None = None) -> Op[str]:
    """Record that ``person_id`` acknowledges (认领) a node's targets; the value is the row id.

    Undo is :func:`withdraw_acknowledgement` (nothing, when it was already acknowledged).
    """
    with store.write() as uow:
        s = uow.session
        node = node_in(s, node_id)
        plan = plan_in(s, node.plan_id)
        if plan.status != TargetPlanStatus.PUBLISHED:
            raise TargetError("targets are acknowledged after they are published", field="status")
        _person(s, person_id, "person")
        if person_id not in node_owners(s, node):
            raise TargetError("only the owner of “{node}” can acknowledge it",
                              field="person", node=node.name)
        done = s.scalars(select(TargetAcknowledgement).where(
            TargetAcknowledgement.node_id == node_id,
            TargetAcknowledgement.person_id == person_id,
            TargetAcknowledgement.plan_version == plan.version,
            TargetAcknowledgement.deleted_at.is_(None))).first()
        if done is not None:
            return uow.op(done.id)
        ack = TargetAcknowledgement(node_id=node_id, person_id=person_id,
                                    acknowledged_at=utcnow(), plan_version=plan.version,
                                    note=note)
        s.add(ack)
        uow.commit()
        return uow.op(ack.id, undo=call(withdraw_acknowledgement, ack.id))


def withdraw_acknowledgement(store: Store, ack_id: str) -> Op[None]:
    """Soft-delete an acknowledgement (the undo of making it); undo restores the same row."""
    with store.write() as uow:
        ack = uow.session.get(TargetAcknowledgement, ack_id)
        if ack is None or ack.deleted_at is not None:
            raise TargetError("this acknowledgement no longer exists", field="acknowledgement")
        ack.deleted_at = utcnow()
        uow.commit()
        return uow.op(None, undo=call(restore_acknowledgement, ack_id))


def restore_acknowledgement(store: Store, ack_id: str) -> Op[None]:
    """Bring back a withdrawn acknowledgement (its plan must still be published)."""
    with store.write() as uow:
        s = uow.session
        ack = s.get(TargetAcknowledgement, ack_id)
        if ack is None:
            raise TargetError("this acknowledgement no longer exists", field="acknowledgement")
        if plan_in(s, node_in(s, ack.node_id).plan_id).status != TargetPlanStatus.PUBLISHED:
            raise TargetError("targets are acknowledged after they are published", field="status")
        ack.deleted_at = None
        uow.commit()
        return uow.op(None, undo=call(withdraw_acknowledgement, ack_id))


def _current(s: Session, node_id: str, metric: str, period: str) -> Values:
    row = s.scalars(select(TargetValue).where(
        TargetValue.node_id == node_id, TargetValue.metric == metric,
        TargetValue.period == period, TargetValue.deleted_at.is_(None))).first()
    return Values(row.floor, row.target, row.challenge) if row else Values()


def request_adjustment(store: Store, node_id: str, metric: str, period: str, proposed: Values,
                       reason: str, *, by: str | None) -> Op[str]:
    """Ask to change a published value (调整申请); the value is the request id.

    Undo is :func:`withdraw_adjustment` (while the request is still pending).
    """
    with store.write() as uow:
        adj = request_adjustment_in(uow.session, node_id, metric, period, proposed, reason,
                                    by=by)
        uow.commit()
        return uow.op(adj.id, undo=call(withdraw_adjustment, adj.id))


def request_adjustment_in(s: Session, node_id: str, metric: str, period: str,
                          proposed: Values, reason: str, *, by: str | None
                          ) -> TargetAdjustment:
    """:func:`request_adjustment` in an open unit of work (for a writer that makes the request
    together with records of its own, like a review's decisions); flushed, so its id is set.
    """
    reason = (reason or "").strip()
    if not reason:
        raise TargetError("an adjustment request needs a reason", field="reason")
    if min(proposed.as_tuple()) < 0:
        raise TargetError("target values cannot be negative", field="value")
    node = node_in(s, node_id)
    plan = plan_in(s, node.plan_id)
    if plan.status != TargetPlanStatus.PUBLISHED:
        raise TargetError("the plan is still a draft: edit the value directly",
                          field="status")
    old = _current(s, node_id, metric, period)
    if old == proposed:
        raise TargetError("the proposed values are the current ones", field="value")
    adj = TargetAdjustment(
        plan_id=plan.id, node_id=node_id, metric=metric, period=period,
        requested_by_id=by, requested_at=utcnow(), reason=reason,
        old_floor=old.floor, old_target=old.target, old_challenge=old.challenge,
        new_floor=proposed.floor, new_target=proposed.target,
        new_challenge=proposed.challenge, status=AdjustmentStatus.PENDING)
    s.add(adj)
    s.flush()
    return adj


def _adjustment(s: Session, adjustment_id: str) -> TargetAdjustment:
    adj = s.get(TargetAdjustment, adjustment_id)
    if adj is None or adj.deleted_at is not None:
        raise TargetError("this adjustment request no longer exists", field="adjustment")
    return adj


def withdraw_adjustment(store: Store, adjustment_id: str) -> Op[None]:
    """Soft-delete a pending request (the undo of filing it); undo restores the same row."""
    with store.write() as uow:
        adj = _adjustment(uow.session, adjustment_id)
        if adj.status != AdjustmentStatus.PENDING:
            raise TargetError(ALREADY_DECIDED[adj.status], field="status")
        adj.deleted_at = utcnow()
        uow.commit()
        return uow.op(None, undo=call(restore_adjustment, adjustment_id))


def restore_adjustment(store: Store, adjustment_id: str) -> Op[None]:
    """Bring back a withdrawn request (its plan must still be published)."""
    with store.write() as uow:
        s = uow.session
        adj = s.get(TargetAdjustment, adjustment_id)
        if adj is None:
            raise TargetError("this adjustment request no longer exists", field="adjustment")
        if plan_in(s, adj.plan_id).status != TargetPlanStatus.PUBLISHED:
            raise TargetError("the plan is still a draft: edit the value directly",
                              field="status")
        adj.deleted_at = None
        uow.commit()
        return uow.op(None, undo=call(withdraw_adjustment, adjustment_id))


@dataclass(frozen=True)
class Decision:
    """A decision as it was made, so undo can reopen the request and redo make it again."""

    adjustment_id: str
    status: str  # approved / rejected
    by: str
    at: datetime
    note: str | None
    changes: tuple[ValueChange, ...] = ()  # the cells an approval wrote (the request's first)
    previous: tuple[ValueChange, ...] = ()  # those cells before the approval
    version_ids: tuple[str, ...] = ()  # the version rows the approval wrote
    follow: str | None = None  # how the other periods followed (services.targets.follow)


def _allowed(s: Session, adj: TargetAdjustment, by: str) -> TargetNode:
    node = node_in(s, adj.node_id)
    _person(s, by, "by")
    if not may_decide(s, by, node, adj.requested_by_id):
        raise TargetError(
            "only the level above “{node}” (an owner of a parent node) or the firm's "
            "owner/director can decide this request", field="by", node=node.name)
    return node


def follow_changes(s: Session, adj: TargetAdjustment, follow: str,
                   today: date | None = None) -> list[ValueChange]:
    """The cells approving ``adj`` writes under ``follow``: the request's cell first, then the
    node's other periods that follow it (:mod:`services.targets.follow`); refused with
    :class:`TargetError` when they cannot follow that way.
    """
    new = Values(adj.new_floor, adj.new_target, adj.new_challenge)
    try:
        after = follow_in(s, adj.node_id, adj.metric, adj.period, new, follow,
                          today or date.today())
    except FollowError as exc:
        raise TargetError(exc.template, field="follow", **exc.params) from exc
    first = ValueChange(adj.node_id, adj.metric, adj.period, new)
    return [first, *(ValueChange(adj.node_id, adj.metric, p, v)
                     for p, v in sorted(after.items(), key=lambda kv: P.sort_key(kv[0]))
                     if p != adj.period)]


def preview_approval(store: Store, adjustment_id: str, follow: str,
                     today: date | None = None) -> list[tuple[str, Values | None, Values]]:
    """What approving under ``follow`` would write: (period, old, new) per cell, the request's
    period first; :class:`TargetError` (why) when the other periods cannot follow that way.
    """
    with store.read() as uow:
        s = uow.session
        adj = _adjustment(s, adjustment_id)
        out = []
        for ch in follow_changes(s, adj, follow, today):
            row = s.scalars(select(TargetValue).where(
                TargetValue.node_id == ch.node_id, TargetValue.metric == ch.metric,
                TargetValue.period == ch.period, TargetValue.deleted_at.is_(None))).first()
            old = Values(row.floor, row.target, row.challenge) if row is not None else None
            assert ch.values is not None
            out.append((ch.period, old, ch.values))
        return out


def _decide(store: Store, adjustment_id: str, by: str, note: str | None,
            approve: bool, follow: str = KEEP_YEAR, today: date | None = None) -> Op[None]:
    with store.write() as uow:
        s = uow.session
        adj = _adjustment(s, adjustment_id)
        if adj.status != AdjustmentStatus.PENDING:
            raise TargetError(ALREADY_DECIDED[adj.status], field="status")
        _allowed(s, adj, by)
        plan = plan_in(s, adj.plan_id)
        changes: list[ValueChange] = []
        previous: list[ValueChange] = []
        versions: list[str] = []
        if approve:
            plan.version += 1
            changes = follow_changes(s, adj, follow, today)
            for change in changes:
                version = new_id()
                before = write_value(s, plan, change, by=by, reason=adj.reason,
                                     adjustment_id=adj.id, version_id=version)
                previous.append(before)
                if before.values != change.values:
                    versions.append(version)
        adj.status = AdjustmentStatus.APPROVED if approve else AdjustmentStatus.REJECTED
        adj.decided_by_id, adj.decided_at, adj.decision_note = by, utcnow(), note
        uow.commit()
        decision = Decision(adj.id, adj.status, by, adj.decided_at, note, tuple(changes),
                            tuple(previous), tuple(versions), follow if approve else None)
        return uow.op(None, undo=call(reopen_adjustment, decision))


def approve_adjustment(store: Store, adjustment_id: str, *, by: str,
                       note: str | None = None, follow: str = KEEP_YEAR,
                       today: date | None = None) -> Op[None]:
    """Approve a pending request: its values become the current version, and the node's other
    periods follow — ``follow`` is ``keep_year`` or ``change_year``
    (:mod:`services.targets.follow`; ``today`` decides which periods are past).

    Undo is :func:`reopen_adjustment` (every cell the approval wrote goes back).
    """
    return _decide(store, adjustment_id, by, note, approve=True, follow=follow, today=today)


def reject_adjustment(store: Store, adjustment_id: str, *, by: str,
                      note: str | None = None) -> Op[None]:
    """Reject a pending request: no value changes. Undo is :func:`reopen_adjustment`."""
    return _decide(store, adjustment_id, by, note, approve=False)


def reopen_adjustment(store: Store, decision: Decision) -> Op[None]:
    """Take a decision back: the request is pending again; an approval's value, version row
    and plan version go back. Undo is :func:`redecide_adjustment`.
    """
    with store.write() as uow:
        s = uow.session
        adj = _adjustment(s, decision.adjustment_id)
        if adj.status != decision.status:
            raise TargetError(NOW_DECIDED[adj.status], field="status")
        if decision.status == AdjustmentStatus.APPROVED:
            plan_in(s, adj.plan_id).version -= 1
            for before in reversed(decision.previous):
                put_value(s, before)
            for vid in decision.version_ids:
                version = s.get(Version, vid)
                if version is not None:
                    version.deleted_at = utcnow()
        adj.status = AdjustmentStatus.PENDING
        adj.decided_by_id = adj.decided_at = adj.decision_note = None
        uow.commit()
        return uow.op(None, undo=call(redecide_adjustment, decision))


def redecide_adjustment(store: Store, decision: Decision) -> Op[None]:
    """Make a reopened decision again, as it was (same time, same version row)."""
    with store.write() as uow:
        s = uow.session
        adj = _adjustment(s, decision.adjustment_id)
        if adj.status != AdjustmentStatus.PENDING:
            raise TargetError(ALREADY_DECIDED[adj.status], field="status")
        _allowed(s, adj, decision.by)
        if decision.status == AdjustmentStatus.APPROVED:
            plan_in(s, adj.plan_id).version += 1
            for change in decision.changes:
                put_value(s, change)
            for vid in decision.version_ids:
                version = s.get(Version, vid)
                if version is not None:
                    version.deleted_at = None
        adj.status = decision.status
        adj.decided_by_id, adj.decided_at, adj.decision_note = (decision.by, decision.at,
                                                                decision.note)
        uow.commit()
        return uow.op(None, undo=call(reopen_adjustment, decision))


def list_adjustments(store: Store, plan_id: str, status: str | None = None,
                     ) -> list[AdjustmentRow]:
    """A plan's adjustment requests, newest first (optionally one status)."""
    stmt = (select(TargetAdjustment, TargetNode.name)
            .join(TargetNode, TargetNode.id == TargetAdjustment.node_id)
            .where(TargetAdjustment.plan_id == plan_id, TargetAdjustment.deleted_at.is_(None))
            .order_by(TargetAdjustment.requested_at.desc()))
    if status:
        stmt = stmt.where(TargetAdjustment.status == status)
    with store.read() as uow:
        return [AdjustmentRow(a.id, a.node_id, name, a.metric, a.period,
                              Values(a.old_floor, a.old_target, a.old_challenge),
                              Values(a.new_floor, a.new_target, a.new_challenge), a.reason,
                              a.requested_by_id, a.requested_at, a.status, a.decided_by_id,
                              a.decided_at, a.decision_note)
                for a, name in uow.session.execute(stmt).all()]


def value_history(store: Store, node_id: str, metric: str, period: str) -> list[VersionRow]:
    """Every version of one value, oldest first, with who changed it, when and why."""
    stmt = (select(Version, Person.name)
            .outerjoin(Person, Person.id == Version.changed_by_id)
            .where(Version.node_id == node_id, Version.metric == metric,
                   Version.period == period, Version.deleted_at.is_(None))
            .order_by(Version.changed_at, Version.created_at))
    with store.read() as uow:
        out = []
        for v, name in uow.session.execute(stmt).all():
            old = (Values(v.old_floor or 0, v.old_target, v.old_challenge or 0)
                   if v.old_target is not None else None)
            out.append(VersionRow(old, Values(v.new_floor, v.new_target, v.new_challenge),
                                  v.changed_at, v.changed_by_id, name, v.reason,
                                  v.adjustment_id, v.plan_version))
        return out


def acknowledgements(store: Store, plan_id: str) -> dict[str, list[tuple[str, datetime, int]]]:
    """Per node id: (person id, acknowledged at, plan version) of every acknowledgement."""
    stmt = (select(TargetAcknowledgement)
            .join(TargetNode, TargetNode.id == TargetAcknowledgement.node_id)
            .where(TargetNode.plan_id == plan_id, TargetAcknowledgement.deleted_at.is_(None)))
    with store.read() as uow:
        out: dict[str, list[tuple[str, datetime, int]]] = {}
        for a in uow.session.scalars(stmt):
            out.setdefault(a.node_id, []).append((a.person_id, a.acknowledged_at,
                                                  a.plan_version))
        return out


def owners_of(store: Store, node_id: str) -> set[str]:
    """The person ids who own (may acknowledge) a node — for enabling 认领 in the GUI."""
    with store.read() as uow:
        return node_owners(uow.session, node_in(uow.session, node_id))


def owners_by_node(store: Store, plan_id: str) -> dict[str, frozenset[str]]:
    """:func:`node_owners` of every node of a plan, in one read (two queries)."""
    with store.read() as uow:
        s = uow.session
        people = s.execute(select(Person.id, Person.role, Person.unit_id)
                           .where(Person.deleted_at.is_(None))).all()
        firm = frozenset(p.id for p in people if p.role in FIRM_ROLES)
        heads: dict[str, set[str]] = {}
        for p in people:
            if p.unit_id and p.role in (Role.MANAGER, Role.DIRECTOR):
                heads.setdefault(p.unit_id, set()).add(p.id)
        out: dict[str, frozenset[str]] = {}
        for n in s.execute(select(TargetNode.id, TargetNode.kind, TargetNode.parent_id,
                                  TargetNode.unit_id, TargetNode.person_id)
                           .where(TargetNode.plan_id == plan_id,
                                  TargetNode.deleted_at.is_(None))):
            if n.kind == TargetNodeKind.PERSON:
                out[n.id] = frozenset({n.person_id} if n.person_id else ())
            elif n.kind in (TargetNodeKind.COMPANY, TargetNodeKind.CUT) or n.parent_id is None:
                out[n.id] = firm
            else:
                out[n.id] = frozenset(heads.get(n.unit_id or "", ()))
        return out


def can_decide(store: Store, person_id: str | None, adjustment_id: str) -> bool:
    """Whether ``person_id`` may approve or reject this request (the level-above rule)."""
    if not person_id:
        return False
    with store.read() as uow:
        adj = uow.session.get(TargetAdjustment, adjustment_id)
        if adj is None:
            return False
        node = uow.session.get_one(TargetNode, adj.node_id)
        return may_decide(uow.session, person_id, node, adj.requested_by_id)
