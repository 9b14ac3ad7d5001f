"""After-sales (售后): service tickets (服务工单) and customer feedback (客户反馈).

A service ticket is an issue a customer raised — installation, repair, a return or exchange, a
question, a complaint — with a priority, an owner (负责人), a due date and a status that moves
待处理 → 处理中 → 已解决 → 已关闭. When it closes the customer is asked how satisfied they were
(满意度, 1–5); a ticket closed without an answer keeps no score. Feedback entries are what a
customer said, about a ticket or in general. Repurchase (复购) is read from the contracts table.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, BusinessMixin


class TicketStatus(StrEnum):
    """Where a service ticket stands (工单状态)."""

    OPEN = "open"  # 待处理
    IN_PROGRESS = "in_progress"  # 处理中
    RESOLVED = "resolved"  # 已解决
    CLOSED = "closed"  # 已关闭


class TicketType(StrEnum):
    """What a service ticket is about (工单类型)."""

    INSTALL = "install"  # 安装
    REPAIR = "repair"  # 维修
    RETURN = "return"  # 退换货
    INQUIRY = "inquiry"  # 咨询
    COMPLAINT = "complaint"  # 投诉


class TicketPriority(StrEnum):
    """How urgent a service ticket is (优先级)."""

    LOW = "low"  # 低
    NORMAL = "normal"  # 中
    HIGH = "high"  # 高
    URGENT = "urgent"  # 紧急


class ServiceTicket(BusinessMixin, Base):
    """A service ticket (服务工单); ``number`` (工单编号) is unique."""

    __tablename__ = "service_tickets"

    number: Mapped[str] = mapped_column(String(30), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(20))  # TicketType
    priority: Mapped[str] = mapped_column(String(20))  # TicketPriority
    status: Mapped[str] = mapped_column(String(20), index=True)  # TicketStatus
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    contract_id: Mapped[str | None] = mapped_column(ForeignKey("contracts.id"), index=True)
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"), index=True)
    opened_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date | None] = mapped_column(Date, index=True)
    resolution: Mapped[str | None] = mapped_column(Text)
    resolved_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    satisfaction: Mapped[int | None] = mapped_column(Integer)  # 满意度 1–5, asked at closing


class CustomerFeedback(BusinessMixin, Base):
    """What a customer said (客户反馈), about a ticket or in general."""

    __tablename__ = "customer_feedback"

    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    ticket_id: Mapped[str | None] = mapped_column(ForeignKey("service_tickets.id"), index=True)
    received_on: Mapped[date] = mapped_column(Date)
    content: Mapped[str] = mapped_column(Text)
    author_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"))
