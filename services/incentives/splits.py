"""Credit splits (业绩分配): a deal's credit shared between people by percentage.

A split is the deal's live ``credit_splits`` rows, one per person, in basis points adding up to
10,000 (100 %). Without one, the deal's contracts credit their owner with everything
(:mod:`services.incentives.gather` reads splits for signed and collected amounts alike).

* :func:`set_credit_split` → the split it replaced; undone by :func:`restore_split_rows`, which
  makes the replaced rows live again (the same ids) and the new ones deleted; its undo makes
  the new ones live again — so undo and redo restore each split exactly, row for row.
  An empty mapping clears the split (the owner gets everything again).
* :func:`credit_split` reads a deal's split, highest share first; :func:`deal_split` the same
  with the deal's name and owner (what the split editor shows).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.base import utcnow
from models.incentives import CreditSplit
from models.org import Person
from models.pipeline import Deal
from services.core.changes import Op, call
from services.core.errors import SailplanError
from services.core.store import Store

FULL_BP = 10_000


class CreditSplitError(SailplanError):
    """A credit split that cannot be saved, with what is wrong named."""


NO_DEAL = "this deal no longer exists"
NO_PERSON = "the credit split names someone who does not exist: {person}"
BAD_SHARE = "a share of a credit split is a whole number of basis points above 0, not {value}"
NOT_WHOLE = "the shares of a credit split add up to 100 %, not {total} %"
GONE = "this credit split was changed since; it cannot be undone"
TEMPLATES = (NO_DEAL, NO_PERSON, BAD_SHARE, NOT_WHOLE, GONE)
"""Every refusal of this module (for the translation tools, context ServiceErrors)."""


@dataclass(frozen=True)
class SplitShare:
    """One person's share of a deal's credit."""

    person_id: str
    person_name: str
    share_bp: int


def _percent(bp: int) -> str:
    """Basis points as a percentage without trailing zeros: 9000 → 90, 10001 → 100.01."""
    text = f"{Decimal(bp) / 100:.2f}"
    return text.rstrip("0").rstrip(".")


def _live_rows(s: Session, deal_id: str) -> list[CreditSplit]:
    return list(s.scalars(select(CreditSplit).where(CreditSplit.deal_id == deal_id,
                                                    CreditSplit.deleted_at.is_(None))
                          .order_by(CreditSplit.id)))


def _check(s: Session, deal_id: str, shares: Mapping[str, int]) -> None:
    deal = s.get(Deal, deal_id)
    if deal is None or deal.deleted_at is not None:
        raise CreditSplitError(NO_DEAL)
    if not shares:
        return
    for person_id, bp in sorted(shares.items()):
        if isinstance(bp, bool) or not isinstance(bp, int) or bp <= 0:
            raise CreditSplitError(BAD_SHARE, value=bp)
        person = s.get(Person, person_id)
        if person is None or person.deleted_at is not None:
            raise CreditSplitError(NO_PERSON, person=person_id)
    total = sum(shares.values())
    if total != FULL_BP:
        raise CreditSplitError(NOT_WHOLE, total=_percent(total))


def set_credit_split(store: Store, deal_id: str, shares: Mapping[str, int]
                     ) -> Op[dict[str, int]]:
    """Share a deal's credit: person id → basis points (adding up to 10,000); an empty
    mapping clears the split. The value is the split replaced (empty: there was none).

    Refused with :class:`CreditSplitError` unless the deal and every person exist, every share
    is a whole number of basis points above 0 and they add up to 10,000.
    """
    with store.write() as uow:
        s = uow.session
        _check(s, deal_id, shares)
        old = _live_rows(s, deal_id)
        previous = {r.person_id: r.share_bp for r in old}
        now = utcnow()
        for row in old:
            row.deleted_at = now
        new = [CreditSplit(deal_id=deal_id, person_id=pid, share_bp=bp)
               for pid, bp in sorted(shares.items())]
        s.add_all(new)
        s.flush()
        uow.commit()
        undo = call(restore_split_rows, deal_id, tuple(r.id for r in old),
                    tuple(r.id for r in new))
        return uow.op(previous, undo=undo)


def restore_split_rows(store: Store, deal_id: str, live_ids: Sequence[str],
                       current_ids: Sequence[str]) -> Op[None]:
    """Make the split rows ``live_ids`` the deal's split again, deleting ``current_ids`` (the
    split that replaced them); refused when the deal's split is no longer ``current_ids``.
    Undo swaps them back.
    """
    with store.write() as uow:
        s = uow.session
        deal = s.get(Deal, deal_id)
        if deal is None or deal.deleted_at is not None:
            raise CreditSplitError(NO_DEAL)
        if sorted(r.id for r in _live_rows(s, deal_id)) != sorted(current_ids):
            raise CreditSplitError(GONE)
        now = utcnow()
        for row_id in current_ids:
            row = s.get_one(CreditSplit, row_id)
            row.deleted_at = now
        for row_id in live_ids:
            row = s.get_one(CreditSplit, row_id)
            row.deleted_at = None
        uow.commit()
        return uow.op(None, undo=call(restore_split_rows, deal_id, tuple(current_ids),
                                      tuple(live_ids)))


def credit_split(store: Store, deal_id: str) -> list[SplitShare]:
    """A deal's split, highest share first (then by person id); empty: the owner gets all."""
    with store.read() as uow:
        rows = uow.session.execute(
            select(CreditSplit.person_id, Person.name, CreditSplit.share_bp)
            .join(Person, Person.id == CreditSplit.person_id)
            .where(CreditSplit.deal_id == deal_id, CreditSplit.deleted_at.is_(None))).all()
    return sorted((SplitShare(pid, name, int(bp)) for pid, name, bp in rows),
                  key=lambda x: (-x.share_bp, x.person_id))


@dataclass(frozen=True)
class DealSplit:
    """A deal's split with the deal's name and owner (who gets everything without a split)."""

    deal_id: str
    deal_name: str
    owner_id: str | None
    owner_name: str | None
    shares: tuple[SplitShare, ...]


def deal_split(store: Store, deal_id: str) -> DealSplit | None:
    """The deal's name, owner and split; None when the deal no longer exists."""
    with store.read() as uow:
        row = uow.session.execute(
            select(Deal.name, Deal.owner_id, Person.name)
            .outerjoin(Person, Person.id == Deal.owner_id)
            .where(Deal.id == deal_id, Deal.deleted_at.is_(None))).first()
    if row is None:
        return None
    name, owner_id, owner_name = row
    return DealSplit(deal_id, name, owner_id, owner_name, tuple(credit_split(store, deal_id)))


def first_split_deal(store: Store) -> str | None:
    """A deal whose credit is split (the first by id), else None — for showing a split."""
    with store.read() as uow:
        return uow.session.scalars(select(CreditSplit.deal_id)
                                   .where(CreditSplit.deleted_at.is_(None))
                                   .order_by(CreditSplit.deal_id)).first()
