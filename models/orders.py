"""Orders and cash (成交与回款): contracts, their payment plans, payments and what they paid.

A payment plan (回款计划) is the contract's instalments; a payment (回款) is money received from a
customer (a refund is a payment of its own with a negative amount, never a deletion); a payment
allocation says how much of a payment settled which instalment. What was open on any date is
the instalments less the allocations of payments received by then; what a customer paid and no
instalment took (the payments' amounts less their allocations) is the customer's credit.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, BusinessMixin, Money


class ContractStatus(StrEnum):
    """Where a contract stands (合同状态)."""

    SIGNED = "signed"  # 已签订
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
    disputed: Mapped[bool] = mapped_column(Boolean, default=False,
                                           server_default=false())  # 争议


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
