"""Acting on a customer's booked follow-up from Today: mark it done, or move it (snooze).

A customer's booked follow-up is the ``next_on`` of its follow-up records, mirrored in
``Customer.next_followup_on`` (see :func:`services.customers.edit.recompute_followup_dates`).

- :func:`complete_followups` marks the booked next step done: every booking of the customer
  that is due on the day (``next_on`` on or before it) is cleared, so the reminder goes and
  nothing is booked any more. No follow-up record is invented: what happened is written with
  "Log follow-up", and a customer whose last recorded contact is old enough shows as stale.
- :func:`snooze_followups` moves the due bookings to a later day; a customer with nothing
  booked (a stale one) gets the day as its next follow-up.

Both write the customers' follow-up dates and the records' dates in one unit of work and are
undone by :func:`set_bookings` with the dates as they were, which in turn is undone by writing
back the dates it replaced.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.customers import Customer, FollowUp
from services.core.changes import Op, call
from services.core.errors import ValidationError
from services.core.store import Store
from services.customers.edit import recompute_followup_dates

_CHUNK = 500


@dataclass(frozen=True)
class Booking:
    """A customer's follow-up dates: its ``next_followup_on`` and the ``next_on`` of the
    follow-up records an action changed, so they can be written back exactly.
    """

    customer_id: str
    next_followup_on: date | None
    records: tuple[tuple[str, date | None], ...] = ()


def _customers(session: Session, customer_ids: Sequence[str]) -> list[Customer]:
    ids = list(dict.fromkeys(customer_ids))
    found: dict[str, Customer] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        found.update((c.id, c) for c in session.scalars(
            select(Customer).where(Customer.id.in_(chunk), Customer.deleted_at.is_(None))))
    missing = [i for i in ids if i not in found]
    if missing:
        raise ValidationError("The customer no longer exists.", field="customer")
    return [found[i] for i in ids]


def _due_records(session: Session, customer_ids: Sequence[str], day: date
                 ) -> dict[str, list[FollowUp]]:
    """Live follow-up records of these customers whose booked date is on or before ``day``."""
    out: dict[str, list[FollowUp]] = {}
    ids = list(customer_ids)
    for start in range(0, len(ids), _CHUNK):
        for f in session.scalars(select(FollowUp).where(
                FollowUp.customer_id.in_(ids[start:start + _CHUNK]),
                FollowUp.deleted_at.is_(None), FollowUp.next_on.is_not(None),
                FollowUp.next_on <= day)):
            out.setdefault(f.customer_id, []).append(f)
    return out


def _booking(customer: Customer, records: Iterable[FollowUp]) -> Booking:
    return Booking(customer.id, customer.next_followup_on,
                   tuple((f.id, f.next_on) for f in records))


def complete_followups(store: Store, customer_ids: Sequence[str], day: date) -> Op[int]:
    """Mark the customers' due follow-ups done (see the module docstring); the value is how
    many customers had one due. Undone by :func:`set_bookings`.
    """
    with store.write() as uow:
        s = uow.session
        customers = _customers(s, customer_ids)
        due = _due_records(s, [c.id for c in customers], day)
        before: list[Booking] = []
        done = 0
        for cust in customers:
            records = due.get(cust.id, [])
            before.append(_booking(cust, records))
            booked = cust.next_followup_on
            done += bool(records) or (booked is not None and booked <= day)
            for f in records:
                f.next_on = None
            s.flush()
            recompute_followup_dates(s, cust.id)
            if cust.next_followup_on is not None and cust.next_followup_on <= day:
                cust.next_followup_on = None
        uow.commit()
        return uow.op(done, undo=call(set_bookings, tuple(before)))


def snooze_followups(store: Store, customer_ids: Sequence[str], until: date,
                     day: date) -> Op[int]:
    """Book the customers' next follow-up on ``until`` (after ``day``, today): their due
    bookings move there, and a customer with none booked gets it as its next follow-up. The
    value is the number of customers. Undone by :func:`set_bookings`.
    """
    if until <= day:
        raise ValidationError("Snooze to a day after today.", field="until")
    with store.write() as uow:
        s = uow.session
        customers = _customers(s, customer_ids)
        due = _due_records(s, [c.id for c in customers], day)
        before: list[Booking] = []
        for cust in customers:
            records = due.get(cust.id, [])
            before.append(_booking(cust, records))
            for f in records:
                f.next_on = until
            s.flush()
            recompute_followup_dates(s, cust.id)
            cust.next_followup_on = until
        uow.commit()
        return uow.op(len(customers), undo=call(set_bookings, tuple(before)))


def set_bookings(store: Store, bookings: Sequence[Booking]) -> Op[int]:
    """Write these follow-up dates back (the undo of the actions above); undone by writing
    back the dates they replace. A follow-up record deleted since is left alone.
    """
    with store.write() as uow:
        s = uow.session
        customers = {c.id: c for c in _customers(s, [b.customer_id for b in bookings])}
        previous: list[Booking] = []
        for b in bookings:
            cust = customers[b.customer_id]
            kept: list[tuple[str, date | None]] = []
            writes: list[tuple[FollowUp, date | None]] = []
            for fid, next_on in b.records:
                f = s.get(FollowUp, fid)
                if f is not None and f.deleted_at is None:
                    kept.append((fid, f.next_on))
                    writes.append((f, next_on))
            previous.append(Booking(cust.id, cust.next_followup_on, tuple(kept)))
            for f, next_on in writes:
                f.next_on = next_on
            cust.next_followup_on = b.next_followup_on
        uow.commit()
        return uow.op(len(bookings), undo=call(set_bookings, tuple(previous)))
