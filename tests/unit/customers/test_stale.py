"""Stale rules, Today reminders and the shared pool (公海) with exact inverses."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select, update

from models import Customer, CustomerEvent
from services.core.errors import ValidationError
from services.customers import pool, stale
from services.customers.stale import KIND_DUE, KIND_STALE, StaleRules, is_stale
from services.today import reminders
from tests.unit.customer_rules_fixtures import build_firm, snapshot

TODAY = date(2026, 6, 15)
RULES = StaleRules()


def ago(days: int) -> datetime:
    """Noon local time ``days`` before TODAY, as a UTC timestamp."""
    return datetime.combine(TODAY - timedelta(days=days), datetime.min.time()).replace(
        hour=12).astimezone().astimezone(UTC)


@pytest.mark.parametrize("tier, days_ago, stale_flag", [
    ("A", 14, False), ("A", 15, True),
    ("B", 30, False), ("B", 31, True),
    ("C", 60, False), ("C", 61, True),
    (None, 60, False), (None, 61, True),
])
def test_n_days_per_tier(tier: str | None, days_ago: int, stale_flag: bool) -> None:
    assert is_stale(ago(days_ago), None, ago(400), tier, TODAY, RULES) is stale_flag


@pytest.mark.parametrize("next_on, stale_flag", [
    (TODAY + timedelta(days=1), False),  # scheduled ahead: suppressed
    (TODAY, False),  # due today: the due reminder speaks instead
    (TODAY - timedelta(days=1), True),  # the plan lapsed: stale again
    (None, True),
])
def test_scheduled_next_follow_up_suppresses_until_its_date(next_on, stale_flag) -> None:
    assert is_stale(ago(100), next_on, ago(400), "B", TODAY, RULES) is stale_flag


def test_never_followed_up_counts_from_creation() -> None:
    assert not is_stale(None, None, ago(10), "A", TODAY, RULES)
    assert is_stale(None, None, ago(15), "A", TODAY, RULES)


def test_custom_days() -> None:
    rules = StaleRules(days={"A": 7, "B": 10, "C": 20, "none": 5})
    assert is_stale(ago(8), None, None, "A", TODAY, rules)
    assert not is_stale(ago(8), None, None, "B", TODAY, rules)
    assert is_stale(ago(6), None, None, None, TODAY, rules)


def test_rules_json_round_trip_and_validation() -> None:
    rules = StaleRules(days={"A": 7, "B": 21, "C": 45, "none": 90}, pool_days=120,
                       pool_enabled=True)
    assert StaleRules.from_dict(rules.to_dict()) == rules
    assert StaleRules.from_dict({"days": {"A": -3}, "pool_days": "x"}) == StaleRules()
    with pytest.raises(ValidationError) as err:
        StaleRules(days={"A": 0, "B": 1, "C": 1, "none": 1}).validate()
    assert err.value.field == "days.A"


# --- in the store ------------------------------------------------------------------------


@pytest.fixture
def firm(store):
    return build_firm(store)


def _backdate(store, cid: str, days: int) -> None:
    """Pretend the customer was created ``days`` before TODAY (creation is 'now' otherwise)."""
    with store.write() as uow:
        uow.session.execute(update(Customer).where(Customer.id == cid).values(
            created_at=ago(days)))
        uow.commit()


def test_provider_lists_due_overdue_and_stale_for_the_owner(firm) -> None:
    zhang, li = firm.people["张三"], firm.people["李四"]
    due = firm.customer("今天跟进")
    firm.followup(due, ago(3), next_on=TODAY)
    late = firm.customer("逾期跟进")
    firm.followup(late, ago(20), next_on=TODAY - timedelta(days=5))
    cold = firm.customer("很久没联系", tier="A")
    firm.followup(cold, ago(20))
    planned = firm.customer("已安排", tier="A")
    firm.followup(planned, ago(20), next_on=TODAY + timedelta(days=2))
    fresh = firm.customer("刚联系", tier="A")
    firm.followup(fresh, ago(2))
    other = firm.customer("别人的", owner="李四", tier="A")
    firm.followup(other, ago(40))
    for cid in (due, late, cold, planned, fresh, other):
        _backdate(firm.store, cid, 400)
    found = stale.stale_customer_reminders(firm.store, TODAY, zhang, lang="en")
    got = {(r.kind, r.title, r.severity) for r in found}
    assert got == {(KIND_DUE, "今天跟进", reminders.SEVERITY_WARNING),
                   (KIND_DUE, "逾期跟进", reminders.SEVERITY_OVERDUE),
                   (KIND_STALE, "很久没联系", reminders.SEVERITY_WARNING)}
    by_title = {r.title: r for r in found}
    assert by_title["逾期跟进"].detail == "Follow-up overdue by 5 days (planned 2026-06-10)"
    assert by_title["很久没联系"].detail == "No follow-up for 20 days (tier A: every 14 days)"
    assert by_title["很久没联系"].due == TODAY - timedelta(days=5)  # first stale day
    assert by_title["很久没联系"].item_kind == "customer"
    assert by_title["很久没联系"].item_id == cold
    zh = stale.stale_customer_reminders(firm.store, TODAY, zhang, lang="zh_CN")
    assert {r.detail for r in zh if r.title == "很久没联系"} == {
        "20 天未跟进（A 类客户应每 14 天跟进）"}
    everyone = stale.stale_customer_reminders(firm.store, TODAY, None, lang="en")
    assert "别人的" in {r.title for r in everyone}
    assert "别人的" in {r.title for r in
                        stale.stale_customer_reminders(firm.store, TODAY, li, lang="en")}


def test_provider_is_registered_and_pool_customers_raise_nothing(firm) -> None:
    cid = firm.customer("无人跟进", tier="A")
    _backdate(firm.store, cid, 100)
    result = reminders.collect_reminders(firm.store, TODAY, None)
    assert cid in {r.item_id for r in result.reminders if r.kind == KIND_STALE}
    pool.release_to_pool(firm.store, [cid], None)
    result = reminders.collect_reminders(firm.store, TODAY, None)
    assert cid not in {r.item_id for r in result.reminders}


def test_saved_stale_days_are_used(firm) -> None:
    cid = firm.customer("B类", tier="B")
    firm.followup(cid, ago(20))
    _backdate(firm.store, cid, 400)
    assert stale.stale_customer_reminders(firm.store, TODAY, None) == []
    previous = stale.save_stale_rules(firm.store, StaleRules(
        days={"A": 7, "B": 10, "C": 30, "none": 30})).value
    assert previous == StaleRules()
    assert [r.item_id for r in stale.stale_customer_reminders(firm.store, TODAY, None)] == [cid]
    with firm.store.read() as uow:
        assert stale.stale_days_by_tier(uow.session) == {"A": 7, "B": 10, "C": 30, None: 30}


def _events(store) -> list[tuple[str, str, str | None, str | None, str | None]]:
    with store.read() as uow:
        return sorted((e.customer_id, e.action, e.from_person_id, e.to_person_id,
                       e.by_person_id)
                      for e in uow.session.scalars(select(CustomerEvent).where(
                          CustomerEvent.action.in_(["release", "claim"]))))


def test_release_and_claim_are_logged_and_undo_restores_exactly(firm) -> None:
    zhang, li = firm.people["张三"], firm.people["李四"]
    a = firm.customer("甲")
    b = firm.customer("乙", owner="李四")
    before = snapshot(firm.store)
    released = pool.release_to_pool(firm.store, [a, b], zhang, note="调整客户").value
    assert released.customer_ids == [a, b] and released.skipped == ()
    with firm.store.read() as uow:
        rows = {c.id: c for c in uow.session.scalars(select(Customer))}
        assert all(rows[i].in_pool and rows[i].owner_id is None and rows[i].pool_since
                   for i in (a, b))
    assert _events(firm.store) == sorted([(a, "release", zhang, None, zhang),
                                          (b, "release", li, None, zhang)])
    after_release = snapshot(firm.store)
    again = pool.release_to_pool(firm.store, [a], zhang).value
    assert again.customer_ids == [] and again.skipped == (a,)
    claimed = pool.claim_from_pool(firm.store, [b], li).value
    with firm.store.read() as uow:
        row = uow.session.get(Customer, b)
        assert (row.owner_id, row.in_pool, row.pool_since) == (li, False, None)
    assert (b, "claim", None, li, li) in _events(firm.store)
    pool.undo_pool_move(firm.store, claimed)
    assert snapshot(firm.store) == after_release
    pool.undo_pool_move(firm.store, released)
    assert snapshot(firm.store) == before


def test_claim_needs_a_person_and_skips_owned_customers(firm) -> None:
    a = firm.customer("甲")
    with pytest.raises(ValidationError):
        pool.claim_from_pool(firm.store, [a], "")
    move = pool.claim_from_pool(firm.store, [a], firm.people["李四"]).value
    assert move.skipped == (a,) and move.event_ids == ()


def test_idle_customers_and_release_idle_respect_threshold_and_flag(firm) -> None:
    idle = firm.customer("闲置")
    firm.followup(idle, ago(91))
    border = firm.customer("正好90天")
    firm.followup(border, ago(89))
    planned = firm.customer("已安排")
    firm.followup(planned, ago(200), next_on=TODAY + timedelta(days=1))
    for cid in (idle, border, planned):
        _backdate(firm.store, cid, 400)
    assert pool.idle_customers_for_pool(firm.store, TODAY) == [idle]
    move = pool.release_idle(firm.store, TODAY, None).value  # pool disabled by default
    assert move.customer_ids == []
    stale.save_stale_rules(firm.store, StaleRules(pool_enabled=True, pool_days=60))
    assert set(pool.idle_customers_for_pool(firm.store, TODAY)) == {idle, border}
    move = pool.release_idle(firm.store, TODAY, firm.people["张三"]).value
    assert set(move.customer_ids) == {idle, border}
    assert pool.idle_customers_for_pool(firm.store, TODAY) == []
    pool.undo_pool_move(firm.store, move)
    assert set(pool.idle_customers_for_pool(firm.store, TODAY)) == {idle, border}
