"""Bulk actions on many customers at once, each one unit of work with an exact inverse.

Every action returns a *snapshot*: ``{customer id: {field: previous value}}`` for the customers
it changed. :func:`restore_fields` puts a snapshot back (and returns the snapshot of what it
replaced), so the GUI's undo command is simply ``restore_fields(old)`` and its redo
``restore_fields(new)``. Ownership moves are logged as :class:`~models.customers.CustomerEvent`
rows, including the ones undo makes: the log shows every move that happened.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from models.customers import Customer
from models.enums import CustomerAction, CustomerTier
from services.core.errors import ValidationError
from services.core.store import Store
from services.customers.edit import customers_by_ids, log_event
from services.customers.queries import join_tags, split_tags
from services.customers.tiers import set_manual_tier_in_session

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
              by_person: str | None, note: str | None) -> None:
    """Log an ownership event when the owner or pool state changed."""
    old_owner, new_owner = before.get("owner_id"), cust.owner_id
    old_pool, new_pool = bool(before.get("in_pool")), bool(cust.in_pool)
    if old_owner == new_owner and old_pool == new_pool:
        return
    # Claiming from the pool is the pool service's own action; moves made here are assignments.
    action = CustomerAction.RELEASE if new_pool and not old_pool else CustomerAction.ASSIGN
    log_event(session, cust.id, action, from_person=old_owner, to_person=new_owner,
              by_person=by_person, note=note)


def restore_fields(store: Store, snapshot: Snapshot, by_person: str | None = None,
                   note: str | None = "undo") -> Snapshot:
    """Set the snapshot's values back; returns the snapshot of the values it replaced."""
    replaced: Snapshot = {}
    if not snapshot:
        return replaced
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
        uow.commit()
    return replaced


def reassign_owner(store: Store, ids: list[str], owner_id: str,
                   by_person: str | None = None) -> Snapshot:
    """Give the customers to ``owner_id`` (taking them out of the shared pool); logs each move."""
    old: Snapshot = {}
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
            _log_move(s, cust, before, by_person, None)
        uow.commit()
    return old


def _change_tags(store: Store, ids: list[str], tag: str, add: bool) -> Snapshot:
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
    return old


def add_tag(store: Store, ids: list[str], tag: str) -> Snapshot:
    """Add ``tag`` to each customer that lacks it."""
    return _change_tags(store, ids, tag, add=True)


def remove_tag(store: Store, ids: list[str], tag: str) -> Snapshot:
    """Remove ``tag`` from each customer that has it."""
    return _change_tags(store, ids, tag, add=False)


def set_tier(store: Store, ids: list[str], tier: str, by_person: str | None = None) -> Snapshot:
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
        uow.commit()
    return old
