"""Saving a review and recording its decisions; every write returns an
:class:`~services.core.changes.Op` whose undo is data (docs/ARCHITECTURE.md).

* :func:`save_review` stores the review with the pack's snapshot (undo: :func:`delete_review`,
  whose undo :func:`restore_review` brings back the same row);
* :func:`update_review` changes notes and decisions (undo: the old text);
* :func:`add_action` / :func:`add_adjustment` create an action item of the sales plan
  (:func:`services.plans.actions.add_action_in`) or a target adjustment request
  (:func:`services.targets.lifecycle.request_adjustment_in`) and link it to the review, in one
  unit of work (undo: :func:`remove_link` soft-deletes both; :func:`restore_link` brings them
  back).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from models.base import utcnow
from models.plans import ActionItem
from models.reviews import Review, ReviewAction
from models.targets import TargetAdjustment
from services.core.changes import Op, call
from services.core.store import Store
from services.reviews.pack import build_pack
from services.reviews.scope import ReviewError
from services.reviews.snapshot import dumps
from services.targets.split import Values

MAX_TEXT = 20_000


def _text(value: str | None) -> str | None:
    text = (value or "").strip()
    if len(text) > MAX_TEXT:
        raise ReviewError("the text is longer than {limit} characters", field="notes",
                          limit=MAX_TEXT)
    return text or None


def save_review(store: Store, grain: str, period: str, unit_id: str | None, *,
                as_of: date | None = None, notes: str | None = None,
                decisions: str | None = None, by: str | None = None) -> Op[str]:
    """Save a review of ``period`` for ``unit_id`` with the pack's snapshot; the value is its
    id. The snapshot is read before the write begins.
    """
    pack = build_pack(store, grain, period, unit_id, as_of=as_of)
    with store.write() as uow:
        review = Review(grain=grain, period=period, unit_id=pack.scope.unit_id,
                        as_of=pack.scope.as_of, by_person_id=by, notes=_text(notes),
                        decisions=_text(decisions), snapshot=dumps(pack.snapshot))
        uow.session.add(review)
        uow.commit()
        return uow.op(review.id, undo=call(delete_review, review.id))


def _review(store_session: Any, review_id: str) -> Review:
    review = store_session.get(Review, review_id)
    if review is None or review.deleted_at is not None:
        raise ReviewError("this review no longer exists", field="review")
    return review


def delete_review(store: Store, review_id: str) -> Op[None]:
    """Soft-delete a review (undo: :func:`restore_review` of the same row)."""
    with store.write() as uow:
        review = _review(uow.session, review_id)
        review.deleted_at = stamp = utcnow()
        uow.commit()
        return uow.op(None, undo=call(restore_review, review_id, stamp))


def restore_review(store: Store, review_id: str, deleted_at: datetime) -> Op[None]:
    """Bring back a review deleted at ``deleted_at`` (undo: delete it again)."""
    with store.write() as uow:
        review = uow.session.get(Review, review_id)
        if review is None or review.deleted_at != deleted_at:
            raise ReviewError("this review no longer exists", field="review")
        review.deleted_at = None
        uow.commit()
        return uow.op(None, undo=call(delete_review, review_id))


def update_review(store: Store, review_id: str, *, notes: str | None,
                  decisions: str | None) -> Op[tuple[str | None, str | None]]:
    """Replace a review's notes and decisions; the value is the old pair."""
    with store.write() as uow:
        review = _review(uow.session, review_id)
        old = (review.notes, review.decisions)
        review.notes, review.decisions = _text(notes), _text(decisions)
        uow.commit()
        return uow.op(old, undo=call(update_review, review_id, notes=old[0], decisions=old[1]))


def _plan_node(store: Store, review: Review) -> tuple[str, str]:
    from services.reviews.scope import resolve

    with store.read() as uow:
        scope = resolve(uow.session, review.grain, review.period, review.unit_id, review.as_of)
    if scope.plan_id is None or scope.node_id is None:
        raise ReviewError("the unit has no node in a target plan of {period}",
                          field="plan", period=review.period)
    return scope.plan_id, scope.node_id


def add_action(store: Store, review_id: str, title: str, *, owner_id: str | None = None,
               due_on: date | None = None, method: str | None = None) -> Op[str]:
    """An action item (行动计划) for the review's unit in its plan year, linked to the review;
    the value is the action item's id.
    """
    with store.read() as uow:
        review = _review(uow.session, review_id)
    plan_id, node_id = _plan_node(store, review)
    with store.write() as uow:
        _review(uow.session, review_id)
        fields: dict[str, Any] = {"owner_id": owner_id, "due_on": due_on}
        if method:
            fields["method"] = method
        from services.plans.actions import add_action_in

        item = add_action_in(uow.session, plan_id, node_id, title, **fields)
        link = ReviewAction(review_id=review_id, kind="action", record_id=item.id)
        uow.session.add(link)
        uow.commit()
        return uow.op(item.id, undo=call(remove_link, link.id))


def add_adjustment(store: Store, review_id: str, metric: str, proposed: Values, reason: str,
                   *, by: str | None = None) -> Op[str]:
    """A target adjustment request (调整申请) for the review's unit and period, linked to the
    review; the value is the request's id.
    """
    with store.read() as uow:
        review = _review(uow.session, review_id)
    _plan, node_id = _plan_node(store, review)
    with store.write() as uow:
        _review(uow.session, review_id)
        from services.targets.lifecycle import request_adjustment_in

        adj = request_adjustment_in(uow.session, node_id, metric, review.period, proposed,
                                    reason, by=by)
        link = ReviewAction(review_id=review_id, kind="adjustment", record_id=adj.id)
        uow.session.add(link)
        uow.commit()
        return uow.op(adj.id, undo=call(remove_link, link.id))


def _record(session: Any, link: ReviewAction) -> ActionItem | TargetAdjustment | None:
    model = ActionItem if link.kind == "action" else TargetAdjustment
    return session.get(model, link.record_id)


def remove_link(store: Store, link_id: str) -> Op[None]:
    """Soft-delete a record created from a review and its link (the undo of creating it)."""
    with store.write() as uow:
        link = uow.session.get(ReviewAction, link_id)
        if link is None or link.deleted_at is not None:
            raise ReviewError("this action no longer exists", field="action")
        record = _record(uow.session, link)
        if isinstance(record, TargetAdjustment) and record.status != "pending":
            raise ReviewError("the adjustment request has already been decided",
                              field="status")
        stamp = utcnow()
        link.deleted_at = stamp
        if record is not None and record.deleted_at is None:
            record.deleted_at = stamp
        uow.commit()
        return uow.op(None, undo=call(restore_link, link_id, stamp))


def restore_link(store: Store, link_id: str, deleted_at: datetime) -> Op[None]:
    """Bring back a record and its link removed at ``deleted_at``."""
    with store.write() as uow:
        link = uow.session.get(ReviewAction, link_id)
        if link is None or link.deleted_at != deleted_at:
            raise ReviewError("this action no longer exists", field="action")
        link.deleted_at = None
        record = _record(uow.session, link)
        if record is not None and record.deleted_at == deleted_at:
            record.deleted_at = None
        uow.commit()
        return uow.op(None, undo=call(remove_link, link_id))
