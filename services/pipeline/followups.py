"""Follow-ups logged from a deal's detail (跟进记录 on the deal): booking a next step stops the deal
from rotting on the board.

The record is the customers feature's follow-up (``models.customers.FollowUp``) with the deal
named, written by that feature's :func:`~services.customers.edit.insert_followup` (which moves
the customer's last/next follow-up dates by :mod:`services.customers.booking`: one without a
next date keeps a booking still ahead) and undone by its
:func:`~services.customers.edit.set_followup_deleted`: undo soft-deletes the record and puts
the customer's dates back exactly, redo restores the same record.
"""

from __future__ import annotations

from typing import Any

from services.core.changes import Op, call
from services.core.store import Store
from services.customers.edit import clean_new_followup, insert_followup, set_followup_deleted
from services.pipeline.deals import _get_deal


def log_deal_followup(store: Store, deal_id: str, values: dict[str, Any]) -> Op[str]:
    """Record a follow-up on a deal (and its customer); the value is the new record's id.

    ``values`` are the follow-up's fields (``at`` and ``method`` required, ``content`` not
    blank; a ``deal_id`` among them is ignored). Undone by
    :func:`~services.customers.edit.set_followup_deleted`.
    """
    cleaned = clean_new_followup({k: v for k, v in values.items() if k != "deal_id"})
    with store.write() as uow:
        customer_id = _get_deal(uow.session, deal_id).customer_id
        fid, before = insert_followup(uow.session, customer_id, {**cleaned, "deal_id": deal_id})
        uow.commit()
        return uow.op(fid, undo=call(set_followup_deleted, fid, True, before))
