"""Quotes (报价) and their approvals (报价审批).

A quote belongs to a customer and, optionally, one of the customer's deals. Its number
(报价编号, ``BJ-2026-0001``) is shared by its revisions: a revised quote is a new row with the
same number, the next ``revision`` and ``previous_id`` naming the version it replaces, which is
kept as it was. Its lines are products of the catalogue or free text, each with a quantity, a
unit price before tax, a discount and a tax rate in basis points (1000 = 10 %); the amounts are
stored as computed (exact to the fen) so a printed quote can always be read back as it was.

A line whose discount is beyond its threshold (per product, else the firm's) needs approval:
``approval`` is then ``pending`` until the approver decides. Every request and decision is a
row of :class:`QuoteApproval`, the history.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, BusinessMixin, Money, UTCDateTime


class QuoteStatus(StrEnum):
    """Where a quote stands (报价状态); 已过期 is also shown for a sent quote past its date."""

    DRAFT = "draft"  # 草稿
    SENT = "sent"  # 已发送
    ACCEPTED = "accepted"  # 已接受
    REJECTED = "rejected"  # 已拒绝
    EXPIRED = "expired"  # 已过期


class ApprovalState(StrEnum):
    """Where a quote's approval (报价审批) stands; a quote within its thresholds has none."""

    PENDING = "pending"  # 待审批
    APPROVED = "approved"  # 已批准
    REJECTED = "rejected"  # 已驳回
    WITHDRAWN = "withdrawn"  # 已撤回 (the lines changed before anyone decided)


class Quote(BusinessMixin, Base):
    """One version of a quote; see the module docstring."""

    __tablename__ = "quotes"
    __table_args__ = (UniqueConstraint("number", "revision", name="uq_quotes_number_revision"),)

    number: Mapped[str] = mapped_column(String(50), index=True)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    previous_id: Mapped[str | None] = mapped_column(ForeignKey("quotes.id"), index=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    deal_id: Mapped[str | None] = mapped_column(ForeignKey("deals.id"), index=True)
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"), index=True)
    issued_on: Mapped[date] = mapped_column(Date, index=True)
    valid_until: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default=QuoteStatus.DRAFT)
    sent_on: Mapped[date | None] = mapped_column(Date)
    decided_on: Mapped[date | None] = mapped_column(Date)  # accepted, rejected or expired
    approval: Mapped[str | None] = mapped_column(String(20))  # ApprovalState, None: not needed
    notes: Mapped[str | None] = mapped_column(Text)
    subtotal: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))  # before discounts
    discount: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    tax: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    total: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))  # with tax


class QuoteLine(BusinessMixin, Base):
    """A line of a quote: a catalogue product (``product_id``) or free text."""

    __tablename__ = "quote_lines"

    quote_id: Mapped[str] = mapped_column(ForeignKey("quotes.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[str | None] = mapped_column(ForeignKey("products.id"), index=True)
    description: Mapped[str] = mapped_column(String(200))
    measure_unit: Mapped[str | None] = mapped_column(String(20))
    quantity: Mapped[Decimal] = mapped_column(Money())  # two places, stored in hundredths
    unit_price: Mapped[Decimal] = mapped_column(Money())  # before tax
    discount_bp: Mapped[int] = mapped_column(Integer, default=0)
    tax_rate_bp: Mapped[int] = mapped_column(Integer, default=0)
    net: Mapped[Decimal] = mapped_column(Money())  # after discount, before tax
    tax: Mapped[Decimal] = mapped_column(Money())


class QuoteApproval(BusinessMixin, Base):
    """One approval request of a quote and its decision (the history of 报价审批)."""

    __tablename__ = "quote_approvals"

    quote_id: Mapped[str] = mapped_column(ForeignKey("quotes.id"), index=True)
    approver_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"), index=True)
    requested_by_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime())
    max_discount_bp: Mapped[int] = mapped_column(Integer)  # the deepest discount asked for
    state: Mapped[str] = mapped_column(String(20), default=ApprovalState.PENDING)
    decided_by_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    comment: Mapped[str | None] = mapped_column(Text)
