"""Org structure: units (company → region/channel/product line/department/team) and people."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, BusinessMixin


class OrgUnit(BusinessMixin, Base):
    """A node of the org tree; ``parent_id`` is None only for the company root."""

    __tablename__ = "org_units"

    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))  # models.enums.UnitKind
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("org_units.id"), index=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    # A closed unit keeps its history (targets, people who were in it) but takes nothing new.
    closed_on: Mapped[date | None] = mapped_column(Date)


class Person(BusinessMixin, Base):
    """Someone on the team: owns customers and deals, carries targets, earns payouts."""

    __tablename__ = "people"

    name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))  # models.enums.Role
    capacity_tier: Mapped[str] = mapped_column(String(20))  # models.enums.CapacityTier
    unit_id: Mapped[str] = mapped_column(ForeignKey("org_units.id"), index=True)
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(50))
    active_from: Mapped[date] = mapped_column(Date)
    active_to: Mapped[date | None] = mapped_column(Date)
    manager_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"), index=True)
