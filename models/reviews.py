"""Reviews (复盘): a saved review of one period and org unit, and what was decided in it.

A review keeps a compact JSON ``snapshot`` of the figures and of the deals in scope when it was
saved (:mod:`services.reviews.snapshot`), so the next review shows what moved in between.
Action items and adjustment requests created from a review are linked by
``review_actions`` rows; the next review shows whether they were done.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, BusinessMixin


class Review(BusinessMixin, Base):
    """One saved review (周复盘 / 月复盘 / 季复盘) of an org unit (None: the whole firm)."""

    __tablename__ = "reviews"

    grain: Mapped[str] = mapped_column(String(10))  # week / month / quarter
    period: Mapped[str] = mapped_column(String(10), index=True)  # "2026-Q3", "2026-09"
    unit_id: Mapped[str | None] = mapped_column(ForeignKey("org_units.id"), index=True)
    as_of: Mapped[date] = mapped_column(Date)  # the day the figures were read for
    by_person_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"))
    notes: Mapped[str | None] = mapped_column(Text)
    decisions: Mapped[str | None] = mapped_column(Text)
    snapshot: Mapped[str] = mapped_column(Text, default="{}")  # JSON, see services.reviews


class ReviewAction(BusinessMixin, Base):
    """A record created from a review: an action item (``kind`` "action") or an adjustment
    request ("adjustment"), by id.
    """

    __tablename__ = "review_actions"

    review_id: Mapped[str] = mapped_column(ForeignKey("reviews.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
