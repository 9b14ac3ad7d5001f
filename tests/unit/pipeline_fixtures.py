"""Builders for pipeline tests: org, people, customers via the ORM; pipelines/deals via services."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal

from models import Customer, OrgUnit, Person, Product
from services.core.store import Store
from services.pipeline import deals as pl
from services.pipeline import settings as ps


def utc(y: int, m: int, d: int, h: int = 12) -> datetime:
    return datetime(y, m, d, h, tzinfo=UTC)


@dataclass
class World:
    """A small firm: company → east (→ east-team) / west, three reps, customers, one pipeline."""

    store: Store
    pipeline_id: str = ""
    stages: dict[str, str] = field(default_factory=dict)  # name → id
    units: dict[str, str] = field(default_factory=dict)
    people: dict[str, str] = field(default_factory=dict)
    customers: dict[str, str] = field(default_factory=dict)
    products: dict[str, str] = field(default_factory=dict)

    def deal(self, name: str, stage: str = "线索", *, customer: str = "华东机械",
             owner: str | None = "张三", amount: str | int | None = 1000,
             at: datetime | None = None,
             expected_close: date | None = None, **kw) -> str:
        return pl.create_deal(
            self.store, name=name, pipeline_id=self.pipeline_id,
            customer_id=self.customers[customer],
            stage_id=self.stages[stage], owner_id=self.people[owner] if owner else None,
            amount=None if amount is None else Decimal(str(amount)), at=at or utc(2026, 1, 1),
            expected_close=expected_close,
            by_person_id=self.people.get(owner or ""), **kw).value

    def move(self, deal_ids: str | list[str], stage: str, at: datetime, **kw) -> pl.MoveUndo:
        ids = [deal_ids] if isinstance(deal_ids, str) else deal_ids
        return pl.move_deals(self.store, ids, self.stages[stage], self.people["张三"], at=at,
                             **kw).value


def build_world(store: Store) -> World:
    w = World(store)
    with store.write() as uow:
        s = uow.session
        company = OrgUnit(name="帆程公司", kind="company")
        s.add(company)
        s.flush()
        east = OrgUnit(name="华东区", kind="region", parent_id=company.id)
        west = OrgUnit(name="华西区", kind="region", parent_id=company.id)
        s.add_all([east, west])
        s.flush()
        east_team = OrgUnit(name="上海组", kind="team", parent_id=east.id)
        s.add(east_team)
        s.flush()
        w.units = {"company": company.id, "east": east.id, "west": west.id,
                   "east_team": east_team.id}
        for name, unit in (("张三", east.id), ("李四", east_team.id), ("王五", west.id)):
            p = Person(name=name, role="rep", capacity_tier="senior", unit_id=unit,
                       active_from=date(2025, 1, 1))
            s.add(p)
            s.flush()
            w.people[name] = p.id
        for name, tier in (("华东机械", "A"), ("西部电子", "B"), ("潜在客户甲", "C")):
            # Fixed tiers (manual): the tier rule must not re-tier them as deals are added.
            c = Customer(name=name, name_norm=name, tier=tier, tier_manual=True)
            s.add(c)
            s.flush()
            w.customers[name] = c.id
        for name, price in (("软件许可", "5000"), ("实施服务", "2000")):
            pr = Product(name=name, unit_price=Decimal(price))
            s.add(pr)
            s.flush()
            w.products[name] = pr.id
        uow.commit()
    w.pipeline_id = ps.ensure_defaults(store) or pl.list_pipelines(store)[0].id
    info = next(p for p in pl.list_pipelines(store) if p.id == w.pipeline_id)
    w.stages = {s.name: s.id for s in info.stages}
    return w
