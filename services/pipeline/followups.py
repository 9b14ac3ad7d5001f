"""Follow-ups logged from a deal's detail (跟进记录 on the deal): booking a next step stops the deal
from rotting on the board.

The record is the customers feature's follow-up (``models.customers.FollowUp``) with the deal
named; the customer's last/next follow-up dates are kept by that feature's
:func:`~services.customers.edit.recompute_followup_dates`. Undo soft-deletes the record and
redo restores the same one.
"""

from __future__ import annotations

from typing import Any

from models.base import new_id, utcnow
from models.customers import FollowUp
from services.core.changes import Op, call
from services.core.errors import ValidationError
from services.core.store import Store
from services.customers.edit import _clean_followup, recompute_followup_dates
from services.pipeline.deals import _get_deal


def log_deal_followup(store: Store, deal_id: str, values: dict[str, Any]) -> Op[str]:
    """Record a follow-up on a deal (and its customer); the value is the new record's id.

    ``values`` are the follow-up's fields (``at`` and ``method`` required, ``content`` not
    blank). Undone by :func:`set_deal_followup_deleted`.
    """
    cleaned = _clean_followup({k: v for k, v in values.items() if k != "deal_id"})
    for key in ("at", "method"):
        if key not in cleaned:
            raise ValidationError(f"A follow-up needs '{key}'.", field=key)
    if not cleaned.get("content"):
        raise ValidationError("Write what happened in the follow-up.", field="content")
    fid = new_id()
    with store.write() as uow:
        s = uow.session
        customer_id = _get_deal(s, deal_id).customer_id
        s.add(FollowUp(id=fid, customer_id=customer_id, deal_id=deal_id, **cleaned))
        s.flush()
        recompute_followup_dates(s, customer_id)
        uow.commit()
        return uow.op(fid, undo=call(set_deal_followup_deleted, fid, True))


def set_deal_followup_deleted(store: Store, followup_id: str, deleted: bool) -> Op[str]:
    """Soft-delete (True) or restore (False) a follow-up; the value is its customer id and the
    undo does the opposite.
    """
    with store.write() as uow:
        s = uow.session
        f = s.get(FollowUp, followup_id)
        if f is None:
            raise ValidationError("The follow-up no longer exists.", field="followup")
        f.deleted_at = utcnow() if deleted else None
        s.flush()
        recompute_followup_dates(s, f.customer_id)
        uow.commit()
        return uow.op(f.customer_id,
                      undo=call(set_deal_followup_deleted, followup_id, not deleted))
