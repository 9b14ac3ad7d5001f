"""Payment plans (回款计划): a contract's instalments, always adding up to its amount.

* :func:`split_by_percent` / :func:`split_equally` / :func:`plan_from_template` — pure: the
  amounts (or lines) of a plan, exact to the fen. Every instalment but the last is its share
  rounded half up to the fen; the last takes the rest, so thirds of 100.00 are 33.33 / 33.33 /
  33.34.
* :func:`set_payment_plan` → the new instalments' ids; it replaces the contract's plan (the
  old instalments are soft-deleted) and is undone by :func:`swap_plan`, which brings the old
  ones back and whose own undo is the redo (the same ids again). Refused once payments are
  applied to the plan.
* :func:`set_invoiced` → the previous invoice dates (已开票); undone by :func:`restore_invoiced`.

A template's lines are (label, percent, days after the anchor date: the sign date unless
another is given), e.g. 预付 30 % at signing, 到货 60 % after 30 days, 质保金 10 % after a year.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.base import CENT, from_fen, new_id, to_fen, utcnow
from models.orders import Payment, PaymentAllocation, PaymentInstalment
from services.core.changes import Op, call
from services.core.errors import SailplanError, ValidationError
from services.core.store import Store
from services.orders.contracts import fen, get_contract_row

LABEL_LIMIT = 50
HUNDRED = Fraction(100)


class InstalmentNotFound(SailplanError):
    """An instalment the caller named does not exist (or was deleted)."""


@dataclass(frozen=True)
class PlanLine:
    """One instalment to be: its due date and either an amount or a percentage of the
    contract amount (``amount`` None on the last line of an amount plan: the rest).
    """

    due_date: date
    amount: Decimal | None = None
    percent: Decimal | Fraction | None = None
    label: str | None = None


@dataclass(frozen=True)
class PlanTemplate:
    """A named plan shape: (label, percent, days after the anchor date) per instalment."""

    key: str
    name: str
    lines: tuple[tuple[str, Decimal, int], ...]


TEMPLATES = (
    PlanTemplate("30-60-10", "预付30% / 到货60% / 质保金10%",
                 (("预付", Decimal(30), 0), ("到货", Decimal(60), 30),
                  ("质保金", Decimal(10), 365))),
    PlanTemplate("50-50", "预付50% / 验收50%",
                 (("预付", Decimal(50), 0), ("验收", Decimal(50), 60))),
    PlanTemplate("100", "一次付清", (("全款", Decimal(100), 30),)),
)


@dataclass(frozen=True, slots=True)
class Instalment:
    """An instalment with what is paid on it today."""

    id: str
    contract_id: str
    seq: int
    due_date: date
    amount: Decimal
    label: str | None
    invoiced_on: date | None
    paid: Decimal

    @property
    def open_amount(self) -> Decimal:
        """What is still to be paid."""
        return self.amount - self.paid


def _fraction(value: Decimal | Fraction | str | int) -> Fraction:
    try:
        return Fraction(str(value)) if not isinstance(value, Fraction) else value
    except (ValueError, ZeroDivisionError):
        raise ValidationError("“{value}” is not a percentage.", field="percent",
                              value=value) from None


def split_by_percent(total: Decimal, percents: Sequence[Decimal | Fraction | str | int]
                     ) -> list[Decimal]:
    """``total`` shared by ``percents`` (which add up to exactly 100), exact to the fen: every
    share but the last rounded half up, the last the rest.
    """
    if not percents:
        raise ValidationError("A payment plan needs at least one instalment.", field="plan")
    parts = [_fraction(p) for p in percents]
    if any(p <= 0 for p in parts):
        raise ValidationError("Every instalment's percentage must be more than zero.",
                              field="percent")
    added = sum(parts, Fraction(0))
    if added != HUNDRED:
        raise ValidationError("The percentages add up to {sum} %, not 100 %.", field="percent",
                              sum=_percent_text(added))
    fen = to_fen(total)
    shares: list[int] = []
    for p in parts[:-1]:
        exact = Fraction(fen) * p / HUNDRED
        shares.append(int((Decimal(exact.numerator) / Decimal(exact.denominator))
                          .quantize(Decimal(1), rounding=ROUND_HALF_UP)))
    last = fen - sum(shares)
    if last <= 0:
        raise ValidationError("{amount} is too small to split this way.", field="amount",
                              amount=f"{from_fen(fen):,.2f}")
    return [from_fen(x) for x in [*shares, last]]


def _percent_text(value: Fraction) -> str:
    return f"{Decimal(value.numerator) / Decimal(value.denominator):.4f}".rstrip("0").rstrip(".")


def split_equally(total: Decimal, count: int) -> list[Decimal]:
    """``total`` in ``count`` equal instalments (the last takes the rounding remainder)."""
    if count < 1:
        raise ValidationError("A payment plan needs at least one instalment.", field="plan")
    return split_by_percent(total, [HUNDRED / count] * count)


def plan_from_template(total: Decimal, anchor: date, template: PlanTemplate) -> list[PlanLine]:
    """The plan lines of ``template`` for ``total``, due ``offset`` days after ``anchor``."""
    amounts = split_by_percent(total, [p for _label, p, _days in template.lines])
    return [PlanLine(anchor + timedelta(days=days), amount=amount, label=label)
            for (label, _p, days), amount in zip(template.lines, amounts, strict=True)]


def template_by_key(key: str) -> PlanTemplate:
    """One of :data:`TEMPLATES`."""
    for t in TEMPLATES:
        if t.key == key:
            return t
    raise ValidationError("There is no payment plan template {key}.", field="template", key=key)


def resolve_amounts(total: Decimal, lines: Sequence[PlanLine]) -> list[Decimal]:
    """Each line's amount: all by percentage, or all by amount (the last may be None: the
    rest); they must add up exactly to ``total``.
    """
    if not lines:
        raise ValidationError("A payment plan needs at least one instalment.", field="plan")
    if all(line.percent is not None for line in lines):
        return split_by_percent(total, [line.percent for line in lines
                                        if line.percent is not None])
    if any(line.percent is not None for line in lines):
        raise ValidationError("Give every instalment a percentage, or every one an amount.",
                              field="plan")
    amounts: list[Decimal | None] = [line.amount for line in lines]
    if any(a is None for a in amounts[:-1]):
        raise ValidationError("Only the last instalment may be left without an amount.",
                              field="amount")
    fixed = [Decimal(str(a)).quantize(CENT) for a in amounts if a is not None]
    if amounts[-1] is None:
        fixed.append(Decimal(total) - sum(fixed, Decimal(0)))
    if any(a <= 0 for a in fixed):
        raise ValidationError("Every instalment's amount must be more than zero.",
                              field="amount")
    if sum(fixed, Decimal(0)) != Decimal(total):
        raise ValidationError("The instalments add up to {sum}, not the contract amount "
                              "{amount}.", field="amount", sum=f"{sum(fixed):,.2f}",
                              amount=f"{Decimal(total):,.2f}")
    return fixed


def _live_ids(s: Session, contract_id: str) -> list[str]:
    return list(s.scalars(select(PaymentInstalment.id).where(
        PaymentInstalment.contract_id == contract_id, PaymentInstalment.deleted_at.is_(None))
        .order_by(PaymentInstalment.seq)))


def _paid_count(s: Session, instalment_ids: Sequence[str]) -> int:
    if not instalment_ids:
        return 0
    return int(s.scalar(
        select(func.count()).select_from(PaymentAllocation)
        .join(Payment, Payment.id == PaymentAllocation.payment_id)
        .where(PaymentAllocation.instalment_id.in_(instalment_ids),
               PaymentAllocation.deleted_at.is_(None), Payment.deleted_at.is_(None))) or 0)


def set_payment_plan(store: Store, contract_id: str, lines: Sequence[PlanLine],
                     instalment_ids: Sequence[str] | None = None) -> Op[tuple[str, ...]]:
    """Replace the contract's payment plan with ``lines`` (see :func:`resolve_amounts`).

    The value is the new instalments' ids (``instalment_ids`` if given); the undo
    :func:`swap_plan` back to the old instalments.
    """
    labels = [(" ".join((line.label or "").split()) or None) for line in lines]
    if any(label is not None and len(label) > LABEL_LIMIT for label in labels):
        raise ValidationError("An instalment's label can be at most {limit} characters long.",
                              field="label", limit=LABEL_LIMIT)
    ids = tuple(instalment_ids) if instalment_ids else tuple(new_id() for _ in lines)
    if len(ids) != len(lines):
        raise ValueError("one id per plan line")
    with store.write() as uow:
        s = uow.session
        contract = get_contract_row(s, contract_id)
        amounts = resolve_amounts(contract.amount, lines)
        old = tuple(_live_ids(s, contract_id))
        if _paid_count(s, old):
            raise ValidationError("Payments are applied to this plan; it cannot be replaced.",
                                  field="plan")
        now = utcnow()
        for row in s.scalars(select(PaymentInstalment).where(PaymentInstalment.id.in_(old))):
            row.deleted_at = now
        for seq, (iid, line, amount, label) in enumerate(
                zip(ids, lines, amounts, labels, strict=True), start=1):
            s.add(PaymentInstalment(id=iid, contract_id=contract_id, seq=seq,
                                    due_date=line.due_date, amount=amount, label=label))
        uow.commit()
        return uow.op(ids, undo=call(swap_plan, contract_id, ids, old))


def swap_plan(store: Store, contract_id: str, remove: Sequence[str], restore: Sequence[str]
              ) -> Op[tuple[str, ...]]:
    """Soft-delete the instalments ``remove`` and bring back ``restore`` (the undo and redo
    of :func:`set_payment_plan`); the value is ``restore``.
    """
    remove, restore = tuple(remove), tuple(restore)
    with store.write() as uow:
        s = uow.session
        get_contract_row(s, contract_id)
        if _paid_count(s, remove):
            raise ValidationError("Payments are applied to this plan; it cannot be replaced.",
                                  field="plan")
        now = utcnow()
        for row in s.scalars(select(PaymentInstalment).where(
                PaymentInstalment.id.in_(remove), PaymentInstalment.deleted_at.is_(None))):
            row.deleted_at = now
        for row in s.scalars(select(PaymentInstalment).where(
                PaymentInstalment.id.in_(restore))):
            row.deleted_at = None
        uow.commit()
        return uow.op(restore, undo=call(swap_plan, contract_id, restore, remove))


def set_invoiced(store: Store, instalment_ids: Sequence[str], on: date | None
                 ) -> Op[tuple[tuple[str, date | None], ...]]:
    """Mark instalments invoiced (已开票) on ``on`` (None: not invoiced). The value is their
    previous dates; the undo :func:`restore_invoiced` of them.
    """
    return restore_invoiced(store, tuple((iid, on) for iid in dict.fromkeys(instalment_ids)))


def restore_invoiced(store: Store, dates: Iterable[tuple[str, date | None]]
                     ) -> Op[tuple[tuple[str, date | None], ...]]:
    """Give each instalment its invoice date; the value (and undo) is the dates replaced."""
    previous: list[tuple[str, date | None]] = []
    with store.write() as uow:
        for iid, on in dates:
            row = uow.session.get(PaymentInstalment, iid)
            if row is None or row.deleted_at is not None:
                raise InstalmentNotFound("This instalment no longer exists.")
            previous.append((iid, row.invoiced_on))
            if row.invoiced_on != on:
                row.invoiced_on = on
        uow.commit()
        before = tuple(previous)
        return uow.op(before, undo=call(restore_invoiced, before))


def list_instalments(store: Store, contract_id: str) -> list[Instalment]:
    """A contract's live instalments in order, each with what is paid on it today."""
    with store.read() as uow:
        s = uow.session
        paid: dict[str, int] = dict(s.execute(
            select(PaymentAllocation.instalment_id,
                   func.sum(fen(PaymentAllocation.amount)))
            .join(Payment, Payment.id == PaymentAllocation.payment_id)
            .join(PaymentInstalment, PaymentInstalment.id == PaymentAllocation.instalment_id)
            .where(PaymentInstalment.contract_id == contract_id,
                   PaymentAllocation.deleted_at.is_(None), Payment.deleted_at.is_(None))
            .group_by(PaymentAllocation.instalment_id)).all())
        rows = s.scalars(select(PaymentInstalment).where(
            PaymentInstalment.contract_id == contract_id, PaymentInstalment.deleted_at.is_(None))
            .order_by(PaymentInstalment.seq)).all()
        return [Instalment(r.id, r.contract_id, r.seq, r.due_date, r.amount, r.label,
                           r.invoiced_on, from_fen(int(paid.get(r.id) or 0))) for r in rows]
