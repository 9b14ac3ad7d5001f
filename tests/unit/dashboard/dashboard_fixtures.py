"""A small firm for the dashboard's figures, every number hand-checked in the tests.

Org (tests/unit/pipeline_fixtures.py): 帆程公司 → 华东区 (张三) → 上海组 (李四); 华西区 (王五).
The first quarter of 2026, "today" 2026-04-15:

deal  owner  customer    amount  history                                        outcome
A1    张三   华东机械    1000    线索 01-05, 初步沟通 01-10, 赢单 01-20           won 1000
A2    李四   西部电子    2000    线索 01-08, 需求确认 02-01, 赢单 02-15           won 2500
A3    王五   西部电子     500    线索 02-01, 输单 02-20 (价格过高)                lost
A4    张三   华东机械     800    线索 03-01, 输单 03-05 (价格过高)                lost
A5    李四   潜在客户甲  3000    线索 03-02, 方案报价 03-10, close 03-31 (60 %)   open
A6    王五   潜在客户甲   400    线索 03-03, close 03-20 (10 %)                   open
A7    王五   西部电子    1200    线索 03-20, 赢单 03-25                           won 1200
A0    张三   华东机械     500    线索 2025-01-02, 赢单 2025-01-15                 won 500 (2025)

Contracts: C1 华东机械/张三 1000 signed 01-20, instalments 600 due 01-31 and 400 due 02-28,
payment 600 on 02-05; C2 西部电子/李四 2500 signed 02-15, instalments 1000 due 03-01 and 1500
due 05-01, payment 700 on 03-10.

Customers: 华东机械 (展会, 张三, created 01-02), 西部电子 (转介绍, 李四, 01-03), 潜在客户甲
(展会, 李四, 02-10).

Target plan 2026 (signed_amount, Q1, floor/target/challenge in yuan): 张三 800/1000/1200,
李四 2000/3000/4000, 王五 1500/2000/3000; 张三's January target 300. Layers hold no values of
their own (their effective values are their children's sums).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import update

from models import Customer
from services.core.store import Store
from services.orders import contracts as C
from services.orders import payments as PAY
from services.orders import plans as PL
from services.targets import cascade as TC
from services.targets import nodes as TN
from services.targets.split import Values
from tests.unit.pipeline_fixtures import World, build_world

TODAY = date(2026, 4, 15)


def utc(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, 12, tzinfo=UTC)


@dataclass
class DashFirm:
    """The world and ids by readable name."""

    world: World
    deals: dict[str, str] = field(default_factory=dict)
    contracts: dict[str, str] = field(default_factory=dict)
    instalments: dict[str, tuple[str, ...]] = field(default_factory=dict)
    payments: dict[str, str] = field(default_factory=dict)
    nodes: dict[str, str] = field(default_factory=dict)

    @property
    def store(self) -> Store:
        return self.world.store


def _fen(yuan: int) -> int:
    return yuan * 100


def build_dash_firm(store: Store) -> DashFirm:
    """The firm in the module docstring."""
    w = build_world(store)
    f = DashFirm(w)
    with store.write() as uow:
        for name, source, owner, created in (("华东机械", "展会", "张三", utc(2026, 1, 2)),
                                             ("西部电子", "转介绍", "李四", utc(2026, 1, 3)),
                                             ("潜在客户甲", "展会", "李四", utc(2026, 2, 10))):
            uow.session.execute(update(Customer).where(Customer.id == w.customers[name])
                                .values(source=source, owner_id=w.people[owner],
                                        created_at=created))
        uow.commit()

    def deal(key: str, owner: str, customer: str, amount: int, start: datetime, **kw) -> str:
        f.deals[key] = w.deal(key, customer=customer, owner=owner, amount=amount, at=start, **kw)
        return f.deals[key]

    a0 = deal("A0", "张三", "华东机械", 500, utc(2025, 1, 2))
    w.move(a0, "赢单", utc(2025, 1, 15))
    a1 = deal("A1", "张三", "华东机械", 1000, utc(2026, 1, 5))
    w.move(a1, "初步沟通", utc(2026, 1, 10))
    w.move(a1, "赢单", utc(2026, 1, 20))
    a2 = deal("A2", "李四", "西部电子", 2000, utc(2026, 1, 8))
    w.move(a2, "需求确认", utc(2026, 2, 1))
    w.move(a2, "赢单", utc(2026, 2, 15), won_amount=Decimal(2500))
    a3 = deal("A3", "王五", "西部电子", 500, utc(2026, 2, 1))
    w.move(a3, "输单", utc(2026, 2, 20), lost_reason="价格过高")
    a4 = deal("A4", "张三", "华东机械", 800, utc(2026, 3, 1))
    w.move(a4, "输单", utc(2026, 3, 5), lost_reason="价格过高")
    a5 = deal("A5", "李四", "潜在客户甲", 3000, utc(2026, 3, 2),
              expected_close=date(2026, 3, 31))
    w.move(a5, "方案报价", utc(2026, 3, 10))
    deal("A6", "王五", "潜在客户甲", 400, utc(2026, 3, 3), expected_close=date(2026, 3, 20))
    a7 = deal("A7", "王五", "西部电子", 1200, utc(2026, 3, 20))
    w.move(a7, "赢单", utc(2026, 3, 25))

    for key, customer, owner, amount, sign, plan in (
            ("C1", "华东机械", "张三", "1000", date(2026, 1, 20),
             [(date(2026, 1, 31), "600"), (date(2026, 2, 28), "400")]),
            ("C2", "西部电子", "李四", "2500", date(2026, 2, 15),
             [(date(2026, 3, 1), "1000"), (date(2026, 5, 1), "1500")])):
        cid = C.create_contract(store, customer_id=w.customers[customer],
                                owner_id=w.people[owner], amount=Decimal(amount),
                                sign_date=sign).value
        f.contracts[key] = cid
        f.instalments[key] = tuple(PL.set_payment_plan(
            store, cid, [PL.PlanLine(d, amount=Decimal(a)) for d, a in plan]).value)
    for key, contract, customer, day, amount in (("P1", "C1", "华东机械", date(2026, 2, 5), 600),
                                                 ("P2", "C2", "西部电子", date(2026, 3, 10), 700)):
        f.payments[key] = PAY.record_payment(
            store, customer_id=w.customers[customer], received_on=day, amount=Decimal(amount),
            contract_id=f.contracts[contract]).value.payment_id

    plan = TC.create_plan(store, 2026, "2026年度目标", ("signed_amount", "collected_amount")).value
    root = next(n.id for n in TC.load_tree(store, plan, with_actuals=False).nodes)
    east = TN.add_node(store, plan, root, "华东区", unit_id=w.units["east"]).value
    west = TN.add_node(store, plan, root, "华西区", unit_id=w.units["west"]).value
    f.nodes = {"root": root, "east": east, "west": west}
    for person, parent, (fl, tg, ch) in (("张三", east, (800, 1000, 1200)),
                                         ("李四", east, (2000, 3000, 4000)),
                                         ("王五", west, (1500, 2000, 3000))):
        nid = TN.add_node(store, plan, parent, person, "person",
                          person_id=w.people[person]).value
        f.nodes[person] = nid
        TC.set_values(store, nid, "signed_amount", "2026-Q1",
                      Values(_fen(fl), _fen(tg), _fen(ch)))
    TC.set_values(store, f.nodes["张三"], "signed_amount", "2026-01",
                  Values(_fen(200), _fen(300), _fen(400)))
    return f
