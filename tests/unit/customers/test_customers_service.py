"""Customer list/card services: CRUD, follow-up dates, bulk actions with undo, search, sort."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from models.customers import Customer, CustomerEvent
from models.pipeline import Deal, Pipeline, Stage
from services.core.errors import ValidationError
from services.customers import bulk, edit
from services.customers.pool import release_to_pool
from services.customers.queries import load_customer_card, load_customer_rows
from services.customers.search import (
    CustomerFilters,
    SearchIndex,
    filter_rows,
    prepare_list,
    sort_order,
)
from services.org.people import create_person, create_unit

TODAY = date(2026, 6, 15)


def at(d: date, hour: int = 10) -> datetime:
    return datetime(d.year, d.month, d.day, hour, tzinfo=UTC)


def card_of(store, cid, today=None):
    """The card, which must exist."""
    card = load_customer_card(store, cid, today)
    assert card is not None
    return card


@pytest.fixture
def firm(any_store):
    store = any_store
    unit = create_unit(store, "华东区", "region").value
    wang = create_person(store, "王芳", unit, active_from=date(2024, 1, 1)).value
    li = create_person(store, "李强", unit, active_from=date(2024, 1, 1)).value
    return store, wang, li


@pytest.fixture
def three(firm):
    store, wang, li = firm
    a = edit.create_customer(store, edit.NewCustomer(
        name="上海星海科技有限公司", industry="制造业", region="上海", source="展会",
        phone="021-6888 1234", owner_id=wang, tier="A", tags=("重点", "华东"),
        contact_name="陈静", contact_phone="138-0013-8000"), by_person=wang).value
    b = edit.create_customer(store, edit.NewCustomer(
        name="北京ＡＢＣ贸易有限公司", industry="贸易", region="北京", source="转介绍",
        owner_id=li, tier="B"), by_person=li).value
    c = edit.create_customer(store, edit.NewCustomer(
        name="Acme Trading Co., Ltd.", industry="贸易", region="广州", source="官网",
        owner_id=wang, tier="C", tags=("海外",)), by_person=wang).value
    return store, wang, li, a, b, c


def _row(store, cid):
    return next(r for r in load_customer_rows(store, TODAY) if r.id == cid)


def test_create_sets_norm_key_contact_and_logs_event(three):
    store, wang, _li, a, _b, _c = three
    with store.read() as uow:
        cust = uow.session.get(Customer, a)
        assert cust.name_norm == "上海星海科技"
        events = [(e.action, e.to_person_id) for e in uow.session.scalars(
            select(CustomerEvent).where(CustomerEvent.customer_id == a))]
    assert events == [("create", wang)]
    row = _row(store, a)
    assert (row.contact_name, row.contact_phone, row.owner_name) == ("陈静", "138-0013-8000",
                                                                      "王芳")
    assert row.tags == ("重点", "华东")


def test_create_rejects_empty_name(firm):
    store, _w, _l = firm
    with pytest.raises(ValidationError) as err:
        edit.create_customer(store, edit.NewCustomer(name="   "))
    assert err.value.field == "name"
    with store.read() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Customer)) == 0


def test_update_returns_old_values_that_restore_exactly(three):
    store, _w, _l, a, _b, _c = three
    old = edit.update_customer(store, a, {"name": "上海星海智能科技有限公司",
                                          "credit_limit": "¥50,000.50", "region": "上海"}).value
    assert old == {"name": "上海星海科技有限公司", "credit_limit": None}
    card = card_of(store, a, TODAY)
    assert card.credit_limit == Decimal("50000.50")
    with store.read() as uow:
        assert uow.session.get(Customer, a).name_norm == "上海星海智能科技"
    back = edit.update_customer(store, a, old).value
    assert back == {"name": "上海星海智能科技有限公司", "credit_limit": Decimal("50000.50")}
    card = card_of(store, a, TODAY)
    assert (card.name, card.credit_limit) == ("上海星海科技有限公司", None)


def test_update_rejects_bad_values_and_writes_nothing(three):
    store, _w, _l, a, _b, _c = three
    for changes in ({"email": "not-an-address"}, {"credit_limit": "-5"},
                    {"credit_limit": "abc"}, {"owner_id": "x"}):
        with pytest.raises(ValidationError):
            edit.update_customer(store, a, {"region": "杭州", **changes})
    assert card_of(store, a, TODAY).region == "上海"


def test_soft_delete_and_restore(three):
    store, _w, _l, a, b, _c = three
    assert edit.delete_customers(store, [a, b]).value == [a, b] or set(
        edit.delete_customers(store, []).value) == set()
    assert {r.id for r in load_customer_rows(store, TODAY)} == {three[5]}
    assert load_customer_card(store, a, TODAY) is None
    assert set(edit.restore_customers(store, [a, b]).value) == {a, b}
    assert len(load_customer_rows(store, TODAY)) == 3


def test_contacts_add_edit_primary_delete(three):
    store, _w, _l, a, _b, _c = three
    cid = edit.add_contact(store, a, {"name": "周敏", "title": "采购经理", "phone": "13912345678",
                                      "wechat": "zhoumin", "email": "zm@xinghai.cn",
                                      "is_primary": True}).value
    card = card_of(store, a, TODAY)
    assert [c.name for c in card.contacts] == ["周敏", "陈静"]
    assert [c.is_primary for c in card.contacts] == [True, False]
    old = edit.update_contact(store, cid, {"title": "总经理"}).value
    assert old == {"title": "采购经理"}
    edit.set_contact_deleted(store, cid, True)
    assert [c.name for c in card_of(store, a, TODAY).contacts] == ["陈静"]
    edit.set_contact_deleted(store, cid, False)
    assert len(card_of(store, a, TODAY).contacts) == 2
    with pytest.raises(ValidationError):
        edit.add_contact(store, a, {"name": ""})


def test_followups_recompute_last_and_next_dates(three):
    store, wang, _l, a, _b, _c = three
    f1 = edit.add_followup(store, a, {"at": at(date(2026, 6, 1)), "method": "call",
                                      "content": "电话沟通需求", "next_on": date(2026, 6, 10),
                                      "person_id": wang}).value
    card = card_of(store, a, TODAY)
    assert card.last_followup_at == at(date(2026, 6, 1))
    assert card.next_followup_on == date(2026, 6, 10)
    f2 = edit.add_followup(store, a, {"at": at(date(2026, 6, 12)), "method": "visit",
                                      "content": "上门拜访", "next_step": "发报价",
                                      "next_on": date(2026, 6, 20)}).value
    card = card_of(store, a, TODAY)
    assert [f.id for f in card.followups] == [f2, f1]  # newest first
    assert (card.last_followup_at, card.next_followup_on) == (at(date(2026, 6, 12)),
                                                              date(2026, 6, 20))
    # Moving the newer one back in time makes f1 the newest again.
    old = edit.update_followup(store, f2, {"at": at(date(2026, 5, 20))}).value
    card = card_of(store, a, TODAY)
    assert (card.last_followup_at, card.next_followup_on) == (at(date(2026, 6, 1)),
                                                              date(2026, 6, 10))
    edit.update_followup(store, f2, old)
    edit.set_followup_deleted(store, f2, True)
    card = card_of(store, a, TODAY)
    assert card.next_followup_on == date(2026, 6, 10)
    edit.set_followup_deleted(store, f1, True)
    card = card_of(store, a, TODAY)
    assert (card.last_followup_at, card.next_followup_on) == (None, None)
    with pytest.raises(ValidationError):
        edit.add_followup(store, a, {"at": at(TODAY), "method": "fax", "content": "x"})


def test_stale_flag_follows_tier_days_and_scheduled_next(three):
    store, _w, _l, a, _b, _c = three
    old = TODAY - timedelta(days=40)
    edit.add_followup(store, a, {"at": at(old), "method": "call", "content": "x"})
    assert _row(store, a).stale  # tier A: 14 days
    edit.add_followup(store, a, {"at": at(old, 11), "method": "call", "content": "y",
                                 "next_on": TODAY + timedelta(days=3)})
    assert not _row(store, a).stale  # a scheduled next follow-up suppresses the flag


def test_trailing_year_won_amount_and_open_deals(three):
    store, _w, _l, a, _b, _c = three
    with store.write() as uow:
        s = uow.session
        p = Pipeline(name="新客户")
        s.add(p)
        s.flush()
        won = Stage(pipeline_id=p.id, name="赢单", kind="won")
        opn = Stage(pipeline_id=p.id, name="需求确认", kind="open")
        s.add_all([won, opn])
        s.flush()
        for amount, closed, stage in ((Decimal("120000.50"), TODAY - timedelta(days=30), won),
                                      (Decimal("80000"), TODAY - timedelta(days=400), won),
                                      (Decimal("5000"), None, opn)):
            s.add(Deal(name="项目", pipeline_id=p.id, stage_id=stage.id, customer_id=a,
                       amount=amount, closed_on=closed, stage_entered_at=at(TODAY)))
        uow.commit()
    row = _row(store, a)
    assert row.won_12m == Decimal("120000.50")
    assert row.open_deals == 1
    card = card_of(store, a, TODAY)
    assert card.won_12m == Decimal("120000.50")
    assert sorted(d.stage_name for d in card.deals) == ["赢单", "赢单", "需求确认"]


def _owners(store):
    return {r.id: r.owner_id for r in load_customer_rows(store, TODAY)}


def test_bulk_reassign_logs_and_inverse_restores(three):
    store, wang, li, a, b, c = three
    before = _owners(store)
    old = bulk.reassign_owner(store, [a, b, c], li, by_person=wang).value
    assert set(old) == {a, c}  # b already belonged to 李强
    assert set(_owners(store).values()) == {li}
    new = bulk.restore_fields(store, old, by_person=wang).value
    assert _owners(store) == before
    bulk.restore_fields(store, new, by_person=wang)  # redo
    assert set(_owners(store).values()) == {li}
    with store.read() as uow:
        assigns = uow.session.scalar(select(func.count()).select_from(CustomerEvent).where(
            CustomerEvent.action == "assign"))
    assert assigns == 6


def test_bulk_tags_and_inverse(three):
    store, _w, _l, a, b, c = three
    old = bulk.add_tag(store, [a, b, c], "重点").value
    assert set(old) == {b, c}
    assert _row(store, c).tags == ("海外", "重点")
    bulk.restore_fields(store, old)
    assert _row(store, c).tags == ("海外",) and _row(store, b).tags == ()
    old = bulk.remove_tag(store, [a, c], "华东").value
    assert set(old) == {a} and _row(store, a).tags == ("重点",)
    bulk.restore_fields(store, old)
    assert _row(store, a).tags == ("重点", "华东")
    with pytest.raises(ValidationError):
        bulk.add_tag(store, [a], "  ")


def test_bulk_manual_tier_and_inverse(three):
    store, wang, _l, a, b, c = three
    with store.write() as uow:
        uow.session.get(Customer, b).tier_manual = False
        uow.session.get(Customer, b).tier_reason = "近12个月成交额 ¥30,000"
        uow.commit()
    old = bulk.set_tier(store, [a, b], "C", by_person=wang).value
    rb = _row(store, b)
    assert (rb.tier, rb.tier_manual) == ("C", True)
    bulk.restore_fields(store, old)
    card = card_of(store, b, TODAY)
    assert (card.tier, card.tier_manual, card.tier_reason) == ("B", False, "近12个月成交额 ¥30,000")


# --- search ---------------------------------------------------------------------------------

def _search(store, text, filters=None, order=None):
    rows = load_customer_rows(store, TODAY)
    index = SearchIndex(rows)
    return [rows[i].name for i in filter_rows(rows, index, text, filters, order)]


def test_search_chinese_fullwidth_phone_multiword(three):
    store, *_ = three
    assert _search(store, "星海") == ["上海星海科技有限公司"]
    assert _search(store, "abc") == ["北京ＡＢＣ贸易有限公司"]  # full-width name, half-width query
    assert _search(store, "ＡＣＭＥ") == ["Acme Trading Co., Ltd."]  # full-width query
    assert _search(store, "13800138000") == ["上海星海科技有限公司"]  # contact phone, dashes stored
    assert _search(store, "138 0013") == ["上海星海科技有限公司"]
    assert _search(store, "6888-1234") == ["上海星海科技有限公司"]
    assert _search(store, "陈静") == ["上海星海科技有限公司"]  # contact name
    assert _search(store, "贸易 北京") == ["北京ＡＢＣ贸易有限公司"]  # AND of words
    assert _search(store, "贸易 上海") == []
    assert sorted(_search(store, "有限")) == ["上海星海科技有限公司", "北京ＡＢＣ贸易有限公司"]
    assert _search(store, "海外") == ["Acme Trading Co., Ltd."]  # tag
    assert len(_search(store, "")) == 3


def test_search_narrowing_matches_fresh_scan(three):
    store, *_ = three
    rows = load_customer_rows(store, TODAY)
    index = SearchIndex(rows)
    typed = ""
    for ch in "有限公司 上海":
        typed += ch
        fresh = filter_rows(rows, SearchIndex(rows), typed)
        assert filter_rows(rows, index, typed) == fresh
    assert [rows[i].name for i in filter_rows(rows, index, typed)] == ["上海星海科技有限公司"]
    # Deleting characters must widen again, not keep the narrowed result.
    assert len(filter_rows(rows, index, "有限")) == 2


def test_filters(three):
    store, wang, li, a, _b, _c = three
    release_to_pool(store, [a], None)
    assert _search(store, "", CustomerFilters(owner_id=li)) == ["北京ＡＢＣ贸易有限公司"]
    assert _search(store, "", CustomerFilters(tier="C")) == ["Acme Trading Co., Ltd."]
    assert sorted(_search(store, "", CustomerFilters(industry="贸易"))) == [
        "Acme Trading Co., Ltd.", "北京ＡＢＣ贸易有限公司"]
    assert _search(store, "", CustomerFilters(region="广州", source="官网")) == [
        "Acme Trading Co., Ltd."]
    assert _search(store, "", CustomerFilters(pool_only=True)) == ["上海星海科技有限公司"]
    assert _search(store, "", CustomerFilters(mine_only=True, me_id=wang)) == [
        "Acme Trading Co., Ltd."]
    assert _search(store, "", CustomerFilters(owner_id="")) == ["上海星海科技有限公司"]
    # Everyone was created today: nobody is stale yet.
    assert _search(store, "", CustomerFilters(stale_only=True)) == []
    assert _search(store, "贸易", CustomerFilters(tier="B")) == ["北京ＡＢＣ贸易有限公司"]


def test_sorting_orders_and_empty_values_last(three):
    store, _w, _l, a, b, c = three
    release_to_pool(store, [b], None)  # b has no owner now
    rows = load_customer_rows(store, TODAY)
    names = lambda order: [rows[i].name for i in order]  # noqa: E731
    assert names(sort_order(rows, "tier")) == ["上海星海科技有限公司", "北京ＡＢＣ贸易有限公司",
                                               "Acme Trading Co., Ltd."]
    assert names(sort_order(rows, "tier", descending=True))[0] == "Acme Trading Co., Ltd."
    by_owner = names(sort_order(rows, "owner", descending=True))
    assert by_owner[-1] == "北京ＡＢＣ贸易有限公司"  # empty owner last
    assert names(sort_order(rows, "owner"))[-1] == "北京ＡＢＣ贸易有限公司"
    order = sort_order(rows, "tier", descending=True)
    index = SearchIndex(rows)
    assert [rows[i].name for i in filter_rows(rows, index, "有限", order=order)] == [
        "北京ＡＢＣ贸易有限公司", "上海星海科技有限公司"]


def test_bulk_stale_test_agrees_with_the_stale_rule():
    from itertools import product

    from services.customers.queries import StaleTest
    from services.customers.stale import StaleRules, is_stale

    rules = StaleRules()
    today = date(2026, 3, 1)
    check = StaleTest(rules, today)
    times = [None] + [datetime(2026, 3, 1, 12, tzinfo=UTC) - timedelta(days=d, hours=h)
                      for d in (0, 13, 14, 15, 29, 30, 31, 59, 60, 61, 200) for h in (0, 11, 23)]
    nexts = [None, today - timedelta(days=1), today, today + timedelta(days=5)]
    created = datetime(2025, 1, 1, tzinfo=UTC)
    for last, nxt, tier in product(times, nexts, ("A", "B", "C", None)):
        assert check(last, nxt, created, tier) == is_stale(last, nxt, created, tier, today,
                                                           rules), (last, nxt, tier)


def test_bulk_actions_work_across_id_chunks(three, monkeypatch):
    # SQLite caps bound parameters: ids go to IN (...) in chunks; a selection of every
    # customer must still move as one unit of work.
    monkeypatch.setattr(edit, "_CHUNK", 2)
    store, wang, li, a, b, c = three
    old = bulk.reassign_owner(store, [a, b, c], wang, by_person=li).value
    assert set(_owners(store).values()) == {wang} and set(old) == {b}
    assert set(edit.delete_customers(store, [a, b, c]).value) == {a, b, c}
    assert set(edit.restore_customers(store, [a, b, c]).value) == {a, b, c}


def test_full_list_keeps_contacts_text_only_in_its_search(three):
    """The page's full load leaves every contact's name and phone out of the rows (held once,
    in the search haystacks) and still finds a customer by a second contact."""
    store, _wang, _li, a, *_ = three
    edit.add_contact(store, a, {"name": "周敏", "title": "采购经理", "phone": "139-1234-5678"})
    contacts: list[str] = []
    rows = load_customer_rows(store, TODAY, contacts_out=contacts)
    assert len(contacts) == len(rows)
    assert all(r.contacts_text == "" for r in rows)
    prepared = prepare_list(rows, "name", contacts=contacts)
    for text in ("周敏", "13912345678", "陈静"):
        hits = filter_rows(rows, prepared.index, text, order=prepared.order)
        assert [rows[i].id for i in hits] == [a]
    # Rows reloaded by id after an edit keep their text, so the index stays right.
    (fresh,) = load_customer_rows(store, TODAY, ids=[a])
    assert "周敏" in fresh.contacts_text
    i = prepared.index.positions()[a]
    rows[i] = fresh
    prepared.index.update_row(i, fresh)
    assert [rows[i].id for i in filter_rows(rows, prepared.index, "周敏")] == [a]
    assert prepared.index.positions() == {r.id: i for i, r in enumerate(rows)}
