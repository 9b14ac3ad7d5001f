"""The customer archive (客户统一归档): customers, contacts, follow-ups and ownership events."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, BusinessMixin, Money, UTCDateTime


class Customer(BusinessMixin, Base):
    """A customer company (or person). ``name_norm`` is the duplicate-detection key."""

    __tablename__ = "customers"

    name: Mapped[str] = mapped_column(String(300))
    name_norm: Mapped[str] = mapped_column(String(300), index=True)
    industry: Mapped[str | None] = mapped_column(String(100))
    region: Mapped[str | None] = mapped_column(String(100))
    address: Mapped[str | None] = mapped_column(String(500))
    source: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(100), index=True)
    email: Mapped[str | None] = mapped_column(String(200), index=True)  # duplicate lookups
    website: Mapped[str | None] = mapped_column(String(300))
    # Comma-separated, each tag trimmed; kept denormalised so search is one scan.
    tags: Mapped[str] = mapped_column(Text, default="")
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"), index=True)
    unit_id: Mapped[str | None] = mapped_column(ForeignKey("org_units.id"), index=True)
    tier: Mapped[str | None] = mapped_column(String(1))  # models.enums.CustomerTier
    tier_reason: Mapped[str | None] = mapped_column(Text)
    tier_manual: Mapped[bool] = mapped_column(Boolean, default=False)
    credit_limit: Mapped[Decimal | None] = mapped_column(Money())
    cooperation_since: Mapped[date | None] = mapped_column(Date)
    last_followup_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    next_followup_on: Mapped[date | None] = mapped_column(Date)
    in_pool: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    pool_since: Mapped[datetime | None] = mapped_column(UTCDateTime())
    merged_into_id: Mapped[str | None] = mapped_column(ForeignKey("customers.id"), index=True)
    notes: Mapped[str | None] = mapped_column(Text)
    # The customer's id in the system it was imported from (Account ID, 客户编号…).
    external_id: Mapped[str | None] = mapped_column(String(100), index=True)


class Contact(BusinessMixin, Base):
    """A person at a customer (联系人)."""

    __tablename__ = "contacts"

    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    title: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(100), index=True)
    wechat: Mapped[str | None] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(200), index=True)  # duplicate lookups
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)


class FollowUp(BusinessMixin, Base):
    """A follow-up record (跟进记录): what happened and what comes next."""

    __tablename__ = "followups"
    __table_args__ = (
        # "is a follow-up booked?" (rotting, reminders): per customer / per deal, by next date.
        Index("ix_followups_customer_id_next_on", "customer_id", "next_on"),
        Index("ix_followups_deal_id_next_on", "deal_id", "next_on"),
        # a person's follow-ups of a method in a month, from the index alone (payout runs)
        Index("ix_followups_person_method_at", "person_id", "method", "at", "deleted_at"),
    )

    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    deal_id: Mapped[str | None] = mapped_column(ForeignKey("deals.id"), index=True)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    method: Mapped[str] = mapped_column(String(20))  # models.enums.FollowUpMethod
    content: Mapped[str] = mapped_column(Text, default="")
    next_step: Mapped[str | None] = mapped_column(Text)
    next_on: Mapped[date | None] = mapped_column(Date)


class CustomerEvent(BusinessMixin, Base):
    """An ownership move: created, assigned, released to or claimed from the pool, merged."""

    __tablename__ = "customer_events"

    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    action: Mapped[str] = mapped_column(String(20))  # models.enums.CustomerAction
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    from_person_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"))
    to_person_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"))
    by_person_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"))
    note: Mapped[str | None] = mapped_column(Text)
