"""Quotes (报价): writes. Every write returns an ``Op``; its undo puts the quote back as it was.

* :func:`create_quote` → the new id (numbered ``BJ-{yyyy}-{seq:04}`` from the issue date);
* :func:`update_quote` — a draft's lines, dates, owner and notes;
* :func:`send_quote`, :func:`accept_quote`, :func:`reject_quote`, :func:`expire_quote` — the
  status: 草稿 → 已发送 → 已接受 / 已拒绝 / 已过期;
* :func:`revise_quote` → the id of the next revision (the earlier one is kept, linked);
* :func:`discard_quote` — remove a draft;
* :func:`decide_approval` (in :mod:`services.orders.quote_approvals`) — approve or reject.

A line beyond its discount threshold (:mod:`services.orders.quote_rules`) makes a saved draft
ask for approval: a :class:`~models.quotes.QuoteApproval` request goes to the approver and the
quote's ``approval`` is ``pending``; a quote cannot be sent while it is pending or rejected.
Changing the lines of a draft whose request was decided asks again (the decision stays in the
history); lines within the thresholds withdraw a pending request.

Every undo is :func:`restore_quote_state` with the quote, its lines and its approvals as they
were (:class:`QuoteState`); rows that did not exist then are soft-deleted, so a redo brings
back the very same ids.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Customer, Deal, Person, Product
from models.base import CENT, new_id, utcnow
from models.quotes import ApprovalState, Quote, QuoteApproval, QuoteLine, QuoteStatus
from services.core.changes import Op, call
from services.core.errors import ValidationError
from services.core.store import Store
from services.orders import quote_rules as QR
from services.orders.contracts import _pattern_parts
from services.orders.quote_approvals import file_request, read_thresholds_in
from services.orders.quote_state import (
    QuoteState,
    ensure_latest,
    get_quote_row,
    restore_quote_state,
    snapshot,
)

DESCRIPTION_LIMIT = 200
UNIT_LIMIT = 20
NOTES_LIMIT = 2000

@dataclass(frozen=True)
class QuoteLineInput:
    """A line to save: a product (price and tax from the catalogue unless given) or free text."""

    description: str = ""
    quantity: Decimal | str | int = 1
    unit_price: Decimal | str | int | None = None
    discount_bp: int = 0
    tax_rate_bp: int | None = None
    product_id: str | None = None
    measure_unit: str | None = None


# --- checking input ------------------------------------------------------------------------

def _decimal(value: Any) -> Decimal | None:
    """A typed number (thousands separators and a ¥ allowed), None when it is not one."""
    text = str(value).replace(",", "").replace("，", "").strip().lstrip("¥￥")
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _bp(value: Any, field: str) -> int:
    try:
        bp = int(value)
    except (TypeError, ValueError):
        bp = -1
    if not 0 <= bp <= 10000:
        raise ValidationError("A discount or tax rate must be between 0 and 100 %.", field=field)
    return bp


LIMITS = {"description": DESCRIPTION_LIMIT, "measure_unit": UNIT_LIMIT, "notes": NOTES_LIMIT}


def _clean_text(value: Any, field: str) -> str | None:
    text = " ".join(str(value or "").split())
    limit = LIMITS[field]
    if len(text) <= limit:
        return text or None
    if field == "description":
        raise ValidationError("A line's text can be at most {limit} characters long.",
                              field=field, limit=limit)
    if field == "measure_unit":
        raise ValidationError("A unit can be at most {limit} characters long.", field=field,
                              limit=limit)
    raise ValidationError("Notes can be at most {limit} characters long.", field=field,
                          limit=limit)


def _line_values(s: Session, ln: QuoteLineInput) -> dict[str, Any]:
    product = None
    if ln.product_id is not None:
        product = s.get(Product, ln.product_id)
        if product is None or product.deleted_at is not None:
            raise ValidationError("That product does not exist.", field="product")
    description = _clean_text(ln.description, "description") or (product.name if product else None)
    if description is None:
        raise ValidationError("Every line needs a product or a description.",
                              field="description")
    quantity = _decimal(ln.quantity)
    if quantity is None:
        raise ValidationError("A quantity must be a number.", field="quantity")
    if quantity <= 0 or quantity != quantity.quantize(CENT):
        raise ValidationError("A quantity must be more than zero, with at most two decimals.",
                              field="quantity")
    if ln.unit_price is None:
        price = product.unit_price if product is not None else Decimal(0)
    else:
        typed = _decimal(ln.unit_price)
        if typed is None:
            raise ValidationError("A price must be a number of yuan.", field="unit_price")
        price = typed
    if price < 0:
        raise ValidationError("A line's price cannot be negative.", field="unit_price")
    price = price.quantize(CENT)
    tax = ln.tax_rate_bp if ln.tax_rate_bp is not None else (
        product.tax_rate_bp or 0 if product is not None else 0)
    discount, tax = _bp(ln.discount_bp, "discount_bp"), _bp(tax, "tax_rate_bp")
    unit = _clean_text(ln.measure_unit, "measure_unit") or (
        product.measure_unit if product else None)
    amounts = QR.line_amounts(quantity, price, discount, tax)
    return dict(product_id=ln.product_id, description=description, measure_unit=unit,
                quantity=quantity.quantize(CENT), unit_price=price, discount_bp=discount,
                tax_rate_bp=tax, net=amounts.net, tax=amounts.tax, gross=amounts.gross)


def _write_lines(s: Session, q: Quote, lines: Sequence[QuoteLineInput]) -> list[dict[str, Any]]:
    """Replace the quote's live lines and its totals; the values written, in order."""
    if not lines:
        raise ValidationError("A quote needs at least one line.", field="lines")
    values = [_line_values(s, ln) for ln in lines]
    now = utcnow()
    for old in s.scalars(select(QuoteLine).where(QuoteLine.quote_id == q.id,
                                                 QuoteLine.deleted_at.is_(None))):
        old.deleted_at = now
    for seq, v in enumerate(values, 1):
        row = {k: x for k, x in v.items() if k != "gross"}
        s.add(QuoteLine(id=new_id(), quote_id=q.id, seq=seq, **row))
    t = QR.totals(QR.LineAmounts(v["gross"], v["net"], v["tax"]) for v in values)
    q.subtotal, q.discount, q.tax, q.total = t.subtotal, t.discount, t.tax, t.total
    return values


