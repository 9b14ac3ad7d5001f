"""A follow-up logged on a deal: the customer's follow-up, naming the deal, with exact undo/redo."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from models import Customer, FollowUp
from services.core.errors import ValidationError
from services.pipeline.deals import NotFoundError, discard_deal
from services.pipeline.followups import log_deal_followup
from tests.unit.pipeline_fixtures import World, build_world, utc


@pytest.fixture
def world(any_store) -> World:
    return build_world(any_store)


def _rows(store, customer_id):
    """The customer's follow-up dates and every follow-up (deleted or not), without timestamps."""
    with store.read() as uow:
        s = uow.session
        c = s.get(Customer, customer_id)
        follow = sorted((f.id, f.deal_id, f.method, f.content, f.next_on, f.deleted_at is None)
                        for f in s.scalars(select(FollowUp)
                                           .where(FollowUp.customer_id == customer_id)))
        return c.last_followup_at, c.next_followup_on, follow


def test_a_deal_followup_is_the_customers_and_keeps_its_dates(world):
    customer = world.customers["华东机械"]
    deal = world.deal("甲", customer="华东机械")
    before = _rows(world.store, customer)
    op = log_deal_followup(world.store, deal, {
        "at": utc(2026, 1, 5), "method": "visit", "content": "  上门演示  ",
        "next_step": "发报价", "next_on": date(2026, 1, 12), "deal_id": "ignored",
        "person_id": world.people["李四"]})
    fid = op.value
    last, next_on, follow = _rows(world.store, customer)
    assert (last, next_on) == (utc(2026, 1, 5), date(2026, 1, 12))
    assert follow == [(fid, deal, "visit", "上门演示", date(2026, 1, 12), True)]
    assert op.changes.touches("followups") and op.changes.touches("customers")

    redo = op.undo.run(world.store)  # undo: the record is soft-deleted, the dates go back
    assert _rows(world.store, customer)[:2] == before[:2]
    assert _rows(world.store, customer)[2] == [(fid, deal, "visit", "上门演示",
                                                 date(2026, 1, 12), False)]
    assert redo.value == customer
    redo.undo.run(world.store)  # redo: the same record comes back
    assert _rows(world.store, customer) == (last, next_on, follow)


@pytest.mark.parametrize("values", [
    {"method": "call", "content": "x"},
    {"at": utc(2026, 1, 5), "content": "x"},
    {"at": utc(2026, 1, 5), "method": "call", "content": "   "},
    {"at": utc(2026, 1, 5), "method": "fax", "content": "x"},
    {"at": utc(2026, 1, 5), "method": "call", "content": "x", "colour": "red"},
])
def test_an_incomplete_followup_is_refused_and_writes_nothing(world, values):
    deal = world.deal("甲")
    before = _rows(world.store, world.customers["华东机械"])
    with pytest.raises(ValidationError):
        log_deal_followup(world.store, deal, values)
    assert _rows(world.store, world.customers["华东机械"]) == before


def test_a_followup_on_a_deleted_deal_is_refused(world):
    deal = world.deal("甲")
    discard_deal(world.store, deal)
    with pytest.raises(NotFoundError):
        log_deal_followup(world.store, deal,
                          {"at": utc(2026, 1, 5), "method": "call", "content": "x"})
