"""Contracts (合同): created from a won deal or by hand, numbered from a pattern.

* :func:`create_contract_from_deal` / :func:`create_contract` → the new id; undone by
  :func:`discard_contract` (a soft delete), whose undo is :func:`restore_contract` of the same id.

A number pattern holds ``{seq}`` (optionally zero-padded: ``{seq:04}``) and may hold the sign
date's ``{yyyy}``, ``{yy}`` and ``{mm}``: ``HT-{yyyy}-{seq:04}`` gives ``HT-2026-0001``, then
``HT-2026-0002``; the sequence counts per prefix, so every year starts again at 1. A number is
unique among all contracts, including ones whose creation was undone (a redo brings them back
with their number). The firm's pattern is a setting (Settings ▸ Contracts and credit,
:func:`set_number_pattern`); :data:`DEFAULT_PATTERN` until it is changed.

A contract is created signed (已签订) unless ``draft=True``: a draft (草稿) is signed later by
:func:`services.orders.compliance.sign_contract`, once its required terms are ticked. A new
contract is checked against the customer's credit limit (:mod:`services.orders.credit`):
refused when the firm's setting blocks it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, func, select, type_coerce
from sqlalchemy.orm import Session

from models import Customer, Deal, Person, Stage
from models.base import CENT, new_id, utcnow
from models.enums import StageKind
from models.orders import Contract, ContractStatus, Payment, PaymentAllocation, PaymentInstalment
from services.core.changes import Op, call
from services.core.errors import SailplanError, ValidationError
from services.core.rule_store import read_json, write_json
from services.core.store import Store
from services.orders.credit import enforce_credit

DEFAULT_PATTERN = "HT-{yyyy}-{seq:04}"
PATTERN_KEY = "orders.contract_pattern"
NUMBER_LIMIT = 50
_SEQ = re.compile(r"\{seq(?::0?(\d+))?\}")


class ContractNotFound(SailplanError):
    """A contract the caller named does not exist (or was deleted)."""


@dataclass(frozen=True)
class ContractRecord:
    """A contract as lists show it."""

    id: str
    number: str
    customer_id: str
    customer_name: str
    deal_id: str | None
    owner_id: str | None
    owner_name: str | None
    sign_date: date
    amount: Decimal
    status: str
    terms: str | None


def fen(column: Any) -> Any:
    """A money column as its integer fen in SQL (so sums stay integers)."""
    return type_coerce(column, BigInteger)


def format_number(pattern: str, sign_date: date, seq: int) -> str:
    """The number ``pattern`` gives for ``seq`` on ``sign_date``."""
    parts = _pattern_parts(pattern, sign_date)
    return f"{parts[0]}{seq:0{parts[1]}d}{parts[2]}"


def _pattern_parts(pattern: str, sign_date: date) -> tuple[str, int, str]:
    """(prefix, seq width, suffix) of ``pattern`` on ``sign_date``."""
    found = list(_SEQ.finditer(pattern))
    if len(found) != 1:
        raise ValidationError("A contract number pattern needs exactly one sequence field (seq).",
                              field="pattern")
    m = found[0]

    def fill(text: str) -> str:
        return (text.replace("{yyyy}", f"{sign_date.year:04d}")
                .replace("{yy}", f"{sign_date.year % 100:02d}")
                .replace("{mm}", f"{sign_date.month:02d}"))

    return fill(pattern[:m.start()]), int(m.group(1) or 1), fill(pattern[m.end():])


def pattern_in(session: Session) -> str:
    """The firm's contract number pattern (inside a unit of work)."""
    value = read_json(session, PATTERN_KEY)
    return value if isinstance(value, str) and value else DEFAULT_PATTERN


def number_pattern(store: Store) -> str:
    """The firm's contract number pattern (see the module docstring)."""
    with store.read() as uow:
        return pattern_in(uow.session)