def _check_dates(issued_on: date, valid_until: date) -> None:
    if valid_until < issued_on:
        raise ValidationError("A quote cannot be valid until a day before it is issued.",
                              field="valid_until")


def _next_number(s: Session, issued_on: date) -> str:
    prefix, width, suffix = _pattern_parts(QR.DEFAULT_PATTERN, issued_on)
    shape = re.compile(re.escape(prefix) + r"(\d+)" + re.escape(suffix) + r"\Z")
    highest = 0
    for (number,) in s.execute(select(Quote.number).where(Quote.number.like(prefix + "%"))):
        m = shape.match(number)
        if m:
            highest = max(highest, int(m.group(1)))
    return f"{prefix}{highest + 1:0{width}d}{suffix}"


def _party(s: Session, customer_id: str | None, deal_id: str | None) -> tuple[str, Deal | None]:
    deal = None
    if deal_id is not None:
        deal = s.get(Deal, deal_id)
        if deal is None or deal.deleted_at is not None:
            raise ValidationError("That deal does not exist.", field="deal")
        if customer_id is not None and customer_id != deal.customer_id:
            raise ValidationError("That deal is another customer's.", field="deal")
        customer_id = deal.customer_id
    if customer_id is None:
        raise ValidationError("A quote needs a customer or a deal.", field="customer")
    c = s.get(Customer, customer_id)
    if c is None or c.deleted_at is not None or c.merged_into_id is not None:
        raise ValidationError("That customer does not exist.", field="customer")
    return customer_id, deal


def _check_person(s: Session, person_id: str | None) -> None:
    if person_id is not None and s.get(Person, person_id) is None:
        raise ValidationError("That person does not exist.", field="owner")


# --- writes --------------------------------------------------------------------------------

