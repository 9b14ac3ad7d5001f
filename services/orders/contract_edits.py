"""Edits of a contract after it was signed: cancelling it, rescheduling an instalment, and
applying the customer's credit to open instalments.

* :func:`cancel_contract` → None: the contract and its order stay (status 已取消, the date and
  the reason kept), never deleted; refused while payments are applied to it (refund them
  first), then as :func:`services.orders.status.cancel_order` refuses. Undone by
  :func:`services.orders.status.put_order`.
* :func:`reschedule_instalment` → the previous due date; refused on an instalment that is paid
  in full. Undone by itself with the previous date.
* :func:`apply_credit` → :class:`~services.orders.payments.PaymentResult` of the credit used:
  what the customer paid and no instalment took goes to the instalment picked, then to the
  oldest open ones (of the contract named, else of all the customer's contracts), from the
  oldest payment with money left. The allocations belong to those payments, so the money
  counts from the day it was received. Undone by :func:`discard_allocations`, whose undo
  :func:`restore_allocations` brings back the same rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.base import from_fen, new_id, utcnow
from models.orders import ContractStatus, Payment, PaymentAllocation, PaymentInstalment
from services.core.changes import Op, call
from services.core.errors import ValidationError
from services.core.store import Store
from services.orders.contracts import fen, get_contract_row
from services.orders.payments import PaymentResult, _check_balances, _instalments, credit_fen
from services.orders.plans import InstalmentNotFound
from services.orders.status import cancel_order

REASON_LIMIT = 500


def _paid_on_contract(s: Session, contract_id: str) -> int:
    """What is paid (net of refunds) on the contract's live instalments, in fen."""
    return int(s.scalar(
        select(func.sum(fen(PaymentAllocation.amount)))
        .join(PaymentInstalment, PaymentInstalment.id == PaymentAllocation.instalment_id)
        .join(Payment, Payment.id == PaymentAllocation.payment_id)
        .where(PaymentInstalment.contract_id == contract_id,
               PaymentInstalment.deleted_at.is_(None),
               PaymentAllocation.deleted_at.is_(None), Payment.deleted_at.is_(None))) or 0)


def cancel_contract(store: Store, contract_id: str, reason: str, on: date | None = None
                    ) -> Op[None]:
    """Cancel a contract (已取消) on ``on`` (today) for ``reason``; see the module docstring."""
    text = " ".join(str(reason or "").split())
    if not text:
        raise ValidationError("Give a reason for cancelling the contract.", field="reason")
    if len(text) > REASON_LIMIT:
        raise ValidationError("A reason can be at most {limit} characters long.",
                              field="reason", limit=REASON_LIMIT)
    with store.read() as uow:
        c = get_contract_row(uow.session, contract_id)
        if c.status == ContractStatus.CANCELLED:
            raise ValidationError("The contract {number} is already cancelled.",
                                  field="contract", number=c.number)
        if _paid_on_contract(uow.session, contract_id) > 0:
            raise ValidationError("Payments are applied to the contract {number}; refund them "
                                  "before cancelling it.", field="contract", number=c.number)
    # One cancellation for the contract and its order (订单状态 已取消): the order's rules
    # apply too (never once done, never before its last step), undone by put_order.
    return cancel_order(store, contract_id, text, on=on)


def reschedule_instalment(store: Store, instalment_id: str, due_date: date) -> Op[date]:
    """Move an instalment that is not paid in full to ``due_date``; the value (and the undo's
    date) is the previous due date.
    """
    with store.write() as uow:
        s = uow.session
        row = s.get(PaymentInstalment, instalment_id)
        if row is None or row.deleted_at is not None:
            raise InstalmentNotFound("This instalment no longer exists.")
        contract = get_contract_row(s, row.contract_id)
        if contract.status == ContractStatus.CANCELLED:
            raise ValidationError("The contract {number} is cancelled.", field="contract",
                                  number=contract.number)
        paid = int(s.scalar(
            select(func.sum(fen(PaymentAllocation.amount)))
            .join(Payment, Payment.id == PaymentAllocation.payment_id)
            .where(PaymentAllocation.instalment_id == instalment_id,
                   PaymentAllocation.deleted_at.is_(None), Payment.deleted_at.is_(None))) or 0)
        if paid >= int(s.scalar(select(fen(PaymentInstalment.amount)).where(
                PaymentInstalment.id == instalment_id)) or 0):
            raise ValidationError("This instalment is paid in full; there is nothing to "
                                  "reschedule.", field="instalment")
        before = row.due_date
        if before != due_date:
            row.due_date = due_date
        uow.commit()
        return uow.op(before, undo=call(reschedule_instalment, instalment_id, before))


