"""One customer's orders and cash, as the customer card's Orders tab shows them.

* the customer's contracts (:class:`~services.orders.overview.ContractRow`: amount, collected,
  open, overdue as of ``today``, order status), newest signed first;
* their quotes — the latest revision of each (an earlier version a revision replaced is left
  out), newest first;
* their credit (:class:`CustomerCredit`): the limit, the open receivables of signed contracts
  (:func:`services.orders.credit.open_fen`), the drafts still to sign (signing one is checked
  against the limit like a new contract), the exposure — open receivables plus those drafts —
  and the over-payment credit (预收余额: paid and not taken by any instalment).

Read-only; :func:`customer_orders` is run on the task worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from models import Customer
from models.base import from_fen
from models.orders import Contract, ContractStatus, OrderStatus
from services.core.store import Store
from services.orders.contracts import fen
from services.orders.credit import open_fen
from services.orders.overview import ContractRow, contract_rows
from services.orders.payments import credit_fen
from services.orders.quote_queries import QuoteRecord, list_quotes


@dataclass(frozen=True)
class CustomerCredit:
    """A customer's credit position (see the module docstring)."""

    limit: Decimal | None
    open: Decimal
    drafts: Decimal
    prepaid: Decimal

    @property
    def exposure(self) -> Decimal:
        """Open receivables plus the drafts still to sign."""
        return self.open + self.drafts

    @property
    def over_by(self) -> Decimal | None:
        """How far the exposure is over the limit (None within it, or without a limit)."""
        if self.limit is None or self.exposure <= self.limit:
            return None
        return self.exposure - self.limit


@dataclass(frozen=True)
class CustomerOrders:
    """What the card's Orders tab shows for ``customer_id``."""

    customer_id: str
    contracts: tuple[ContractRow, ...]
    quotes: tuple[QuoteRecord, ...]
    credit: CustomerCredit


def customer_credit_position(store: Store, customer_id: str) -> CustomerCredit:
    """The customer's limit, open receivables, drafts to sign and over-payment credit."""
    drafts = (select(func.coalesce(func.sum(fen(Contract.amount)), 0))
              .where(Contract.customer_id == customer_id, Contract.deleted_at.is_(None),
                     Contract.status == ContractStatus.DRAFT,
                     Contract.order_status != OrderStatus.CANCELLED))
    with store.read() as uow:
        s = uow.session
        limit = s.scalar(select(Customer.credit_limit).where(Customer.id == customer_id))
        owing = open_fen(s, [customer_id]).get(customer_id, 0)
        return CustomerCredit(limit, from_fen(owing), from_fen(int(s.scalar(drafts) or 0)),
                              from_fen(credit_fen(s, customer_id)))


def customer_orders(store: Store, customer_id: str, today: date) -> CustomerOrders:
    """The customer's contracts, latest quotes and credit (see the module docstring)."""
    contracts = tuple(contract_rows(store, today, customer_id=customer_id))
    quotes = tuple(q for q in list_quotes(store, today, customer_id=customer_id)
                   if not q.superseded)
    return CustomerOrders(customer_id, contracts, quotes,
                          customer_credit_position(store, customer_id))
