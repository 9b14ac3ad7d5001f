"""Duplicate detection keys, likely-duplicate lookup, merge and exact unmerge."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from models import Contact, Customer, CustomerEvent, Deal, FollowUp
from services.core.errors import ValidationError
from services.customers import merge as customer_merge
from services.customers.dedupe import (
    REASON_SAME_EMAIL,
    REASON_SAME_NAME,
    REASON_SAME_PHONE,
    REASON_SIMILAR_NAME,
    edit_distance_at_most,
    find_likely_duplicates,
    normalise_email,
    normalise_name,
    normalise_phone,
)
from services.customers.merge import merge_preview
from tests.unit.customer_rules_fixtures import build_firm, snapshot, utc


@pytest.mark.parametrize("a, b", [
    ("上海某某科技有限公司", "上海某某科技股份有限公司"),
    ("上海某某科技有限公司", "上海 某某科技"),
    ("上海某某科技有限公司", "上海某某科技有限责任公司"),
    ("上海某某科技有限公司", "上海某某科技集团有限公司"),
    ("上海某某科技有限公司", "上海某某科技（集团）有限公司"),
    ("ＡＢＣ贸易有限公司", "abc贸易"),
    ("ＡＢＣ", "abc"),
    ("某某电子（中国）有限公司", "某某电子有限公司"),
    ("某某电子(上海)有限公司", "某某电子公司"),
    ("某某电子【深圳】有限公司", "某某电子"),
    ("华为技术有限公司（深圳市）", "华为技术"),
    ("Acme Trading Co., Ltd.", "ACME TRADING"),
    ("Acme Trading Company Limited", "acme trading"),
    ("Acme, Inc.", "acme"),
    ("北京·某某　科技，有限公司。", "北京某某科技"),
])
def test_names_that_mean_the_same_company_share_a_key(a: str, b: str) -> None:
    assert normalise_name(a) == normalise_name(b)


@pytest.mark.parametrize("a, b", [
    ("上海某某科技有限公司", "北京某某科技有限公司"),
    ("某某电子(上海产品部)有限公司", "某某电子有限公司"),  # not a region: kept
    ("某某科技", "某某科学"),
])
def test_different_companies_keep_different_keys(a: str, b: str) -> None:
    assert normalise_name(a) != normalise_name(b)


@pytest.mark.parametrize("raw, key", [
    ("上海某某科技股份有限公司", "上海某某科技"),
    ("ＡＢＣ", "abc"),
    ("有限公司", "有限公司"),  # only a suffix: nothing stripped rather than an empty key
    ("", ""),
    ("   ", ""),
])
def test_normalised_name_values(raw: str, key: str) -> None:
    assert normalise_name(raw) == key


@pytest.mark.parametrize("raw, digits", [
    ("138 0013 8000", "13800138000"),
    ("138-0013-8000", "13800138000"),
    ("+86 138 0013 8000", "13800138000"),
    ("+86-13800138000", "13800138000"),
    ("0086 13800138000", "13800138000"),
    ("8613800138000", "13800138000"),
    ("１３８００１３８０００", "13800138000"),
    ("021-6234 5678", "02162345678"),
    ("(010) 12345678", "01012345678"),
    ("+86 10 1234 5678", "861012345678"),  # not a mobile: the 86 stays
    ("", ""),
])
def test_phone_normalisation(raw: str, digits: str) -> None:
    assert normalise_phone(raw) == digits


@pytest.mark.parametrize("raw, email", [
    ("  Wang.Li@Example.COM ", "wang.li@example.com"),
    ("<wang@example.com>", "wang@example.com"),
    ("mailto:Wang@Example.com", "wang@example.com"),
    ("ｗａｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ", "wang@example.com"),
    ("", ""),
])
def test_email_normalisation(raw: str, email: str) -> None:
    assert normalise_email(raw) == email


@pytest.mark.parametrize("a, b, limit, expected", [
    ("abcd", "abcd", 1, 0), ("abcd", "abed", 1, 1), ("abcd", "abcde", 1, 1),
    ("abcd", "abxy", 1, None), ("上海某某科技", "上海某某科学", 1, 1),
    ("abcdefgh", "abdcefgh", 2, 2), ("abcdefgh", "abdcefgx", 2, None),
])
def test_bounded_edit_distance(a: str, b: str, limit: int, expected: int | None) -> None:
    assert edit_distance_at_most(a, b, limit) == expected


@pytest.fixture
def firm(store):
    return build_firm(store)


def test_same_normalised_name_is_reported_with_owner(firm) -> None:
    cid = firm.customer("上海某某科技有限公司", owner="李四")
    found = find_likely_duplicates(firm.store, name="上海 某某科技股份有限公司")
    assert [(c.id, c.reason, c.owner_name) for c in found] == [(cid, REASON_SAME_NAME, "李四")]


def test_phone_match_on_customer_or_contact_whatever_the_format(firm) -> None:
    a = firm.customer("甲公司", phone="138-0013-8000")
    b = firm.customer("乙公司")
    firm.contact(b, "王经理", phone="+86 139 0000 1111")
    assert [c.id for c in find_likely_duplicates(firm.store, phone="13800138000")] == [a]
    found = find_likely_duplicates(firm.store, phone="139 0000 1111")
    assert [(c.id, c.reason) for c in found] == [(b, REASON_SAME_PHONE)]
    assert find_likely_duplicates(firm.store, phone="137 0000 1111") == []


@pytest.mark.parametrize("stored, typed", [
    ("177-7752-5429", "17777525429"),
    ("177.7752.5429", "+86 177 7752 5429"),
    ("(+86) 177 7752 5429", "177-7752-5429"),
    ("0571-8888-1234", "057188881234"),
    ("(0571) 8888 1234", "0571-88881234"),
    ("+86 21 6234 5678", "021-62345678"),
    ("021 6234-5678", "(021)62345678"),
])
def test_a_phone_stored_as_typed_is_found_from_another_spelling(firm, stored, typed) -> None:
    cid = firm.customer("甲公司", phone=stored)
    assert [c.id for c in find_likely_duplicates(firm.store, phone=typed)] == [cid]


def test_email_match_ignores_case_on_customer_and_contacts(firm) -> None:
    a = firm.customer("甲公司", email="Info@Jia.com")
    b = firm.customer("乙公司")
    firm.contact(b, "李工", email="li@yi.cn")
    assert [(c.id, c.reason) for c in find_likely_duplicates(firm.store, email="info@jia.COM")] \
        == [(a, REASON_SAME_EMAIL)]
    assert [c.id for c in find_likely_duplicates(firm.store, email=" LI@yi.cn")] == [b]


def test_similar_names_by_containment_and_small_edits(firm) -> None:
    long_name = firm.customer("上海某某科技发展有限公司")
    typo = firm.customer("杭州恒通电子有限公司")
    firm.customer("北京完全无关贸易有限公司")
    found = find_likely_duplicates(firm.store, name="上海某某科技")
    assert [(c.id, c.reason) for c in found] == [(long_name, REASON_SIMILAR_NAME)]
    found = find_likely_duplicates(firm.store, name="杭州恒达电子")
    assert [(c.id, c.reason) for c in found] == [(typo, REASON_SIMILAR_NAME)]
    # The shorter existing name contained in a longer typed one.
    found = find_likely_duplicates(firm.store, name="杭州恒通电子科技集团")
    assert typo in [c.id for c in found]


def test_strongest_reason_first_and_several_reasons_kept(firm) -> None:
    a = firm.customer("上海某某科技有限公司", phone="13800138000")
    b = firm.customer("上海某某科技发展有限公司")
    found = find_likely_duplicates(firm.store, name="上海某某科技", phone="138 0013 8000")
    assert [c.id for c in found] == [a, b]
    assert found[0].reasons == (REASON_SAME_NAME, REASON_SAME_PHONE)


def test_exclude_self_deleted_and_merged_are_not_duplicates(firm) -> None:
    a = firm.customer("上海某某科技有限公司")
    b = firm.customer("上海某某科技股份有限公司")
    assert [c.id for c in find_likely_duplicates(firm.store, name="上海某某科技",
                                                 exclude_id=a)] == [b]
    customer_merge.merge_customers(firm.store, a, [b], firm.people["张三"])
    assert [c.id for c in find_likely_duplicates(firm.store, name="上海某某科技")] == [a]


def test_nothing_typed_finds_nothing(firm) -> None:
    firm.customer("甲公司")
    assert find_likely_duplicates(firm.store) == []
    assert find_likely_duplicates(firm.store, name="  ", phone="12", email="x") == []


def _rich_pair(firm):
    keep = firm.customer("上海某某科技有限公司", owner="张三", phone="13800138000",
                         tags=("重点", "华东"))
    other = firm.customer("上海某某科技股份有限公司", owner="李四", industry="制造业",
                          email="info@mm.cn", tags=("华东", "老客户"))
    ce_contact = firm.contact(other, "王经理", phone="13900001111")
    firm.contact(keep, "赵总")
    firm.followup(keep, utc(2026, 1, 5), next_on=date(2026, 3, 1))
    firm.followup(other, utc(2026, 2, 10), next_on=date(2026, 2, 20))
    deal = firm.won_deal(other, 600_000, date.today())
    firm.open_deal(other, 1000)
    return keep, other, ce_contact, deal


def test_preview_shows_result_fields_and_counts_without_changing_anything(firm) -> None:
    keep, other, _, _ = _rich_pair(firm)
    before = snapshot(firm.store)
    p = merge_preview(firm.store, keep, [other])
    assert snapshot(firm.store) == before
    fields = {f.field: f for f in p.fields}
    assert fields["name"].result == "上海某某科技有限公司" and fields["name"].source == 0
    assert fields["industry"].result == "制造业" and fields["industry"].source == 1
    assert fields["owner_id"].result == "张三"
    assert fields["owner_id"].values == ("张三", "李四")
    assert fields["tags"].result == "重点,华东,老客户"
    assert (p.count("contacts"), p.count("followups"), p.count("deals")) == (1, 1, 2)
    assert p.count("customer_events") == 1  # the create event of the merged customer


def test_merge_moves_everything_and_unmerge_restores_exactly(firm) -> None:
    keep, other, contact_id, deal_id = _rich_pair(firm)
    before = snapshot(firm.store)
    undo = customer_merge.merge_customers(firm.store, keep, [other], firm.people["张三"]).value
    with firm.store.read() as uow:
        s = uow.session
        assert s.get(Contact, contact_id).customer_id == keep
        assert s.get(Deal, deal_id).customer_id == keep
        assert set(s.scalars(select(FollowUp.customer_id))) == {keep}
        merged = s.get(Customer, other)
        assert merged.deleted_at is not None and merged.merged_into_id == keep
        kept = s.get(Customer, keep)
        assert kept.industry == "制造业" and kept.email == "info@mm.cn"
        assert kept.phone == "13800138000" and kept.tags == "重点,华东,老客户"
        assert kept.last_followup_at == utc(2026, 2, 10)
        assert kept.next_followup_on == date(2026, 2, 20)  # the newest follow-up's plan
        assert kept.tier == "A"  # the moved ¥600,000 won deal counts now
        events = list(s.scalars(select(CustomerEvent).where(CustomerEvent.action == "merge")))
        assert [(e.customer_id, e.by_person_id, e.from_person_id) for e in events] == [
            (keep, firm.people["张三"], firm.people["李四"])]
    customer_merge.unmerge(firm.store, undo)
    assert snapshot(firm.store) == before


def test_merge_of_three_and_chain_of_earlier_merges(firm) -> None:
    a = firm.customer("甲科技有限公司")
    b = firm.customer("甲科技股份有限公司")
    c = firm.customer("甲科技集团")
    d = firm.customer("甲科技(北京)")
    customer_merge.merge_customers(firm.store, b, [d], None)  # d → b earlier
    before = snapshot(firm.store)
    undo = customer_merge.merge_customers(firm.store, a, [b, c], None).value
    with firm.store.read() as uow:
        assert uow.session.get(Customer, d).merged_into_id == a  # the chain points at the keeper
        assert {x.merged_into_id for x in uow.session.scalars(
            select(Customer).where(Customer.id.in_([b, c])))} == {a}
    customer_merge.unmerge(firm.store, undo)
    assert snapshot(firm.store) == before


@pytest.mark.parametrize("keep, merge", [("a", []), ("a", ["a"]), ("a", ["missing"])])
def test_bad_merge_requests_are_refused_and_change_nothing(firm, keep, merge) -> None:
    ids = {"a": firm.customer("甲公司"), "missing": "no-such-id"}
    before = snapshot(firm.store)
    with pytest.raises(ValidationError):
        customer_merge.merge_customers(firm.store, ids[keep], [ids[m] for m in merge], None)
    assert snapshot(firm.store) == before


def test_won_amount_moves_with_decimal_precision(firm) -> None:
    a = firm.customer("甲公司")
    b = firm.customer("甲公司分部")
    firm.won_deal(b, "1234.56", date.today())
    customer_merge.merge_customers(firm.store, a, [b], None)
    with firm.store.read() as uow:
        amounts = list(uow.session.scalars(select(Deal.won_amount).where(Deal.customer_id == a)))
    assert amounts == [Decimal("1234.56")]


def test_next_follow_up_after_merge_is_the_newest_follow_ups_plan(firm) -> None:
    keep = firm.customer("甲公司")
    other = firm.customer("甲公司（上海）")
    firm.followup(keep, utc(2026, 1, 5), next_on=date(2026, 3, 1))
    firm.followup(other, utc(2026, 2, 10), next_on=date(2026, 4, 1))
    fields = {f.field: f for f in merge_preview(firm.store, keep, [other]).fields}
    assert fields["next_followup_on"].result == "2026-04-01"
    assert fields["next_followup_on"].source == 1
    customer_merge.merge_customers(firm.store, keep, [other], None)
    with firm.store.read() as uow:
        assert uow.session.get(Customer, keep).next_followup_on == date(2026, 4, 1)
