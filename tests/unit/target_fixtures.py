"""A small firm for target tests: org, people of every role, won deals, customers, follow-ups."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal

from models import Customer, Deal, FollowUp, OrgUnit, Person, Pipeline, Stage
from services.core.store import Store


@dataclass
class Firm:
    """Ids by readable name."""

    store: Store
    units: dict[str, str] = field(default_factory=dict)
    people: dict[str, str] = field(default_factory=dict)
    customers: list[str] = field(default_factory=list)


PEOPLE = (  # name, role, tier, unit
    ("老板", "owner", "senior", "company"),
    ("周总监", "director", "senior", "company"),
    ("东经理", "manager", "senior", "east"),
    ("张三", "rep", "novice", "east"),
    ("李四", "rep", "senior", "east"),
    ("王五", "rep", "intermediate", "south"),
    ("赵分析", "analyst", "intermediate", "company"),
)

# owner, closed_on, won amount (yuan) — 2025 gives last year's seasonality
WON = (
    ("张三", date(2026, 1, 15), "1000.00"),
    ("张三", date(2026, 2, 3), "250.50"),
    ("李四", date(2026, 1, 31), "3000.00"),
    ("王五", date(2026, 3, 1), "500.00"),
    ("赵分析", date(2026, 1, 5), "70.00"),  # no node of their own: lands on the company
    ("张三", date(2025, 1, 10), "100.00"),
    ("李四", date(2025, 1, 20), "300.00"),
    ("王五", date(2025, 2, 20), "600.00"),
)


def build_firm(store: Store) -> Firm:
    """Company → 华东区 / 华南区 with the people above and the deals in :data:`WON`."""
    f = Firm(store)
    with store.write() as uow:
        s = uow.session
        company = OrgUnit(name="帆程公司", kind="company")
        s.add(company)
        s.flush()
        east = OrgUnit(name="华东区", kind="region", parent_id=company.id, sort_order=1)
        south = OrgUnit(name="华南区", kind="region", parent_id=company.id, sort_order=2)
        s.add_all([east, south])
        s.flush()
        f.units = {"company": company.id, "east": east.id, "south": south.id}
        for name, role, tier, unit in PEOPLE:
            p = Person(name=name, role=role, capacity_tier=tier, unit_id=f.units[unit],
                       active_from=date(2024, 1, 1))
            s.add(p)
            s.flush()
            f.people[name] = p.id
        pipe = Pipeline(name="标准流程")
        s.add(pipe)
        s.flush()
        open_stage = Stage(pipeline_id=pipe.id, name="线索", kind="open", sort_order=0)
        won = Stage(pipeline_id=pipe.id, name="赢单", kind="won", sort_order=1)
        s.add_all([open_stage, won])
        s.flush()
        for i, (owner, day, amount) in enumerate(WON):
            cust = Customer(name=f"客户{i}", name_norm=f"客户{i}",
                            owner_id=f.people[owner],
                            created_at=datetime(day.year, day.month, day.day, 4, tzinfo=UTC))
            s.add(cust)
            s.flush()
            f.customers.append(cust.id)
            s.add(Deal(name=f"商机{i}", pipeline_id=pipe.id, stage_id=won.id,
                       customer_id=cust.id, owner_id=f.people[owner],
                       amount=Decimal(amount), won_amount=Decimal(amount), closed_on=day,
                       stage_entered_at=datetime(day.year, day.month, day.day, 4, tzinfo=UTC)))
            s.add(FollowUp(customer_id=cust.id, person_id=f.people[owner], method="visit",
                           at=datetime(day.year, day.month, day.day, 4, tzinfo=UTC)))
        # an open deal never counts
        s.add(Deal(name="未成交", pipeline_id=pipe.id, stage_id=open_stage.id,
                   customer_id=f.customers[0], owner_id=f.people["张三"],
                   amount=Decimal("99999"), closed_on=date(2026, 1, 20),
                   stage_entered_at=datetime(2026, 1, 1, tzinfo=UTC)))
        uow.commit()
    return f
