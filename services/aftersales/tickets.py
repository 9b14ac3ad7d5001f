"""Service tickets (服务工单): create, edit, move through their statuses, close with a
satisfaction score (满意度), and list them.

* :func:`create_ticket` → the new id; undone by :func:`discard_ticket` (a soft delete), whose
  undo is :func:`restore_ticket` of the same id (same number).
* :func:`update_ticket` → the old values of the fields it changed; undone by itself with them.
* :func:`set_status` / :func:`close_ticket` → the old state (status, resolution, dates,
  satisfaction); undone by :func:`put_state` with it.

Numbers follow ``GD-{yyyy}-{seq:04}`` (工单) by the year the ticket was opened, unique among all
tickets, including ones whose creation was undone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Contract, Customer, Person
from models.aftersales import ServiceTicket, TicketPriority, TicketStatus, TicketType
from models.base import new_id, utcnow
from services.aftersales import rules
from services.core.changes import Op, call
from services.core.errors import SailplanError, ValidationError
from services.core.store import Store

NUMBER_PREFIX = "GD"
TITLE_LIMIT = 200
EDIT_FIELDS = ("title", "description", "type", "priority", "owner_id", "contract_id",
               "customer_id", "due_on", "opened_on", "resolution")
STATE_FIELDS = ("status", "resolution", "resolved_on", "closed_on", "satisfaction")


class TicketNotFound(SailplanError):
    """A service ticket the caller named does not exist (or was deleted)."""


@dataclass(frozen=True)
class TicketRow:
    """A service ticket as lists and the customer card show it."""

    id: str
    number: str
    title: str
    description: str | None
    type: str
    priority: str
    status: str
    customer_id: str
    customer_name: str
    contract_id: str | None
    contract_number: str | None
    owner_id: str | None
    owner_name: str | None
    opened_on: date
    due_on: date | None
    resolution: str | None
    resolved_on: date | None
    closed_on: date | None
    satisfaction: int | None

    def overdue(self, today: date) -> bool:
        """Still being worked on and past its due date."""
        return rules.is_overdue(self.status, self.due_on, today)


# --- validation ---------------------------------------------------------------------------


def _text(value: Any, field: str, *, required: bool = False) -> str | None:
    text = " ".join(str(value).split()) if field == "title" and value is not None \
        else (str(value).strip() if value is not None else "")
    if required and not text:
        raise ValidationError("A service ticket needs a title (the issue).", field=field)
    if field == "title" and len(text) > TITLE_LIMIT:
        raise ValidationError("A ticket's title can be at most {limit} characters long.",
                              field=field, limit=TITLE_LIMIT)
    return text or None


def _clean(s: Session, ticket: ServiceTicket | None, values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key not in EDIT_FIELDS:
            raise ValidationError("“{key}” is not a field of a service ticket.", field=key,
                                  key=key)
        if key == "title":
            value = _text(value, key, required=True)
        elif key in ("description", "resolution"):
            value = _text(value, key)
        elif key == "type" and value not in tuple(TicketType):
            raise ValidationError("“{value}” is not a ticket type.", field=key, value=value)
        elif key == "priority" and value not in tuple(TicketPriority):
            raise ValidationError("“{value}” is not a ticket priority.", field=key, value=value)
        elif key in ("due_on", "opened_on") and value is not None \
                and not isinstance(value, date):
            raise ValidationError("A ticket's dates must be dates.", field=key)
        elif key == "opened_on" and value is None:
            raise ValidationError("A ticket's dates must be dates.", field=key)
        elif key == "customer_id":
            c = s.get(Customer, value)
            if c is None or c.deleted_at is not None or c.merged_into_id is not None:
                raise ValidationError("That customer does not exist.", field=key)
        elif key == "owner_id" and value is not None:
            p = s.get(Person, value)
            if p is None or p.deleted_at is not None:
                raise ValidationError("That person does not exist.", field=key)
        out[key] = value
    customer = out.get("customer_id", ticket.customer_id if ticket else None)
    contract = out.get("contract_id", ticket.contract_id if ticket else None)
    if contract is not None and ("contract_id" in out or "customer_id" in out):
        row = s.get(Contract, contract)
        if row is None or row.deleted_at is not None:
            raise ValidationError("This contract no longer exists.", field="contract_id")
        if row.customer_id != customer:
            raise ValidationError("That contract is another customer's.", field="contract_id")
    opened = out.get("opened_on", ticket.opened_on if ticket else None)
    due = out.get("due_on", ticket.due_on if ticket else None)
    if opened is not None and due is not None and due < opened:
        raise ValidationError("A ticket cannot be due before it was opened.", field="due_on")
    return out


def ticket_row(s: Session, ticket_id: str) -> ServiceTicket:
    """A live ticket (refused when it was deleted)."""
    t = s.get(ServiceTicket, ticket_id)
    if t is None or t.deleted_at is not None:
        raise TicketNotFound("This service ticket no longer exists.")
    return t


def next_number(s: Session, opened_on: date) -> str:
    """The next free ticket number of the year ``opened_on`` falls in."""
    prefix = f"{NUMBER_PREFIX}-{opened_on.year:04d}-"
    shape = re.compile(re.escape(prefix) + r"(\d+)\Z")
    highest = 0
    for (number,) in s.execute(select(ServiceTicket.number)
                               .where(ServiceTicket.number.like(prefix + "%"))):
        m = shape.match(number)
        if m:
            highest = max(highest, int(m.group(1)))
    return f"{prefix}{highest + 1:04d}"


# --- writes -------------------------------------------------------------------------------


def create_ticket(store: Store, *, customer_id: str, title: str,
                  type: str = TicketType.REPAIR, priority: str = TicketPriority.NORMAL,
                  owner_id: str | None = None, contract_id: str | None = None,
                  opened_on: date | None = None, due_on: date | None = None,
                  description: str | None = None, ticket_id: str | None = None
                  ) -> Op[str]:
    """A new ticket, 待处理 (open), numbered; the value is its id, the undo
    :func:`discard_ticket` of it.
    """
    tid = ticket_id or new_id()
    with store.write() as uow:
        s = uow.session
        values = _clean(s, None, dict(
            customer_id=customer_id, title=title, type=str(type), priority=str(priority),
            owner_id=owner_id, contract_id=contract_id, opened_on=opened_on or date.today(),
            due_on=due_on, description=description))
        s.add(ServiceTicket(id=tid, number=next_number(s, values["opened_on"]),
                            status=TicketStatus.OPEN.value, **values))
        uow.commit()
        return uow.op(tid, undo=call(discard_ticket, tid))


def update_ticket(store: Store, ticket_id: str, **fields: Any) -> Op[dict[str, Any]]:
    """Change some of :data:`EDIT_FIELDS`; the value is their old values (the undo writes
    them back).
    """
    with store.write() as uow:
        s = uow.session
        t = ticket_row(s, ticket_id)
        values = _clean(s, t, fields)
        old = {k: getattr(t, k) for k in values}
        changed = {k: v for k, v in values.items() if old[k] != v}
        for key, value in changed.items():
            setattr(t, key, value)
        uow.commit()
        back = {k: old[k] for k in changed}
        return uow.op(back, undo=call(update_ticket, ticket_id, **back) if changed else None)


def _state(t: ServiceTicket) -> dict[str, Any]:
    return {k: getattr(t, k) for k in STATE_FIELDS}


def set_status(store: Store, ticket_id: str, status: str, *, on: date | None = None,
               resolution: str | None = None, satisfaction: int | None = None
               ) -> Op[dict[str, Any]]:
    """Move a ticket to ``status`` on ``on`` (today). Resolving or closing needs a resolution
    (given here or already on the ticket); closing takes the customer's satisfaction (1–5, or
    None when they gave none); reopening clears the closing. The value is the old state, the
    undo :func:`put_state` with it.
    """
    day = on or date.today()
    with store.write() as uow:
        t = ticket_row(uow.session, ticket_id)
        if not rules.may_move(t.status, status):
            raise ValidationError("This ticket cannot move from its status to the one chosen.",
                                  field="status")
        if satisfaction is not None and (status != TicketStatus.CLOSED
                                         or satisfaction not in rules.SATISFACTION_SCALE):
            raise ValidationError("Satisfaction is a score from 1 to 5, given at closing.",
                                  field="satisfaction")
        old = _state(t)
        text = _text(resolution, "resolution") if resolution is not None else t.resolution
        if status in (TicketStatus.RESOLVED, TicketStatus.CLOSED) and not text:
            raise ValidationError("Say how the ticket was resolved first.", field="resolution")
        t.status, t.resolution = status, text
        if status == TicketStatus.RESOLVED:
            t.resolved_on = day
        elif status == TicketStatus.CLOSED:
            t.resolved_on = t.resolved_on or day
            t.closed_on, t.satisfaction = day, satisfaction
        else:  # back to work: neither resolved nor closed any more
            t.resolved_on = t.closed_on = t.satisfaction = None
        uow.commit()
        return uow.op(old, undo=call(put_state, ticket_id, old))


def close_ticket(store: Store, ticket_id: str, *, satisfaction: int | None,
                 on: date | None = None, resolution: str | None = None) -> Op[dict[str, Any]]:
    """Close a ticket (已关闭) with the customer's satisfaction; see :func:`set_status`."""
    return set_status(store, ticket_id, TicketStatus.CLOSED, on=on, resolution=resolution,
                      satisfaction=satisfaction)