def apply_credit(store: Store, customer_id: str, *, contract_id: str | None = None,
                 instalment_id: str | None = None,
                 allocation_ids: Sequence[str] | None = None) -> Op[PaymentResult]:
    """Apply the customer's credit to open instalments (see the module docstring).

    ``allocation_ids`` names the new allocations (a redo gives the same ids).
    """
    with store.write() as uow:
        s = uow.session
        if contract_id is not None:
            contract = get_contract_row(s, contract_id)
            if contract.customer_id != customer_id:
                raise ValidationError("That contract is another customer's.", field="contract")
        left = credit_fen(s, customer_id)
        if left <= 0:
            raise ValidationError("The customer has no credit to apply.", field="credit")
        rows = _instalments(s, customer_id, contract_id)
        rows.sort(key=lambda r: r.id != instalment_id)  # stable: the picked one first
        applied_by: dict[str, int] = dict(s.execute(
            select(PaymentAllocation.payment_id, func.sum(fen(PaymentAllocation.amount)))
            .where(PaymentAllocation.deleted_at.is_(None))
            .group_by(PaymentAllocation.payment_id)).all())
        sources = [[pid, int(amount) - int(applied_by.get(pid) or 0)]
                   for pid, amount in s.execute(
                       select(Payment.id, fen(Payment.amount))
                       .where(Payment.customer_id == customer_id, Payment.deleted_at.is_(None),
                              fen(Payment.amount) > 0)
                       .order_by(Payment.received_on, Payment.created_at))]
        sources = [src for src in sources if src[1] > 0]
        ids = list(allocation_ids or ())
        made: list[str] = []
        applied: list[tuple[str, Decimal]] = []
        total = 0
        for r in rows:
            want = min(left, r.amount - r.paid)
            got = 0
            while want > 0 and sources:
                take = min(want, sources[0][1])
                aid = ids[len(made)] if len(made) < len(ids) else new_id()
                s.add(PaymentAllocation(id=aid, payment_id=sources[0][0], instalment_id=r.id,
                                        amount=from_fen(take)))
                made.append(aid)
                want -= take
                got += take
                sources[0][1] -= take
                if not sources[0][1]:
                    sources.pop(0)
            if got:
                applied.append((r.id, from_fen(got)))
                left -= got
                total += got
            if not left or not sources:
                break
        if not made:
            raise ValidationError("Nothing is open to apply the credit to.", field="credit")
        uow.commit()
        result = PaymentResult("", from_fen(total), tuple(applied), from_fen(-total))
        return uow.op(result, undo=call(discard_allocations, customer_id, tuple(made)))


def discard_allocations(store: Store, customer_id: str, allocation_ids: Sequence[str]
                        ) -> Op[None]:
    """Soft-delete allocations (the undo of :func:`apply_credit`); undone by
    :func:`restore_allocations`.
    """
    return _set_allocations(store, customer_id, tuple(allocation_ids), deleted=True)


def restore_allocations(store: Store, customer_id: str, allocation_ids: Sequence[str]
                        ) -> Op[None]:
    """Bring back soft-deleted allocations; undone by :func:`discard_allocations`."""
    return _set_allocations(store, customer_id, tuple(allocation_ids), deleted=False)


def _set_allocations(store: Store, customer_id: str, ids: tuple[str, ...], *, deleted: bool
                     ) -> Op[None]:
    with store.write() as uow:
        s = uow.session
        now = utcnow()
        rows = s.scalars(select(PaymentAllocation).where(PaymentAllocation.id.in_(ids))).all()
        for a in rows:
            a.deleted_at = now if deleted else None
        _check_balances(s, customer_id, [a.instalment_id for a in rows])
        uow.commit()
        back = restore_allocations if deleted else discard_allocations
        return uow.op(None, undo=call(back, customer_id, ids))

