"""Customer write services return Ops: what changed, and an inverse whose own inverse redoes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from models.customers import Contact, Customer, CustomerEvent
from models.pipeline import Deal
from services.customers import bulk, edit, pool, stale, tiers
from services.customers.edit import CONTACTS_FACT
from services.customers.tiers import DEALS_FACT, TIER_FACT
from tests.unit.customer_rules_fixtures import build_firm


def _contacts(store, customer_id):
    with store.read() as uow:
        return {c.name: (c.is_primary, c.deleted_at is None) for c in uow.session.scalars(
            select(Contact).where(Contact.customer_id == customer_id))}


def _events(store) -> int:
    with store.read() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(CustomerEvent)) or 0)


def test_create_is_undone_by_discarding_the_same_rows_and_redone_by_restoring_them(store):
    op = edit.create_customer(store, edit.NewCustomer(name="宁波新港物流有限公司",
                                                      contact_name="孙丽"))
    cid = op.value
    assert op.changes.ids("customers") == {cid} and cid in op.changes.fact(CONTACTS_FACT)
    assert op.undo is not None
    undone = op.undo.run(store)
    assert undone.changes.of("customers").deleted == {cid}
    with store.read() as uow:
        assert uow.session.get(Customer, cid).deleted_at is not None
        live = uow.session.scalars(select(Contact).where(Contact.customer_id == cid,
                                                         Contact.deleted_at.is_(None))).all()
        assert live == []
    assert undone.undo is not None
    redone = undone.undo.run(store)
    assert redone.value == cid and redone.changes.of("customers").created == {cid}
    assert _contacts(store, cid) == {"孙丽": (True, True)}


def test_a_new_primary_contact_is_undone_with_the_old_primary_back(store):
    firm = build_firm(store)
    cid = firm.customer("上海星海科技有限公司")
    firm.contact(cid, "陈静", is_primary=True)
    op = edit.add_contact(store, cid, {"name": "孙丽", "is_primary": True})
    assert _contacts(store, cid) == {"陈静": (False, True), "孙丽": (True, True)}
    back = op.undo.run(store)
    assert _contacts(store, cid) == {"陈静": (True, True), "孙丽": (True, False)}
    back.undo.run(store)
    assert _contacts(store, cid) == {"陈静": (False, True), "孙丽": (True, True)}


def test_undoing_a_reassignment_leaves_no_event_and_redo_logs_it_again(store):
    firm = build_firm(store)
    a = firm.customer("甲", owner="张三")
    events = _events(store)
    op = bulk.reassign_owner(store, [a], firm.people["李四"])
    assert _events(store) == events + 1
    back = op.undo.run(store)
    assert _events(store) == events
    with store.read() as uow:
        assert uow.session.get(Customer, a).owner_id == firm.people["张三"]
    back.undo.run(store)
    with store.read() as uow:
        assert uow.session.get(Customer, a).owner_id == firm.people["李四"]
    assert _events(store) == events + 1


def test_a_tier_change_names_the_customer_in_the_tier_fact(store):
    firm = build_firm(store)
    a = firm.customer("甲")
    op = bulk.set_tier(store, [a], "A")
    assert a in op.changes.fact(TIER_FACT)
    assert {"tier", "tier_reason"} <= op.changes.fields("customers")
    assert a in tiers.set_manual_tier(store, a, None).changes.fact(TIER_FACT)


def test_a_deal_change_names_its_customer_in_the_deals_fact(store):
    firm = build_firm(store)
    a = firm.customer("甲")
    deal = firm.won_deal(a, 80_000, date.today())
    with store.write() as uow:
        uow.session.get(Deal, deal).won_amount = Decimal(90_000)
        uow.commit()
        assert a in uow.changes.fact(DEALS_FACT)
        assert a in uow.changes.fact(TIER_FACT)  # ¥90,000 won: B now


def test_pool_undo_is_redone_by_repeating_the_move(store):
    firm = build_firm(store)
    a = firm.customer("甲", owner="张三")
    stale.save_stale_rules(store, stale.StaleRules(pool_enabled=True))
    op = pool.release_to_pool(store, [a], firm.people["张三"], note="调整")
    back = op.undo.run(store)
    with store.read() as uow:
        assert not uow.session.get(Customer, a).in_pool
    again = back.undo.run(store)
    assert again.value.note == "调整" and again.value.customer_ids == [a]
    with store.read() as uow:
        assert uow.session.get(Customer, a).in_pool
