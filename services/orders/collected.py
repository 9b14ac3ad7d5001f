"""Collected amounts (回款额) per person and day, for the Targets tree's actuals.

Every payment counts on the day it was received (``received_on``); a refund subtracts. The part
of a payment applied to an instalment counts for the owner of that instalment's contract; the
part no instalment took (the customer's credit) for the owner of the contract the payment
names, else the customer's owner. So the amounts of all people together are exactly the
payments' total.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from models import Customer
from models.orders import Contract, Payment, PaymentAllocation, PaymentInstalment
from services.orders.contracts import fen


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def collected_by_person_day(session: Session, lo: date, hi: date
                            ) -> Iterator[tuple[str | None, date, int]]:
    """(person id or None, day, fen) for the payments received from ``lo`` to ``hi``; a person
    and day may come more than once (add them up).
    """
    named = aliased(Contract)
    payer_owner = func.coalesce(named.owner_id, Customer.owner_id)
    live = (Payment.deleted_at.is_(None), Payment.received_on >= lo, Payment.received_on <= hi)
    received = (select(payer_owner, Payment.received_on, func.sum(fen(Payment.amount)))
                .join(Customer, Customer.id == Payment.customer_id)
                .outerjoin(named, named.id == Payment.contract_id)
                .where(*live).group_by(payer_owner, Payment.received_on))
    applied = (select(payer_owner, Payment.received_on, func.sum(fen(PaymentAllocation.amount)),
                      Contract.owner_id)
               .join(Payment, Payment.id == PaymentAllocation.payment_id)
               .join(Customer, Customer.id == Payment.customer_id)
               .outerjoin(named, named.id == Payment.contract_id)
               .join(PaymentInstalment, PaymentInstalment.id == PaymentAllocation.instalment_id)
               .join(Contract, Contract.id == PaymentInstalment.contract_id)
               .where(*live, PaymentAllocation.deleted_at.is_(None))
               .group_by(payer_owner, Payment.received_on, Contract.owner_id))
    for person, day, amount in session.execute(received):
        yield person, _day(day), int(amount or 0)
    for payer, day, amount, owner in session.execute(applied):
        if payer != owner:  # moved from the payer's credit to the instalment's owner
            yield payer, _day(day), -int(amount or 0)
            yield owner, _day(day), int(amount or 0)


def payment_credits(session: Session, lo: date, hi: date, person_ids: Iterable[str] | None = None
                    ) -> Iterator[tuple[str, str | None, date, int]]:
    """(payment id, person id or None, day, fen) of the payments received from ``lo`` to
    ``hi``: :func:`collected_by_person_day` payment by payment (the same people and amounts, a
    payment's parts netted per person), for listing the payments behind a person's or a
    team's 回款额. ``person_ids`` keeps only the credits of those people.
    """
    named = aliased(Contract)
    payer_owner = func.coalesce(named.owner_id, Customer.owner_id)
    live = (Payment.deleted_at.is_(None), Payment.received_on >= lo, Payment.received_on <= hi)
    received = (select(Payment.id, payer_owner, Payment.received_on, fen(Payment.amount))
                .join(Customer, Customer.id == Payment.customer_id)
                .outerjoin(named, named.id == Payment.contract_id).where(*live))
    applied = (select(Payment.id, payer_owner, func.sum(fen(PaymentAllocation.amount)),
                      Contract.owner_id)
               .join(Payment, Payment.id == PaymentAllocation.payment_id)
               .join(Customer, Customer.id == Payment.customer_id)
               .outerjoin(named, named.id == Payment.contract_id)
               .join(PaymentInstalment, PaymentInstalment.id == PaymentAllocation.instalment_id)
               .join(Contract, Contract.id == PaymentInstalment.contract_id)
               .where(*live, PaymentAllocation.deleted_at.is_(None))
               .group_by(Payment.id, payer_owner, Contract.owner_id))
    credits: dict[tuple[str, str | None], int] = {}
    days: dict[str, date] = {}
    for pid, person, day, amount in session.execute(received):
        days[pid] = _day(day)
        credits[(pid, person)] = credits.get((pid, person), 0) + int(amount or 0)
    for pid, payer, amount, owner in session.execute(applied):
        if payer != owner:
            credits[(pid, payer)] = credits.get((pid, payer), 0) - int(amount or 0)
            credits[(pid, owner)] = credits.get((pid, owner), 0) + int(amount or 0)
    wanted = None if person_ids is None else set(person_ids)
    for (pid, person), amount in credits.items():
        if amount and (wanted is None or person in wanted):
            yield pid, person, days[pid], amount
