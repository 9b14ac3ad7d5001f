"""A customer's follow-up dates: the last follow-up and the booked next one (下次跟进).

The customer row keeps both (``last_followup_at``, ``next_followup_on``) so lists, reminders
and the stale rule read them without the history. How a follow-up moves them:

* the newest follow-up sets the last date; one entered late, older than the last, changes
  nothing (the plan made since stands);
* a next date on it books the next follow-up;
* without a next date the booking stays while it is still ahead of the follow-up's day: a
  quick call on Monday does not cancel Friday's meeting. A booking on or before that day is
  done by this follow-up and goes. Only an explicit clear (``clear=True``: the user unticked
  the booked date in the follow-up dialog) removes a booking still ahead.

Removing or re-dating the follow-up that made the booking (or the newest one) replays the
remaining history with the same rules. Undo never replays: every write hands its inverse the
exact dates it found, so undo puts back precisely what was there (an imported booking too).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.customers import Customer, FollowUp

FollowUpDates = tuple[datetime | None, date | None]
"""(last follow-up, booked next follow-up) of a customer."""


def local_day(at: datetime) -> date:
    """The calendar day of ``at`` where Sailplan runs (what the follow-up dialog showed)."""
    return at.astimezone().date()


def after_followup(dates: FollowUpDates, at: datetime, next_on: date | None,
                   clear: bool = False) -> FollowUpDates:
    """The dates after a follow-up at ``at`` booking ``next_on`` (see the module docstring)."""
    last, booked = dates
    if last is not None and at < last:
        return dates
    if next_on is not None:
        booked = next_on
    elif clear or (booked is not None and booked <= local_day(at)):
        booked = None
    return at, booked


def replay(records: Iterable[tuple[datetime, date | None]]) -> FollowUpDates:
    """The dates a history of follow-ups ``(at, next_on)``, oldest first, leaves."""
    dates: FollowUpDates = (None, None)
    for at, next_on in records:
        dates = after_followup(dates, at, next_on)
    return dates


def dates_of(customer: Customer) -> FollowUpDates:
    """The customer's current follow-up dates."""
    return customer.last_followup_at, customer.next_followup_on


def set_dates(customer: Customer, dates: FollowUpDates) -> None:
    """Write ``dates`` to the customer (only the columns that differ)."""
    if dates_of(customer) != dates:
        customer.last_followup_at, customer.next_followup_on = dates


def history(session: Session, customer_id: str) -> list[FollowUp]:
    """The customer's live follow-ups, oldest first (ties: the one entered first)."""
    return list(session.scalars(
        select(FollowUp).where(FollowUp.customer_id == customer_id,
                               FollowUp.deleted_at.is_(None))
        .order_by(FollowUp.at, FollowUp.created_at)))


def replayed(session: Session, customer_id: str) -> FollowUpDates:
    """The dates the customer's live follow-ups leave when replayed from the start."""
    return replay((f.at, f.next_on) for f in history(session, customer_id))


def newest_id(session: Session, customer_id: str) -> str | None:
    """The customer's newest live follow-up."""
    return session.scalar(
        select(FollowUp.id).where(FollowUp.customer_id == customer_id,
                                  FollowUp.deleted_at.is_(None))
        .order_by(FollowUp.at.desc(), FollowUp.created_at.desc()).limit(1))


def after_removal(session: Session, customer: Customer, removed: FollowUp) -> None:
    """``removed`` was just soft-deleted (and flushed): move the dates it determined.

    The last date always follows the remaining history; the booking is replayed only when
    the removed follow-up had made it.
    """
    last, booked = replayed(session, customer.id)
    if removed.next_on is None or removed.next_on != customer.next_followup_on:
        booked = customer.next_followup_on
    set_dates(customer, (last, booked))


def after_edit(session: Session, customer: Customer, edited: FollowUp, newest_before: str | None,
               next_changed: bool) -> None:
    """``edited`` was just changed (and flushed): move the dates it determines.

    A new next date on the newest follow-up is the booking (none: cleared — the user unticked
    it); a follow-up moved past or behind others replays the history.
    """
    records = history(session, customer.id)
    newest = records[-1] if records else None
    if newest is None:
        return
    if newest.id == edited.id and next_changed:
        set_dates(customer, (newest.at, newest.next_on))
    elif newest.id != newest_before:
        set_dates(customer, replay((f.at, f.next_on) for f in records))
    else:  # the same newest follow-up (its time may have moved): the booking stands
        set_dates(customer, (newest.at, customer.next_followup_on))
