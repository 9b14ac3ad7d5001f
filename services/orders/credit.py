"""Credit limits (信用额度): a customer's open receivables plus a new contract against the limit.

A customer's **open receivables** here are what their signed, uncancelled contracts still owe:
each contract's amount less what was paid on its instalments (never below zero), so a signed
contract without a payment plan yet counts in full. Drafts (草稿) owe nothing yet. The
**exposure** of a new contract is the open receivables plus its amount; it is over the limit
when it is more than ``customers.credit_limit`` (a customer without a limit is never over).

What happens then is the firm's setting (Settings ▸ Contracts and credit, :data:`POLICY_KEY`):

* ``off`` — nothing is checked;
* ``warn`` (the default) — the service creates the contract; the window asks first
  (:func:`check_credit` tells it what to say);
* ``block`` — :func:`enforce_credit` refuses a new contract, and the signing of a draft, with
  :class:`CreditLimitExceeded`, which names the customer, the limit and the exposure.

This module reads models only (``services.orders.contracts`` imports it to check new
contracts); the risk list is :mod:`services.orders.risk`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, func, select, type_coerce
from sqlalchemy.orm import Session

from models import Customer
from models.base import CENT, from_fen
from models.orders import Contract, ContractStatus, Payment, PaymentAllocation, PaymentInstalment
from services.core.changes import Op, call
from services.core.errors import SailplanError, ValidationError
from services.core.rule_store import read_json, write_json
from services.core.store import Store

POLICY_KEY = "orders.credit_policy"
OFF, WARN, BLOCK = "off", "warn", "block"
POLICIES = (OFF, WARN, BLOCK)
DEFAULT_POLICY = WARN


class CreditLimitExceeded(SailplanError):
    """A new contract would take the customer over their credit limit (policy ``block``)."""


@dataclass(frozen=True)
class CreditCheck:
    """A customer's limit against open receivables plus ``amount`` (see the module docstring)."""

    customer_id: str
    customer_name: str
    limit: Decimal | None
    open: Decimal
    amount: Decimal
    policy: str

    @property
    def exposure(self) -> Decimal:
        """Open receivables plus the new amount."""
        return self.open + self.amount

    @property
    def over(self) -> bool:
        """Whether the exposure is more than the limit (never without a limit)."""
        return self.limit is not None and self.exposure > self.limit

    @property
    def blocked(self) -> bool:
        """Whether the firm's setting refuses this contract."""
        return self.over and self.policy == BLOCK

    @property
    def warned(self) -> bool:
        """Whether the firm's setting asks before creating this contract."""
        return self.over and self.policy == WARN


def _fen(column: Any) -> Any:
    return type_coerce(column, BigInteger)


def policy_in(s: Session) -> str:
    """The firm's credit policy (``off``, ``warn`` or ``block``)."""
    value = read_json(s, POLICY_KEY)
    return value if value in POLICIES else DEFAULT_POLICY


def credit_policy(store: Store) -> str:
    """The firm's credit policy (see the module docstring)."""
    with store.read() as uow:
        return policy_in(uow.session)


def set_credit_policy(store: Store, policy: str) -> Op[str]:
    """Choose ``off``, ``warn`` or ``block``; the value is the old policy, the undo sets it back."""
    if policy not in POLICIES:
        raise ValidationError("“{value}” is not a credit policy (off, warn or block).",
                              field="policy", value=policy)
    with store.write() as uow:
        old = policy_in(uow.session)
        write_json(uow.session, POLICY_KEY, policy)
        uow.commit()
        return uow.op(old, undo=call(set_credit_policy, old))


def open_fen(s: Session, customer_ids: Iterable[str] | None = None) -> dict[str, int]:
    """Open receivables in fen per customer (see the module docstring); customers owing
    nothing are left out.
    """
    paid = (select(PaymentInstalment.contract_id.label("cid"),
                   func.sum(_fen(PaymentAllocation.amount)).label("paid"))
            .join(PaymentAllocation, PaymentAllocation.instalment_id == PaymentInstalment.id)
            .join(Payment, Payment.id == PaymentAllocation.payment_id)
            .where(PaymentInstalment.deleted_at.is_(None), PaymentAllocation.deleted_at.is_(None),
                   Payment.deleted_at.is_(None))
            .group_by(PaymentInstalment.contract_id).subquery())
    q = (select(Contract.customer_id, _fen(Contract.amount), func.coalesce(paid.c.paid, 0))
         .outerjoin(paid, paid.c.cid == Contract.id)
         .where(Contract.deleted_at.is_(None), Contract.status == ContractStatus.SIGNED))
    if customer_ids is not None:
        q = q.where(Contract.customer_id.in_(list(customer_ids)))
    out: dict[str, int] = {}
    for customer, amount, paid_fen in s.execute(q):
        owed = max(int(amount) - int(paid_fen), 0)
        if owed:
            out[customer] = out.get(customer, 0) + owed
    return out


def check_in(s: Session, customer_id: str, amount: Decimal | str | int) -> CreditCheck:
    """:class:`CreditCheck` of a new ``amount`` for ``customer_id`` inside a session."""
    customer = s.get(Customer, customer_id)
    if customer is None or customer.deleted_at is not None:
        raise ValidationError("That customer does not exist.", field="customer")
    open_amount = from_fen(open_fen(s, [customer_id]).get(customer_id, 0))
    return CreditCheck(customer_id, customer.name, customer.credit_limit, open_amount,
                       Decimal(str(amount)).quantize(CENT), policy_in(s))


def check_credit(store: Store, customer_id: str, amount: Decimal | str | int) -> CreditCheck:
    """Whether a new contract of ``amount`` takes the customer over their limit (the window
    asks before creating it when the check is ``warned``).
    """
    with store.read() as uow:
        return check_in(uow.session, customer_id, amount)


def enforce_credit(s: Session, customer_id: str, amount: Decimal) -> CreditCheck:
    """Refuse (:class:`CreditLimitExceeded`) when the policy is ``block`` and the new amount
    takes the customer over their limit; otherwise the check, for the caller to report.
    """
    checked = check_in(s, customer_id, amount)
    if checked.blocked:
        raise CreditLimitExceeded(
            "{customer}'s credit limit is {limit}: open receivables {open} plus this {amount} "
            "make {exposure}.", customer=checked.customer_name, limit=f"{checked.limit:,.2f}",
            open=f"{checked.open:,.2f}", amount=f"{checked.amount:,.2f}",
            exposure=f"{checked.exposure:,.2f}")
    return checked
