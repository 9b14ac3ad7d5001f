"""A deal's product lines (产品明细) and whether its amount follows them, and its gross margin.

:func:`set_deal_lines` replaces a deal's lines in one unit of work: a line that keeps its id is
updated, a new one inserted, a line left out soft-deleted (and a soft-deleted id that comes back
is restored, so undo and redo put back the very rows). A line's price defaults to the product's
list price; its amount is quantity × price × (1 − discount), rounded to the fen. When the deal's
amount follows its lines (``amount_from_lines``) the amount is their sum and moves with them.
The value is the deal's previous :class:`LinesState`; the undo sets it back.

:func:`deal_margin` compares the lines' amounts with their products' costs (quantity × cost).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Deal, DealLine, Product
from models.base import new_id, utcnow
from services.core.changes import Op, call
from services.core.errors import ValidationError
from services.core.store import Store
from services.pipeline.deals import _get_deal
from services.products import rules


@dataclass(frozen=True)
class LineInput:
    """A line to set: ``unit_price`` None takes the product's list price; ``id`` keeps a row."""

    product_id: str
    quantity: int = 1
    unit_price: Decimal | None = None
    discount_bp: int = 0
    id: str | None = None


@dataclass(frozen=True)
class LinesState:
    """A deal's lines, amount and amount mode as they were (what an undo sets back)."""

    lines: tuple[LineInput, ...]
    amount: Decimal
    amount_from_lines: bool


@dataclass(frozen=True)
class Margin:
    """A deal's gross margin from its lines; ``pct`` None without revenue. Lines whose product
    has no cost count no cost and are counted in ``lines_without_cost``.
    """

    revenue: Decimal
    cost: Decimal
    value: Decimal
    pct: Decimal | None
    lines_without_cost: int


def _state(session: Session, deal: Deal) -> LinesState:
    rows = session.scalars(
        select(DealLine).where(DealLine.deal_id == deal.id, DealLine.deleted_at.is_(None))
        .order_by(DealLine.created_at, DealLine.id)).all()
    return LinesState(tuple(LineInput(r.product_id, r.quantity, r.unit_price, r.discount_bp, r.id)
                            for r in rows), deal.amount, bool(deal.amount_from_lines))


def set_deal_lines(store: Store, deal_id: str, lines: Sequence[LineInput] | None = None, *,
                   amount_from_lines: bool | None = None, amount: Decimal | None = None
                   ) -> Op[LinesState]:
    """Set a deal's lines (None keeps them) and whether its amount follows them (None keeps
    the mode); ``amount`` sets the amount of a deal that does not follow its lines (the undo
    uses it). See the module docstring.
    """
    checked = [_check(ln) for ln in lines] if lines is not None else None
    with store.write() as uow:
        s = uow.session
        deal = _get_deal(s, deal_id)
        before = _state(s, deal)
        now = utcnow()
        if checked is not None:
            total = _write_lines(s, deal_id, checked, before, now)
        else:
            total = sum((ln_amount(x) for x in before.lines), Decimal("0.00"))
        follow = before.amount_from_lines if amount_from_lines is None else amount_from_lines
        if follow != bool(deal.amount_from_lines):
            deal.amount_from_lines = follow
        if follow:
            new_amount = total
        elif amount is not None:
            new_amount = rules.check_money(amount, "line_price", optional=False) or Decimal(0)
        else:
            new_amount = deal.amount
        if new_amount != deal.amount:
            deal.amount = new_amount
        deal.updated_at = now  # the deal is named in the changes: its card shows its products
        uow.commit()
        return uow.op(before, undo=call(set_deal_lines, deal_id, before.lines,
                                        amount_from_lines=before.amount_from_lines,
                                        amount=before.amount))


def ln_amount(line: LineInput) -> Decimal:
    """The amount of a line whose price is known."""
    return rules.line_amount(line.quantity, line.unit_price or Decimal(0), line.discount_bp)


def _check(line: LineInput) -> LineInput:
    if int(line.quantity) < 1:
        raise ValidationError("Quantity must be at least 1.", field="quantity")
    price = None if line.unit_price is None else rules.check_money(line.unit_price, "line_price",
                                                                   optional=False)
    return LineInput(line.product_id, int(line.quantity), price,
                     rules.check_bp(line.discount_bp, "discount_bp"), line.id)


def _write_lines(session: Session, deal_id: str, lines: list[LineInput], before: LinesState,
                 now: datetime) -> Decimal:
    products = {p.id: p for p in session.scalars(
        select(Product).where(Product.id.in_({ln.product_id for ln in lines})))}
    existing = {r.id: r for r in session.scalars(
        select(DealLine).where(DealLine.deal_id == deal_id))}
    kept: set[str] = set()
    total = Decimal("0.00")
    for ln in lines:
        product = products.get(ln.product_id)
        if product is None or product.deleted_at is not None:
            raise ValidationError("That product does not exist.", field="product_id")
        price = product.unit_price if ln.unit_price is None else ln.unit_price
        amount = rules.line_amount(ln.quantity, price, ln.discount_bp)
        total += amount
        row = existing.get(ln.id or "")
        values = dict(product_id=ln.product_id, quantity=ln.quantity, unit_price=price,
                      amount=amount, discount_bp=ln.discount_bp)
        if row is None:
            session.add(DealLine(id=ln.id or new_id(), deal_id=deal_id, **values))
            continue
        kept.add(row.id)
        if row.deleted_at is not None:
            row.deleted_at = None
        for key, value in values.items():
            if getattr(row, key) != value:
                setattr(row, key, value)
    for old in before.lines:
        if old.id not in kept and old.id in existing:
            existing[old.id].deleted_at = now
    return total


def deal_margin(store: Store, deal_id: str) -> Margin:
    """The deal's gross margin from its lines and their products' costs."""
    with store.read() as uow:
        rows = uow.session.execute(
            select(DealLine.quantity, DealLine.amount, Product.unit_cost)
            .join(Product, Product.id == DealLine.product_id)
            .where(DealLine.deal_id == deal_id, DealLine.deleted_at.is_(None))).all()
    return margin_of(rows)


def margin_of(rows: Sequence[tuple[int, Decimal, Decimal | None]]) -> Margin:
    """The margin of (quantity, line amount, product cost) rows."""
    revenue = sum((a for _q, a, _c in rows), Decimal("0.00"))
    cost = sum((c * q for q, _a, c in rows if c is not None), Decimal("0.00"))
    value, pct = rules.margin(revenue, cost)
    return Margin(revenue, cost, value, pct, sum(1 for _q, _a, c in rows if c is None))