def create_quote(store: Store, *, lines: Sequence[QuoteLineInput], issued_on: date,
                 customer_id: str | None = None, deal_id: str | None = None,
                 owner_id: str | None = None, valid_until: date | None = None,
                 notes: str | None = None, requested_by: str | None = None,
                 quote_id: str | None = None) -> Op[str]:
    """A new draft quote for a customer or one of its deals (the deal's customer and owner
    unless given); valid 30 days unless ``valid_until``. The value is its id.
    """
    qid = quote_id or new_id()
    until = valid_until or issued_on + timedelta(days=QR.DEFAULT_VALID_DAYS)
    _check_dates(issued_on, until)
    with store.write() as uow:
        s = uow.session
        cust, deal = _party(s, customer_id, deal_id)
        owner = owner_id if owner_id is not None else (deal.owner_id if deal else None)
        _check_person(s, owner)
        q = Quote(id=qid, number=_next_number(s, issued_on), revision=1, customer_id=cust,
                  deal_id=deal_id, owner_id=owner, issued_on=issued_on, valid_until=until,
                  status=QuoteStatus.DRAFT, notes=_clean_text(notes, "notes"))
        s.add(q)
        s.flush()
        values = _write_lines(s, q, lines)
        file_request(s, q, values, read_thresholds_in(s), requested_by, changed=True)
        uow.commit()
        return uow.op(qid, undo=call(restore_quote_state, qid, QuoteState(None)))


_UNSET: Any = object()


def update_quote(store: Store, quote_id: str, *, lines: Sequence[QuoteLineInput] | None = None,
                 issued_on: date | None = None, valid_until: date | None = None,
                 owner_id: Any = _UNSET, notes: Any = _UNSET,
                 requested_by: str | None = None) -> Op[None]:
    """Change a draft (what is given); new lines may ask for approval again (module doc)."""
    with store.write() as uow:
        s = uow.session
        q = get_quote_row(s, quote_id)
        if q.status != QuoteStatus.DRAFT:
            raise ValidationError("Only a draft can be changed; revise the quote instead.",
                                  field="quote")
        ensure_latest(s, q)
        before = snapshot(s, quote_id)
        new_issued = issued_on or q.issued_on
        new_until = valid_until or q.valid_until
        _check_dates(new_issued, new_until)
        if new_issued != q.issued_on:
            q.issued_on = new_issued
        if new_until != q.valid_until:
            q.valid_until = new_until
        if owner_id is not _UNSET and owner_id != q.owner_id:
            _check_person(s, owner_id)
            q.owner_id = owner_id
        if notes is not _UNSET:
            text = _clean_text(notes, "notes")
            if text != q.notes:
                q.notes = text
        if lines is not None:
            old = [(ln.product_id, ln.description, ln.quantity, ln.unit_price, ln.discount_bp,
                    ln.tax_rate_bp, ln.measure_unit) for ln in _live_lines(s, quote_id)]
            values = [_line_values(s, ln) for ln in lines]
            new = [(v["product_id"], v["description"], v["quantity"], v["unit_price"],
                    v["discount_bp"], v["tax_rate_bp"], v["measure_unit"]) for v in values]
            if new != old:
                values = _write_lines(s, q, lines)
                file_request(s, q, values, read_thresholds_in(s), requested_by, changed=True)
        uow.commit()
        return uow.op(None, undo=call(restore_quote_state, quote_id, before))


def _live_lines(s: Session, quote_id: str) -> list[QuoteLine]:
    return list(s.scalars(select(QuoteLine).where(QuoteLine.quote_id == quote_id,
                                                  QuoteLine.deleted_at.is_(None))
                          .order_by(QuoteLine.seq)))


def _set_status(store: Store, quote_id: str, allowed: tuple[str, ...], status: str,
                on: date) -> Op[None]:
    with store.write() as uow:
        s = uow.session
        q = get_quote_row(s, quote_id)
        ensure_latest(s, q)
        if q.status not in allowed:
            raise _status_refusal(status)
        if status == QuoteStatus.SENT:
            if q.approval == ApprovalState.PENDING:
                raise ValidationError("This quote waits for approval; it cannot be sent yet.",
                                      field="approval")
            if q.approval == ApprovalState.REJECTED:
                raise ValidationError("This quote's discount was rejected; change the lines "
                                      "(or revise) before sending.", field="approval")
        if status == QuoteStatus.ACCEPTED and q.valid_until < on:
            raise ValidationError("This quote expired on {date}; revise it to quote again.",
                                  field="status", date=q.valid_until.isoformat())
        before = snapshot(s, quote_id)
        q.status = status
        if status == QuoteStatus.SENT:
            q.sent_on = on
        else:
            q.decided_on = on
        uow.commit()
        return uow.op(None, undo=call(restore_quote_state, quote_id, before))


