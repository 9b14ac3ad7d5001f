"""The product catalogue's queries and writes; every write returns an ``Op`` with its inverse.

* :func:`add_product` → the new id; undone by :func:`discard_product` (a soft delete), whose
  undo is :func:`restore_product` of the same id;
* :func:`edit_product` → the old values; undone by :func:`edit_product` with them;
* :func:`set_active` → (id, previous state) pairs; undone by :func:`restore_active`;
* :func:`rename_line` → (id, previous line) pairs; undone by :func:`restore_lines`.

A product's code is optional but unique among the products (case and width ignored), so an
import can find a product again by it. Prices and costs are never negative; the tax rate is
0–100 %. Deactivating a product keeps it on the deals that have it; it is only no longer
offered for new lines.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from models import DealLine, Product
from models.base import new_id, utcnow
from services.core.changes import Op, call
from services.core.errors import SailplanError, ValidationError
from services.core.store import Store
from services.products import rules

EDITABLE = ("name", "code", "unit_price", "measure_unit", "line", "tax_rate_bp", "unit_cost",
            "active")


class ProductNotFound(SailplanError):
    """A product the caller named does not exist (or was deleted)."""


@dataclass(frozen=True)
class ProductRecord:
    """A product as the catalogue shows it; ``tax_rate_bp`` 1300 is 13 %."""

    id: str
    name: str
    code: str | None
    line: str | None
    measure_unit: str | None
    unit_price: Decimal
    tax_rate_bp: int
    unit_cost: Decimal | None
    active: bool
    deal_count: int = 0

    @property
    def margin_pct(self) -> Decimal | None:
        """The list price's gross margin in % (None without a cost or a price)."""
        if self.unit_cost is None:
            return None
        return rules.margin(self.unit_price, self.unit_cost)[1]


@dataclass(frozen=True)
class ProductLine:
    """A product line (产品线): its name and how many (active) products it has."""

    name: str
    products: int
    active: int


def code_key(code: str | None) -> str:
    """Comparable form of a product code (width, case and surrounding spaces ignored)."""
    return unicodedata.normalize("NFKC", code or "").strip().casefold()


def _record(p: Product, deals: int = 0) -> ProductRecord:
    return ProductRecord(p.id, p.name, p.code, p.line, p.measure_unit, p.unit_price,
                         p.tax_rate_bp or 0, p.unit_cost, bool(p.active), deals)


def _live() -> Any:
    return Product.deleted_at.is_(None)


def list_products(store: Store, *, active: bool | None = None, line: str | None = None,
                  text: str = "") -> list[ProductRecord]:
    """Products by line then name. ``active`` keeps only active (True) or inactive (False)
    ones; ``line`` one product line ("" for products without a line); ``text`` matches the
    name, code or line, case-insensitively. Each record counts the live deals using it.
    """
    q = select(Product).where(_live())
    if active is not None:
        q = q.where(Product.active.is_(active))
    if line is not None:
        q = q.where(Product.line.is_(None) if line == "" else Product.line == line)
    with store.read() as uow:
        s = uow.session
        rows = s.scalars(q.order_by(Product.line, Product.name)).all()
        counts = dict(s.execute(
            select(DealLine.product_id, func.count(func.distinct(DealLine.deal_id)))
            .where(DealLine.deleted_at.is_(None)).group_by(DealLine.product_id)).all())
        out = [_record(p, int(counts.get(p.id, 0))) for p in rows]
    needle = text.strip().casefold()
    if needle:
        out = [r for r in out if any(needle in (v or "").casefold()
                                     for v in (r.name, r.code, r.line))]
    return out


def get_product(store: Store, product_id: str) -> ProductRecord:
    """One live product."""
    with store.read() as uow:
        return _record(_get(uow.session, product_id))


def product_lines(store: Store) -> list[ProductLine]:
    """The product lines in use (distinct names), with their product counts, by name."""
    with store.read() as uow:
        rows = uow.session.execute(
            select(Product.line, func.count(),
                   func.sum(case((Product.active.is_(True), 1), else_=0)))
            .where(_live(), Product.line.is_not(None)).group_by(Product.line)
            .order_by(Product.line)).all()
    return [ProductLine(name, int(n), int(a or 0)) for name, n, a in rows]


def _get(s: Session, product_id: str) -> Product:
    p = s.get(Product, product_id)
    if p is None or p.deleted_at is not None:
        raise ProductNotFound("This product no longer exists.")
    return p


def clean_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """The fields checked and normalised (see the module docstring for the rules)."""
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if key not in EDITABLE:
            raise ValueError(f"unknown product field {key!r}")
        if key == "name":
            name = rules.clean_text(value, rules.NAME_LIMIT, "name")
            if not name:
                raise ValidationError("A product needs a name.", field="name")
            out[key] = name
        elif key in ("code", "measure_unit", "line"):
            limit = {"code": rules.CODE_LIMIT, "measure_unit": rules.UNIT_LIMIT,
                     "line": rules.LINE_LIMIT}[key]
            out[key] = rules.clean_text(value, limit, key)
        elif key == "unit_price":
            out[key] = rules.check_money(value, key, optional=False)
        elif key == "unit_cost":
            out[key] = rules.check_money(value, key, optional=True)
        elif key == "tax_rate_bp":
            out[key] = rules.check_bp(0 if value is None else value, key)
        else:
            out[key] = bool(value)
    return out


