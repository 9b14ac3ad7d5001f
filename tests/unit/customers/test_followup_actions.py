"""Done and snooze on a customer's booked follow-up (from Today), with exact undo and redo."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from models import Customer, FollowUp
from services.core.errors import ValidationError
from services.customers import edit as ce
from services.customers import stale
from services.customers.followup_actions import complete_followups, snooze_followups
from services.today.reminders import (
    ACTION_DONE,
    ACTION_LOG,
    ACTION_SNOOZE,
    SECTION_BACKLOG,
    SECTION_OVERDUE,
    SECTION_TODAY,
    section_of,
)
from tests.unit.customer_rules_fixtures import build_firm

TODAY = date(2026, 6, 15)


def ago(days: int) -> datetime:
    return datetime.combine(TODAY - timedelta(days=days), datetime.min.time()).replace(
        hour=12).astimezone().astimezone(UTC)


@pytest.fixture
def firm(store):
    return build_firm(store)


def _book(firm, name: str, next_on: date, step: str = "发送报价单", days_ago: int = 5) -> str:
    cid = firm.customer(name)
    ce.add_followup(firm.store, cid, {"at": ago(days_ago), "method": "call", "content": "电话沟通",
                                      "next_step": step, "next_on": next_on})
    return cid


def _dates(store, cid: str) -> tuple[date | None, list[date | None]]:
    with store.read() as uow:
        cust = uow.session.get(Customer, cid)
        records = list(uow.session.scalars(select(FollowUp.next_on).where(
            FollowUp.customer_id == cid).order_by(FollowUp.at)))
        return cust.next_followup_on, records


def _rows(store):
    # Undo writes the old values back as a new change: every column but updated_at is back.
    with store.read() as uow:
        return (sorted((c.id, c.next_followup_on, c.last_followup_at, c.tier)
                       for c in uow.session.scalars(select(Customer))),
                sorted((f.id, f.customer_id, f.next_on, f.next_step, f.deleted_at)
                       for f in uow.session.scalars(select(FollowUp))))


def test_due_reminders_carry_the_next_step_and_their_actions(firm):
    due = _book(firm, "今天跟进", TODAY, step="发送报价单")
    late = _book(firm, "逾期跟进", TODAY - timedelta(days=3), step="")
    cold = firm.customer("很久没联系", tier="A")
    with firm.store.write() as uow:
        uow.session.get(Customer, cold).created_at = ago(100)
        uow.commit()
    found = {r.item_id: r for r in stale.stale_customer_reminders(firm.store, TODAY, None,
                                                                  lang="en")}
    assert found[due].note == "发送报价单" and found[due].detail == "发送报价单"
    assert found[due].actions == (ACTION_DONE, ACTION_SNOOZE, ACTION_LOG)
    assert found[late].note == "" and found[late].detail.startswith("Follow-up overdue by 3 days")
    assert found[cold].backlog and found[cold].actions == (ACTION_SNOOZE, ACTION_LOG)
    assert section_of(found[due], TODAY) == SECTION_TODAY
    assert section_of(found[late], TODAY) == SECTION_OVERDUE
    assert section_of(found[cold], TODAY) == SECTION_BACKLOG


def test_done_clears_the_due_booking_and_undo_redo_are_exact(firm):
    due = _book(firm, "今天跟进", TODAY)
    late = _book(firm, "逾期跟进", TODAY - timedelta(days=3))
    ahead = _book(firm, "下周跟进", TODAY + timedelta(days=7))
    before = _rows(firm.store)
    op = complete_followups(firm.store, [due, late, ahead], TODAY)
    assert op.value == 2  # the one booked ahead was not due
    # The booking goes; the records that made it stay as they were (history).
    assert _dates(firm.store, due) == (None, [TODAY])
    assert _dates(firm.store, late) == (None, [TODAY - timedelta(days=3)])
    assert _dates(firm.store, ahead) == (TODAY + timedelta(days=7), [TODAY + timedelta(days=7)])
    assert op.changes.ids("customers") >= {due, late}
    assert not {r.item_id for r in stale.stale_customer_reminders(firm.store, TODAY, None)} & {
        due, late}
    after = _rows(firm.store)
    redo = op.undo.run(firm.store)
    assert _rows(firm.store) == before
    redo.undo.run(firm.store)
    assert _rows(firm.store) == after


def test_snooze_moves_the_booking_or_books_a_stale_customer(firm):
    late = _book(firm, "逾期跟进", TODAY - timedelta(days=3))
    cold = firm.customer("很久没联系")
    before = _rows(firm.store)
    until = TODAY + timedelta(days=1)
    op = snooze_followups(firm.store, [late, cold], until, TODAY)
    assert op.value == 2
    assert _dates(firm.store, late) == (until, [TODAY - timedelta(days=3)])
    assert _dates(firm.store, cold) == (until, [])
    assert stale.stale_customer_reminders(firm.store, TODAY, None) == []
    # The next day it is due again.
    again = stale.stale_customer_reminders(firm.store, until, None)
    assert {r.item_id for r in again} == {late, cold}
    redo = op.undo.run(firm.store)
    assert _rows(firm.store) == before
    redo.undo.run(firm.store)
    assert _dates(firm.store, late) == (until, [TODAY - timedelta(days=3)])


def test_snooze_needs_a_later_day_and_a_live_customer(firm):
    cid = _book(firm, "甲", TODAY)
    with pytest.raises(ValidationError):
        snooze_followups(firm.store, [cid], TODAY, TODAY)
    ce.delete_customers(firm.store, [cid])
    with pytest.raises(ValidationError):
        complete_followups(firm.store, [cid], TODAY)
