"""A quote's rows as data, and setting them back: the one undo of every quote write.

:class:`QuoteState` holds the quote, its lines and its approval requests column by column
(``updated_at`` aside); :func:`restore_quote_state` writes them back and soft-deletes the rows
that did not exist then, so undo and redo put back the very same ids.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.base import utcnow
from models.quotes import Quote, QuoteApproval, QuoteLine
from services.core.changes import Op, call
from services.core.errors import ValidationError
from services.core.store import Store

Row = tuple[tuple[str, Any], ...]


@dataclass(frozen=True)
class QuoteState:
    """A quote's rows as they were (None: the quote did not exist); what an undo sets back."""

    quote: Row | None
    lines: tuple[Row, ...] = ()
    approvals: tuple[Row, ...] = ()


# --- reading rows --------------------------------------------------------------------------

def get_quote_row(s: Session, quote_id: str) -> Quote:
    """A live quote (refused when it was removed)."""
    q = s.get(Quote, quote_id)
    if q is None or q.deleted_at is not None:
        raise ValidationError("This quote no longer exists.", field="quote")
    return q


def ensure_latest(s: Session, q: Quote) -> None:
    """Refuse to act on a version a later revision replaced."""
    later = s.scalar(select(Quote.revision).where(Quote.previous_id == q.id,
                                                  Quote.deleted_at.is_(None)))
    if later is not None:
        raise ValidationError("This quote has a later revision; work on that one.",
                              field="quote")


def _row(obj: Any) -> Row:
    return tuple((c.key, getattr(obj, c.key)) for c in obj.__table__.columns
                 if c.key != "updated_at")


def snapshot(s: Session, quote_id: str) -> QuoteState:
    """The quote's rows as they are now (every row, soft-deleted ones too)."""
    q = s.get(Quote, quote_id)
    if q is None:
        return QuoteState(None)
    lines = s.scalars(select(QuoteLine).where(QuoteLine.quote_id == quote_id)
                      .order_by(QuoteLine.id))
    approvals = s.scalars(select(QuoteApproval).where(QuoteApproval.quote_id == quote_id)
                          .order_by(QuoteApproval.id))
    return QuoteState(_row(q), tuple(_row(x) for x in lines), tuple(_row(x) for x in approvals))


def _put(s: Session, model: Any, rows: Sequence[Row], existing: dict[str, Any]) -> set[str]:
    kept: set[str] = set()
    for row in rows:
        values = dict(row)
        kept.add(values["id"])
        obj = existing.get(values["id"])
        if obj is None:
            s.add(model(**values))
            continue
        for key, value in values.items():
            if getattr(obj, key) != value:
                setattr(obj, key, value)
    return kept


def restore_quote_state(store: Store, quote_id: str, state: QuoteState) -> Op[None]:
    """Set a quote, its lines and approvals back to ``state`` (the undo of every quote write);
    undone by the state it found.
    """
    with store.write() as uow:
        s = uow.session
        before = snapshot(s, quote_id)
        now = utcnow()
        q = s.get(Quote, quote_id)
        if state.quote is None:
            if q is not None and q.deleted_at is None:
                q.deleted_at = now
        else:
            _put(s, Quote, [state.quote], {q.id: q} if q is not None else {})
            s.flush()
        children: tuple[tuple[Any, tuple[Row, ...]], ...] = (
            (QuoteLine, state.lines), (QuoteApproval, state.approvals))
        for model, rows in children:
            existing = {x.id: x for x in s.scalars(select(model).where(
                model.quote_id == quote_id))}
            kept = _put(s, model, rows, existing)
            for oid, obj in existing.items():
                if oid not in kept and obj.deleted_at is None:
                    obj.deleted_at = now
        uow.commit()
        return uow.op(None, undo=call(restore_quote_state, quote_id, before))