def set_number_pattern(store: Store, pattern: str) -> Op[str]:
    """Number new contracts by ``pattern`` (existing numbers stay); the value is the old
    pattern, the undo sets it back. Refused without exactly one ``{seq}``, or when a number it
    gives would be longer than a contract number may be.
    """
    text = pattern.strip()
    sample = format_number(text, date(2026, 12, 31), 10 ** max(_pattern_parts(
        text, date(2026, 12, 31))[1], 4) - 1)
    if len(sample) > NUMBER_LIMIT:
        raise ValidationError("A contract number may be at most {limit} characters; this "
                              "pattern gives {number}.", field="pattern", limit=NUMBER_LIMIT,
                              number=sample)
    with store.write() as uow:
        old = pattern_in(uow.session)
        write_json(uow.session, PATTERN_KEY, text)
        uow.commit()
        return uow.op(old, undo=call(set_number_pattern, old))


def next_number(session: Session, pattern: str, sign_date: date) -> str:
    """The next free number of ``pattern`` for a contract signed on ``sign_date``."""
    prefix, width, suffix = _pattern_parts(pattern, sign_date)
    shape = re.compile(re.escape(prefix) + r"(\d+)" + re.escape(suffix) + r"\Z")
    highest = 0
    like = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    for (number,) in session.execute(select(Contract.number)
                                     .where(Contract.number.like(like, escape="\\"))):
        m = shape.match(number)
        if m:
            highest = max(highest, int(m.group(1)))
    return f"{prefix}{highest + 1:0{width}d}{suffix}"


def _clean_number(number: str) -> str:
    text = " ".join(str(number).split())
    if not text:
        raise ValidationError("A contract needs a number.", field="number")
    if len(text) > NUMBER_LIMIT:
        raise ValidationError("A contract number can be at most {limit} characters long.",
                              field="number", limit=NUMBER_LIMIT)
    return text


def _check_amount(amount: Decimal | str | int) -> Decimal:
    try:
        value = Decimal(str(amount)).quantize(CENT)
    except ArithmeticError:
        raise ValidationError("An amount must be a number of yuan.", field="amount") from None
    if value <= 0:
        raise ValidationError("A contract's amount must be more than zero.", field="amount")
    return value


def _live_customer(s: Session, customer_id: str) -> Customer:
    c = s.get(Customer, customer_id)
    if c is None or c.deleted_at is not None or c.merged_into_id is not None:
        raise ValidationError("That customer does not exist.", field="customer")
    return c


def get_contract_row(s: Session, contract_id: str) -> Contract:
    """A live contract (refused when it was deleted)."""
    c = s.get(Contract, contract_id)
    if c is None or c.deleted_at is not None:
        raise ContractNotFound("This contract no longer exists.")
    return c


def create_contract(store: Store, *, customer_id: str, amount: Decimal | str | int,
                    sign_date: date, owner_id: str | None = None, deal_id: str | None = None,
                    number: str | None = None, terms: str | None = None,
                    pattern: str | None = None, contract_id: str | None = None,
                    draft: bool = False, check_credit: bool = True) -> Op[str]:
    """Add a signed contract (a draft with ``draft``); without ``number`` the next one of
    ``pattern`` (by default the firm's) is taken. The value is its id, the undo
    :func:`discard_contract` of it. Refused over the customer's credit limit when the firm
    blocks that (not with ``check_credit=False``: a ledger of past contracts).
    """
    value = _check_amount(amount)
    cid = contract_id or new_id()
    with store.write() as uow:
        s = uow.session
        _live_customer(s, customer_id)
        if check_credit:
            enforce_credit(s, customer_id, value)
        if owner_id is not None and s.get(Person, owner_id) is None:
            raise ValidationError("That person does not exist.", field="owner")
        text = (_clean_number(number) if number is not None
                else next_number(s, pattern or pattern_in(s), sign_date))
        if s.scalar(select(func.count()).select_from(Contract)
                    .where(Contract.number == text)):
            raise ValidationError("The contract number {number} is already used.",
                                  field="number", number=text)
        s.add(Contract(id=cid, number=text, customer_id=customer_id, deal_id=deal_id,
                       owner_id=owner_id, sign_date=sign_date, amount=value,
                       status=ContractStatus.DRAFT if draft else ContractStatus.SIGNED,
                       terms=(terms or "").strip() or None))
        uow.commit()
        return uow.op(cid, undo=call(discard_contract, cid))


