"""The shared customer pool (公海): release, claim, idle detection — every move logged.

Releasing clears the owner and sets ``in_pool``; claiming gives the customer to a person. Each
move writes a :class:`~models.customers.CustomerEvent` (release / claim). Every action returns an
:class:`~services.core.changes.Op` of a :class:`PoolMove`; its inverse, :func:`undo_pool_move`,
restores owner, pool flag, pool date and ``updated_at`` exactly and deletes the events the action
logged, so an undone move leaves no trace (and its own inverse repeats the move).

A customer is *idle* when it has had no follow-up (or, never followed up, no creation) for more
than the pool threshold (AppSetting ``customers.stale_rules`` → ``pool_days``, default 90) and no
follow-up is scheduled from today on. ``release_idle`` does nothing while the pool is disabled.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from models.base import new_id, utcnow
from models.customers import Customer, CustomerEvent
from models.enums import CustomerAction
from services.core.changes import Changes, Op, call
from services.core.errors import ValidationError
from services.core.store import Store
from services.customers.stale import rules_in_session

_CHUNK = 500


@dataclass(frozen=True)
class PoolEntry:
    """One customer's ownership fields before a move."""

    customer_id: str
    owner_id: str | None
    in_pool: bool
    pool_since: datetime | None
    updated_at: datetime


@dataclass(frozen=True)
class PoolMove:
    """What a release or claim changed (``before``), what it skipped, and the events logged."""

    action: str
    before: tuple[PoolEntry, ...]
    event_ids: tuple[str, ...]
    skipped: tuple[str, ...] = ()
    person_id: str | None = None  # who claimed (claims only)
    by_person_id: str | None = None
    note: str | None = None

    @property
    def customer_ids(self) -> list[str]:
        """The customers that moved."""
        return [e.customer_id for e in self.before]


def _load(session: Session, ids: list[str]) -> list[Customer]:
    ids = list(dict.fromkeys(ids))
    found: dict[str, Customer] = {}
    for start in range(0, len(ids), _CHUNK):
        for c in session.scalars(select(Customer).where(Customer.id.in_(ids[start:start + _CHUNK]),
                                                        Customer.deleted_at.is_(None))):
            found[c.id] = c
    missing = [i for i in ids if i not in found]
    if missing:
        raise ValidationError(f"{len(missing)} of the selected customers no longer exist; "
                              "refresh the list.", field="customer_id")
    return [found[i] for i in ids]


def _move(store: Store, ids: list[str], action: CustomerAction, person_id: str | None,
          by_person_id: str | None, note: str | None) -> Op[PoolMove]:
    releasing = action is CustomerAction.RELEASE
    now = utcnow()
    with store.write(bulk=True) as uow:  # who owns what is read, then decided: one at a time
        s = uow.session
        before: list[PoolEntry] = []
        skipped: list[str] = []
        events: list[dict[str, object]] = []
        changes: list[dict[str, object]] = []
        for c in _load(s, ids):
            if bool(c.in_pool) == releasing:  # already in (release) / not in (claim) the pool
                skipped.append(c.id)
                continue
            before.append(PoolEntry(c.id, c.owner_id, bool(c.in_pool), c.pool_since,
                                    c.updated_at))
            changes.append({"id": c.id, "owner_id": None if releasing else person_id,
                            "in_pool": releasing, "pool_since": now if releasing else None,
                            "updated_at": now})
            events.append({"id": new_id(), "customer_id": c.id, "action": action.value,
                           "at": now, "from_person_id": c.owner_id,
                           "to_person_id": None if releasing else person_id,
                           "by_person_id": by_person_id, "note": note,
                           "created_at": now, "updated_at": now})
        s.expunge_all()
        if changes:
            s.execute(update(Customer), changes)
            s.execute(insert(CustomerEvent), events)
        uow.commit()
        move = PoolMove(action.value, tuple(before), tuple(str(e["id"]) for e in events),
                        tuple(skipped), person_id, by_person_id, note)
        return uow.op(move, undo=call(undo_pool_move, move) if before else None)


def release_to_pool(store: Store, customer_ids: list[str], by_person_id: str | None,
                    note: str | None = None) -> Op[PoolMove]:
    """Release customers to the pool (no owner); ones already there are skipped."""
    return _move(store, customer_ids, CustomerAction.RELEASE, None, by_person_id, note)


def claim_from_pool(store: Store, customer_ids: list[str], person_id: str) -> Op[PoolMove]:
    """``person_id`` claims pool customers; customers not in the pool are skipped."""
    if not person_id:
        raise ValidationError("Choose who claims the customers (Settings → I am).",
                              field="person_id")
    return _move(store, customer_ids, CustomerAction.CLAIM, person_id, person_id, None)


def undo_pool_move(store: Store, move: PoolMove) -> Op[PoolMove]:
    """Restore every moved customer exactly and delete the events the move logged; the
    inverse repeats the move for the same customers (with the same people and note).
    """
    with store.write() as uow:
        s = uow.session
        if move.before:
            s.execute(update(Customer), [
                {"id": e.customer_id, "owner_id": e.owner_id, "in_pool": e.in_pool,
                 "pool_since": e.pool_since, "updated_at": e.updated_at} for e in move.before])
        ids = list(move.event_ids)
        for start in range(0, len(ids), _CHUNK):
            s.execute(delete(CustomerEvent).where(CustomerEvent.id.in_(ids[start:start + _CHUNK])))
        uow.commit()
        return uow.op(move, undo=call(repeat_pool_move, move))


def repeat_pool_move(store: Store, move: PoolMove) -> Op[PoolMove]:
    """Make an undone move again (the redo of :func:`undo_pool_move`)."""
    return _move(store, move.customer_ids, CustomerAction(move.action), move.person_id,
                 move.by_person_id, move.note)


def idle_customers_for_pool(store: Store, today: date) -> list[str]:
    """Owned customers idle beyond the pool threshold (oldest contact first)."""
    with store.read() as uow:
        s = uow.session
        rules = rules_in_session(s)
        cutoff = datetime.combine(today - timedelta(days=rules.pool_days), time()).astimezone()
        last = func.coalesce(Customer.last_followup_at, Customer.created_at)
        stmt = (select(Customer.id)
                .where(Customer.deleted_at.is_(None), Customer.in_pool.is_not(True),
                       last < cutoff,
                       or_(Customer.next_followup_on.is_(None),
                           Customer.next_followup_on < today))
                .order_by(last, Customer.id))
        return list(s.scalars(stmt))


def release_idle(store: Store, today: date, by_person_id: str | None) -> Op[PoolMove]:
    """Release every idle customer when the pool is enabled (else an empty move)."""
    if not pool_enabled(store):
        return Op(PoolMove(CustomerAction.RELEASE.value, (), ()), Changes())
    ids = idle_customers_for_pool(store, today)
    return release_to_pool(store, ids, by_person_id, note="idle")


def pool_enabled(store: Store) -> bool:
    """Whether the firm uses the shared pool (Settings → Customer rules)."""
    with store.read() as uow:
        return rules_in_session(uow.session).pool_enabled