def put_state(store: Store, ticket_id: str, state: dict[str, Any]) -> Op[dict[str, Any]]:
    """Write a ticket's status fields back as they were (the undo of a status change); its
    own undo writes the state it replaced.
    """
    with store.write() as uow:
        t = ticket_row(uow.session, ticket_id)
        old = _state(t)
        for key in STATE_FIELDS:
            setattr(t, key, state[key])
        uow.commit()
        return uow.op(old, undo=call(put_state, ticket_id, old))


def discard_ticket(store: Store, ticket_id: str) -> Op[None]:
    """Soft-delete a ticket (the undo of creating it); undone by :func:`restore_ticket`."""
    with store.write() as uow:
        ticket_row(uow.session, ticket_id).deleted_at = utcnow()
        uow.commit()
        return uow.op(None, undo=call(restore_ticket, ticket_id))


def restore_ticket(store: Store, ticket_id: str) -> Op[None]:
    """Bring back a soft-deleted ticket; undone by :func:`discard_ticket`."""
    with store.write() as uow:
        t = uow.session.get(ServiceTicket, ticket_id)
        if t is None:
            raise TicketNotFound("This service ticket no longer exists.")
        t.deleted_at = None
        uow.commit()
        return uow.op(None, undo=call(discard_ticket, ticket_id))
