"""The review pack on a fixed dataset (tests/unit/dashboard/review_fixtures.py): every figure
hand-checked there."""

from __future__ import annotations

from decimal import Decimal

import pytest

from services.reviews.pack import build_pack
from tests.unit.dashboard.review_fixtures import AS_OF, ReviewWorld, build_review_world


@pytest.fixture
def rw(store) -> ReviewWorld:
    return build_review_world(store)


@pytest.fixture
def pack(rw):
    return build_pack(rw.store, "month", "2026-09", rw.east, as_of=AS_OF)


def names(refs):
    return [r.name for r in refs]


def test_scope_is_the_unit_and_the_units_below_it(pack):
    assert pack.scope.unit_name == "华东区"
    assert pack.scope.previous == "2026-08"
    assert pack.scope.node_id is not None


def test_target_vs_actual_of_the_units_node(pack):
    signed = next(m for m in pack.metrics if m.metric == "signed_amount")
    assert (signed.target, signed.actual) == (20_000_000, 7_000_000)  # fen
    assert signed.variance == -13_000_000
    assert signed.attainment == pytest.approx(0.35)
    deals = next(m for m in pack.metrics if m.metric == "deal_count")
    assert deals.actual == 1


def test_variance_splits_into_volume_win_rate_and_deal_size(pack):
    d = pack.decomposition
    assert (d.closed, d.won) == (3, 1)
    assert d.baseline_win_rate == pytest.approx(0.5)
    assert d.baseline_avg == Decimal("80000.00")
    # volume 3 × 0.5 × 80,000 − 200,000; win rate (1 − 1.5) × 80,000; size 70,000 − 80,000
    assert d.volume_effect == Decimal("-80000.00")
    assert d.win_rate_effect == Decimal("-40000.00")
    assert d.size_effect == Decimal("-10000.00")
    assert d.volume_effect + d.win_rate_effect + d.size_effect == d.variance
    assert d.needed_closed == Decimal("5.0")


def test_deal_lists(pack):
    assert names(pack.won) == ["S1"]
    assert names(pack.lost) == ["S2", "S3"]
    assert [d.note for d in pack.lost] == ["价格过高", "价格过高"]
    assert names(pack.slipped) == ["O1"]
    assert names(pack.regressions) == ["O2"]
    assert pack.regressions[0].note == "商务谈判 → 方案报价"
    assert names(pack.rotting) == ["O1", "O3"]


def test_stale_customers_and_overdue_instalments(pack):
    assert [(c.name, c.days_since, c.open_amount) for c in pack.stale] == [
        ("东方机械", 81, Decimal("5000.00"))]
    assert [(i.days_overdue, i.open_amount) for i in pack.overdue] == [
        (81, Decimal("60000.00")), (10, Decimal("30000.00"))]


def test_collection_rate_and_its_change(pack):
    c = pack.collection
    assert (c.due, c.collected) == (Decimal("40000.00"), Decimal("10000.00"))
    assert c.rate == pytest.approx(0.25)
    assert c.previous_rate == pytest.approx(1.0)


def test_funnel_conversion_into_won_this_month(pack):
    step = next(s for s in pack.funnel if s.stage == "商务谈判")
    # entered 商务谈判 in September: O2 (9/2) and O6 (9/18); neither won yet
    assert (step.reached, step.advanced) == (2, 0)


def test_findings_ranked_by_money_at_stake(pack):
    assert [(f.code, f.money) for f in pack.findings] == [
        ("target_gap:signed_amount", Decimal("130000.00")),
        ("cause_volume", Decimal("80000.00")),
        ("lost", Decimal("70000.00")),
        ("overdue_60", Decimal("60000.00")),
        ("rotting", Decimal("55000.00")),
        ("slipped", Decimal("50000.00")),
        ("cause_win_rate", Decimal("40000.00")),
        ("collection_drop", Decimal("30000.00")),
        ("overdue", Decimal("30000.00")),
        ("regressed", Decimal("20000.00")),
        ("cause_size", Decimal("10000.00")),
        ("stale", Decimal("5000.00")),
    ]
    by_code = {f.code: f for f in pack.findings}
    assert by_code["collection_drop"].zh == (
        "华东区 回款率 25%，低于上期 75 个百分点；本期到期未收 ¥30,000")
    assert by_code["collection_drop"].en.startswith("华东区 collection rate 25%, 75 points below")
    assert by_code["overdue_60"].zh == "1 笔逾期 > 60 天，合计 ¥60,000"
    lost = by_code["lost"]
    assert lost.zh == "输单 2 个，合计 ¥70,000（最多的原因：价格过高）"
    assert {r.id for r in lost.records} == {pack.lost[0].id, pack.lost[1].id}
    assert all(r.kind == "deal" for r in lost.records)
    assert [r.kind for r in by_code["stale"].records] == ["customer"]


def test_the_whole_firm_counts_everyone(rw):
    pack = build_pack(rw.store, "month", "2026-09", None, as_of=AS_OF)
    assert names(pack.won) == ["W1", "S1"]  # largest first
    assert pack.scope.owners is None
