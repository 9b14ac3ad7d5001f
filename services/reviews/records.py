"""Saved reviews as the pack reads them: the last review of a unit, the reviews of a unit,
and the records created from them with whether they are done.

An action item is done when its status is 已完成 (done); an adjustment request when it has been
decided (approved or rejected). A record deleted since is listed as removed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.enums import ActionStatus, AdjustmentStatus
from models.org import Person
from models.plans import ActionItem
from models.reviews import Review, ReviewAction
from models.targets import TargetAdjustment


@dataclass(frozen=True)
class ReviewRow:
    """A saved review as lists show it."""

    id: str
    grain: str
    period: str
    unit_id: str | None
    as_of: date
    saved_at: datetime
    by_name: str | None
    notes: str
    decisions: str


@dataclass(frozen=True)
class ActionState:
    """A record created from a review and how far it got."""

    link_id: str
    review_id: str
    review_period: str
    kind: str  # "action" / "adjustment"
    record_id: str
    title: str
    owner_name: str | None
    due_on: date | None
    status: str  # the record's own status code; "removed" when deleted since
    done: bool


def _row(r: Review, by: str | None) -> ReviewRow:
    return ReviewRow(r.id, r.grain, r.period, r.unit_id, r.as_of, r.created_at, by,
                     r.notes or "", r.decisions or "")


def reviews_of(session: Session, unit_id: str, grain: str | None = None) -> list[ReviewRow]:
    """The unit's saved reviews, newest first."""
    q = (select(Review, Person.name).outerjoin(Person, Person.id == Review.by_person_id)
         .where(Review.deleted_at.is_(None), Review.unit_id == unit_id)
         .order_by(Review.created_at.desc()))
    if grain is not None:
        q = q.where(Review.grain == grain)
    return [_row(r, by) for r, by in session.execute(q)]


def last_review(session: Session, unit_id: str, grain: str
                ) -> tuple[ReviewRow, dict[str, Any]] | None:
    """The unit's newest saved review of ``grain`` and its snapshot, or None."""
    q = (select(Review, Person.name).outerjoin(Person, Person.id == Review.by_person_id)
         .where(Review.deleted_at.is_(None), Review.unit_id == unit_id, Review.grain == grain)
         .order_by(Review.created_at.desc()).limit(1))
    found = session.execute(q).first()
    if found is None:
        return None
    review, by = found
    return _row(review, by), json.loads(review.snapshot or "{}")


def review_of_period(session: Session, unit_id: str, period: str) -> ReviewRow | None:
    """The newest saved review of exactly this unit and period, or None."""
    q = (select(Review, Person.name).outerjoin(Person, Person.id == Review.by_person_id)
         .where(Review.deleted_at.is_(None), Review.unit_id == unit_id,
                Review.period == period)
         .order_by(Review.created_at.desc()).limit(1))
    found = session.execute(q).first()
    return _row(*found) if found is not None else None


def review_by_id(session: Session, review_id: str) -> ReviewRow | None:
    """The saved review ``review_id``, or None when there is none (or it was deleted)."""
    found = session.execute(
        select(Review, Person.name).outerjoin(Person, Person.id == Review.by_person_id)
        .where(Review.id == review_id, Review.deleted_at.is_(None))).first()
    return _row(*found) if found is not None else None


def action_states(session: Session, unit_id: str) -> tuple[ActionState, ...]:
    """Every record created from the unit's reviews, the open ones first, then by due date."""
    links = session.execute(
        select(ReviewAction, Review.period).join(Review, Review.id == ReviewAction.review_id)
        .where(ReviewAction.deleted_at.is_(None), Review.deleted_at.is_(None),
               Review.unit_id == unit_id)
        .order_by(Review.created_at, ReviewAction.created_at)).all()
    out = []
    for link, period in links:
        if link.kind == "action":
            row = session.execute(
                select(ActionItem, Person.name).outerjoin(Person, Person.id == ActionItem.owner_id)
                .where(ActionItem.id == link.record_id)).first()
            if row is None:
                continue
            item, owner = row
            removed = item.deleted_at is not None
            out.append(ActionState(link.id, link.review_id, period, "action", item.id,
                                   item.title, owner, item.due_on,
                                   "removed" if removed else item.status,
                                   item.status == ActionStatus.DONE and not removed))
        else:
            adj = session.get(TargetAdjustment, link.record_id)
            if adj is None:
                continue
            removed = adj.deleted_at is not None
            out.append(ActionState(link.id, link.review_id, period, "adjustment", adj.id,
                                   adj.reason, None, None,
                                   "removed" if removed else adj.status,
                                   adj.status != AdjustmentStatus.PENDING and not removed))
    out.sort(key=lambda a: (a.done, a.status == "removed", a.due_on or date.max))
    return tuple(out)
