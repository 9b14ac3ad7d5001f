"""The target system (目标体系): plan years, the cascade tree, values, versions and adjustments.

Every value column is a plain integer whose unit the metric decides (``models.enums.METRIC_UNITS``):
money metrics in fen, counts as counts, typed-in rates in basis points. Period keys are text:
``"2026"``, ``"2026-Q1"``, ``"2026-03"``, ``"2026-W05"`` (see ``services.core.periods``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, BusinessMixin, UTCDateTime


class TargetPlan(BusinessMixin, Base):
    """One plan year (年度目标). ``version`` counts publications and approved adjustments."""

    __tablename__ = "target_plans"

    year: Mapped[int] = mapped_column(Integer, index=True)
    name: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20), default="draft")  # TargetPlanStatus
    version: Mapped[int] = mapped_column(Integer, default=0)
    metrics: Mapped[str] = mapped_column(Text, default="")  # comma-separated TargetMetric codes
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    published_by_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"))
    notes: Mapped[str | None] = mapped_column(Text)


class TargetNode(BusinessMixin, Base):
    """A node of the cascade: company total → any layers → person (``parent_id`` None = root).

    ``weight`` is the node's typed split weight in hundredths (12.5 → 1250), relative to its
    siblings; ``split_rule`` is how this node splits its own value among its children.

    ``cut`` (``models.enums.TargetCut``) is None for the org tree. A cut's members are children
    of the company root with ``cut`` set (and so is every node below them); ``cut_key`` is what
    a member stands for — a product line name, a source/channel, a tier letter — and decides
    which facts count as its actuals.
    """

    __tablename__ = "target_nodes"

    plan_id: Mapped[str] = mapped_column(ForeignKey("target_plans.id"), index=True)
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("target_nodes.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))  # TargetNodeKind
    unit_id: Mapped[str | None] = mapped_column(ForeignKey("org_units.id"), index=True)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"), index=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    split_rule: Mapped[str] = mapped_column(String(20), default="even")  # SplitRule
    weight: Mapped[int | None] = mapped_column(Integer)
    cut: Mapped[str | None] = mapped_column(String(20))  # TargetCut; None: the org tree
    cut_key: Mapped[str | None] = mapped_column(String(200))


class TargetValue(BusinessMixin, Base):
    """Floor 保底 / target 目标 / challenge 挑战 of one node, metric and period."""

    __tablename__ = "target_values"
    __table_args__ = (UniqueConstraint("node_id", "metric", "period"),)

    node_id: Mapped[str] = mapped_column(ForeignKey("target_nodes.id"))
    metric: Mapped[str] = mapped_column(String(30), index=True)  # TargetMetric
    period: Mapped[str] = mapped_column(String(10), index=True)
    floor: Mapped[int] = mapped_column(BigInteger, default=0)
    target: Mapped[int] = mapped_column(BigInteger, default=0)
    challenge: Mapped[int] = mapped_column(BigInteger, default=0)


class TargetAdjustment(BusinessMixin, Base):
    """An adjustment request (调整申请): proposed values with a reason, decided by the level above.

    ``old_*`` snapshot the values when the request was made, so a decision shows what changes.
    """

    __tablename__ = "target_adjustments"

    plan_id: Mapped[str] = mapped_column(ForeignKey("target_plans.id"), index=True)
    node_id: Mapped[str] = mapped_column(ForeignKey("target_nodes.id"), index=True)
    metric: Mapped[str] = mapped_column(String(30))
    period: Mapped[str] = mapped_column(String(10))
    requested_by_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime())
    reason: Mapped[str] = mapped_column(Text)
    old_floor: Mapped[int] = mapped_column(BigInteger, default=0)
    old_target: Mapped[int] = mapped_column(BigInteger, default=0)
    old_challenge: Mapped[int] = mapped_column(BigInteger, default=0)
    new_floor: Mapped[int] = mapped_column(BigInteger, default=0)
    new_target: Mapped[int] = mapped_column(BigInteger, default=0)
    new_challenge: Mapped[int] = mapped_column(BigInteger, default=0)
    status: Mapped[str] = mapped_column(String(20), default="pending", index=True)
    decided_by_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    decision_note: Mapped[str | None] = mapped_column(Text)


class TargetValueVersion(BusinessMixin, Base):
    """Every version of every value: before/after, who, when, why (and the adjustment, if any).

    ``old_*`` are None for the first version of a value.
    """

    __tablename__ = "target_value_versions"

    plan_id: Mapped[str] = mapped_column(ForeignKey("target_plans.id"), index=True)
    node_id: Mapped[str] = mapped_column(ForeignKey("target_nodes.id"), index=True)
    metric: Mapped[str] = mapped_column(String(30))
    period: Mapped[str] = mapped_column(String(10))
    old_floor: Mapped[int | None] = mapped_column(BigInteger)
    old_target: Mapped[int | None] = mapped_column(BigInteger)
    old_challenge: Mapped[int | None] = mapped_column(BigInteger)
    new_floor: Mapped[int] = mapped_column(BigInteger)
    new_target: Mapped[int] = mapped_column(BigInteger)
    new_challenge: Mapped[int] = mapped_column(BigInteger)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    changed_by_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"))
    reason: Mapped[str | None] = mapped_column(Text)
    adjustment_id: Mapped[str | None] = mapped_column(ForeignKey("target_adjustments.id"))
    plan_version: Mapped[int] = mapped_column(Integer, default=0)


class TargetAcknowledgement(BusinessMixin, Base):
    """An owner's acknowledgement (认领) of a node's targets at a given plan version."""

    __tablename__ = "target_acknowledgements"

    node_id: Mapped[str] = mapped_column(ForeignKey("target_nodes.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    acknowledged_at: Mapped[datetime] = mapped_column(UTCDateTime())
    plan_version: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str | None] = mapped_column(Text)


class TargetGrowth(BusinessMixin, Base):
    """How a value was set from growth (增长目标): base × (1 + rate), kept to show the formula.

    ``base`` is the average actual of the same period over the last ``years`` years (in the
    metric's unit, rounded to it); rates are in basis points (15 % → 1500) for 保底 / 目标 /
    挑战; ``result`` is the target the formula gave at ``computed_at`` (a value typed over it
    later shows as changed by hand). Recomputing is explicit, never on its own.
    """

    __tablename__ = "target_growth"
    __table_args__ = (UniqueConstraint("node_id", "metric", "period"),)

    node_id: Mapped[str] = mapped_column(ForeignKey("target_nodes.id"), index=True)
    metric: Mapped[str] = mapped_column(String(30))
    period: Mapped[str] = mapped_column(String(10))
    years: Mapped[int] = mapped_column(Integer, default=1)
    base: Mapped[int] = mapped_column(BigInteger, default=0)
    floor_rate_bp: Mapped[int] = mapped_column(Integer, default=0)
    rate_bp: Mapped[int] = mapped_column(Integer, default=0)
    challenge_rate_bp: Mapped[int] = mapped_column(Integer, default=0)
    result: Mapped[int] = mapped_column(BigInteger, default=0)
    computed_at: Mapped[datetime] = mapped_column(UTCDateTime())


class TargetTypedActual(BusinessMixin, Base):
    """An actual typed by hand for a metric the records cannot give (市场份额), per node/period."""

    __tablename__ = "target_typed_actuals"
    __table_args__ = (UniqueConstraint("node_id", "metric", "period"),)

    node_id: Mapped[str] = mapped_column(ForeignKey("target_nodes.id"), index=True)
    metric: Mapped[str] = mapped_column(String(30))
    period: Mapped[str] = mapped_column(String(10))
    value: Mapped[int] = mapped_column(BigInteger, default=0)
