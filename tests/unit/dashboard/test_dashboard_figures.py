"""The dashboard's figures on the small firm of dashboard_fixtures (values checked by hand in
the comments), and the records behind each chart element.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from services.dashboard import board, cash, customers, funnel, targets
from services.dashboard.records import Ref, describe, records_of
from services.dashboard.scope import Scope
from tests.unit.dashboard.dashboard_fixtures import TODAY, DashFirm, build_dash_firm

Q1 = Scope("2026-Q1", today=TODAY)


@pytest.fixture
def firm(store) -> DashFirm:
    return build_dash_firm(store)


def ids(firm: DashFirm, *names: str) -> tuple[str, ...]:
    return tuple(sorted(firm.deals[n] for n in names))


def refs(firm: DashFirm, scope: Scope, ref: Ref) -> tuple[str, tuple[str, ...]]:
    found = records_of(firm.store, scope, ref)
    return found.kind, found.ids


def test_bullets_of_the_company_and_its_regions(firm):
    fig = targets.target_figure(firm.store, Q1)
    company, east, west = fig.bars
    # 张三 800/1000/1200 + 李四 2000/3000/4000 + 王五 1500/2000/3000
    assert (company.name, company.floor, company.target, company.challenge) == (
        "公司总目标", Decimal("4300.00"), Decimal("6000.00"), Decimal("8200.00"))
    # won in Q1: A1 1000 + A2 2500 + A7 1200 = 4700; 4700 / 6000 = 78.33 %
    assert company.actual == Decimal("4700.00")
    assert company.attainment == Decimal("0.7833")
    assert company.band == "floor"  # 4300 ≤ 4700 < 6000
    # 华东区: A1 + A2 = 3500 of 2800/4000/5200 → 87.50 %
    assert (east.name, east.actual, east.target, east.attainment) == (
        "华东区", Decimal("3500.00"), Decimal("4000.00"), Decimal("0.8750"))
    # 华西区: A7 1200 below its floor 1500 → 60 %
    assert (west.actual, west.attainment, west.band) == (
        Decimal("1200.00"), Decimal("0.6000"), "below_floor")


def test_a_unit_filter_shows_its_node_and_people(firm):
    east = Scope("2026-Q1", unit_id=firm.world.units["east"], today=TODAY)
    bars = targets.target_figure(firm.store, east).bars
    assert [b.name for b in bars] == ["华东区", "张三", "李四"]
    # 张三 1000 of 1000: exactly the target; 李四 2500 of 3000
    assert (bars[1].attainment, bars[1].band) == (Decimal("1.0000"), "target")
    assert bars[2].attainment == Decimal("0.8333")


def test_a_bullet_lists_the_deals_and_payments_behind_its_actual(firm):
    east = firm.nodes["east"]
    assert refs(firm, Q1, Ref("targets", east, "signed_amount")) == (
        "deal", ids(firm, "A1", "A2"))
    # 回款额 of 华东区 in Q1: P1 (张三's contract) and P2 (李四's)
    kind, found = refs(firm, Q1, Ref("targets", east, "collected_amount"))
    assert (kind, set(found)) == ("payment", {firm.payments["P1"], firm.payments["P2"]})
    assert refs(firm, Q1, Ref("targets", firm.nodes["west"], "signed_amount"))[1] == ids(
        firm, "A7")


def test_monthly_trend_with_growth_and_target_line(firm):
    t = targets.trend(firm.store, Q1)
    jan, feb, mar, apr, may = t.months[:5]
    assert (jan.signed, feb.signed, mar.signed) == (
        Decimal("1000.00"), Decimal("2500.00"), Decimal("1200.00"))
    assert jan.signed_last_year == Decimal("500.00")  # A0, January 2025
    assert jan.signed_yoy == Decimal("1.0000")  # 1000 vs 500: +100 %
    assert jan.signed_mom is None  # nothing in December 2025
    assert feb.signed_mom == Decimal("1.5000")  # 2500 vs 1000
    assert mar.signed_mom == Decimal("-0.5200")  # 1200 vs 2500
    assert (feb.collected, mar.collected) == (Decimal("600.00"), Decimal("700.00"))
    assert mar.collected_mom == Decimal("0.1667")  # 700 vs 600
    assert jan.signed_target == Decimal("300.00")  # 张三's January target, rolled up
    assert feb.signed_target is None
    assert not apr.future and may.future and may.signed_mom is None  # today is 15 April
    # Q1 4700 against Q4 2025's nothing: no rate; Q2 (0 so far) against Q1: −100 %
    assert t.quarter_growth[:3] == (("2026-Q1", None), ("2026-Q2", Decimal("-1.0000")),
                                    ("2026-Q3", None))


def test_trend_points_list_their_deals_and_payments(firm):
    assert refs(firm, Q1, Ref("trend", "2026-02", "signed")) == ("deal", ids(firm, "A2"))
    assert refs(firm, Q1, Ref("trend", "2026-03", "collected")) == (
        "payment", (firm.payments["P2"],))
    west = Scope("2026-Q1", unit_id=firm.world.units["west"], today=TODAY)
    assert refs(firm, west, Ref("trend", "2026-02", "signed")) == ("deal", ())


def test_funnel_conversion_days_and_forecast_gap(firm):
    f = funnel.funnel(firm.store, Q1)
    lead, contact = f.stages[:2]
    # entered 线索 in Q1: A1–A7 (A0 in 2025); went on: A1, A2, A5, A7 (A3/A4 lost, A6 sits)
    assert (lead.name, lead.entered, lead.advanced) == ("线索", 7, 4)
    # finished stays in 线索: 5 (A1), 24 (A2), 19 (A3), 4 (A4), 8 (A5), 5 (A7) → median 6.5
    assert lead.median_days == 6.5
    # reached 初步沟通 or later in Q1: A1, A2 (skipped to 需求确认), A5, A7; all went on
    assert (contact.entered, contact.advanced, contact.rate) == (4, 4, 1.0)
    # open, closing in Q1: A5 3000 × 60 % + A6 400 × 10 % = 1840; won 4700; target 6000
    assert (f.won, f.weighted, f.open_amount) == (
        Decimal("4700.00"), Decimal("1840.00"), Decimal("3400.00"))
    assert f.gap == Decimal("-540.00")  # 6000 − 4700 − 1840: the forecast covers the target


def test_funnel_elements_list_their_deals(firm):
    stages = firm.world.stages
    assert refs(firm, Q1, Ref("funnel", stages["线索"]))[1] == ids(
        firm, "A1", "A2", "A3", "A4", "A5", "A6", "A7")
    assert refs(firm, Q1, Ref("funnel", stages["初步沟通"]))[1] == ids(
        firm, "A1", "A2", "A5", "A7")
    assert refs(firm, Q1, Ref("forecast", "open"))[1] == ids(firm, "A5", "A6")
    assert refs(firm, Q1, Ref("forecast", "won"))[1] == ids(firm, "A1", "A2", "A7")
    east = Scope("2026-Q1", unit_id=firm.world.units["east"], today=TODAY)
    assert refs(firm, east, Ref("funnel", stages["线索"]))[1] == ids(
        firm, "A1", "A2", "A4", "A5")


def test_win_loss_reasons(firm):
    wl = funnel.win_loss(firm.store, Q1)
    assert (wl.won.count, wl.won.amount) == (3, Decimal("4700.00"))
    assert [(b.reason, b.count, b.amount) for b in wl.lost] == [
        ("价格过高", 2, Decimal("1300.00"))]  # A3 500 + A4 800
    assert wl.win_rate == 3 / 5
    assert refs(firm, Q1, Ref("reasons", "lost", "价格过高"))[1] == ids(firm, "A3", "A4")
    assert refs(firm, Q1, Ref("reasons", "won"))[1] == ids(firm, "A1", "A2", "A7")


def test_receivables_aging_as_of_the_quarter_end(firm):
    a = cash.aging(firm.store, Q1)
    got = {b.bucket: (b.amount, b.count) for b in a.buckets}
    # 31 March: C1 #2 400 due 28 Feb → 31 days; C2 #1 1000 − 700 due 1 March → 30 days;
    # C2 #2 1500 due 1 May → not yet due
    assert got["current"] == (Decimal("1500.00"), 1)
    assert got["1-30"] == (Decimal("300.00"), 1)
    assert got["31-60"] == (Decimal("400.00"), 1)
    assert got["90+"] == (Decimal("0.00"), 0)
    assert (a.total, a.overdue) == (Decimal("2200.00"), Decimal("700.00"))
    assert refs(firm, Q1, Ref("aging", "31-60")) == ("instalment", (firm.instalments["C1"][1],))
    rows = describe(firm.store, records_of(firm.store, Q1, Ref("aging", "31-60")))
    assert [(r.open_kind, r.open_id) for r in rows] == [("contract", firm.contracts["C1"])]
    west = Scope("2026-Q1", unit_id=firm.world.units["west"], today=TODAY)
    assert cash.aging(firm.store, west).total == Decimal("0.00")


def test_sources_against_conversion(firm):
    rows = customers.sources(firm.store, Q1)
    # 展会: 华东机械 (A1 won) and 潜在客户甲 (only open deals); 转介绍: 西部电子 (A2 won)
    assert [(r.source, r.customers, r.converted) for r in rows] == [("展会", 2, 1),
                                                                 ("转介绍", 1, 1)]
    assert rows[0].rate == 0.5
    c = firm.world.customers
    assert refs(firm, Q1, Ref("sources", "展会")) == (
        "customer", tuple(sorted([c["华东机械"], c["潜在客户甲"]])))
    assert refs(firm, Q1, Ref("sources", "展会", "converted"))[1] == (c["华东机械"],)


def test_leaderboard_and_its_contracts(firm):
    b = board.board(firm.store, Q1)
    # contracts signed in Q1: C2 2500 (李四), C1 1000 (张三); 王五 none
    assert [(s.name, s.rank, s.actual) for s in b.standings] == [
        ("李四", 1, 250000), ("张三", 2, 100000), ("王五", 3, 0)]
    p = firm.world.people
    assert refs(firm, Q1, Ref("board", p["李四"], "signed_amount")) == (
        "contract", (firm.contracts["C2"],))
    assert refs(firm, Q1, Ref("board", p["张三"], "collected_amount")) == (
        "payment", (firm.payments["P1"],))
    east = Scope("2026-Q1", unit_id=firm.world.units["east_team"], today=TODAY)
    assert [s.name for s in board.board(firm.store, east).standings] == ["李四"]


def test_listed_records_name_what_opens_them(firm):
    rows = describe(firm.store, records_of(firm.store, Q1, Ref("reasons", "won")))
    # largest first: A2 won at 2500, A7 1200, A1 1000
    assert [(r.title, r.amount, r.owner) for r in rows] == [
        ("A2", Decimal("2500.00"), "李四"), ("A7", Decimal("1200.00"), "王五"),
        ("A1", Decimal("1000.00"), "张三")]
    assert all(r.open_kind == "deal" and r.open_id == r.id for r in rows)


def test_a_unit_without_people_shows_nothing(firm, store):
    from services.org.people import create_unit

    empty = create_unit(store, "空组", "team", firm.world.units["company"]).value
    scope = Scope("2026-Q1", unit_id=empty, today=TODAY)
    assert funnel.funnel(store, scope).stages[0].entered == 0
    assert funnel.funnel(store, scope).weighted == Decimal("0.00")
    assert funnel.win_loss(store, scope).won.count == 0
    assert customers.sources(store, scope) == ()
