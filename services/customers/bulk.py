"""Bulk actions on many customers at once, each one unit of work with an exact inverse.

Every action returns an :class:`~services.core.changes.Op` whose value is a *snapshot*:
``{customer id: {field: previous value}}`` for the customers it changed. Tags and tiers are
undone by :func:`restore_fields` (which puts a snapshot back and is undone by the snapshot of
what it replaced). Ownership moves are logged as :class:`~models.customers.CustomerEvent` rows;
undoing a reassignment (:func:`undo_reassign`) puts the owners back and deletes the events it
logged, so an undone move leaves no trace (as the shared pool's moves do).
:func:`restore_fields` given ownership fields logs the moves it makes.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session

from models.customers import Customer, CustomerEvent
from models.enums import CustomerAction, CustomerTier
from services.core.changes import Changes, Op, call
from services.core.errors import ValidationError
from services.core.store import Store
from services.customers.edit import customers_by_ids, log_event
from services.customers.queries import join_tags, split_tags
from services.customers.tiers import TIER_FACT, set_manual_tier_in_session

Snapshot = dict[str, dict[str, Any]]

#: Fields a snapshot may carry.
SNAPSHOT_FIELDS = ("owner_id", "in_pool", "pool_since", "tier", "tier_manual", "tier_reason",
                   "tags")
OWNERSHIP = ("owner_id", "in_pool", "pool_since")
TIER = ("tier", "tier_manual", "tier_reason")


def _customers(session: Session, ids: list[str]) -> list[Customer]:
    found = [c for c in customers_by_ids(session, ids) if c.deleted_at is None]
    if len(found) != len(set(ids)):
        raise ValidationError("Some of the selected customers no longer exist; refresh the list.",
                              field="customer")
    return found


def _snap(cust: Customer, fields: tuple[str, ...]) -> dict[str, Any]:
    return {f: getattr(cust, f) for f in fields}


def _log_move(session: Session, cust: Customer, before: dict[str, Any],
              by_person: str | None, note: str | None) -> str | None:
    """Log an ownership event when the owner or pool state changed; returns its id."""
    old_owner, new_owner = before.get("owner_id"), cust.owner_id
    old_pool, new_pool = bool(before.get("in_pool")), bool(cust.in_pool)
    if old_owner == new_owner and old_pool == new_pool:
        return None
    # Claiming from the pool is the pool service's own action; moves made here are assignments.
    action = CustomerAction.RELEASE if new_pool and not old_pool else CustomerAction.ASSIGN
    return log_event(session, cust.id, action, from_person=old_owner, to_person=new_owner,
                     by_person=by_person, note=note)


def _tier_fact(uow: Any, snapshot: Snapshot) -> None:
    ids = [cid for cid, values in snapshot.items() if set(values) & set(TIER)]
    if ids:
        uow.recorder.fact(TIER_FACT, ids)


def restore_fields(store: Store, snapshot: Snapshot, by_person: str | None = None,
                   note: str | None = "undo") -> Op[Snapshot]:
    """Set the snapshot's values back (logging ownership moves); the value is the snapshot of
    the values it replaced, and the inverse puts those back.
    """
    replaced: Snapshot = {}
    if not snapshot:
        return Op(replaced, Changes())
    with store.write() as uow:
        s = uow.session
        by_id = {c.id: c for c in customers_by_ids(s, list(snapshot))}
        for cid, values in snapshot.items():
            cust = by_id.get(cid)
            if cust is None:
                raise ValidationError("A customer to restore no longer exists.", field="customer")
            bad = set(values) - set(SNAPSHOT_FIELDS)
            if bad:
                raise ValidationError(f"Cannot restore field(s) {', '.join(sorted(bad))}.")
            before = _snap(cust, tuple(values))
            ownership_before = _snap(cust, OWNERSHIP)
            for field, value in values.items():
                setattr(cust, field, value)
            replaced[cid] = before
            _log_move(s, cust, ownership_before, by_person, note)
        _tier_fact(uow, snapshot)
        uow.commit()
        return uow.op(replaced, undo=call(restore_fields, replaced, by_person, note))


def reassign_owner(store: Store, ids: list[str], owner_id: str,
                   by_person: str | None = None) -> Op[Snapshot]:
    """Give the customers to ``owner_id`` (taking them out of the shared pool); logs each move.

    Undone by :func:`undo_reassign`.
    """
    old: Snapshot = {}
    events: list[str] = []
    with store.write() as uow:
        s = uow.session
        for cust in _customers(s, ids):
            if cust.owner_id == owner_id and not cust.in_pool:
                continue
            before = _snap(cust, OWNERSHIP)
            cust.owner_id = owner_id
            cust.in_pool = False
            cust.pool_since = None
            old[cust.id] = before
            eid = _log_move(s, cust, before, by_person, None)
            if eid is not None:
                events.append(eid)
        uow.commit()
        undo = call(undo_reassign, old, tuple(events), owner_id, by_person) if old else None
        return uow.op(old, undo=undo)


def undo_reassign(store: Store, snapshot: Snapshot, event_ids: tuple[str, ...], owner_id: str,
                  by_person: str | None = None) -> Op[Snapshot]:
    """Put the owners of a reassignment back exactly and delete the events it logged.

    The inverse reassigns the same customers to ``owner_id`` again.
    """
    replaced: Snapshot = {}
    with store.write() as uow:
        s = uow.session
        by_id = {c.id: c for c in customers_by_ids(s, list(snapshot))}
        for cid, values in snapshot.items():
            cust = by_id.get(cid)
            if cust is None or cust.deleted_at is not None:
                raise ValidationError("A customer to restore no longer exists.", field="customer")
            replaced[cid] = _snap(cust, tuple(values))
            for field, value in values.items():
                setattr(cust, field, value)
        ids = list(event_ids)
        for start in range(0, len(ids), 500):
            s.execute(delete(CustomerEvent).where(CustomerEvent.id.in_(ids[start:start + 500])))
        uow.commit()
        return uow.op(replaced, undo=call(reassign_owner, list(snapshot), owner_id, by_person))


def _change_tags(store: Store, ids: list[str], tag: str, add: bool) -> Op[Snapshot]:
    tag = tag.strip().replace(",", " ").replace("，", " ").strip()
    if not tag:
        raise ValidationError("The tag must not be empty.", field="tag")
    if len(tag) > 50:
        raise ValidationError("A tag is at most 50 characters.", field="tag")
    old: Snapshot = {}
    with store.write() as uow:
        for cust in _customers(uow.session, ids):
            tags = list(split_tags(cust.tags))
            if add and tag not in tags:
                tags.append(tag)
            elif not add and tag in tags:
                tags.remove(tag)
            else:
                continue
            old[cust.id] = {"tags": cust.tags}
            cust.tags = join_tags(tags)
        uow.commit()
        return uow.op(old, undo=call(restore_fields, old) if old else None)


def add_tag(store: Store, ids: list[str], tag: str) -> Op[Snapshot]:
    """Add ``tag`` to each customer that lacks it."""
    return _change_tags(store, ids, tag, add=True)


def remove_tag(store: Store, ids: list[str], tag: str) -> Op[Snapshot]:
    """Remove ``tag`` from each customer that has it."""
    return _change_tags(store, ids, tag, add=False)


def set_tier(store: Store, ids: list[str], tier: str,
             by_person: str | None = None) -> Op[Snapshot]:
    """Set the tier by hand (a manual override, shown as such on the card).

    Releasing to the shared pool is :func:`services.customers.pool.release_to_pool` (the pool's own
    log).
    """
    if tier not in {t.value for t in CustomerTier}:
        raise ValidationError(f"Unknown tier '{tier}'.", field="tier")
    old: Snapshot = {}
    with store.write() as uow:
        s = uow.session
        for cust in _customers(s, ids):
            if cust.tier == tier and cust.tier_manual:
                continue
            old[cust.id] = _snap(cust, TIER)
            set_manual_tier_in_session(s, cust, tier)
        _tier_fact(uow, old)
        uow.commit()
        return uow.op(old, undo=call(restore_fields, old) if old else None)
