"""What the Orders page reads: contracts with what is collected and open on them, one
contract's plan and payments, won deals still without a contract, and the customers to choose.

* :func:`contract_rows` — every live contract (cancelled ones too) with its collected amount
  (net of refunds), open amount (nothing for a cancelled contract), the overdue part as of
  ``today`` (nothing for a draft, which owes nothing until it is signed) and the amount its
  plan covers.
* :func:`contract_detail` — a contract's instalments (what is paid on each today), the payments
  and refunds that touched it, and its customer's credit.
* :func:`won_deals_without_contract` / :func:`customer_choices` — what "New contract" offers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import case, func, or_, select

from models import Customer, Deal, Person, Stage
from models.base import from_fen
from models.enums import StageKind
from models.orders import (
    Contract,
    ContractStatus,
    OrderStatus,
    Payment,
    PaymentAllocation,
    PaymentInstalment,
)
from services.core.store import Store
from services.orders.contracts import fen
from services.orders.payments import credit_fen
from services.orders.plans import Instalment, list_instalments

ZERO = Decimal("0.00")


@dataclass(frozen=True, slots=True)
class ContractRow:
    """A contract as the Orders page lists it."""

    id: str
    number: str
    customer_id: str
    customer_name: str
    owner_id: str | None
    owner_name: str | None
    deal_id: str | None
    sign_date: date
    amount: Decimal
    collected: Decimal
    open_amount: Decimal
    overdue: Decimal
    planned: Decimal
    status: str
    terms: str | None
    cancelled_on: date | None
    cancel_reason: str | None
    order_status: str = OrderStatus.PENDING

    @property
    def cancelled(self) -> bool:
        """Whether the contract was cancelled (已取消)."""
        return self.status == ContractStatus.CANCELLED


@dataclass(frozen=True, slots=True)
class ContractPayment:
    """A payment or refund that touched a contract: its whole amount and the part on it."""

    id: str
    received_on: date
    amount: Decimal
    on_contract: Decimal
    method: str
    reference: str | None


@dataclass(frozen=True)
class ContractDetail:
    """One contract: its row, plan, payments and its customer's credit."""

    contract: ContractRow
    instalments: tuple[Instalment, ...]
    payments: tuple[ContractPayment, ...]
    credit: Decimal


@dataclass(frozen=True, slots=True)
class WonDeal:
    """A won deal without a live contract (what "New contract from a won deal" offers)."""

    id: str
    name: str
    customer_id: str
    customer_name: str
    owner_name: str | None
    amount: Decimal
    closed_on: date | None


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def contract_rows(store: Store, today: date, *, contract_id: str | None = None,
                  customer_id: str | None = None) -> list[ContractRow]:
    """Live contracts (one with ``contract_id``, one customer's with ``customer_id``), newest
    signed first; see the module docstring.
    """
    live_alloc = [PaymentAllocation.deleted_at.is_(None), Payment.deleted_at.is_(None),
                  PaymentInstalment.deleted_at.is_(None)]
    live_inst = [PaymentInstalment.deleted_at.is_(None)]
    if customer_id is not None:  # one customer's card: sum only their instalments
        theirs = PaymentInstalment.contract_id.in_(
            select(Contract.id).where(Contract.customer_id == customer_id))
        live_alloc.append(theirs)
        live_inst.append(theirs)
    paid_inst = (select(PaymentAllocation.instalment_id.label("iid"),
                        func.sum(fen(PaymentAllocation.amount)).label("paid"))
                 .join(Payment, Payment.id == PaymentAllocation.payment_id)
                 .join(PaymentInstalment, PaymentInstalment.id == PaymentAllocation.instalment_id)
                 .where(*live_alloc).group_by(PaymentAllocation.instalment_id).subquery())
    paid_fen = func.coalesce(paid_inst.c.paid, 0)
    due = PaymentInstalment.due_date < today
    per_contract = (select(PaymentInstalment.contract_id.label("cid"),
                           func.sum(fen(PaymentInstalment.amount)).label("planned"),
                           func.sum(paid_fen).label("paid"),
                           func.sum(case((due, fen(PaymentInstalment.amount) - paid_fen), else_=0))
                           .label("overdue"))
                    .outerjoin(paid_inst, paid_inst.c.iid == PaymentInstalment.id)
                    .where(*live_inst)
                    .group_by(PaymentInstalment.contract_id).subquery())
    # Columns, not Contract objects: thousands of ORM objects cost tens of MB while loading.
    q = (select(Contract.id, Contract.number, Contract.customer_id, Customer.name,
                Contract.owner_id, Person.name, Contract.deal_id, Contract.sign_date,
                Contract.amount, Contract.status, Contract.terms, Contract.cancelled_on,
                Contract.cancel_reason, Contract.order_status, per_contract.c.planned,
                per_contract.c.paid,
                per_contract.c.overdue)
         .join(Customer, Customer.id == Contract.customer_id)
         .outerjoin(Person, Person.id == Contract.owner_id)
         .outerjoin(per_contract, per_contract.c.cid == Contract.id)
         .where(Contract.deleted_at.is_(None)))
    if contract_id is not None:
        q = q.where(Contract.id == contract_id)
    if customer_id is not None:
        q = q.where(Contract.customer_id == customer_id)
    out = []
    # The database hands out a new string per row: a customer's, an owner's and the
    # statuses' repeated values are shared instead (2.4 MB over a large firm's contracts).
    shared: dict[Any, Any] = {}

    def one(value: Any) -> Any:
        return value if value is None else shared.setdefault(value, value)

    with store.read() as uow:
        for (cid, number, cust, cname, owner_id, oname, deal_id, sign_date, amount,
             status, terms, cancelled_on, reason, order_status, planned, paid,
             overdue) in uow.session.execute(
                q.order_by(Contract.sign_date.desc(), Contract.number.desc())):
            cust, cname, owner_id, oname = one(cust), one(cname), one(owner_id), one(oname)
            status, terms, reason, order_status = (one(status), one(terms), one(reason),
                                                   one(order_status))
            collected = from_fen(int(paid or 0))
            cancelled = status == ContractStatus.CANCELLED
            open_amount = ZERO if cancelled else max(amount - collected, ZERO)
            out.append(ContractRow(
                cid, number, cust, cname, owner_id, oname, deal_id,
                _day(sign_date), amount, collected, open_amount,
                ZERO if cancelled or status == ContractStatus.DRAFT
                else from_fen(max(int(overdue or 0), 0)),
                from_fen(int(planned or 0)), status, terms, cancelled_on, reason,
                order_status))
    return out