def _status_refusal(status: str) -> ValidationError:
    if status == QuoteStatus.SENT:
        return ValidationError("Only a draft can be sent.", field="status")
    if status == QuoteStatus.EXPIRED:
        return ValidationError("Only a draft or a sent quote can expire.", field="status")
    return ValidationError("Only a sent quote can be accepted or rejected.", field="status")


def send_quote(store: Store, quote_id: str, on: date) -> Op[None]:
    """Mark a draft sent to the customer (refused while its approval is pending or rejected)."""
    return _set_status(store, quote_id, (QuoteStatus.DRAFT,), QuoteStatus.SENT, on)


def accept_quote(store: Store, quote_id: str, on: date) -> Op[None]:
    """The customer accepted a sent quote (refused once it is past its validity date)."""
    return _set_status(store, quote_id, (QuoteStatus.SENT,), QuoteStatus.ACCEPTED, on)


def reject_quote(store: Store, quote_id: str, on: date) -> Op[None]:
    """The customer turned a sent quote down."""
    return _set_status(store, quote_id, (QuoteStatus.SENT,), QuoteStatus.REJECTED, on)


def expire_quote(store: Store, quote_id: str, on: date) -> Op[None]:
    """Mark a draft or sent quote expired (a sent one past its date shows so anyway)."""
    return _set_status(store, quote_id, (QuoteStatus.DRAFT, QuoteStatus.SENT),
                       QuoteStatus.EXPIRED, on)


def revise_quote(store: Store, quote_id: str, *, issued_on: date,
                 valid_until: date | None = None, requested_by: str | None = None,
                 new_quote_id: str | None = None) -> Op[str]:
    """A new draft revision of a sent, rejected or expired quote: same number, next revision,
    the same lines; the earlier version is kept as it is. An approved discount stays approved
    while the lines stay the same. The value is the new revision's id.
    """
    qid = new_quote_id or new_id()
    with store.write() as uow:
        s = uow.session
        old = get_quote_row(s, quote_id)
        ensure_latest(s, old)
        if old.status == QuoteStatus.DRAFT:
            raise ValidationError("A draft is changed as it is; it needs no revision.",
                                  field="quote")
        if old.status == QuoteStatus.ACCEPTED:
            raise ValidationError("An accepted quote cannot be revised.", field="quote")
        span = old.valid_until - old.issued_on
        until = valid_until or issued_on + span
        _check_dates(issued_on, until)
        q = Quote(id=qid, number=old.number, revision=old.revision + 1, previous_id=old.id,
                  customer_id=old.customer_id, deal_id=old.deal_id, owner_id=old.owner_id,
                  issued_on=issued_on, valid_until=until, status=QuoteStatus.DRAFT,
                  notes=old.notes)
        s.add(q)
        s.flush()
        lines = [QuoteLineInput(ln.description, ln.quantity, ln.unit_price, ln.discount_bp,
                                ln.tax_rate_bp, ln.product_id, ln.measure_unit)
                 for ln in _live_lines(s, old.id)]
        values = _write_lines(s, q, lines)
        if old.approval == ApprovalState.APPROVED:
            q.approval = ApprovalState.APPROVED
        else:
            file_request(s, q, values, read_thresholds_in(s), requested_by, changed=True)
        uow.commit()
        return uow.op(qid, undo=call(restore_quote_state, qid, QuoteState(None)))


def discard_quote(store: Store, quote_id: str) -> Op[None]:
    """Remove a draft (soft delete, with its lines and approval requests)."""
    with store.write() as uow:
        s = uow.session
        q = get_quote_row(s, quote_id)
        if q.status != QuoteStatus.DRAFT:
            raise ValidationError("Only a draft can be removed.", field="quote")
        before = snapshot(s, quote_id)
        now = utcnow()
        q.deleted_at = now
        models: tuple[Any, ...] = (QuoteLine, QuoteApproval)
        for model in models:
            for row in s.scalars(select(model).where(model.quote_id == quote_id,
                                                     model.deleted_at.is_(None))):
                row.deleted_at = now
        uow.commit()
        return uow.op(None, undo=call(restore_quote_state, quote_id, before))
