"""Small look-ups the pipeline screens need for pickers: customers by name, org units.

Kept apart from :mod:`services.pipeline.deals` (owned by the funnel services) — these are read-only
helpers for completers and filter combos.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from models.customers import Customer
from models.org import OrgUnit
from services.core.store import Store


@dataclass(frozen=True)
class UnitChoice:
    """An org unit for the team filter; ``depth`` 0 is the company root."""

    id: str
    name: str
    depth: int


def find_customers(store: Store, text: str, limit: int = 30) -> list[tuple[str, str]]:
    """Up to ``limit`` (id, name) pairs of live customers whose name contains ``text``.

    Names starting with the text come first, then shorter names.
    """
    text = text.strip()
    if not text:
        return []
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    stmt = (select(Customer.id, Customer.name)
            .where(Customer.deleted_at.is_(None), Customer.merged_into_id.is_(None),
                   Customer.name.ilike(f"%{escaped}%", escape="\\"))
            .limit(limit * 4))
    with store.read() as uow:
        rows = [(cid, name) for cid, name in uow.session.execute(stmt).all()]
    folded = text.casefold()
    rows.sort(key=lambda r: (not r[1].casefold().startswith(folded), len(r[1]), r[1]))
    return rows[:limit]


def list_units(store: Store) -> list[UnitChoice]:
    """Every live org unit as a depth-first tree walk (for an indented team filter)."""
    with store.read() as uow:
        rows = uow.session.execute(
            select(OrgUnit.id, OrgUnit.name, OrgUnit.parent_id)
            .where(OrgUnit.deleted_at.is_(None))
            .order_by(OrgUnit.sort_order, OrgUnit.name)).all()
    children: dict[str | None, list[tuple[str, str]]] = {}
    ids = {r[0] for r in rows}
    for uid, name, parent in rows:
        children.setdefault(parent if parent in ids else None, []).append((uid, name))
    out: list[UnitChoice] = []

    def walk(parent: str | None, depth: int) -> None:
        for uid, name in children.get(parent, []):
            out.append(UnitChoice(uid, name, depth))
            walk(uid, depth + 1)

    walk(None, 0)
    return out