def _check_code(s: Session, code: str | None, product_id: str | None) -> None:
    if not code:
        return
    key = code_key(code)
    for pid, name, other in s.execute(select(Product.id, Product.name, Product.code)
                                      .where(_live(), Product.code.is_not(None))):
        if pid != product_id and code_key(other) == key:
            raise ValidationError("The code {code} is already used by {name}.", field="code",
                                  code=code, name=name)


def add_product(store: Store, *, name: str, code: str | None = None,
                unit_price: Decimal | str | int = 0, measure_unit: str | None = None,
                line: str | None = None, tax_rate_bp: int = 0,
                unit_cost: Decimal | str | None = None, active: bool = True,
                product_id: str | None = None) -> Op[str]:
    """Add a product; the value is its id, the undo :func:`discard_product` of it."""
    values = clean_fields(dict(name=name, code=code, unit_price=unit_price,
                               measure_unit=measure_unit, line=line, tax_rate_bp=tax_rate_bp,
                               unit_cost=unit_cost, active=active))
    pid = product_id or new_id()
    with store.write() as uow:
        s = uow.session
        _check_code(s, values["code"], None)
        s.add(Product(id=pid, unit_id=None, **values))
        uow.commit()
        return uow.op(pid, undo=call(discard_product, pid))


def discard_product(store: Store, product_id: str) -> Op[None]:
    """Soft-delete a product (the undo of adding it); undone by :func:`restore_product`."""
    with store.write() as uow:
        _get(uow.session, product_id).deleted_at = utcnow()
        uow.commit()
        return uow.op(None, undo=call(restore_product, product_id))


def restore_product(store: Store, product_id: str) -> Op[None]:
    """Bring back a soft-deleted product; undone by :func:`discard_product`."""
    with store.write() as uow:
        p = uow.session.get(Product, product_id)
        if p is None:
            raise ProductNotFound("This product no longer exists.")
        _check_code(uow.session, p.code, product_id)
        p.deleted_at = None
        uow.commit()
        return uow.op(None, undo=call(discard_product, product_id))


def edit_product(store: Store, product_id: str, **fields: Any) -> Op[dict[str, Any]]:
    """Change fields of a product (see :data:`EDITABLE`); the value is their old values and
    the undo ``edit_product(id, **old)``. A new list price applies to new deal lines only.
    """
    clean = clean_fields(fields)
    with store.write() as uow:
        s = uow.session
        p = _get(s, product_id)
        if "code" in clean:
            _check_code(s, clean["code"], product_id)
        old = {k: getattr(p, k) for k in clean}
        for k, v in clean.items():
            setattr(p, k, v)
        uow.commit()
        return uow.op(old, undo=call(edit_product, product_id, **old))


def set_active(store: Store, product_ids: Sequence[str], active: bool
               ) -> Op[tuple[tuple[str, bool], ...]]:
    """Deactivate (no longer offered for new deal lines) or reactivate products.

    The value is each product's previous state; the undo :func:`restore_active` of it.
    """
    return restore_active(store, tuple((pid, active) for pid in dict.fromkeys(product_ids)))


def restore_active(store: Store, states: Iterable[tuple[str, bool]]
                   ) -> Op[tuple[tuple[str, bool], ...]]:
    """Set each product's active flag to its state; the value is the previous states."""
    previous: list[tuple[str, bool]] = []
    with store.write() as uow:
        for pid, state in states:
            p = _get(uow.session, pid)
            previous.append((pid, bool(p.active)))
            if bool(p.active) != state:
                p.active = state
        uow.commit()
        before = tuple(previous)
        return uow.op(before, undo=call(restore_active, before))


def rename_line(store: Store, old: str, new: str) -> Op[tuple[tuple[str, str | None], ...]]:
    """Rename a product line on every product that has it (a name already in use merges the
    two lines; a blank one takes the products out of any line).

    The value is each changed product's previous line; the undo :func:`restore_lines`.
    """
    name = rules.clean_text(new, rules.LINE_LIMIT, "line")
    with store.write() as uow:
        s = uow.session
        rows = s.scalars(select(Product).where(_live(), Product.line == old)).all()
        if not rows:
            raise ValidationError("There is no product line called {line}.", field="line",
                                  line=old)
        before = tuple((p.id, p.line) for p in rows)
        for p in rows:
            p.line = name
        uow.commit()
        return uow.op(before, undo=call(restore_lines, before))


def restore_lines(store: Store, lines: Iterable[tuple[str, str | None]]
                  ) -> Op[tuple[tuple[str, str | None], ...]]:
    """Give each product its line back; the value (and undo) is the lines it replaced."""
    previous: list[tuple[str, str | None]] = []
    with store.write() as uow:
        for pid, line in lines:
            p = _get(uow.session, pid)
            previous.append((pid, p.line))
            p.line = line
        uow.commit()
        before = tuple(previous)
        return uow.op(before, undo=call(restore_lines, before))
