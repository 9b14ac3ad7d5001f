"""The demo firm's sales plan (销售计划) for the current-year target plan.

Every layer node gets plan A 理想线 action items (growth moves) and one plan B 保底线 item (what
secures the floor); the first people get a personal A item. Items carry owners, how 怎么做, due
dates spread over the year, budgets and resources, and two or three checkpoints (检查点). Items
and checkpoints due before ``today`` are mostly done; a few are blocked or late, so Today shows
overdue reminders. The timeline (时间表) is the default rhythm with everything before ``today``
marked done except this month's plan, plus one saved reverse funnel for the company. Ids come
from their own seeded stream, timestamps from the demo clock: the same seed and ``today`` give
identical rows.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select

from models.plans import ActionCheckpoint, ActionItem, FunnelScenario, PlanCheckpoint
from models.targets import TargetNode, TargetPlan
from services.demo.common import Clock, make_uuid
from services.plans.reverse_funnel import Assumptions
from services.plans.timeline import default_rhythm

UNIT_A = (
    ("行业展会获客", "参加两场行业展会，现场收集线索，3天内完成首访", "展会费用、宣传册", 60_000),
    ("重点客户深耕", "A类客户每季度上门拜访一次，提交年度采购方案", "差旅、样品", 30_000),
    ("老客户复购激活", "近一年未复购的客户逐一电话回访，配合限时优惠方案", "促销预算", 20_000),
    ("新产品线推广", "联合产品经理办三场线上说明会，会后48小时内跟进", "市场部支持、直播设备",
     40_000),
)
UNIT_B = (
    ("保住存量大客户续约", "续约前60天启动商务谈判，提前锁定价格与付款条件", "商务、法务支持",
     10_000),
    ("回款专项", "逾期款项每周跟进，月底前完成九成回款", "财务对账支持", 5_000),
)
PERSON_A = (
    ("每周新增线索与拜访", "每周新增5条线索、拜访8家客户，周五在周会复盘", "CRM、报价模板", 3_000),
    ("重点商机推进到报价", "锁定3个重点商机，两周内完成需求确认并提交方案报价", "售前支持",
     5_000),
)
CHECKPOINTS = ("客户名单确认", "首轮拜访完成", "方案提交", "阶段复盘")
MAX_PEOPLE_ITEMS = 12


def _minute(clock: Clock, day: date, hour: int = 10) -> int:
    return min(max(0, clock.day_index(day)) * 1440 + hour * 60, clock.end - 60)


def write_demo_plans(session: Any, clock: Clock, seed: int) -> int:
    """Write action items, checkpoints, the timeline and a funnel; returns the item count."""
    rng = random.Random(seed ^ 0x5A1E5)
    year, today = clock.today.year, clock.today
    plan_id = session.scalar(select(TargetPlan.id).where(TargetPlan.year == year)
                             .order_by(TargetPlan.name).limit(1))
    if plan_id is None:
        return 0
    nodes = session.execute(select(TargetNode.id, TargetNode.parent_id, TargetNode.kind,
                                   TargetNode.person_id, TargetNode.sort_order)
                            .where(TargetNode.plan_id == plan_id, TargetNode.cut.is_(None))
                            .order_by(TargetNode.sort_order, TargetNode.name)).all()
    manager_of: dict[str, str | None] = {}
    for n in nodes:  # a layer's owner: its first person child (the manager comes first)
        if n.kind == "person" and n.parent_id not in manager_of:
            manager_of[n.parent_id] = n.person_id
    created = clock.dt(_minute(clock, min(today, date(year, 1, 26))))
    stamp = {"created_at": created, "updated_at": created, "deleted_at": None}
    items: list[dict[str, Any]] = []
    checks: list[dict[str, Any]] = []

    def add(node: Any, owner: str | None, variant: str, spec: tuple[str, str, str, int],
            order: int) -> None:
        title, how, resources, budget = spec
        due = date(year, 1, 31) + timedelta(days=rng.randrange(0, 320))
        if due < today:
            status = rng.choices(("done", "blocked", "doing"), (8, 1, 1))[0]
        else:
            status = rng.choices(("todo", "doing"), (2, 1))[0]
        aid = make_uuid(rng)
        items.append({"id": aid, "plan_id": plan_id, "node_id": node.id, "variant": variant,
                      "owner_id": owner, "title": title, "method": how, "due_on": due,
                      "status": status, "budget": Decimal(budget), "resources": resources,
                      "sort_order": order, **stamp})
        span = (due - date(year, 1, 15)).days
        for k in range(rng.randint(2, 3)):
            cp_due = date(year, 1, 15) + timedelta(days=span * (k + 1) // 4)
            done = cp_due < today and (status == "done" or rng.random() < 0.6)
            checks.append({"id": make_uuid(rng), "action_id": aid, "title": CHECKPOINTS[k],
                           "due_on": cp_due,
                           "done_on": cp_due + timedelta(days=rng.randint(-2, 1)) if done
                           else None, "sort_order": k + 1, **stamp})

    order = 0
    people_items = 0
    for n in nodes:
        if n.kind != "person":
            owner = manager_of.get(n.id)
            for spec in rng.sample(UNIT_A, 2):
                order += 1
                add(n, owner, "A", spec, order)
            order += 1
            add(n, owner, "B", rng.choice(UNIT_B), order)
        elif people_items < MAX_PEOPLE_ITEMS:
            people_items += 1
            order += 1
            add(n, n.person_id, "A", rng.choice(PERSON_A), order)
    if items:
        session.execute(insert(ActionItem), items)
    if checks:
        session.execute(insert(ActionCheckpoint), checks)

    monday = today - timedelta(days=today.weekday())
    timeline = []
    for kind, title, due in default_rhythm(year):
        if kind == "weekly_tasks":
            done: date | None = monday - timedelta(days=7) if monday > due else None
        else:
            this_month = kind == "monthly_plan" and (due.year, due.month) == (today.year,
                                                                               today.month)
            done = due if due < today and not this_month else None  # this month's: reminded
        timeline.append({"id": make_uuid(rng), "plan_id": plan_id, "kind": kind, "title": title,
                         "due_on": due, "done_on": done, "remind_days_before": 3,
                         "notes": None, **stamp})
    session.execute(insert(PlanCheckpoint), timeline)
    root = next((n for n in nodes if n.parent_id is None), None)
    if root is not None:
        session.execute(insert(FunnelScenario), [{
            "id": make_uuid(rng), "plan_id": plan_id, "node_id": root.id,
            "metric": "signed_amount", "period": str(year), "name": "公司年度反推（基准）",
            "assumptions": json.dumps(Assumptions().to_json(), sort_keys=True),
            "created_by_id": None, **stamp}])
    return len(items)
