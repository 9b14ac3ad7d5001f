"""What the scheme editor offers to pick (方案编辑的可选项): people, org units, product lines and
customers, by id with the names people read — read once, off the GUI thread, as plain data.

A scheme document names people, units and customers by id; the editor shows the names and writes
the ids back. Ids a document names that are gone since (a person deleted, a unit closed) are
still in :attr:`EditorChoices.names`, so a published version reads as it was written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from models.customers import Customer
from models.incentives import SchemeVersion
from models.org import OrgUnit, Person
from services.core.text import name_key
from services.incentives.doc import SchemeError, parse

if TYPE_CHECKING:
    from services.core.store import Store


@dataclass(frozen=True)
class Choice:
    """One thing to pick: its id, its name and a short detail (a person's unit, a unit's
    path, a customer's tier).
    """

    id: str
    name: str
    detail: str = ""


@dataclass(frozen=True)
class EditorChoices:
    """Everything the editor's pickers list, each in the order people look it up.

    ``people`` are the active people (pinyin order), ``units`` the live units depth first
    (``detail`` is the path above), ``product_lines`` the product lines in use (a product
    factor is keyed by the line's name), ``customers`` the customers a key-account award may
    name: the live A and B customers (客户分层) and any customer a scheme names already (pinyin
    order; ``detail`` is the tier) — not every customer: a large firm has 100,000 of them, and a
    key account is a customer the firm already ranks high. ``names`` has every named id's name,
    deleted or inactive ones too.
    """

    people: tuple[Choice, ...] = ()
    units: tuple[Choice, ...] = ()
    product_lines: tuple[str, ...] = ()
    customers: tuple[Choice, ...] = ()
    names: dict[str, str] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)  # person id → role code


KEY_TIERS = ("A", "B")
"""The customer tiers a key-account award offers to pick from."""


def _named_customers(session: Session) -> set[str]:
    """The customers the stored scheme versions name (key accounts)."""
    found: set[str] = set()
    for text in session.scalars(select(SchemeVersion.document)
                                .where(SchemeVersion.deleted_at.is_(None))):
        try:
            doc = parse(text)
        except SchemeError:
            continue
        for rule in doc.rules:
            found.update(getattr(rule, "customer_ids", ()))
    return found


def editor_choices(store: Store, today: date | None = None) -> EditorChoices:
    """The people, units, product lines and customers a scheme may name."""
    from services.org.people import list_people
    from services.org.units import unit_tree
    from services.products.catalogue import product_lines

    today = today or date.today()
    people = list_people(store, today=today)
    units = unit_tree(store, today)
    lines = tuple(line.name for line in product_lines(store))
    with store.read() as uow:
        s = uow.session
        named = _named_customers(s)
        customers = s.execute(select(Customer.id, Customer.name, Customer.tier)
                              .where(or_(and_(Customer.deleted_at.is_(None),
                                              Customer.tier.in_(KEY_TIERS)),
                                         Customer.id.in_(named)))).all()
        names = dict(s.execute(select(Person.id, Person.name)).all())
        names.update(s.execute(select(OrgUnit.id, OrgUnit.name)).all())
        roles = dict(s.execute(select(Person.id, Person.role)
                               .where(Person.deleted_at.is_(None))).all())
    names.update((c.id, c.name) for c in customers)
    by_id = {u.id: u for u in units}

    def path(unit_id: str | None) -> str:
        parts: list[str] = []
        while unit_id is not None and unit_id in by_id:
            parts.append(by_id[unit_id].name)
            unit_id = by_id[unit_id].parent_id
        return " / ".join(reversed(parts))

    return EditorChoices(
        people=tuple(Choice(p.id, p.name, p.unit_name) for p in people),
        units=tuple(Choice(u.id, u.name, path(u.parent_id)) for u in units if not u.closed),
        product_lines=lines,
        customers=tuple(Choice(c.id, c.name, c.tier or "")
                        for c in sorted(customers, key=lambda c: (name_key(c.name), c.id))),
        names=names, roles=roles)
