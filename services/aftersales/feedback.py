"""Customer feedback (客户反馈): what a customer said, on a day, about a ticket or in general.

:func:`add_feedback` → the new id; undone by :func:`discard_feedback` (a soft delete), whose undo
is :func:`restore_feedback` of the same id.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from models import Customer, Person
from models.aftersales import CustomerFeedback
from models.base import new_id, utcnow
from services.aftersales.tickets import ticket_row
from services.core.changes import Op, call
from services.core.errors import SailplanError, ValidationError
from services.core.store import Store


class FeedbackNotFound(SailplanError):
    """A feedback entry the caller named does not exist (or was deleted)."""


@dataclass(frozen=True)
class FeedbackRow:
    """A feedback entry as the ticket dialog shows it."""

    id: str
    customer_id: str
    ticket_id: str | None
    received_on: date
    content: str
    author_name: str | None


def add_feedback(store: Store, *, customer_id: str, content: str,
                 received_on: date | None = None, ticket_id: str | None = None,
                 author_id: str | None = None, feedback_id: str | None = None) -> Op[str]:
    """Record what a customer said; with ``ticket_id`` it is about that ticket (which must be
    the customer's). The value is the new id.
    """
    text = (content or "").strip()
    if not text:
        raise ValidationError("Feedback needs some text.", field="content")
    fid = feedback_id or new_id()
    with store.write() as uow:
        s = uow.session
        c = s.get(Customer, customer_id)
        if c is None or c.deleted_at is not None or c.merged_into_id is not None:
            raise ValidationError("That customer does not exist.", field="customer_id")
        if ticket_id is not None and ticket_row(s, ticket_id).customer_id != customer_id:
            raise ValidationError("That service ticket is another customer's.",
                                  field="ticket_id")
        if author_id is not None and s.get(Person, author_id) is None:
            raise ValidationError("That person does not exist.", field="author_id")
        s.add(CustomerFeedback(id=fid, customer_id=customer_id, ticket_id=ticket_id,
                               received_on=received_on or date.today(), content=text,
                               author_id=author_id))
        uow.commit()
        return uow.op(fid, undo=call(discard_feedback, fid))


def discard_feedback(store: Store, feedback_id: str) -> Op[None]:
    """Soft-delete a feedback entry; undone by :func:`restore_feedback`."""
    with store.write() as uow:
        f = uow.session.get(CustomerFeedback, feedback_id)
        if f is None or f.deleted_at is not None:
            raise FeedbackNotFound("This feedback entry no longer exists.")
        f.deleted_at = utcnow()
        uow.commit()
        return uow.op(None, undo=call(restore_feedback, feedback_id))


def restore_feedback(store: Store, feedback_id: str) -> Op[None]:
    """Bring back a soft-deleted feedback entry; undone by :func:`discard_feedback`."""
    with store.write() as uow:
        f = uow.session.get(CustomerFeedback, feedback_id)
        if f is None:
            raise FeedbackNotFound("This feedback entry no longer exists.")
        f.deleted_at = None
        uow.commit()
        return uow.op(None, undo=call(discard_feedback, feedback_id))


def list_feedback(store: Store, *, customer_id: str | None = None,
                  ticket_id: str | None = None) -> list[FeedbackRow]:
    """Live feedback, newest first (one customer's, or one ticket's)."""
    q = (select(CustomerFeedback, Person.name)
         .outerjoin(Person, Person.id == CustomerFeedback.author_id)
         .where(CustomerFeedback.deleted_at.is_(None)))
    if customer_id is not None:
        q = q.where(CustomerFeedback.customer_id == customer_id)
    if ticket_id is not None:
        q = q.where(CustomerFeedback.ticket_id == ticket_id)
    with store.read() as uow:
        rows = [FeedbackRow(f.id, f.customer_id, f.ticket_id, f.received_on, f.content, name)
                for f, name in uow.session.execute(q)]
    return sorted(rows, key=lambda r: (r.received_on, r.id), reverse=True)
