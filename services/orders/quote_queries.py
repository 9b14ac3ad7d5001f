"""Quotes (报价): reading them, and the contract an accepted quote becomes.

* :func:`list_quotes` — every version (or one customer's / deal's), newest first, with the
  status a list shows (a sent quote past its date reads 已过期) and whether a later revision
  replaced it;
* :func:`quote_detail` — one quote with its lines, for the editor and the printed quote;
* :func:`find_quote` — a quote by its number (``BJ-2026-0001``, the latest revision, or
  ``BJ-2026-0001 rev 2``);
* :func:`create_contract_from_quote` — a contract prefilled from an accepted quote
  (:func:`services.orders.contracts.create_contract`: its customer, deal, owner and total).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import aliased

from models import Customer, Deal, Person
from models.quotes import Quote, QuoteLine, QuoteStatus
from services.core.changes import Op
from services.core.errors import ValidationError
from services.core.store import Store
from services.orders import contracts as C
from services.orders import quote_rules as QR


@dataclass(frozen=True, slots=True)
class QuoteRecord:
    """A quote version as lists show it; ``shown_status`` follows the validity date."""

    id: str
    number: str
    revision: int
    previous_id: str | None
    customer_id: str
    customer_name: str
    deal_id: str | None
    deal_name: str | None
    owner_id: str | None
    owner_name: str | None
    issued_on: date
    valid_until: date
    status: str
    shown_status: str
    approval: str | None
    sent_on: date | None
    decided_on: date | None
    subtotal: Decimal
    discount: Decimal
    tax: Decimal
    total: Decimal
    notes: str | None
    superseded: bool

    @property
    def display_number(self) -> str:
        """``BJ-2026-0001`` or ``BJ-2026-0001 rev 2``."""
        return QR.display_number(self.number, self.revision)


@dataclass(frozen=True)
class QuoteLineRecord:
    """A line of a quote, with its amounts."""

    id: str
    product_id: str | None
    description: str
    measure_unit: str | None
    quantity: Decimal
    unit_price: Decimal
    discount_bp: int
    tax_rate_bp: int
    net: Decimal
    tax: Decimal


@dataclass(frozen=True)
class QuoteDetail:
    """A quote and its lines."""

    quote: QuoteRecord
    lines: tuple[QuoteLineRecord, ...]


def list_quotes(store: Store, today: date, *, customer_id: str | None = None,
                deal_id: str | None = None, quote_ids: set[str] | None = None
                ) -> list[QuoteRecord]:
    """Live quote versions, newest issue date first, then number and revision (latest first)."""
    later = aliased(Quote)
    q = (select(Quote, Customer.name, Deal.name, Person.name, later.id)
         .join(Customer, Customer.id == Quote.customer_id)
         .outerjoin(Deal, Deal.id == Quote.deal_id)
         .outerjoin(Person, Person.id == Quote.owner_id)
         .outerjoin(later, (later.previous_id == Quote.id) & later.deleted_at.is_(None))
         .where(Quote.deleted_at.is_(None)))
    if customer_id is not None:
        q = q.where(Quote.customer_id == customer_id)
    if deal_id is not None:
        q = q.where(Quote.deal_id == deal_id)
    if quote_ids is not None:
        q = q.where(Quote.id.in_(quote_ids))
    with store.read() as uow:
        rows = uow.session.execute(q.order_by(Quote.issued_on.desc(), Quote.number.desc(),
                                              Quote.revision.desc())).all()
    return [_record(x, cname, dname, oname, later_id is not None, today)
            for x, cname, dname, oname, later_id in rows]


def _record(x: Quote, cname: str, dname: str | None, oname: str | None, superseded: bool,
            today: date) -> QuoteRecord:
    return QuoteRecord(x.id, x.number, x.revision, x.previous_id, x.customer_id, cname,
                       x.deal_id, dname, x.owner_id, oname, x.issued_on, x.valid_until,
                       x.status, QR.shown_status(x.status, x.valid_until, today), x.approval,
                       x.sent_on, x.decided_on, x.subtotal, x.discount, x.tax, x.total,
                       x.notes, superseded)


def quote_detail(store: Store, quote_id: str, today: date) -> QuoteDetail:
    """One quote and its lines (refused when it no longer exists)."""
    found = list_quotes(store, today, quote_ids={quote_id})
    if not found:
        raise ValidationError("This quote no longer exists.", field="quote")
    with store.read() as uow:
        lines = uow.session.scalars(select(QuoteLine).where(
            QuoteLine.quote_id == quote_id, QuoteLine.deleted_at.is_(None))
            .order_by(QuoteLine.seq))
        out = tuple(QuoteLineRecord(ln.id, ln.product_id, ln.description, ln.measure_unit,
                                    ln.quantity, ln.unit_price, ln.discount_bp,
                                    ln.tax_rate_bp, ln.net, ln.tax) for ln in lines)
    return QuoteDetail(found[0], out)


def find_quote(store: Store, text: str) -> str:
    """The id of the quote numbered ``text`` (the latest revision unless one is named)."""
    number, revision = QR.parse_display_number(text)
    q = select(Quote.id).where(Quote.number == number, Quote.deleted_at.is_(None))
    if revision is not None:
        q = q.where(Quote.revision == revision)
    with store.read() as uow:
        found = uow.session.scalar(q.order_by(Quote.revision.desc()).limit(1))
    if found is None:
        raise ValidationError("There is no quote {number}.", field="quote", number=text)
    return found


def contract_terms(record: QuoteRecord) -> str:
    """The contract's terms line naming the quote it came from (user data: Chinese)."""
    return f"依据报价单 {QR.display_number_zh(record.number, record.revision)}"


def create_contract_from_quote(store: Store, quote_id: str, *, sign_date: date,
                               amount: Decimal | str | None = None, number: str | None = None,
                               terms: str | None = None, contract_id: str | None = None
                               ) -> Op[str]:
    """A contract for an accepted quote, prefilled with its customer, deal, owner and total
    (unless ``amount``); the value is the contract's id, the undo removes it again.
    """
    detail = quote_detail(store, quote_id, sign_date).quote
    if detail.status != QuoteStatus.ACCEPTED:
        raise ValidationError("Only an accepted quote becomes a contract.", field="quote")
    return C.create_contract(store, customer_id=detail.customer_id, deal_id=detail.deal_id,
                             owner_id=detail.owner_id, sign_date=sign_date,
                             amount=amount if amount is not None else detail.total,
                             number=number, contract_id=contract_id,
                             terms=terms if terms is not None else contract_terms(detail))


def party_names(store: Store, customer_id: str | None, deal_id: str | None
                ) -> tuple[str | None, str | None, str | None]:
    """(customer id, customer name, deal name) of a new quote's customer or deal."""
    with store.read() as uow:
        s = uow.session
        deal_name = None
        if deal_id is not None:
            row = s.execute(select(Deal.customer_id, Deal.name).where(Deal.id == deal_id)).first()
            if row is not None:
                customer_id, deal_name = row[0], row[1]
        name = s.scalar(select(Customer.name).where(Customer.id == customer_id)) \
            if customer_id else None
    return customer_id, name, deal_name
