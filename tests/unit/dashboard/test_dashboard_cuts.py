"""The Targets chart by a cut of the company total (按渠道, 按产品线…) on the small firm of
dashboard_fixtures, with a channel cut added to its 2026 plan: 展会 Q1 1500/2000/2500 and
转介绍 Q1 3000/4000/5000 (signed, yuan). Channels of the won deals (the deal has no source, so
its customer's): A1 华东机械 展会 1000; A2 西部电子 转介绍 2500; A7 西部电子 转介绍 1200.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from services.dashboard import targets
from services.dashboard.records import Ref, records_of
from services.dashboard.scope import Scope
from services.targets import cascade as TC
from services.targets.cuts import add_cut_member
from services.targets.split import Values
from tests.unit.dashboard.dashboard_fixtures import TODAY, DashFirm, build_dash_firm

CHANNEL = Scope("2026-Q1", today=TODAY, cut="channel")


def add_channel_cut(firm: DashFirm) -> dict[str, str]:
    """The channel cut in the module docstring; its members' node ids by key."""
    store = firm.store
    plan = targets.choose_plan(store, 2026)
    assert plan is not None
    out = {}
    for key, (fl, tg, ch) in (("展会", (1500, 2000, 2500)), ("转介绍", (3000, 4000, 5000))):
        out[key] = add_cut_member(store, plan.id, "channel", key).value
        TC.set_values(store, out[key], "signed_amount", "2026-Q1",
                      Values(fl * 100, tg * 100, ch * 100))
    return out


@pytest.fixture
def firm(store) -> DashFirm:
    return build_dash_firm(store)


def test_a_cut_shows_the_company_total_and_its_members(firm):
    members = add_channel_cut(firm)
    fig = targets.target_figure(firm.store, CHANNEL)
    assert fig.cut == "channel"
    total, expo, referral = fig.bars
    # the company total is the org tree's: 4300/6000/8200, won 4700 → 78.33 %
    assert (total.node_id, total.target, total.actual, total.attainment) == (
        firm.nodes["root"], Decimal("6000.00"), Decimal("4700.00"), Decimal("0.7833"))
    # 展会: A1 1000 of 2000 → 50 %, below its floor 1500
    assert (expo.node_id, expo.name, expo.actual, expo.attainment, expo.band) == (
        members["展会"], "展会", Decimal("1000.00"), Decimal("0.5000"), "below_floor")
    # 转介绍: A2 2500 + A7 1200 = 3700 of 4000 → 92.5 %, past its floor 3000
    assert (referral.name, referral.actual, referral.attainment, referral.band) == (
        "转介绍", Decimal("3700.00"), Decimal("0.9250"), "floor")


def test_the_unit_filter_does_not_apply_to_a_cut(firm):
    add_channel_cut(firm)
    east = Scope("2026-Q1", unit_id=firm.world.units["east"], today=TODAY, cut="channel")
    assert [b.name for b in targets.target_figure(firm.store, east).bars] == [
        "公司总目标", "展会", "转介绍"]


def test_a_cut_the_plan_lacks_shows_nothing(firm):
    add_channel_cut(firm)
    by_line = Scope("2026-Q1", today=TODAY, cut="product_line")
    fig = targets.target_figure(firm.store, by_line)
    assert (fig.bars, fig.cut) == ((), "product_line")


def test_a_members_bullet_lists_its_deals(firm):
    members = add_channel_cut(firm)

    def found(node: str, metric: str = "signed_amount") -> tuple[str, set[str]]:
        got = records_of(firm.store, CHANNEL, Ref("targets", node, metric))
        return got.kind, set(got.ids)

    d = firm.deals
    assert found(members["转介绍"]) == ("deal", {d["A2"], d["A7"]})
    assert found(members["展会"]) == ("deal", {d["A1"]})
    assert found(firm.nodes["root"]) == ("deal", {d["A1"], d["A2"], d["A7"]})
    # collected amounts are not cut: the payments are the company total's only
    assert found(members["展会"], "collected_amount") == ("payment", set())
    assert found(firm.nodes["root"], "collected_amount") == (
        "payment", {firm.payments["P1"], firm.payments["P2"]})