def create_contract_from_deal(store: Store, deal_id: str, *, sign_date: date | None = None,
                              amount: Decimal | str | int | None = None,
                              number: str | None = None, terms: str | None = None,
                              pattern: str | None = None, contract_id: str | None = None,
                              draft: bool = False) -> Op[str]:
    """A contract for a won deal, prefilled: its customer, owner, won amount (else amount) and
    close date (else today) unless given. A deal has at most one live contract.
    """
    with store.read() as uow:
        s = uow.session
        deal = s.get(Deal, deal_id)
        if deal is None or deal.deleted_at is not None:
            raise ValidationError("That deal does not exist.", field="deal")
        kind = s.scalar(select(Stage.kind).where(Stage.id == deal.stage_id))
        if kind != StageKind.WON:
            raise ValidationError("Only a won deal gets a contract.", field="deal")
        existing = s.scalar(select(Contract.number).where(Contract.deal_id == deal_id,
                                                          Contract.deleted_at.is_(None)))
        if existing is not None:
            raise ValidationError("This deal already has the contract {number}.",
                                  field="deal", number=existing)
        prefill: dict[str, Any] = dict(
            customer_id=deal.customer_id, owner_id=deal.owner_id,
            amount=amount if amount is not None else (deal.won_amount or deal.amount),
            sign_date=sign_date or deal.closed_on or date.today())
    return create_contract(store, deal_id=deal_id, number=number, terms=terms,
                           pattern=pattern, contract_id=contract_id, draft=draft, **prefill)


def discard_contract(store: Store, contract_id: str) -> Op[None]:
    """Soft-delete a contract (the undo of creating it); undone by :func:`restore_contract`.

    Refused while payments are applied to it (record a refund instead).
    """
    with store.write() as uow:
        s = uow.session
        c = get_contract_row(s, contract_id)
        paid = s.scalar(
            select(func.count()).select_from(PaymentAllocation)
            .join(PaymentInstalment, PaymentInstalment.id == PaymentAllocation.instalment_id)
            .join(Payment, Payment.id == PaymentAllocation.payment_id)
            .where(PaymentInstalment.contract_id == contract_id,
                   PaymentAllocation.deleted_at.is_(None), Payment.deleted_at.is_(None)))
        if paid:
            raise ValidationError("Payments are applied to this contract; it cannot be "
                                  "removed.", field="contract")
        c.deleted_at = utcnow()
        uow.commit()
        return uow.op(None, undo=call(restore_contract, contract_id))


def restore_contract(store: Store, contract_id: str) -> Op[None]:
    """Bring back a soft-deleted contract; undone by :func:`discard_contract`."""
    with store.write() as uow:
        c = uow.session.get(Contract, contract_id)
        if c is None:
            raise ContractNotFound("This contract no longer exists.")
        c.deleted_at = None
        uow.commit()
        return uow.op(None, undo=call(discard_contract, contract_id))


def list_contracts(store: Store, *, customer_id: str | None = None) -> list[ContractRecord]:
    """Live contracts by sign date then number (one customer's with ``customer_id``)."""
    q = (select(Contract, Customer.name, Person.name)
         .join(Customer, Customer.id == Contract.customer_id)
         .outerjoin(Person, Person.id == Contract.owner_id)
         .where(Contract.deleted_at.is_(None)))
    if customer_id is not None:
        q = q.where(Contract.customer_id == customer_id)
    with store.read() as uow:
        return [ContractRecord(c.id, c.number, c.customer_id, cname, c.deal_id, c.owner_id,
                               oname, c.sign_date, c.amount, c.status, c.terms)
                for c, cname, oname in uow.session.execute(
                    q.order_by(Contract.sign_date, Contract.number))]
