"""A small firm for review tests, with hand-checked figures for 华东区, September 2026, as of
20 September (times at 12:00 UTC).

Scope 华东区 = 张三 (华东区) + 李四 (上海组 below it); 王五 (华西区) is outside.

Baseline, the 365 days before 1 Sep: B1 张三 won 3/10 ¥100,000; B2 张三 lost 4/10 ¥50,000;
B3 李四 won 5/10 ¥60,000; B4 李四 lost 6/10 ¥10,000 → win rate 2/4 = 50 %, average won
¥80,000.

September to the 20th: S1 张三 won 9/5 ¥70,000 (商务谈判 since 8/25); S2 李四 lost 9/8
¥40,000 (价格过高); S3 张三 lost 9/12 ¥30,000 (价格过高); W1 王五 won 9/6 ¥90,000 (outside).
→ closed N₁ = 3, won W₁ = 1, signed S₁ = ¥70,000; target ¥200,000.

Open: O1 张三 商务谈判 since 8/1 ¥50,000, close 9/15 (slipped, rotting: 50 days > 14);
O2 李四 方案报价 8/20 → 商务谈判 9/2 → 方案报价 9/10 ¥20,000, close 10/30 (regressed);
O3 张三 线索 since 6/1 ¥5,000 on 东方机械 (rotting: 111 days > 14);
O5 张三 需求确认 since 9/1 ¥8,000; O6 张三 商务谈判 since 9/18 ¥10,000, close 9/30.

东方机械 (张三, tier A) last followed up 7/1: stale (81 days > 14), ¥5,000 in open deals.

Contract HT-1 (张三, signed 6/1): #1 due 7/1 ¥60,000 unpaid (81 days overdue); #2 due 9/10
¥40,000, ¥10,000 paid 9/12 (10 days overdue, ¥30,000 open); #3 due 8/15 ¥20,000 paid 8/10.
→ collection rate September ¥10,000 / ¥40,000 = 25 %, August ¥20,000 / ¥20,000 = 100 %.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal

from models import (
    Contract,
    Customer,
    Payment,
    PaymentAllocation,
    PaymentInstalment,
    Person,
)
from services.core.store import Store
from services.targets import cascade, lifecycle, nodes
from services.targets.split import Values
from tests.unit.pipeline_fixtures import World, build_world, utc

AS_OF = date(2026, 9, 20)


@dataclass
class ReviewWorld:
    """The world plus the deal ids by name and the target plan."""

    w: World
    deals: dict[str, str] = field(default_factory=dict)
    plan_id: str = ""
    node_id: str = ""
    contract_id: str = ""

    @property
    def store(self) -> Store:
        return self.w.store

    @property
    def east(self) -> str:
        return self.w.units["east"]


def _closed(w: World, name: str, owner: str, stage: str, day: date, amount: int,
            reason: str | None = None, since: datetime | None = None) -> str:
    d = w.deal(name, "商务谈判" if since else "线索", owner=owner, amount=amount,
               at=since or utc(day.year, day.month, 1))
    w.move(d, stage, utc(day.year, day.month, day.day), closed_on=day, lost_reason=reason)
    return d


def build_review_world(store: Store) -> ReviewWorld:
    """The firm of the module docstring, with a published 2026 plan (华东区: 2026-09 签约额
    target ¥200,000).
    """
    w = build_world(store)
    rw = ReviewWorld(w)
    with store.write() as uow:
        s = uow.session
        c = Customer(name="东方机械", name_norm="东方机械", tier="A", tier_manual=True,
                     owner_id=w.people["张三"], last_followup_at=utc(2026, 7, 1),
                     created_at=utc(2026, 1, 1))
        s.add(c)
        director = Person(name="周总监", role="director", capacity_tier="senior",
                          unit_id=w.units["company"], active_from=date(2025, 1, 1))
        s.add(director)
        s.flush()
        w.customers["东方机械"] = c.id
        w.people["周总监"] = director.id
        uow.commit()
    d = rw.deals
    d["B1"] = _closed(w, "B1", "张三", "赢单", date(2026, 3, 10), 100_000)
    d["B2"] = _closed(w, "B2", "张三", "输单", date(2026, 4, 10), 50_000)
    d["B3"] = _closed(w, "B3", "李四", "赢单", date(2026, 5, 10), 60_000)
    d["B4"] = _closed(w, "B4", "李四", "输单", date(2026, 6, 10), 10_000)
    d["S1"] = _closed(w, "S1", "张三", "赢单", date(2026, 9, 5), 70_000, since=utc(2026, 8, 25))
    d["S2"] = _closed(w, "S2", "李四", "输单", date(2026, 9, 8), 40_000, "价格过高")
    d["S3"] = _closed(w, "S3", "张三", "输单", date(2026, 9, 12), 30_000, "价格过高")
    d["W1"] = _closed(w, "W1", "王五", "赢单", date(2026, 9, 6), 90_000)
    d["O1"] = w.deal("O1", "商务谈判", owner="张三", amount=50_000, at=utc(2026, 8, 1),
                     expected_close=date(2026, 9, 15))
    d["O2"] = w.deal("O2", "方案报价", owner="李四", amount=20_000, at=utc(2026, 8, 20),
                     expected_close=date(2026, 10, 30))
    w.move(d["O2"], "商务谈判", utc(2026, 9, 2))
    w.move(d["O2"], "方案报价", utc(2026, 9, 10))
    d["O3"] = w.deal("O3", "线索", customer="东方机械", owner="张三", amount=5_000,
                     at=utc(2026, 6, 1))
    d["O5"] = w.deal("O5", "需求确认", owner="张三", amount=8_000, at=utc(2026, 9, 1))
    d["O6"] = w.deal("O6", "商务谈判", owner="张三", amount=10_000, at=utc(2026, 9, 18),
                     expected_close=date(2026, 9, 30))
    _contract(rw)
    _plan(rw)
    return rw


def _contract(rw: ReviewWorld) -> None:
    w = rw.w
    with rw.store.write() as uow:
        s = uow.session
        c = Contract(number="HT-1", customer_id=w.customers["东方机械"],
                     owner_id=w.people["张三"], sign_date=date(2026, 6, 1),
                     amount=Decimal(120_000), status="signed")
        s.add(c)
        s.flush()
        rw.contract_id = c.id
        inst = []
        for seq, due, amount in ((1, date(2026, 7, 1), 60_000), (2, date(2026, 9, 10), 40_000),
                                 (3, date(2026, 8, 15), 20_000)):
            i = PaymentInstalment(contract_id=c.id, seq=seq, due_date=due,
                                  amount=Decimal(amount))
            s.add(i)
            s.flush()
            inst.append(i.id)
        for instalment, day, amount in ((inst[1], date(2026, 9, 12), 10_000),
                                        (inst[2], date(2026, 8, 10), 20_000)):
            p = Payment(customer_id=c.customer_id, contract_id=c.id, received_on=day,
                        amount=Decimal(amount), method="bank")
            s.add(p)
            s.flush()
            s.add(PaymentAllocation(payment_id=p.id, instalment_id=instalment,
                                    amount=Decimal(amount)))
        uow.commit()


def _plan(rw: ReviewWorld) -> None:
    store = rw.store
    rw.plan_id = cascade.create_plan(store, 2026, "2026 目标").value
    rw.node_id = nodes.add_node(store, rw.plan_id, cascade.load_tree(
        store, rw.plan_id, with_actuals=False).nodes[0].id, "华东区",
        unit_id=rw.east).value
    cascade.set_values(store, rw.node_id, "signed_amount", "2026-09",
                       Values(15_000_000, 20_000_000, 25_000_000))
    lifecycle.publish_plan(store, rw.plan_id, at=datetime(2026, 1, 2, tzinfo=UTC))
