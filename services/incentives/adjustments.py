"""Adjustments (调整) and non-cash recognition (荣誉, 培训, 晋升推荐) of a person and period.

* :func:`add_adjustment` → its id: an amount (positive: owed to the person; negative: taken
  back) with a reason, optionally naming the locked run it corrects. It is paid by the first
  run of its kind of period (month, quarter or year) from its period on that locks with it
  (:mod:`services.incentives.run_lines`). Refused for a period whose run is locked: a locked
  run never changes, so a correction goes into a later period. Undone by
  :func:`remove_adjustment` (a soft delete; refused once a locked run paid it), whose undo
  :func:`restore_adjustment` brings back the same id.
* :func:`add_recognition` → its id; refused for a locked period. Undone by
  :func:`remove_recognition`, whose undo :func:`restore_recognition` brings it back.

Both show in a run only once it is computed again.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Person
from models.base import CENT, new_id, utcnow
from models.incentives import (
    PayoutAdjustment,
    PayoutRun,
    Recognition,
    RecognitionKind,
    RunStatus,
)
from services.core import periods as P
from services.core.changes import Op, call
from services.core.store import Store
from services.incentives.runs import RunError, check_period, refuse_if_locked

REASON_LIMIT = 500
TITLE_LIMIT = 200


@dataclass(frozen=True)
class AdjustmentRecord:
    """An adjustment as lists show it (``paid_in_period``: the locked run that paid it)."""

    id: str
    person_id: str
    person_name: str
    period: str
    amount: Decimal
    reason: str
    corrects_period: str | None
    paid_in_period: str | None


@dataclass(frozen=True)
class RecognitionRecord:
    """A recognition as lists show it."""

    id: str
    person_id: str
    person_name: str
    period: str
    kind: str
    title: str
    note: str | None


def _person(s: Session, person_id: str) -> None:
    if s.get(Person, person_id) is None:
        raise RunError("that person does not exist")


def _text(value: str | None, limit: int) -> str:
    """``value`` with its spaces tidied ("" when there is nothing); refused over ``limit``."""
    text = " ".join(str(value or "").split())
    if len(text) > limit:
        raise RunError("a text can be at most {limit} characters long", limit=limit)
    return text


def _amount(value: Decimal | str | int) -> Decimal:
    try:
        amount = Decimal(str(value)).quantize(CENT)
    except ArithmeticError:
        raise RunError("an amount must be a number of yuan") from None
    if amount == 0:
        raise RunError("an adjustment needs an amount other than zero")
    return amount


# -- adjustments -----------------------------------------------------------------------------

def add_adjustment(store: Store, person_id: str, period: str, amount: Decimal | str | int,
                   reason: str, *, corrects_run_id: str | None = None, by: str | None = None,
                   adjustment_id: str | None = None) -> Op[str]:
    """Record an adjustment (see the module docstring); undone by :func:`remove_adjustment`."""
    key = check_period(period).key
    value = _amount(amount)
    text = _text(reason, REASON_LIMIT)
    if not text:
        raise RunError("give the reason for the adjustment")
    aid = adjustment_id or new_id()
    with store.write() as uow:
        s = uow.session
        _person(s, person_id)
        refuse_if_locked(s, key)
        if corrects_run_id is not None:
            run = s.get(PayoutRun, corrects_run_id)
            if run is None or run.deleted_at is not None or run.status != RunStatus.LOCKED:
                raise RunError("an adjustment corrects a locked payout run")
        s.add(PayoutAdjustment(id=aid, person_id=person_id, period=key, amount=value,
                               reason=text, corrects_run_id=corrects_run_id,
                               created_by_id=by))
        uow.commit()
        return uow.op(aid, undo=call(remove_adjustment, aid))


def remove_adjustment(store: Store, adjustment_id: str) -> Op[None]:
    """Soft-delete an adjustment no locked run paid; undone by :func:`restore_adjustment`."""
    with store.write() as uow:
        s = uow.session
        row = s.get(PayoutAdjustment, adjustment_id)
        if row is None or row.deleted_at is not None:
            raise RunError("this adjustment no longer exists")
        if row.paid_in_run_id is not None:
            raise RunError("a locked payout run paid this adjustment; it stays")
        row.deleted_at = utcnow()
        uow.commit()
        return uow.op(None, undo=call(restore_adjustment, adjustment_id))


def restore_adjustment(store: Store, adjustment_id: str) -> Op[None]:
    """Bring back a removed adjustment; undone by :func:`remove_adjustment`."""
    with store.write() as uow:
        row = uow.session.get(PayoutAdjustment, adjustment_id)
        if row is None:
            raise RunError("this adjustment no longer exists")
        refuse_if_locked(uow.session, row.period)
        row.deleted_at = None
        uow.commit()
        return uow.op(None, undo=call(remove_adjustment, adjustment_id))


def list_adjustments(store: Store, *, person_id: str | None = None) -> list[AdjustmentRecord]:
    """Live adjustments by period, person name and id (one person's with ``person_id``)."""
    with store.read() as uow:
        s = uow.session
        q = (select(PayoutAdjustment, Person.name)
             .join(Person, Person.id == PayoutAdjustment.person_id)
             .where(PayoutAdjustment.deleted_at.is_(None)))
        if person_id is not None:
            q = q.where(PayoutAdjustment.person_id == person_id)
        rows = [(a, n) for a, n in s.execute(q)]
        runs = {r.id: r.period for r in s.scalars(select(PayoutRun).where(PayoutRun.id.in_(
            {a.corrects_run_id for a, _n in rows if a.corrects_run_id}
            | {a.paid_in_run_id for a, _n in rows if a.paid_in_run_id})))}
        out = [AdjustmentRecord(a.id, a.person_id, name, a.period, a.amount, a.reason,
                                runs.get(a.corrects_run_id or ""),
                                runs.get(a.paid_in_run_id or ""))
               for a, name in rows]
    return sorted(out, key=lambda a: (P.sort_key(a.period), a.person_name, a.id))


# -- recognition -----------------------------------------------------------------------------

def add_recognition(store: Store, person_id: str, period: str, kind: str, title: str,
                    note: str | None = None, *, recognition_id: str | None = None) -> Op[str]:
    """Record a recognition (荣誉, 培训, 晋升推荐) on a person's statement of ``period``;
    undone by :func:`remove_recognition`.
    """
    key = check_period(period).key
    try:
        what = RecognitionKind(kind)
    except ValueError:
        raise RunError("recognition is an honour, a training or a promotion recommendation, "
                       "not {kind}", kind=kind) from None
    text = _text(title, TITLE_LIMIT)
    if not text:
        raise RunError("a recognition needs a title")
    extra = (note or "").strip() or None
    rid = recognition_id or new_id()
    with store.write() as uow:
        s = uow.session
        _person(s, person_id)
        refuse_if_locked(s, key)
        s.add(Recognition(id=rid, person_id=person_id, period=key, kind=what, title=text,
                          note=extra))
        uow.commit()
        return uow.op(rid, undo=call(remove_recognition, rid))


def remove_recognition(store: Store, recognition_id: str) -> Op[None]:
    """Soft-delete a recognition of a period not locked; undone by
    :func:`restore_recognition`.
    """
    with store.write() as uow:
        s = uow.session
        row = s.get(Recognition, recognition_id)
        if row is None or row.deleted_at is not None:
            raise RunError("this recognition no longer exists")
        refuse_if_locked(s, row.period)
        row.deleted_at = utcnow()
        uow.commit()
        return uow.op(None, undo=call(restore_recognition, recognition_id))


def restore_recognition(store: Store, recognition_id: str) -> Op[None]:
    """Bring back a removed recognition; undone by :func:`remove_recognition`."""
    with store.write() as uow:
        row = uow.session.get(Recognition, recognition_id)
        if row is None:
            raise RunError("this recognition no longer exists")
        refuse_if_locked(uow.session, row.period)
        row.deleted_at = None
        uow.commit()
        return uow.op(None, undo=call(remove_recognition, recognition_id))


def list_recognitions(store: Store, period: str | None = None) -> list[RecognitionRecord]:
    """Live recognitions (of one period with ``period``) by period, person name, kind, title."""
    with store.read() as uow:
        q = (select(Recognition, Person.name).join(Person, Person.id == Recognition.person_id)
             .where(Recognition.deleted_at.is_(None)))
        if period is not None:
            q = q.where(Recognition.period == period)
        out = [RecognitionRecord(r.id, r.person_id, name, r.period, r.kind, r.title, r.note)
               for r, name in uow.session.execute(q)]
    return sorted(out, key=lambda r: (P.sort_key(r.period), r.person_name, r.kind, r.title,
                                      r.id))
