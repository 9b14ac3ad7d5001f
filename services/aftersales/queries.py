"""Reading service tickets: the filtered list, one customer's after-sales summary (tickets,
average satisfaction, contracts and whether they bought again) and Today's reminders.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import aliased

from models import Contract, Customer, Person
from models.aftersales import ServiceTicket
from services.aftersales import rules
from services.aftersales.repurchase import CustomerContracts, customer_contracts
from services.aftersales.tickets import TicketRow
from services.core.store import Store
from services.today.reminders import SEVERITY_OVERDUE, SEVERITY_WARNING, Reminder, reminder_lang

_URGENCY = {True: {"high": "高优先级", "urgent": "紧急"},
            False: {"high": "high priority", "urgent": "urgent"}}
KIND_TICKET_DUE = "ticket_due"
"""Reminder kind: a service ticket due today or overdue, on its owner's Today."""


@dataclass(frozen=True)
class TicketFilter:
    """What the ticket list shows: some statuses (all when empty), one owner (everyone's when
    None), only overdue ones, one customer.
    """

    statuses: frozenset[str] = frozenset()
    owner_id: str | None = None
    overdue_only: bool = False
    customer_id: str | None = None


@dataclass(frozen=True)
class CustomerService:
    """A customer's after-sales on the card: tickets (newest first), how many are still open,
    the average satisfaction of the scored ones and their contracts (复购).
    """

    tickets: tuple[TicketRow, ...]
    open_count: int
    average_satisfaction: Decimal | None
    scored: int
    contracts: CustomerContracts


def _query() -> Any:
    owner = aliased(Person)
    return (select(ServiceTicket, Customer.name, Contract.number, owner.name)
            .join(Customer, Customer.id == ServiceTicket.customer_id)
            .outerjoin(Contract, Contract.id == ServiceTicket.contract_id)
            .outerjoin(owner, owner.id == ServiceTicket.owner_id)
            .where(ServiceTicket.deleted_at.is_(None)))


def _rows(result: Iterable[Any]) -> list[TicketRow]:
    return [TicketRow(t.id, t.number, t.title, t.description, t.type, t.priority, t.status,
                      t.customer_id, cname, t.contract_id, cnumber, t.owner_id, oname,
                      t.opened_on, t.due_on, t.resolution, t.resolved_on, t.closed_on,
                      t.satisfaction)
            for t, cname, cnumber, oname in result]


def list_tickets(store: Store, flt: TicketFilter = TicketFilter(),  # noqa: B008
                 today: date | None = None) -> list[TicketRow]:
    """Live tickets matching ``flt``: open ones first by due date (none last), then the
    others, newest first. ``today`` decides what is overdue.
    """
    day = today or date.today()
    q = _query()
    if flt.statuses:
        q = q.where(ServiceTicket.status.in_(sorted(flt.statuses)))
    if flt.owner_id is not None:
        q = q.where(ServiceTicket.owner_id == flt.owner_id)
    if flt.customer_id is not None:
        q = q.where(ServiceTicket.customer_id == flt.customer_id)
    if flt.overdue_only:
        q = q.where(ServiceTicket.status.in_(sorted(rules.OPEN_STATUSES)),
                    ServiceTicket.due_on < day)
    with store.read() as uow:
        rows = _rows(uow.session.execute(q))
    return sorted(rows, key=_order)


def _order(t: TicketRow) -> tuple[Any, ...]:
    working = t.status in rules.OPEN_STATUSES
    return (not working, (t.due_on or date.max).toordinal() if working else 0,
            -t.opened_on.toordinal(), t.number)


def get_ticket(store: Store, ticket_id: str) -> TicketRow | None:
    """One live ticket, None when it no longer exists."""
    with store.read() as uow:
        rows = _rows(uow.session.execute(_query().where(ServiceTicket.id == ticket_id)))
    return rows[0] if rows else None


def customer_service(store: Store, customer_id: str) -> CustomerService:
    """The customer card's after-sales summary."""
    tickets = list_tickets(store, TicketFilter(customer_id=customer_id))
    tickets.sort(key=lambda t: (t.opened_on, t.number), reverse=True)
    scores = [t.satisfaction for t in tickets if t.satisfaction is not None]
    return CustomerService(tuple(tickets),
                           sum(t.status in rules.OPEN_STATUSES for t in tickets),
                           rules.average_satisfaction(scores), len(scores),
                           customer_contracts(store, customer_id))


def ticket_reminders(store: Store, today: date, person_id: str | None,
                     lang: str | None = None) -> list[Reminder]:
    """Open tickets due today or overdue, for their owner (everyone's when ``person_id`` is
    None): overdue ones as overdue, those due today as warnings.
    """
    zh = reminder_lang(lang) == "zh_CN"
    q = _query().where(ServiceTicket.status.in_(sorted(rules.OPEN_STATUSES)),
                       ServiceTicket.due_on <= today)
    if person_id is not None:
        q = q.where(ServiceTicket.owner_id == person_id)
    with store.read() as uow:
        rows = _rows(uow.session.execute(q))
    out = []
    for t in rows:
        assert t.due_on is not None
        urgency = _URGENCY[zh].get(t.priority)  # the Due column says how late it is
        detail = f"{t.customer_name} · {urgency}" if urgency else t.customer_name
        out.append(Reminder(KIND_TICKET_DUE, f"{t.number} {t.title}", detail, t.due_on,
                            "ticket", t.id,
                            SEVERITY_OVERDUE if t.due_on < today else SEVERITY_WARNING))
    return out
