"""Scheme modelling (方案测算) over a real SQLite year: the current scheme against drafts,
per person and in total, cost as % of revenue and of gross margin, gainers and losers.

The year (tests/unit/incentives/modelling_fixtures.py, 2025): collected 张三 ¥6,000 (April) +
¥4,000 (November), 李四 ¥20,000 (June), 王五 ¥2,000 (September) = ¥32,000; signed K1 ¥10,000 +
K2 ¥20,000 + K3 ¥5,000 = ¥35,000. Each rep's first contract ever is in 2025 except 张三's
customer 0 (K0, 2024) — K1 is with customer 5, so all three have one new customer in 2025.
Margin: K1 = its deal's lines (8 × ¥1,000 + 4 × ¥500), cost 8 × ¥600 + 4 × ¥100 = ¥5,200;
K2 ¥20,000 for lines of ¥10,000 costing ¥6,000 → cost scaled × 2 = ¥12,000; K3 has no lines.
Known: revenue ¥30,000, cost ¥17,200, margin ¥12,800; unknown ¥5,000 at 12,800/30,000 →
¥2,133.33; margin ≈ ¥14,933.33.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from services.incentives import modelling as MD
from tests.unit.incentives.modelling_fixtures import commission, scheme, version, year_2025

TODAY = date(2026, 6, 1)
D = Decimal


@pytest.fixture
def year(store):
    y = year_2025(store)
    sid = scheme(store, "销售提成")
    y.scheme_id = sid  # type: ignore[attr-defined]
    version(store, sid, 1, commission("5"), published=True)
    return y


def _by_name(result: MD.Modelling) -> dict[str, tuple[Decimal, ...]]:
    return {p.name: p.payouts for p in result.people}


def test_revenue_and_margin_of_the_year(store, year):
    with store.read() as uow:
        revenue = MD.year_revenue(uow.session, 2025)
    assert revenue.signed == D("35000.00")
    assert revenue.collected == D("32000.00")  # K0's 2024 and K3's 2026 payments left out
    assert revenue.with_cost == D("30000.00")
    assert revenue.cost == D("17200.00")  # 5,200 + 6,000 × 20,000 / 10,000
    assert revenue.known_margin == D("12800.00")
    assert revenue.without_cost == D("5000.00") and revenue.contracts_without_cost == 1
    assert revenue.margin == D("14933.33")  # 12,800 + 5,000 × 12,800 / 30,000
    assert revenue.estimated


def test_a_draft_doubling_the_rate_doubles_the_commission(store, year):
    draft = version(store, year.scheme_id, 2, commission("10"), published=False)
    result = MD.model_year(store, 2025, [draft], today=TODAY)
    # current 5 %: 张三 10,000 × 5 % = 500, 李四 20,000 × 5 % = 1,000, 王五 2,000 × 5 % = 100
    assert _by_name(result) == {"张三": (D("500.00"), D("1000.00")),
                                "李四": (D("1000.00"), D("2000.00")),
                                "王五": (D("100.00"), D("200.00"))}
    current, a = result.scenarios
    assert (current.total, a.total) == (D("1600.00"), D("3200.00"))
    assert a.name == "销售提成 v2" and a.status == "draft" and a.version_id == draft
    assert (a.gainers, a.losers) == (3, 0)
    # sorted by the gain: 李四 +1,000, 张三 +500, 王五 +100
    assert [p.name for p in result.people] == ["李四", "张三", "王五"]
    assert len(result.periods) == 17  # 12 months, 4 quarters, the year


def test_totals_are_the_sum_of_the_people(store, year):
    a = version(store, year.scheme_id, 2, commission("10"), published=False)
    b = version(store, year.scheme_id, 3, commission("3", award="300"), published=False)
    result = MD.model_year(store, 2025, [a, b], today=TODAY)
    for index, scenario in enumerate(result.scenarios):
        assert scenario.total == sum((p.payouts[index] for p in result.people), D(0))
        for p in result.people:
            assert p.payouts[index] == sum(p.by_kind[index].values(), D(0))


@pytest.mark.parametrize(("scenario", "total", "of_collected", "of_signed", "of_margin"), [
    # current: 1,600 ÷ 32,000 = 5.00 %; ÷ 35,000 = 4.571 → 4.57 %; ÷ 14,933.33 = 10.714 → 10.71 %
    (0, "1600.00", "5.00", "4.57", "10.71"),
    # A (10 %): 3,200 ÷ 32,000 = 10.00 %; ÷ 35,000 = 9.142 → 9.14 %; ÷ 14,933.33 = 21.428 → 21.43 %
    (1, "3200.00", "10.00", "9.14", "21.43"),
    # B (3 % + ¥300 per new customer): 张三 300 + 300, 李四 600 + 300, 王五 60 + 300 = 1,860;
    # ÷ 32,000 = 5.8125 → 5.81 %; ÷ 35,000 = 5.314 → 5.31 %; ÷ 14,933.33 = 12.455 → 12.46 %
    (2, "1860.00", "5.81", "5.31", "12.46"),
])
def test_cost_as_a_share_of_revenue_and_margin(store, year, scenario, total, of_collected,
                                               of_signed, of_margin):
    a = version(store, year.scheme_id, 2, commission("10"), published=False)
    b = version(store, year.scheme_id, 3, commission("3", award="300"), published=False)
    s = MD.model_year(store, 2025, [a, b], today=TODAY).scenarios[scenario]
    assert s.total == D(total)
    assert (s.pct_of_collected, s.pct_of_signed, s.pct_of_margin) == (
        D(of_collected), D(of_signed), D(of_margin))


def test_gainers_and_losers_are_sorted_by_the_difference(store, year):
    b = version(store, year.scheme_id, 3, commission("3", award="300"), published=False)
    result = MD.model_year(store, 2025, [b], today=TODAY)
    # 张三 600 − 500 = +100, 李四 900 − 1,000 = −100, 王五 360 − 100 = +260
    assert [(p.name, p.difference()) for p in result.people] == [
        ("王五", D("260.00")), ("张三", D("100.00")), ("李四", D("-100.00"))]
    assert [p.name for p in result.gainers()] == ["王五", "张三"]
    assert [p.name for p in result.losers()] == ["李四"]
    assert (result.scenarios[1].gainers, result.scenarios[1].losers) == (2, 1)
    assert result.people[0].by_kind[1] == {"commission": D("60.00"),
                                           "new_customer": D("300.00")}


def test_a_new_schemes_assignment_decides_who_is_on_it(store, year):
    """A draft of another scheme naming 王五 takes him off the reps' scheme (a person's
    assignment beats a role's); the others keep the current scheme.
    """
    own = scheme(store, "王五专项")
    draft = version(store, own, 1, commission("20", assign={"person_ids": [
        year.firm.people["王五"]]}), published=False)
    result = MD.model_year(store, 2025, [draft], today=TODAY)
    # 王五: 2,000 × 20 % = 400 instead of 100; 张三 and 李四 unchanged
    assert _by_name(result) == {"张三": (D("500.00"), D("500.00")),
                                "李四": (D("1000.00"), D("1000.00")),
                                "王五": (D("100.00"), D("400.00"))}
    assert result.scenarios[1].total == D("1900.00")


def test_current_is_what_is_in_effect_today(store, year):
    """A version published to start after today is not current yet."""
    version(store, year.scheme_id, 2, commission("8"), published=True,
            effective_from=date(2026, 7, 1))
    result = MD.model_year(store, 2025, [], today=TODAY)
    assert result.scenarios[0].total == D("1600.00")
    later = MD.model_year(store, 2025, [], today=date(2026, 7, 1))
    assert later.scenarios[0].total == D("2560.00")  # 32,000 × 8 %


def test_no_scheme_at_all_pays_nothing(store):
    year_2025(store)
    result = MD.model_year(store, 2025, [], today=TODAY)
    assert result.people == () and result.scenarios[0].total == D("0.00")


def test_refused_and_cancelled(store, year):
    with pytest.raises(MD.ModellingError):
        MD.model_year(store, 2025, ["nope"], today=TODAY)
    with pytest.raises(MD.ModellingCancelled):
        MD.model_year(store, 2025, [], today=TODAY, is_cancelled=lambda: True)


def test_version_choices_list_drafts_first(store, year):
    version(store, year.scheme_id, 2, commission("10"), published=False)
    choices = MD.list_version_choices(store)
    assert [(c.scheme_name, c.number, c.status) for c in choices] == [
        ("销售提成", 2, "draft"), ("销售提成", 1, "published")]
