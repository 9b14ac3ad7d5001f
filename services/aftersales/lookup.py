"""Finding a ticket by its number and a customer or contract by what people type (the command
line names them, not their ids).
"""

from __future__ import annotations

from sqlalchemy import select

from models import Contract, Customer
from models.aftersales import ServiceTicket
from services.aftersales.tickets import TicketNotFound
from services.core.errors import ValidationError
from services.core.store import Store


def ticket_by_number(store: Store, number: str) -> str:
    """The id of the live ticket numbered ``number`` (or with that id)."""
    ref = number.strip()
    with store.read() as uow:
        found = uow.session.scalar(select(ServiceTicket.id).where(
            (ServiceTicket.number == ref) | (ServiceTicket.id == ref),
            ServiceTicket.deleted_at.is_(None)))
    if found is None:
        raise TicketNotFound("There is no service ticket {number}.", number=ref)
    return found


def customer_by_name(store: Store, name: str) -> str:
    """The id of the one live customer called ``name`` (or with that id)."""
    ref = name.strip()
    with store.read() as uow:
        found = list(uow.session.scalars(select(Customer.id).where(
            (Customer.name == ref) | (Customer.id == ref), Customer.deleted_at.is_(None),
            Customer.merged_into_id.is_(None))))
    if not found:
        raise ValidationError("There is no customer called “{name}”.", field="customer",
                              name=ref)
    if len(found) > 1:
        raise ValidationError("More than one customer is called “{name}”; give its id.",
                              field="customer", name=ref)
    return found[0]


def contract_by_number(store: Store, number: str) -> str:
    """The id of the live contract numbered ``number``."""
    with store.read() as uow:
        found = uow.session.scalar(select(Contract.id).where(
            Contract.number == number.strip(), Contract.deleted_at.is_(None)))
    if found is None:
        raise ValidationError("There is no contract {number}.", field="contract",
                              number=number.strip())
    return found
