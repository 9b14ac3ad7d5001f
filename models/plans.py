"""The sales plan (销售计划): action items, checkpoints, the annual timeline, reverse funnels."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, BusinessMixin, Money


class ActionItem(BusinessMixin, Base):
    """An action item (行动计划) linked to a target node, in plan A 理想线 or plan B 保底线."""

    __tablename__ = "action_items"

    plan_id: Mapped[str] = mapped_column(ForeignKey("target_plans.id"), index=True)
    node_id: Mapped[str] = mapped_column(ForeignKey("target_nodes.id"), index=True)
    variant: Mapped[str] = mapped_column(String(1), default="A")  # PlanVariant
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))  # 做什么
    method: Mapped[str | None] = mapped_column(Text)  # 怎么做
    due_on: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(20), default="todo")  # ActionStatus
    budget: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    resources: Mapped[str | None] = mapped_column(Text)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class ActionCheckpoint(BusinessMixin, Base):
    """A checkpoint / milestone (检查点/里程碑) of an action item."""

    __tablename__ = "action_checkpoints"

    action_id: Mapped[str] = mapped_column(ForeignKey("action_items.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    due_on: Mapped[date | None] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class PlanCheckpoint(BusinessMixin, Base):
    """A dated checkpoint of the plan year's timeline (时间表), reminded on Today."""

    __tablename__ = "plan_checkpoints"

    plan_id: Mapped[str] = mapped_column(ForeignKey("target_plans.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))  # PlanCheckpointKind
    title: Mapped[str] = mapped_column(String(300))
    due_on: Mapped[date] = mapped_column(Date, index=True)
    done_on: Mapped[date | None] = mapped_column(Date)
    remind_days_before: Mapped[int] = mapped_column(Integer, default=3)
    notes: Mapped[str | None] = mapped_column(Text)


class FunnelScenario(BusinessMixin, Base):
    """A saved reverse-funnel (反推) calculation for a node: its assumptions as JSON text."""

    __tablename__ = "funnel_scenarios"

    plan_id: Mapped[str] = mapped_column(ForeignKey("target_plans.id"), index=True)
    node_id: Mapped[str] = mapped_column(ForeignKey("target_nodes.id"), index=True)
    metric: Mapped[str] = mapped_column(String(30))
    period: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(200))
    assumptions: Mapped[str] = mapped_column(Text, default="{}")
    created_by_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"))
