"""The editable lost-reason list (输单原因) asked for when a deal is dropped on 输单."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from models import LostReason
from models.base import utcnow
from services.core.changes import Op, call
from services.core.errors import ValidationError
from services.core.store import Store


@dataclass(frozen=True)
class LostReasonInfo:
    """An entry of the lost-reason list."""

    id: str
    name: str
    sort_order: int


def list_lost_reasons(store: Store) -> list[LostReasonInfo]:
    """The editable lost-reason list (输单原因), in order."""
    with store.read() as uow:
        rows = uow.session.scalars(select(LostReason).where(LostReason.deleted_at.is_(None))
                                   .order_by(LostReason.sort_order, LostReason.name)).all()
        return [LostReasonInfo(r.id, r.name, r.sort_order) for r in rows]


def save_lost_reasons(store: Store, names: Sequence[str]) -> Op[list[str]]:
    """Replace the lost-reason list by ``names`` (order kept, blanks and repeats dropped).

    Entries keep their ids when their name stays; removed ones are soft-deleted, and a name
    that comes back restores its soft-deleted entry, so an undo puts back the same rows. Deals
    keep the reason text they were lost with. The value is the previous list of names; the undo
    saves it again.
    """
    wanted = list(dict.fromkeys(n.strip() for n in names if n and n.strip()))
    for n in wanted:
        if len(n) > 100:
            raise ValidationError(f"Lost reason '{n[:20]}…' is longer than 100 characters.",
                                  field="name")
    with store.write() as uow:
        s = uow.session
        rows = s.scalars(select(LostReason).where(LostReason.deleted_at.is_(None))
                         .order_by(LostReason.sort_order, LostReason.name)).all()
        previous = [r.name for r in rows]
        by_name = {r.name: r for r in rows}
        gone = {r.name: r for r in s.scalars(
            select(LostReason).where(LostReason.deleted_at.is_not(None),
                                     LostReason.name.in_(wanted))
            .order_by(LostReason.deleted_at))}  # the newest deletion of a name wins
        now = utcnow()
        for i, n in enumerate(wanted):
            row = by_name.pop(n, None)
            if row is None and n in gone:
                row = gone[n]
                row.deleted_at = None
            if row is None:
                s.add(LostReason(name=n, sort_order=i))
            elif row.sort_order != i:
                row.sort_order = i
        for row in by_name.values():
            row.deleted_at = now
        uow.commit()
        return uow.op(previous, undo=call(save_lost_reasons, previous))
