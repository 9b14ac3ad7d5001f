"""Orders and cash (成交与回款): contracts, their payment plans, payments and what they paid.

A payment plan (回款计划) is the contract's instalments; a payment (回款) is money received from a
customer (a refund is a payment of its own with a negative amount, never a deletion); a payment
allocation says how much of a payment settled which instalment. What was open on any date is
the instalments less the allocations of payments received by then; what a customer paid and no
instalment took (the payments' amounts less their allocations) is the customer's credit.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, BusinessMixin, Money, UTCDateTime


class ContractStatus(StrEnum):
    """Where a contract stands (合同状态)."""

    DRAFT = "draft"  # 草稿: not owed yet; signed once its required terms are ticked
    SIGNED = "signed"  # 已签订
    CANCELLED = "cancelled"  # 已取消


class OrderStatus(StrEnum):
    """Where a contract's order stands (订单状态), in this order; cancelled (已取消) with a
    reason from any step before done.
    """

    PENDING = "pending"  # 待交付
    DELIVERED = "delivered"  # 已交付
    ACCEPTED = "accepted"  # 已验收
    DONE = "done"  # 已完成
    CANCELLED = "cancelled"  # 已取消


class PaymentMethod(StrEnum):
    """How a payment arrived (回款方式)."""

    BANK = "bank"  # 银行转账
    ACCEPTANCE = "acceptance"  # 承兑汇票
    CASH = "cash"  # 现金
    WECHAT = "wechat"  # 微信
    ALIPAY = "alipay"  # 支付宝


class Contract(BusinessMixin, Base):
    """A signed contract (合同) with a customer; ``number`` (合同编号) is unique."""

    __tablename__ = "contracts"

    number: Mapped[str] = mapped_column(String(50), unique=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    deal_id: Mapped[str | None] = mapped_column(ForeignKey("deals.id"), index=True)
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"), index=True)
    sign_date: Mapped[date] = mapped_column(Date, index=True)
    amount: Mapped[Decimal] = mapped_column(Money())
    status: Mapped[str] = mapped_column(String(20), default=ContractStatus.SIGNED)
    terms: Mapped[str | None] = mapped_column(Text)
    # order status (订单状态) and contract compliance (合同合规), services/orders/status.py and
    # compliance.py: the dates each step was reached, the cancellation's reason, the required
    # terms ticked (JSON list of their ids) and a signature over unticked terms (who, why,
    # when, which terms — JSON list of their names).
    order_status: Mapped[str] = mapped_column(String(20), default=OrderStatus.PENDING,
                                              server_default=OrderStatus.PENDING.value)
    delivered_on: Mapped[date | None] = mapped_column(Date)
    accepted_on: Mapped[date | None] = mapped_column(Date)
    completed_on: Mapped[date | None] = mapped_column(Date)
    cancelled_on: Mapped[date | None] = mapped_column(Date)
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    terms_checked: Mapped[str | None] = mapped_column(Text)
    # a person's id; no foreign key, so a downgrade drops the column without rebuilding the
    # table (contracts has children)
    override_by_id: Mapped[str | None] = mapped_column(String(36))
    override_reason: Mapped[str | None] = mapped_column(Text)
    override_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    override_missing: Mapped[str | None] = mapped_column(Text)


class PaymentInstalment(BusinessMixin, Base):
    """One instalment of a contract's payment plan (回款计划), e.g. 预付 30 %."""

    __tablename__ = "payment_instalments"
    __table_args__ = (Index("ix_payment_instalments_contract_id_seq", "contract_id", "seq"),)

    contract_id: Mapped[str] = mapped_column(ForeignKey("contracts.id"))
    seq: Mapped[int] = mapped_column(Integer)
    due_date: Mapped[date] = mapped_column(Date, index=True)
    amount: Mapped[Decimal] = mapped_column(Money())
    label: Mapped[str | None] = mapped_column(String(50))  # 预付 / 到货 / 质保金
    invoiced_on: Mapped[date | None] = mapped_column(Date)  # 已开票
    disputed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())  # 争议


class Payment(BusinessMixin, Base):
    """Money received from a customer (回款); a negative amount is a refund (退款)."""

    __tablename__ = "payments"

    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    contract_id: Mapped[str | None] = mapped_column(ForeignKey("contracts.id"), index=True)
    received_on: Mapped[date] = mapped_column(Date, index=True)
    amount: Mapped[Decimal] = mapped_column(Money())
    method: Mapped[str] = mapped_column(String(20))  # PaymentMethod
    reference: Mapped[str | None] = mapped_column(String(100))


class PaymentAllocation(BusinessMixin, Base):
    """How much of a payment settled an instalment (negative: a refund reopened it)."""

    __tablename__ = "payment_allocations"

    payment_id: Mapped[str] = mapped_column(ForeignKey("payments.id"), index=True)
    instalment_id: Mapped[str] = mapped_column(ForeignKey("payment_instalments.id"), index=True)
    amount: Mapped[Decimal] = mapped_column(Money())
