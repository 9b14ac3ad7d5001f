"""The booked next follow-up (下次跟进) survives a follow-up that names no next date.

Real stores; every path that logs follow-ups: the card's service, a deal's follow-up, an import.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import update

from models.customers import Customer
from models.pipeline import Deal, Pipeline, Stage
from services.customers import booking, edit
from services.importing.api import open_source, plan_import
from services.importing.commit import commit_plan, undo_import
from services.pipeline.followups import log_deal_followup
from tests.unit.importing_fixtures import write_xlsx


def at(d: date, hour: int = 10) -> datetime:
    return datetime(d.year, d.month, d.day, hour, tzinfo=UTC)


def dates(store, cid):
    with store.read() as uow:
        c = uow.session.get(Customer, cid)
        return c.last_followup_at, c.next_followup_on


@pytest.fixture
def booked(any_store):
    """A customer with a follow-up on 1 June booking the next one for 20 June."""
    cid = edit.create_customer(any_store, edit.NewCustomer(name="上海星海科技有限公司")).value
    edit.add_followup(any_store, cid, {"at": at(date(2026, 6, 1)), "method": "call",
                                       "content": "约下次拜访", "next_on": date(2026, 6, 20)})
    return any_store, cid


def _log(store, cid, day, **values):
    return edit.add_followup(store, cid, {"at": at(day), "method": "call", "content": "回访",
                                          **values})


def test_a_follow_up_without_a_next_date_keeps_the_booked_one(booked):
    store, cid = booked
    _log(store, cid, date(2026, 6, 10))
    assert dates(store, cid) == (at(date(2026, 6, 10)), date(2026, 6, 20))


def test_a_next_date_rebooks_and_an_explicit_clear_cancels(booked):
    store, cid = booked
    _log(store, cid, date(2026, 6, 10), next_on=date(2026, 6, 25))
    assert dates(store, cid)[1] == date(2026, 6, 25)
    edit.add_followup(store, cid, {"at": at(date(2026, 6, 11)), "method": "call",
                                   "content": "客户取消会面"}, clear_next=True)
    assert dates(store, cid) == (at(date(2026, 6, 11)), None)


def test_the_booked_day_follow_up_completes_it(booked):
    store, cid = booked
    _log(store, cid, date(2026, 6, 20))  # the booked meeting took place
    assert dates(store, cid) == (at(date(2026, 6, 20)), None)


def test_an_older_follow_up_entered_late_changes_nothing(booked):
    store, cid = booked
    _log(store, cid, date(2026, 5, 2), next_on=date(2026, 5, 9))
    assert dates(store, cid) == (at(date(2026, 6, 1)), date(2026, 6, 20))


def test_undo_and_redo_put_back_exactly_an_imported_booking(any_store):
    store = any_store
    cid = edit.create_customer(store, edit.NewCustomer(name="杭州云帆电子商务")).value
    imported = (at(date(2026, 5, 1)), date(2026, 5, 30))  # from a ledger, no history
    with store.write() as uow:
        uow.session.execute(update(Customer).where(Customer.id == cid).values(
            last_followup_at=imported[0], next_followup_on=imported[1]))
        uow.commit()
    op = _log(store, cid, date(2026, 5, 10))
    assert dates(store, cid) == (at(date(2026, 5, 10)), date(2026, 5, 30))
    assert op.undo is not None
    undone = op.undo.run(store)
    assert dates(store, cid) == imported
    assert undone.undo is not None
    undone.undo.run(store)
    assert dates(store, cid) == (at(date(2026, 5, 10)), date(2026, 5, 30))


def test_removing_the_follow_up_that_booked_replays_the_rest(booked):
    store, cid = booked
    later = _log(store, cid, date(2026, 6, 10)).value  # keeps 20 June
    edit.set_followup_deleted(store, later, True)  # it made no booking: 20 June stays
    assert dates(store, cid) == (at(date(2026, 6, 1)), date(2026, 6, 20))
    rebook = _log(store, cid, date(2026, 6, 12), next_on=date(2026, 6, 30)).value
    edit.set_followup_deleted(store, rebook, True)  # its booking goes with it
    assert dates(store, cid) == (at(date(2026, 6, 1)), date(2026, 6, 20))


def test_editing_the_newest_follow_up_to_untick_its_date_clears_the_booking(booked):
    store, cid = booked
    fid = _log(store, cid, date(2026, 6, 10), next_on=date(2026, 6, 25)).value
    op = edit.update_followup(store, fid, {"next_on": None})
    assert dates(store, cid) == (at(date(2026, 6, 10)), None)
    assert op.undo is not None
    op.undo.run(store)
    assert dates(store, cid) == (at(date(2026, 6, 10)), date(2026, 6, 25))


def test_a_deal_follow_up_keeps_the_booking_too(booked):
    store, cid = booked
    with store.write() as uow:
        s = uow.session
        p = Pipeline(name="新客户")
        s.add(p)
        s.flush()
        stage = Stage(pipeline_id=p.id, name="需求确认", kind="open")
        s.add(stage)
        s.flush()
        deal = Deal(name="ERP 升级", pipeline_id=p.id, stage_id=stage.id, customer_id=cid,
                    stage_entered_at=at(date(2026, 6, 1)))
        s.add(deal)
        uow.commit()
        deal_id = deal.id
    op = log_deal_followup(store, deal_id, {"at": at(date(2026, 6, 5)), "method": "visit",
                                            "content": "演示"})
    assert dates(store, cid) == (at(date(2026, 6, 5)), date(2026, 6, 20))
    assert op.undo is not None
    op.undo.run(store)
    assert dates(store, cid) == (at(date(2026, 6, 1)), date(2026, 6, 20))


def test_imported_follow_ups_keep_the_booking(booked, tmp_path):
    store, cid = booked
    path = write_xlsx(tmp_path / "跟进记录.xlsx", [
        ["客户名称", "跟进时间", "跟进方式", "跟进内容", "下次跟进"],
        ["上海星海科技有限公司", "2026-06-08 15:00", "电话", "确认报价", None],
    ])
    plan = plan_import(store, open_source(path, "followups", store=store))
    op = commit_plan(store, plan)
    last, nxt = dates(store, cid)
    assert nxt == date(2026, 6, 20)
    assert booking.local_day(last) == date(2026, 6, 8)
    undo_import(store, op.value)
    assert dates(store, cid) == (at(date(2026, 6, 1)), date(2026, 6, 20))


@pytest.mark.parametrize(("history", "expected"), [
    ([], (None, None)),
    ([(at(date(2026, 6, 1)), date(2026, 6, 20)), (at(date(2026, 6, 5)), None)],
     (at(date(2026, 6, 5)), date(2026, 6, 20))),
    ([(at(date(2026, 6, 1)), date(2026, 6, 20)), (at(date(2026, 6, 21)), None)],
     (at(date(2026, 6, 21)), None)),
    ([(at(date(2026, 6, 1)), date(2026, 6, 20)), (at(date(2026, 6, 5)), date(2026, 6, 8))],
     (at(date(2026, 6, 5)), date(2026, 6, 8))),
])
def test_replay(history, expected):
    assert booking.replay(history) == expected
