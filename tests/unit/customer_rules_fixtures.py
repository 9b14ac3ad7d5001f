"""Builders for the customer-rules tests: everything is created through the real services."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from models import Base
from services.core.store import Store
from services.customers import edit as ce
from services.org import people as org
from services.pipeline import deals as pl
from services.pipeline import settings as ps


def utc(y: int, m: int, d: int, h: int = 12) -> datetime:
    return datetime(y, m, d, h, tzinfo=UTC)


@dataclass
class Firm:
    """A small firm: one unit, two reps, the default pipeline."""

    store: Store
    people: dict[str, str] = field(default_factory=dict)
    pipeline_id: str = ""
    stages: dict[str, str] = field(default_factory=dict)  # kind/name → id

    def customer(self, name: str, owner: str | None = "张三", **kw: Any) -> str:
        data = ce.NewCustomer(name=name, owner_id=self.people[owner] if owner else None, **kw)
        return ce.create_customer(self.store, data, by_person=self.people.get(owner or "")).value

    def contact(self, customer_id: str, name: str, **kw: Any) -> str:
        return ce.add_contact(self.store, customer_id, {"name": name, **kw}).value

    def followup(self, customer_id: str, at: datetime, next_on: date | None = None) -> str:
        return ce.add_followup(self.store, customer_id, {
            "at": at, "method": "call", "content": "电话沟通", "next_on": next_on}).value

    def won_deal(self, customer_id: str, amount: str | int, closed: date,
                 owner: str = "张三") -> str:
        return pl.create_deal(
            self.store, name=f"单-{amount}", pipeline_id=self.pipeline_id,
            customer_id=customer_id, stage_id=self.stages["won"], owner_id=self.people[owner],
            amount=Decimal(str(amount)), at=datetime(closed.year, closed.month, closed.day, 12,
                                                     tzinfo=UTC).astimezone(UTC)).value

    def open_deal(self, customer_id: str, amount: str | int) -> str:
        return pl.create_deal(self.store, name=f"商机-{amount}", pipeline_id=self.pipeline_id,
                              customer_id=customer_id, amount=Decimal(str(amount))).value


def build_firm(store: Store) -> Firm:
    firm = Firm(store)
    unit = org.create_unit(store, "帆程公司", "company").value
    for name in ("张三", "李四"):
        firm.people[name] = org.create_person(store, name, unit,
                                              active_from=date(2024, 1, 1)).value
    firm.pipeline_id = ps.ensure_defaults(store) or pl.list_pipelines(store)[0].id
    info = next(p for p in pl.list_pipelines(store) if p.id == firm.pipeline_id)
    for st in info.stages:
        firm.stages[st.name] = st.id
        if st.kind in ("won", "lost") or (st.kind == "open" and "open" not in firm.stages):
            firm.stages.setdefault(st.kind, st.id)
    return firm


def snapshot(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted: to compare a database before and after."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with store.read() as uow:
        for table in Base.metadata.sorted_tables:
            if table.name in ("audit_log", "change_feed"):
                continue  # logs of the changes (team mode): an undo adds to them too
            rows = uow.session.execute(select(table)).all()
            out[table.name] = sorted((tuple(r) for r in rows), key=repr)
    return out
