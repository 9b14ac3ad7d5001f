"""Pending adjustment requests (调整申请) on Today, for the people who decide them.

A request waits for the level above its node (:func:`services.targets.lifecycle.may_decide`:
an owner of a parent node, or the firm's owner/director). Today lists each pending request of
a published plan to the person who may decide it (everyone's when no person is given), dated
the day it was asked, so one left waiting shows as overdue. Opening it shows the Targets page
at the request (:func:`request_place`), where it is approved — choosing how the node's other
periods follow — or rejected.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from models.enums import METRIC_UNITS, AdjustmentStatus, MetricUnit, TargetPlanStatus
from models.org import Person
from models.targets import TargetAdjustment, TargetNode, TargetPlan
from services.core.store import Store
from services.targets.lifecycle import may_decide
from services.today.reminders import (
    SEVERITY_WARNING,
    Reminder,
    reminder_lang,
    review_detail,
    review_origins,
)

KIND_ADJUSTMENT = "target_adjustment"
METRIC_NAMES = {  # (Chinese, English), as the Targets page names them
    "signed_amount": ("签约额", "Signed amount"),
    "collected_amount": ("回款额", "Collected amount"),
    "deal_count": ("签约量", "Deals won"),
    "new_customers": ("新增客户数", "New customers"),
    "followups": ("跟进数", "Follow-ups"),
    "leads": ("线索", "Leads"),
    "first_contacts": ("初步沟通", "First contacts"),
    "quotes": ("方案报价", "Quotes"),
    "negotiations": ("商务谈判", "Negotiations"),
    "wins": ("赢单", "Wins"),
    "conversion_rate": ("转化率", "Conversion rate"),
    "repurchase_rate": ("复购率", "Repurchase rate"),
    "market_share": ("市场份额", "Market share"),
    "collection_rate": ("回款率", "Collection rate"),
    "renewal_rate": ("老客户续签率", "Renewal rate"),
    "new_product_share": ("新产品销售占比", "New-product share"),
}


def _value(metric: str, value: int) -> str:
    unit = METRIC_UNITS.get(metric)
    if unit is MetricUnit.FEN:
        return f"¥{value / 100:,.2f}" if value % 100 else f"¥{value // 100:,}"
    if unit is MetricUnit.BASIS_POINTS:
        return f"{value / 100:.2f}%"
    return f"{value:,}"


def adjustment_reminders(store: Store, today: date, person_id: str | None,
                         lang: str | None = None) -> list[Reminder]:
    """Pending requests of published plans that ``person_id`` may decide (all when None)."""
    zh = reminder_lang(lang) == "zh_CN"
    stmt = (select(TargetAdjustment, TargetNode, Person.name)
            .join(TargetNode, TargetNode.id == TargetAdjustment.node_id)
            .join(TargetPlan, TargetPlan.id == TargetAdjustment.plan_id)
            .outerjoin(Person, Person.id == TargetAdjustment.requested_by_id)
            .where(TargetAdjustment.status == AdjustmentStatus.PENDING,
                   TargetAdjustment.deleted_at.is_(None), TargetPlan.deleted_at.is_(None),
                   TargetPlan.status == TargetPlanStatus.PUBLISHED)
            .order_by(TargetAdjustment.requested_at))
    out: list[Reminder] = []
    with store.read() as uow:
        s = uow.session
        reviews = review_origins(s, "adjustment")
        for adj, node, requester in s.execute(stmt):
            if person_id is not None and not may_decide(s, person_id, node,
                                                        adj.requested_by_id):
                continue
            zh_name, en_name = METRIC_NAMES.get(adj.metric, (adj.metric, adj.metric))
            change = f"{_value(adj.metric, adj.old_target)} → {_value(adj.metric, adj.new_target)}"
            who = requester or "—"
            if zh:
                detail = f"{who} 申请调整 · 目标 {change} · 原因：{adj.reason}"
            else:
                detail = f"requested by {who} · target {change} · reason: {adj.reason}"
            origin = reviews.get(adj.id)
            if origin is not None:
                detail = review_detail(detail, origin[1], zh)
            title = f"{node.name} · {zh_name if zh else en_name} {adj.period}"
            asked = adj.requested_at.astimezone().date()
            out.append(Reminder(KIND_ADJUSTMENT, title, detail, min(asked, today), "adjustment",
                                adj.id, SEVERITY_WARNING,
                                origin=("review", origin[0]) if origin is not None else None))
    return out


def request_place(store: Store, adjustment_id: str) -> tuple[str, str, str] | None:
    """(plan id, node id, status) of a request, None when it no longer exists."""
    with store.read() as uow:
        row = uow.session.execute(
            select(TargetAdjustment.plan_id, TargetAdjustment.node_id, TargetAdjustment.status)
            .where(TargetAdjustment.id == adjustment_id,
                   TargetAdjustment.deleted_at.is_(None))).first()
    return (row[0], row[1], row[2]) if row is not None else None
