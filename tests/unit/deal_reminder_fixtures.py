"""A firm for Today's deal reminders: an org with managers over a nested team, a pipeline with
rot days, and one deal of each kind (plus deals that must not remind), built on a real file.

Org (``tests.unit.target_fixtures``, plus a team and a second manager)::

    帆程公司 (company): 老板 owner, 周总监 director, 赵分析 analyst
    ├── 华东区 (region): 东经理 manager, 张三 rep, 李四 rep
    │   └── 华东一组 (team): 钱七 rep
    └── 华南区 (region): 南经理 manager, 王五 rep

Deals (pipeline 新流程: 洽谈 open, rot 10 days; 方案 open, no rot; 赢单; 输单), relative to
``today``:

====================  =======  =========================================================
deal                  owner    why
====================  =======  =========================================================
停滞的单子             张三     洽谈 for 30 days, nothing booked, closes in 60 days: rotting
已约跟进的单子         张三     洽谈 for 30 days, a follow-up booked ahead: not rotting
过期未成交             李四     方案, expected close 3 days ago: past its close date
本周成交               钱七     方案, expected close on the week's last day: closing this week
华南本周成交           王五     方案, expected close on the week's last day: closing this week
已赢的单子             张三     won, expected close 3 days ago: closed, no reminder
下月成交               李四     方案, closes in 40 days, rot never: no reminder
====================  =======  =========================================================
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from models import OrgUnit, Person, Pipeline, Stage
from services.core.store import Store
from services.customers import edit as ce
from services.pipeline import deals as pl
from services.pipeline.reminders import week_end
from tests.unit import target_fixtures


@dataclass
class DealFirm:
    """Ids by readable name."""

    store: Store
    today: date
    units: dict[str, str] = field(default_factory=dict)
    people: dict[str, str] = field(default_factory=dict)
    stages: dict[str, str] = field(default_factory=dict)
    deals: dict[str, str] = field(default_factory=dict)
    pipeline_id: str = ""


def _entered(today: date, days_ago: int) -> datetime:
    """Noon local time ``days_ago`` days before ``today``, as UTC."""
    return datetime.combine(today - timedelta(days=days_ago), time(12)).astimezone().astimezone(
        UTC)


def build_deal_firm(store: Store, today: date) -> DealFirm:
    """The firm of the module docstring."""
    base = target_fixtures.build_firm(store)
    f = DealFirm(store, today, dict(base.units), dict(base.people))
    with store.write() as uow:
        s = uow.session
        team = OrgUnit(name="华东一组", kind="team", parent_id=f.units["east"])
        s.add(team)
        s.flush()
        f.units["east_team"] = team.id
        for name, role, unit in (("钱七", "rep", "east_team"), ("南经理", "manager", "south")):
            p = Person(name=name, role=role, capacity_tier="intermediate",
                       unit_id=f.units[unit], active_from=date(2024, 1, 1))
            s.add(p)
            s.flush()
            f.people[name] = p.id
        pipe = Pipeline(name="新流程", sort_order=5)
        s.add(pipe)
        s.flush()
        f.pipeline_id = pipe.id
        for i, (name, kind, rot) in enumerate((("洽谈", "open", 10), ("方案", "open", None),
                                              ("赢单", "won", None), ("输单", "lost", None))):
            st = Stage(pipeline_id=pipe.id, name=name, kind=kind, sort_order=i, rot_days=rot,
                       probability=50 if kind == "open" else 0)
            s.add(st)
            s.flush()
            f.stages[name] = st.id
        uow.commit()
    end = week_end(today)
    for name, owner, stage, entered_days_ago, close in (
            ("停滞的单子", "张三", "洽谈", 30, today + timedelta(days=60)),
            ("已约跟进的单子", "张三", "洽谈", 30, today + timedelta(days=60)),
            ("过期未成交", "李四", "方案", 5, today - timedelta(days=3)),
            ("本周成交", "钱七", "方案", 5, end),
            ("华南本周成交", "王五", "方案", 5, end),
            ("已赢的单子", "张三", "赢单", 2, today - timedelta(days=3)),
            ("下月成交", "李四", "方案", 5, today + timedelta(days=40))):
        customer = ce.create_customer(store, ce.NewCustomer(
            name=f"{name}客户", owner_id=f.people[owner])).value
        f.deals[name] = pl.create_deal(
            store, name=name, pipeline_id=f.pipeline_id, customer_id=customer,
            stage_id=f.stages[stage], owner_id=f.people[owner], amount=Decimal("120000"),
            expected_close=close, at=_entered(today, entered_days_ago)).value
    booked = f.deals["已约跟进的单子"]
    from services.pipeline.followups import log_deal_followup

    log_deal_followup(store, booked, {"at": _entered(today, 1), "method": "call",
                                      "content": "约了下周演示",
                                      "next_on": today + timedelta(days=5)})
    return f
