"""KPI scorecard progress (考核进度) on the small firm of dashboard_fixtures, with a published
scheme whose quarterly scorecard weighs 签约额 60 % (target from the Targets tree) and 回款额
40 % (a fixed target of ¥1,000), bands 0 → ×0, 60 → ×0.8, 80 → ×1.0, 100 → ×1.2. Every score is
checked by hand in the comments.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from models.enums import TargetPlanStatus
from services.dashboard import scorecards, targets
from services.dashboard.records import Ref, records_of
from services.dashboard.scope import Scope
from services.incentives import schemes as S
from services.targets.lifecycle import publish_plan
from tests.unit.dashboard.dashboard_fixtures import TODAY, DashFirm, build_dash_firm

Q1 = Scope("2026-Q1", today=TODAY)

KPI = {"kind": "scorecard", "id": "kpi", "grain": "quarter", "title": "季度考核",
       "metrics": [{"metric": "signed_amount", "weight_pct": "60"},
                   {"metric": "collected_amount", "weight_pct": "40", "target": "1000"}],
       "bands": [{"from_score": "0", "coefficient": "0"},
                 {"from_score": "60", "coefficient": "0.8"},
                 {"from_score": "80", "coefficient": "1.0"},
                 {"from_score": "100", "coefficient": "1.2"}]}


def publish(store, rule: dict) -> None:
    """The scheme of ``rule``, and the year's target plan (the rules read a published one)."""
    plan = targets.choose_plan(store, 2026)
    if plan is not None and plan.status != TargetPlanStatus.PUBLISHED:
        publish_plan(store, plan.id)
    doc = {"assign": {"roles": ["rep"]}, "rules": [rule]}
    ref = S.create_scheme(store, "销售考核", effective_from=date(2026, 1, 1),
                          document=doc).value
    S.publish(store, ref.version_id)


@pytest.fixture
def firm(store) -> DashFirm:
    f = build_dash_firm(store)
    publish(store, KPI)
    return f


def test_each_persons_score_and_band_highest_first(firm):
    fig = scorecards.scorecards(firm.store, Q1)
    # 张三: 签约 C1 1000 of 1000 = 100 % × 60 = 60; 回款 P1 600 of 1000 = 60 % × 40 = 24
    #       → 84.0, band 80–100 → ×1.0
    # 李四: 签约 C2 2500 of 3000 = 83.3 % × 60 = 49.98; 回款 P2 700 of 1000 = 70 % × 40 = 28
    #       → 77.98 → 78.0, band 60–80 → ×0.8
    # 王五: no contract, no payment of 2000 and 1000 → 0.0, band 0–60 → ×0
    assert [(b.name, b.score, b.coefficient, b.band) for b in fig.bars] == [
        ("张三", Decimal("84.0"), Decimal("1.0"), "80–100"),
        ("李四", Decimal("78.0"), Decimal("0.8"), "60–80"),
        ("王五", Decimal("0.0"), Decimal(0), "0–60")]
    assert fig.bars[1].items == ("签约额 83.3 % × 60 %", "回款额 70 % × 40 %")
    assert [b.from_score for b in fig.bands] == [0, 60, 80, 100]
    assert fig.bars[0].title == "季度考核"
    assert fig.unscored == () and fig.other_grains == ()


def test_a_unit_filter_keeps_its_people(firm):
    east = Scope("2026-Q1", unit_id=firm.world.units["east"], today=TODAY)
    assert [b.name for b in scorecards.scorecards(firm.store, east).bars] == ["张三", "李四"]


def test_a_bar_lists_the_persons_credited_contracts_or_payments(firm):
    p = firm.world.people
    found = records_of(firm.store, Q1, Ref("scorecards", p["李四"], "signed_amount"))
    assert (found.kind, found.ids) == ("contract", (firm.contracts["C2"],))
    found = records_of(firm.store, Q1, Ref("scorecards", p["张三"], "collected_amount"))
    assert (found.kind, found.ids) == ("payment", (firm.payments["P1"],))


def test_a_scorecard_of_another_grain_is_named_not_scored(store):
    firm = build_dash_firm(store)
    publish(store, {**KPI, "grain": "month"})
    fig = scorecards.scorecards(firm.store, Q1)
    assert (fig.bars, fig.unscored, fig.other_grains) == ((), (), ("month",))


def test_nothing_to_score_is_said(store):
    firm = build_dash_firm(store)
    # a count target that nobody has: 签约量 without a target anywhere
    publish(store, {**KPI, "metrics": [{"metric": "deal_count", "weight_pct": "100"}]})
    fig = scorecards.scorecards(firm.store, Q1)
    assert fig.bars == ()
    assert fig.unscored == ("张三", "李四", "王五")

