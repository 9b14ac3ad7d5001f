"""Opportunities and the funnel (商机与销售漏斗): pipelines, stages, deals, stage history."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, false, true
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, BusinessMixin, Money, UTCDateTime


class Pipeline(BusinessMixin, Base):
    """A sales pipeline, e.g. 新客户 or 老客户续约."""

    __tablename__ = "pipelines"

    name: Mapped[str] = mapped_column(String(100))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Stage(BusinessMixin, Base):
    """A stage of a pipeline with its default probability (%) and rotting threshold (days)."""

    __tablename__ = "stages"

    pipeline_id: Mapped[str] = mapped_column(ForeignKey("pipelines.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(10))  # models.enums.StageKind
    probability: Mapped[int] = mapped_column(Integer, default=0)
    rot_days: Mapped[int | None] = mapped_column(Integer)
    folded: Mapped[bool] = mapped_column(Boolean, default=False)


class LostReason(BusinessMixin, Base):
    """An entry of the editable lost-reason list (输单原因)."""

    __tablename__ = "lost_reasons"

    name: Mapped[str] = mapped_column(String(100))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Product(BusinessMixin, Base):
    """Something the firm sells."""

    __tablename__ = "products"

    name: Mapped[str] = mapped_column(String(200))
    code: Mapped[str | None] = mapped_column(String(50))
    unit_price: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    unit_id: Mapped[str | None] = mapped_column(ForeignKey("org_units.id"))  # product line
    measure_unit: Mapped[str | None] = mapped_column(String(20))  # 台, 套, 件…
    line: Mapped[str | None] = mapped_column(String(100))  # product line (产品线) by name
    tax_rate_bp: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # 1300 = 13 %
    unit_cost: Mapped[Decimal | None] = mapped_column(Money())  # for gross margin
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())


class Deal(BusinessMixin, Base):
    """An opportunity (商机). ``probability`` is None when the stage default applies."""

    __tablename__ = "deals"
    __table_args__ = (
        # an owner's deals closed won or lost in a month, from the index alone (payout runs)
        Index("ix_deals_owner_stage_closed", "owner_id", "stage_id", "closed_on", "deleted_at"),
    )

    name: Mapped[str] = mapped_column(String(300))
    pipeline_id: Mapped[str] = mapped_column(ForeignKey("pipelines.id"), index=True)
    stage_id: Mapped[str] = mapped_column(ForeignKey("stages.id"), index=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"), index=True)
    amount: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    probability: Mapped[int | None] = mapped_column(Integer)
    expected_close: Mapped[date | None] = mapped_column(Date, index=True)
    stage_entered_at: Mapped[datetime] = mapped_column(UTCDateTime())
    closed_on: Mapped[date | None] = mapped_column(Date, index=True)
    won_amount: Mapped[Decimal | None] = mapped_column(Money())
    lost_reason: Mapped[str | None] = mapped_column(String(100))
    source: Mapped[str | None] = mapped_column(String(100))
    notes: Mapped[str | None] = mapped_column(Text)
    # The deal's id in the system it was imported from (Opportunity ID, 商机编号…): a second
    # import of the same file finds it again instead of creating a duplicate.
    external_id: Mapped[str | None] = mapped_column(String(100), index=True)
    # The amount follows the deal's product lines (sum of quantity × price × (1 − discount)).
    amount_from_lines: Mapped[bool] = mapped_column(Boolean, default=False,
                                                    server_default=false())


class DealLine(BusinessMixin, Base):
    """A product line on a deal."""

    __tablename__ = "deal_lines"

    deal_id: Mapped[str] = mapped_column(ForeignKey("deals.id"), index=True)
    product_id: Mapped[str] = mapped_column(ForeignKey("products.id"), index=True)
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    unit_price: Mapped[Decimal] = mapped_column(Money())
    amount: Mapped[Decimal] = mapped_column(Money())
    discount_bp: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # 1000 = 10 %


class StageHistory(BusinessMixin, Base):
    """One stage change of a deal, with amount and close date as they were at that moment."""

    __tablename__ = "stage_history"
    __table_args__ = (
        # A deal's history in order, and "when did it reach stage X" without a table lookup.
        Index("ix_stage_history_deal_id_at_to_stage_id", "deal_id", "at", "to_stage_id"),
    )

    deal_id: Mapped[str] = mapped_column(ForeignKey("deals.id"), index=True)
    from_stage_id: Mapped[str | None] = mapped_column(ForeignKey("stages.id"))
    to_stage_id: Mapped[str] = mapped_column(ForeignKey("stages.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    by_person_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"))
    amount: Mapped[Decimal] = mapped_column(Money())
    expected_close: Mapped[date | None] = mapped_column(Date)