def contract_detail(store: Store, contract_id: str, today: date) -> ContractDetail | None:
    """The contract's plan, payments and customer credit (None when it no longer exists)."""
    found = contract_rows(store, today, contract_id=contract_id)
    if not found:
        return None
    row = found[0]
    instalments = tuple(list_instalments(store, contract_id))
    on_contract = (select(PaymentAllocation.payment_id.label("pid"),
                          func.sum(fen(PaymentAllocation.amount)).label("part"))
                   .join(PaymentInstalment,
                         PaymentInstalment.id == PaymentAllocation.instalment_id)
                   .where(PaymentInstalment.contract_id == contract_id,
                          PaymentAllocation.deleted_at.is_(None))
                   .group_by(PaymentAllocation.payment_id).subquery())
    q = (select(Payment, func.coalesce(on_contract.c.part, 0))
         .outerjoin(on_contract, on_contract.c.pid == Payment.id)
         .where(Payment.deleted_at.is_(None),
                or_(Payment.contract_id == contract_id, on_contract.c.pid.is_not(None)))
         .order_by(Payment.received_on, Payment.created_at))
    with store.read() as uow:
        payments = tuple(ContractPayment(p.id, _day(p.received_on), p.amount,
                                         from_fen(int(part)), p.method, p.reference)
                         for p, part in uow.session.execute(q))
        credit = from_fen(credit_fen(uow.session, row.customer_id))
    return ContractDetail(row, instalments, payments, credit)


def won_deals_without_contract(store: Store) -> list[WonDeal]:
    """Won deals with no live contract, most recently closed first."""
    has_contract = (select(Contract.id).where(Contract.deal_id == Deal.id,
                                              Contract.deleted_at.is_(None)).exists())
    q = (select(Deal.id, Deal.name, Deal.customer_id, Customer.name, Person.name, Deal.amount,
                Deal.won_amount, Deal.closed_on)
         .join(Stage, Stage.id == Deal.stage_id)
         .join(Customer, Customer.id == Deal.customer_id)
         .outerjoin(Person, Person.id == Deal.owner_id)
         .where(Stage.kind == StageKind.WON, Deal.deleted_at.is_(None),
                Customer.deleted_at.is_(None), ~has_contract)
         .order_by(Deal.closed_on.desc(), Deal.name))
    with store.read() as uow:
        return [WonDeal(i, n, cid, cname, oname, won or amount or ZERO,
                        _day(closed) if closed else None)
                for i, n, cid, cname, oname, amount, won, closed in uow.session.execute(q)]


def customer_choices(store: Store) -> list[tuple[str, str]]:
    """(id, name) of every live customer, by name."""
    q = (select(Customer.id, Customer.name)
         .where(Customer.deleted_at.is_(None), Customer.merged_into_id.is_(None))
         .order_by(Customer.name))
    with store.read() as uow:
        return [(i, n) for i, n in uow.session.execute(q)]
