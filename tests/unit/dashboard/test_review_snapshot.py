"""Saved reviews: the snapshot, "what changed since the last review" on a planted set of
changes, notes, and the action items / adjustment requests created from a review — each one
undo step, and shown as done or not in the next review."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from models.plans import ActionItem
from models.reviews import Review
from models.targets import TargetAdjustment
from services.pipeline import deals as pl
from services.plans.actions import update_action
from services.reviews import saved
from services.reviews.pack import build_pack
from services.reviews.scope import ReviewError
from services.targets.lifecycle import approve_adjustment
from services.targets.split import Values
from tests.unit.dashboard.review_fixtures import AS_OF, ReviewWorld, build_review_world
from tests.unit.pipeline_fixtures import utc

LATER = date(2026, 9, 28)


@pytest.fixture
def rw(store) -> ReviewWorld:
    return build_review_world(store)


def _save(rw: ReviewWorld, **kw) -> str:
    return saved.save_review(rw.store, "month", "2026-09", rw.east, as_of=AS_OF, **kw).value


def test_the_snapshot_is_compact_and_holds_the_deals_in_scope(rw):
    review_id = _save(rw, notes="回款要抓紧")
    with rw.store.read() as uow:
        review = uow.session.get(Review, review_id)
        snap = json.loads(review.snapshot)
    d = rw.deals
    # open deals of 华东区 and those closed in September; nothing of 王五, nothing closed before
    assert set(snap["deals"]) == {d[k] for k in ("S1", "S2", "S3", "O1", "O2", "O3", "O5", "O6")}
    assert snap["deals"][d["O1"]][1:] == [5_000_000, "2026-09-15", "o"]
    assert snap["deals"][d["S1"]][3] == "w"
    assert snap["figures"]["signed_amount"] == [15_000_000, 20_000_000, 25_000_000, 7_000_000]
    assert snap["figures"]["collection"] == [4_000_000, 1_000_000]
    assert len(review.snapshot) < 1200
    assert review.notes == "回款要抓紧"


def test_what_changed_since_the_last_review(rw):
    store, d, w = rw.store, rw.deals, rw.w
    review_id = _save(rw)
    first = build_pack(store, "month", "2026-09", rw.east, as_of=AS_OF)
    assert first.last_review is not None and first.changes is not None
    assert first.changes.empty  # nothing moved since it was saved
    # the planted changes
    pl.set_expected_close(store, [d["O1"]], date(2026, 10, 15))              # slipped
    pl.update_deal(store, d["O2"], amount=Decimal(15_000))                   # amount cut
    w.move(d["O2"], "商务谈判", utc(2026, 9, 22))                             # advanced
    w.move(d["O3"], "输单", utc(2026, 9, 23), closed_on=date(2026, 9, 23))    # lost
    w.move(d["O5"], "初步沟通", utc(2026, 9, 24))                             # regressed
    w.move(d["O6"], "赢单", utc(2026, 9, 25), closed_on=date(2026, 9, 25))    # won
    o7 = w.deal("O7", "线索", owner="李四", amount=3_000, at=utc(2026, 9, 26))  # added
    w.deal("X", "线索", owner="王五", amount=1_000, at=utc(2026, 9, 26))        # not in scope
    adj = saved.add_adjustment(store, review_id, "signed_amount",
                               Values(12_000_000, 18_000_000, 22_000_000), "大客户延期",
                               by=w.people["张三"]).value
    approve_adjustment(store, adj, by=w.people["周总监"], today=LATER)         # target adjusted
    changes = build_pack(store, "month", "2026-09", rw.east, as_of=LATER).changes
    assert changes is not None and changes.review_id == review_id
    assert changes.since == AS_OF

    def ids(items):
        return [c.deal.id for c in items]

    assert ids(changes.slipped) == [d["O1"]]
    assert (changes.slipped[0].old_close, changes.slipped[0].new_close) == (
        date(2026, 9, 15), date(2026, 10, 15))
    assert ids(changes.advanced) == [d["O2"]]
    moved = changes.advanced[0]
    assert (moved.old_stage, moved.new_stage) == ("方案报价", "商务谈判")
    assert ids(changes.amount_changed) == [d["O2"]]
    assert changes.amount_changed[0].delta == Decimal("-5000.00")
    assert ids(changes.lost) == [d["O3"]]
    assert ids(changes.regressed) == [d["O5"]]
    assert ids(changes.won) == [d["O6"]]
    assert ids(changes.added) == [o7]
    assert changes.removed == ()
    assert [(t.metric, t.old[1], t.new[1]) for t in changes.targets] == [
        ("signed_amount", 20_000_000, 18_000_000)]


def test_a_deleted_deal_shows_as_removed(rw):
    _save(rw)
    pl.discard_deal(rw.store, rw.deals["O5"])
    changes = build_pack(rw.store, "month", "2026-09", rw.east, as_of=AS_OF).changes
    assert [c.deal.id for c in changes.removed] == [rw.deals["O5"]]
    assert changes.removed[0].old_amount == Decimal("8000.00")


def test_saving_is_undone_and_redone_with_the_same_row(rw):
    op = saved.save_review(rw.store, "month", "2026-09", rw.east, as_of=AS_OF)
    assert "reviews" in op.changes.kinds
    undone = op.undo.run(rw.store)
    assert build_pack(rw.store, "month", "2026-09", rw.east, as_of=AS_OF).last_review is None
    undone.undo.run(rw.store)
    back = build_pack(rw.store, "month", "2026-09", rw.east, as_of=AS_OF).last_review
    assert back is not None and back.id == op.value


def test_notes_and_decisions_edit_and_undo(rw):
    review_id = _save(rw, notes="初稿")
    op = saved.update_review(rw.store, review_id, notes="回款要抓紧", decisions="O1 周五前给报价")
    pack = build_pack(rw.store, "month", "2026-09", rw.east, as_of=AS_OF)
    assert (pack.this_review.notes, pack.this_review.decisions) == ("回款要抓紧", "O1 周五前给报价")
    op.undo.run(rw.store)
    pack = build_pack(rw.store, "month", "2026-09", rw.east, as_of=AS_OF)
    assert (pack.this_review.notes, pack.this_review.decisions) == ("初稿", "")


def test_an_action_from_the_review_shows_in_the_next_review_until_done(rw):
    store = rw.store
    review_id = _save(rw)
    op = saved.add_action(store, review_id, "拜访东方机械催收", owner_id=rw.w.people["张三"],
                          due_on=date(2026, 9, 30))
    with store.read() as uow:
        item = uow.session.get(ActionItem, op.value)
        assert (item.plan_id, item.node_id) == (rw.plan_id, rw.node_id)
    pack = build_pack(store, "month", "2026-09", rw.east, as_of=LATER)
    assert [(a.title, a.done) for a in pack.actions] == [("拜访东方机械催收", False)]
    assert pack.findings[-1].code == "actions_open"
    assert [r.id for r in pack.findings[-1].records] == [op.value]
    update_action(store, op.value, status="done")
    pack = build_pack(store, "month", "2026-09", rw.east, as_of=LATER)
    assert [(a.title, a.done) for a in pack.actions] == [("拜访东方机械催收", True)]
    assert "actions_open" not in {f.code for f in pack.findings}


def test_creating_an_action_is_one_undo_step(rw):
    store = rw.store
    review_id = _save(rw)
    op = saved.add_action(store, review_id, "拜访东方机械催收")
    assert {"action_items", "review_actions"} <= set(op.changes.kinds)
    redo = op.undo.run(store)
    with store.read() as uow:
        assert uow.session.get(ActionItem, op.value).deleted_at is not None
    assert build_pack(store, "month", "2026-09", rw.east, as_of=AS_OF).actions == ()
    redo.undo.run(store)
    with store.read() as uow:
        assert uow.session.get(ActionItem, op.value).deleted_at is None
    assert len(build_pack(store, "month", "2026-09", rw.east, as_of=AS_OF).actions) == 1


def test_an_adjustment_request_from_the_review_is_done_once_decided(rw):
    store = rw.store
    review_id = _save(rw)
    adj = saved.add_adjustment(store, review_id, "signed_amount",
                               Values(12_000_000, 18_000_000, 22_000_000), "大客户延期").value
    with store.read() as uow:
        row = uow.session.scalars(select(TargetAdjustment)).one()
        assert (row.id, row.node_id, row.period, row.status) == (
            adj, rw.node_id, "2026-09", "pending")
    pack = build_pack(store, "month", "2026-09", rw.east, as_of=AS_OF)
    assert [(a.kind, a.done) for a in pack.actions] == [("adjustment", False)]
    approve_adjustment(store, adj, by=rw.w.people["周总监"], today=AS_OF)
    pack = build_pack(store, "month", "2026-09", rw.east, as_of=AS_OF)
    assert [(a.kind, a.status, a.done) for a in pack.actions] == [
        ("adjustment", "approved", True)]


def test_a_request_without_a_reason_is_refused_and_nothing_is_written(rw):
    review_id = _save(rw)
    with pytest.raises(Exception, match="reason"):
        saved.add_adjustment(rw.store, review_id, "signed_amount", Values(1, 2, 3), " ")
    assert build_pack(rw.store, "month", "2026-09", rw.east, as_of=AS_OF).actions == ()


def test_a_period_of_another_grain_is_refused(rw):
    with pytest.raises(ReviewError):
        saved.save_review(rw.store, "month", "2026-Q3", rw.east, as_of=AS_OF)
