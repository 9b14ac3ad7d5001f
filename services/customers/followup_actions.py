"""Acting on a customer's booked follow-up from Today: mark it done, or move it (snooze).

The booked next follow-up is the customer's ``next_followup_on`` (:mod:`services.customers.booking`
keeps it; the follow-up records are the history that made it).

- :func:`complete_followups` marks the booked next step done: a booking that is due on the day
  (on or before it) goes, so the reminder goes and nothing is booked any more. No follow-up
  record is invented: what happened is written with "Log follow-up" (which also settles a due
  booking), and a customer whose last recorded contact is old enough shows as stale.
- :func:`snooze_followups` books the next follow-up on a later day, whether one was booked (and
  due) or not (a stale customer).

Both are one unit of work over many customers and are undone by :func:`set_bookings` with the
dates as they were, which in turn is undone by writing back the dates it replaced.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.customers import Customer
from services.core.changes import Op, call
from services.core.errors import ValidationError
from services.core.store import Store

_CHUNK = 500


@dataclass(frozen=True)
class Booking:
    """A customer's booked next follow-up as an action found it (what its undo writes back)."""

    customer_id: str
    next_followup_on: date | None


def _customers(session: Session, customer_ids: Sequence[str]) -> list[Customer]:
    ids = list(dict.fromkeys(customer_ids))
    found: dict[str, Customer] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        found.update((c.id, c) for c in session.scalars(
            select(Customer).where(Customer.id.in_(chunk), Customer.deleted_at.is_(None))))
    if any(i not in found for i in ids):
        raise ValidationError("The customer no longer exists.", field="customer")
    return [found[i] for i in ids]


def complete_followups(store: Store, customer_ids: Sequence[str], day: date) -> Op[int]:
    """Mark the customers' due follow-ups done (see the module docstring); the value is how
    many customers had one due. Undone by :func:`set_bookings`.
    """
    with store.write() as uow:
        customers = _customers(uow.session, customer_ids)
        before = tuple(Booking(c.id, c.next_followup_on) for c in customers)
        done = 0
        for cust in customers:
            if cust.next_followup_on is not None and cust.next_followup_on <= day:
                cust.next_followup_on = None
                done += 1
        uow.commit()
        return uow.op(done, undo=call(set_bookings, before))


def snooze_followups(store: Store, customer_ids: Sequence[str], until: date,
                     day: date) -> Op[int]:
    """Book the customers' next follow-up on ``until`` (after ``day``, today); the value is
    the number of customers. Undone by :func:`set_bookings`.
    """
    if until <= day:
        raise ValidationError("Snooze to a day after today.", field="until")
    with store.write() as uow:
        customers = _customers(uow.session, customer_ids)
        before = tuple(Booking(c.id, c.next_followup_on) for c in customers)
        for cust in customers:
            cust.next_followup_on = until
        uow.commit()
        return uow.op(len(customers), undo=call(set_bookings, before))


def set_bookings(store: Store, bookings: Sequence[Booking]) -> Op[int]:
    """Write these booked dates back (the undo of the actions above); undone by writing back
    the dates they replace.
    """
    with store.write() as uow:
        customers = {c.id: c for c in _customers(uow.session,
                                                  [b.customer_id for b in bookings])}
        previous = tuple(Booking(b.customer_id, customers[b.customer_id].next_followup_on)
                         for b in bookings)
        for b in bookings:
            customers[b.customer_id].next_followup_on = b.next_followup_on
        uow.commit()
        return uow.op(len(bookings), undo=call(set_bookings, previous))
