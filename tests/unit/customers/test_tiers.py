"""Tier rules (A 大客户 / B 普通 / C 潜在): pure rules table-driven, then recompute in the store."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from models import Customer
from services.core.errors import ValidationError
from services.customers import tiers
from services.customers.tier_rules import (
    TierReason,
    TierRules,
    compute_tier,
    full_years,
    reason_text,
    window_start,
)
from tests.unit.customer_rules_fixtures import build_firm

TODAY = date(2026, 6, 15)
D = Decimal


@pytest.mark.parametrize("amount, tier", [
    ("0", "C"), ("49999.99", "C"), ("50000", "B"), ("50000.01", "B"), ("499999.99", "B"),
    ("500000", "A"), ("2000000", "A"),
])
def test_default_thresholds_and_their_boundaries(amount: str, tier: str) -> None:
    assert compute_tier(D(amount), None, None, TODAY, TierRules()).tier == tier


@pytest.mark.parametrize("a_min, b_min, amount, tier", [
    ("100000", "10000", "9999", "C"), ("100000", "10000", "10000", "B"),
    ("100000", "10000", "100000", "A"), ("1000", "0", "0", "B"),
])
def test_edited_thresholds(a_min: str, b_min: str, amount: str, tier: str) -> None:
    rules = TierRules(a_min=D(a_min), b_min=D(b_min))
    assert compute_tier(D(amount), None, None, TODAY, rules).tier == tier


INDUSTRY = TierRules(industry_enabled=True, industries=("医疗器械", "Energy"),
                     industry_min_tier="B")


@pytest.mark.parametrize("rules, industry, amount, tier, codes", [
    (INDUSTRY, "医疗器械", "0", "B", ["amount", "industry"]),
    (INDUSTRY, " ｅｎｅｒｇｙ ", "0", "B", ["amount", "industry"]),  # width/case/space folded
    (INDUSTRY, "医疗器械", "600000", "A", ["amount"]),  # never lowers, no raise clause
    (INDUSTRY, "制造业", "0", "C", ["amount"]),
    (TierRules(industries=("医疗器械",)), "医疗器械", "0", "C", ["amount"]),  # rule switched off
    (TierRules(industry_enabled=True, industries=("医疗器械",), industry_min_tier="A"),
     "医疗器械", "60000", "A", ["amount", "industry"]),
])
def test_industry_rule_only_raises(rules, industry, amount, tier, codes) -> None:
    result = compute_tier(D(amount), industry, None, TODAY, rules)
    assert result.tier == tier
    assert [p.code for p in result.reason.parts] == codes


COOP = TierRules(cooperation_enabled=True, cooperation_years=3, cooperation_min_tier="B")


@pytest.mark.parametrize("since, tier", [
    (date(2023, 6, 15), "B"),  # exactly three years today
    (date(2023, 6, 16), "C"),  # one day short
    (date(2020, 1, 1), "B"),
    (date(2027, 1, 1), "C"),  # a future date is no cooperation at all
    (None, "C"),
])
def test_cooperation_length_rule(since: date | None, tier: str) -> None:
    assert compute_tier(D(0), None, since, TODAY, COOP).tier == tier


@pytest.mark.parametrize("today, start", [
    (date(2026, 6, 15), date(2025, 6, 16)), (date(2024, 2, 29), date(2023, 3, 1)),
    (date(2026, 1, 1), date(2025, 1, 2)),
])
def test_trailing_window_start(today: date, start: date) -> None:
    assert window_start(today) == start


def test_full_years() -> None:
    assert [full_years(date(2020, 2, 29), d) for d in
            (date(2021, 2, 28), date(2021, 3, 1), date(2024, 2, 29))] == [0, 1, 4]


def test_reason_texts_in_both_languages() -> None:
    a = compute_tier(D("612000"), None, None, TODAY, TierRules()).reason
    assert a.text("zh_CN") == "近12个月成交额 ¥612,000.00，达到A 大客户门槛 ¥500,000.00"
    assert a.text("en") == ("Trailing 12-month sales ¥612,000.00 reach the A (key account) "
                            "threshold ¥500,000.00")
    c = compute_tier(D("100"), "医疗器械", date(2020, 1, 1), TODAY,
                     TierRules(industry_enabled=True, industries=("医疗器械",),
                               cooperation_enabled=True)).reason
    assert c.text("zh_CN") == ("近12个月成交额 ¥100.00，低于B 普通门槛 ¥50,000.00；"
                               "行业「医疗器械」在名单内，至少为 B 普通；"
                               "已合作 6 年（≥ 3 年），至少为 B 普通")
    assert "Industry “医疗器械” is listed: at least B (ordinary)" in c.text("en")
    assert "Customer for 6 years (≥ 3): at least B (ordinary)" in c.text("en")


def test_reason_round_trips_through_json_and_tolerates_free_text() -> None:
    reason = compute_tier(D("70000"), None, None, TODAY, TierRules()).reason
    assert TierReason.from_json(reason.to_json()) == reason
    assert reason_text(reason.to_json(), "en") == reason.text("en")
    assert reason_text("导入：老系统等级", "zh_CN") == "导入：老系统等级"
    assert reason_text(None) == ""


@pytest.mark.parametrize("rules, field", [
    (TierRules(a_min=D(100), b_min=D(100)), "a_min"),
    (TierRules(a_min=D(100), b_min=D(-1)), "b_min"),
    (TierRules(cooperation_years=0), "cooperation_years"),
    (TierRules(industry_min_tier="D"), "industry_min_tier"),
])
def test_nonsense_rules_are_refused_naming_the_field(rules: TierRules, field: str) -> None:
    with pytest.raises(ValidationError) as err:
        rules.validate()
    assert err.value.field == field


def test_rules_json_round_trip_and_bad_json_falls_back() -> None:
    rules = TierRules(a_min=D("800000.50"), b_min=D("80000"), industry_enabled=True,
                      industries=("能源",), cooperation_enabled=True, cooperation_years=5,
                      cooperation_min_tier="A")
    assert TierRules.from_dict(rules.to_dict()) == rules
    assert TierRules.from_dict({"a_min": "x", "b_min": "10"}).b_min == D(10)
    assert TierRules.from_dict({"a_min": "1", "b_min": "10"}) == TierRules()  # invalid pair
    assert TierRules.from_dict("garbage") == TierRules()


# --- in the store ------------------------------------------------------------------------


@pytest.fixture
def firm(store):
    return build_firm(store)


def _tiers(store) -> dict[str, tuple[str | None, bool]]:
    with store.read() as uow:
        return {c.name: (c.tier, c.tier_manual) for c in uow.session.scalars(select(Customer))}


def test_recompute_uses_won_deals_in_the_trailing_year_only(firm) -> None:
    big = firm.customer("大单客户")
    firm.won_deal(big, 300_000, date(2026, 1, 10))
    firm.won_deal(big, 250_000, date(2025, 6, 16))  # first day of the window
    old = firm.customer("老客户")
    firm.won_deal(old, 900_000, date(2025, 6, 15))  # one day too old
    firm.won_deal(old, 60_000, date(2026, 6, 15))
    firm.open_deal(old, 5_000_000)  # open deals never count
    firm.customer("新客户")  # created as C already (create_customer applies the rules)
    # Each deal write already re-tiered its customer as of the real today; recomputing as of
    # TODAY reports exactly the customers whose tier that moves.
    before = _tiers(firm.store)
    changed = tiers.recompute_tiers(firm.store, today=TODAY).value
    after = _tiers(firm.store)
    assert changed == sum(before[name] != after[name] for name in after)
    assert _tiers(firm.store) == {"大单客户": ("A", False), "老客户": ("B", False),
                                  "新客户": ("C", False)}
    # nothing changed, nothing written
    assert tiers.recompute_tiers(firm.store, today=TODAY).value == 0


def test_saved_rules_persist_and_change_the_result(firm) -> None:
    cid = firm.customer("医院客户", industry="医疗器械")
    firm.won_deal(cid, 120_000, date(2026, 3, 1))
    tiers.recompute_tiers(firm.store, today=TODAY)
    assert _tiers(firm.store)["医院客户"] == ("B", False)
    previous = tiers.save_tier_rules(firm.store, TierRules(a_min=D(100_000), b_min=D(10_000))).value
    assert previous == TierRules()
    assert tiers.get_tier_rules(firm.store).a_min == D(100_000)
    tiers.recompute_tiers(firm.store, today=TODAY)
    assert _tiers(firm.store)["医院客户"] == ("A", False)
    with pytest.raises(ValidationError):
        tiers.save_tier_rules(firm.store, TierRules(a_min=D(1), b_min=D(2)))
    assert tiers.get_tier_rules(firm.store).a_min == D(100_000)


def test_manual_override_survives_recompute_and_can_be_undone(firm) -> None:
    cid = firm.customer("手动客户")
    tiers.recompute_tiers(firm.store, today=TODAY)
    previous = tiers.set_manual_tier(firm.store, cid, "A").value
    assert (previous.tier, previous.manual) == ("C", False)
    firm.won_deal(cid, 60_000, TODAY)
    tiers.recompute_tiers(firm.store, today=TODAY)
    assert _tiers(firm.store)["手动客户"] == ("A", True)
    with firm.store.read() as uow:
        stored = uow.session.get(Customer, cid).tier_reason
    assert reason_text(stored, "en") == "Set manually to A (key account)"
    tiers.restore_tier(firm.store, previous)
    assert _tiers(firm.store)["手动客户"] == ("C", False)
    tiers.set_manual_tier(firm.store, cid, "A")
    tiers.set_manual_tier(firm.store, cid, None, today=TODAY)  # back to the rules
    assert _tiers(firm.store)["手动客户"] == ("B", False)


def _stale_tier(store, customer_id: str, tier: str) -> None:
    """Store a tier the rules would not give, without touching what tiers are computed from."""
    with store.write() as uow:
        uow.session.get(Customer, customer_id).tier = tier
        uow.commit()


def test_a_deal_write_re_tiers_its_own_customer_only_in_the_same_transaction(firm) -> None:
    a = firm.customer("甲")
    b = firm.customer("乙")
    firm.won_deal(b, 600_000, TODAY)
    _stale_tier(firm.store, b, "C")
    deal_a = firm.won_deal(a, 600_000, TODAY)  # the write itself re-tiers 甲, nobody else
    assert tiers.customers_of_deals(firm.store, [deal_a]) == [a]
    assert _tiers(firm.store) == {"甲": ("A", False), "乙": ("C", False)}


def test_cooperation_rule_falls_back_to_the_first_won_deal(firm) -> None:
    cid = firm.customer("老朋友")
    firm.won_deal(cid, 1_000, date(2021, 5, 1))
    tiers.save_tier_rules(firm.store, TierRules(cooperation_enabled=True))
    tiers.recompute_tiers(firm.store, today=TODAY)
    assert _tiers(firm.store)["老朋友"] == ("B", False)
    assert tiers.amount_for(firm.store, cid, TODAY) == D(0)


def test_cancelled_recompute_writes_nothing(firm) -> None:
    cid = firm.customer("甲")
    firm.won_deal(cid, 600_000, TODAY)
    _stale_tier(firm.store, cid, "C")
    with pytest.raises(tiers.TierRecomputeCancelled):
        tiers.recompute_tiers(firm.store, today=TODAY, is_cancelled=lambda: True)
    assert _tiers(firm.store) == {"甲": ("C", False)}
    tiers.recompute_tiers(firm.store, today=TODAY, is_cancelled=lambda: False)
    assert _tiers(firm.store) == {"甲": ("A", False)}
