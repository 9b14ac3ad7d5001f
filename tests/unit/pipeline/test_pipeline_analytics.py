"""Funnel analytics against hand-built stage histories with known answers (real SQLite file)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from services.pipeline import analytics as pa
from services.pipeline import deals as pl
from services.pipeline import settings as ps
from tests.unit.pipeline_fixtures import World, build_world, utc

JAN = pa.Window(date(2026, 1, 1), date(2026, 1, 31))
OPEN = ["线索", "初步沟通", "需求确认", "方案报价", "商务谈判"]


@pytest.fixture
def world(any_store) -> World:
    """Five deals with known paths through the default funnel (times at 12:00 UTC).

    D1 张三: 线索 1/1 → 初步沟通 1/3 → 需求确认 1/8 → 赢单 1/20 (won 10,000; skips two stages)
    D2 张三: 线索 1/1 → 初步沟通 1/5 → 输单 1/10
    D3 李四: 线索 1/2 → 输单 1/4
    D4 王五: 线索 1/2, still open
    D5 王五: created in 初步沟通 1/6 → 方案报价 1/16 → 赢单 1/31 (amount 6,000)
    """
    w = build_world(any_store)
    d1 = w.deal("D1", at=utc(2026, 1, 1), amount=9000)
    w.move(d1, "初步沟通", utc(2026, 1, 3))
    w.move(d1, "需求确认", utc(2026, 1, 8))
    w.move(d1, "赢单", utc(2026, 1, 20), won_amount=Decimal(10000), closed_on=date(2026, 1, 20))
    d2 = w.deal("D2", at=utc(2026, 1, 1))
    w.move(d2, "初步沟通", utc(2026, 1, 5))
    w.move(d2, "输单", utc(2026, 1, 10), closed_on=date(2026, 1, 10), lost_reason="预算不足")
    d3 = w.deal("D3", at=utc(2026, 1, 2), owner="李四")
    w.move(d3, "输单", utc(2026, 1, 4), closed_on=date(2026, 1, 4))
    w.deal("D4", at=utc(2026, 1, 2), owner="王五")
    d5 = w.deal("D5", "初步沟通", at=utc(2026, 1, 6), owner="王五", amount=6000)
    w.move(d5, "方案报价", utc(2026, 1, 16))
    w.move(d5, "赢单", utc(2026, 1, 31), closed_on=date(2026, 1, 31))
    return w


def _conv(report):
    return [(c.stage_name, c.next_stage_name, c.reached, c.advanced) for c in report.conversions]


def test_conversion_from_history_counts_skipped_stages_as_passed(world):
    r = pa.stage_report(world.store, world.pipeline_id, window=JAN)[None]
    assert _conv(r) == [
        ("线索", "初步沟通", 5, 3),
        ("初步沟通", "需求确认", 3, 2),
        ("需求确认", "方案报价", 2, 2),
        ("方案报价", "商务谈判", 2, 2),
        ("商务谈判", "赢单", 2, 2),
    ]
    assert r.conversions[0].rate == pytest.approx(0.6)


def test_conversion_window_is_on_stage_entry_dates(world):
    r = pa.stage_report(world.store, world.pipeline_id,
                        window=pa.Window(date(2026, 1, 3), date(2026, 1, 31)))[None]
    # Only D5 entered 线索-or-later from 1/3 on; D1 and D2 entered 初步沟通 on 1/3 and 1/5.
    assert [(c.reached, c.advanced) for c in r.conversions] == [
        (1, 1), (3, 2), (2, 2), (2, 2), (2, 2)]
    empty = pa.stage_report(world.store, world.pipeline_id,
                            window=pa.Window(date(2025, 1, 1), date(2025, 12, 31)))[None]
    assert all(c.reached == 0 and c.rate is None for c in empty.conversions)


def test_conversion_ignores_current_stage_alone(world):
    """Moving a deal back does not erase that it once reached a later stage."""
    d = world.deal("回退", at=utc(2026, 1, 2), owner="李四")
    world.move(d, "商务谈判", utc(2026, 1, 3))
    world.move(d, "线索", utc(2026, 1, 4))
    r = pa.stage_report(world.store, world.pipeline_id, window=JAN)[None]
    assert [c.reached for c in r.conversions] == [6, 4, 3, 3, 3]
    assert [c.advanced for c in r.conversions] == [4, 3, 3, 3, 2]


def test_median_days_in_stage(world):
    r = pa.stage_report(world.store, world.pipeline_id, window=JAN)[None]
    assert [(d.stage_name, d.samples, d.median_days) for d in r.durations] == [
        ("线索", 3, 2.0),      # 2, 2, 4 (D4 still sitting there is not a finished stay)
        ("初步沟通", 3, 5.0),  # 5, 5, 10
        ("需求确认", 1, 12.0),
        ("方案报价", 1, 15.0),
        ("商务谈判", 0, None),
    ]


def test_predicted_vs_actual_per_stage(world):
    r = pa.stage_report(world.store, world.pipeline_id, window=JAN)[None]
    got = [(w.stage_name, w.predicted, w.closed, w.won) for w in r.win_rates]
    assert got == [("线索", 10, 4, 2), ("初步沟通", 20, 3, 2), ("需求确认", 40, 2, 2),
                   ("方案报价", 60, 2, 2), ("商务谈判", 80, 2, 2)]
    assert r.win_rates[0].actual == 0.5
    assert all(w.suggested is None for w in r.win_rates)  # fewer than MIN_SAMPLE closed


def test_suggested_probability_from_enough_history(any_store):
    store = any_store
    w = build_world(store)
    for i in range(12):
        d = w.deal(f"报价{i}", "方案报价", at=utc(2026, 2, 1))
        if i < 9:
            w.move(d, "赢单", utc(2026, 2, 10))
        elif i < 11:
            w.move(d, "输单", utc(2026, 2, 10))
    r = pa.stage_report(store, w.pipeline_id, window=pa.Window(date(2026, 2, 1),
                                                                date(2026, 2, 28)))[None]
    quote = r.win_rates[OPEN.index("方案报价")]
    assert (quote.closed, quote.won, quote.predicted) == (11, 9, 60)
    assert quote.suggested == 82  # 9 / 11 = 81.8 %
    # Starting in 方案报价 counts as having passed 线索; only the nine winners reached 商务谈判.
    assert (r.win_rates[0].closed, r.win_rates[0].suggested) == (11, 82)
    talks = r.win_rates[OPEN.index("商务谈判")]
    assert (talks.closed, talks.won, talks.suggested) == (9, 9, None)


def test_group_by_owner_and_unit(world):
    by_owner = pa.stage_report(world.store, world.pipeline_id, window=JAN, group_by="owner")
    first = {k: (v.conversions[0].reached, v.conversions[0].advanced) for k, v in by_owner.items()}
    p = world.people
    assert first == {p["张三"]: (2, 2), p["李四"]: (1, 0), p["王五"]: (2, 1)}
    by_unit = pa.stage_report(world.store, world.pipeline_id, window=JAN, group_by="unit")
    u = world.units
    first = {k: (v.conversions[0].reached, v.conversions[0].advanced) for k, v in by_unit.items()}
    assert first == {u["company"]: (5, 3), u["east"]: (3, 2), u["east_team"]: (1, 0),
                     u["west"]: (2, 1)}
    # medians roll up exactly: east = 张三's 2, 4 and 李四's 2 days in 线索
    assert by_unit[u["east"]].durations[0].median_days == 2.0
    assert by_unit[u["west"]].durations[1].median_days == 10.0


def test_unit_and_owner_filters(world):
    east = pa.stage_report(world.store, world.pipeline_id, window=JAN,
                           unit_id=world.units["east"])[None]
    assert east.conversions[0].reached == 3
    mine = pa.stage_report(world.store, world.pipeline_id, window=JAN,
                           owner_ids=[world.people["王五"]])[None]
    assert _conv(mine)[1] == ("初步沟通", "需求确认", 1, 1)


def test_win_rate_average_won_and_cycle(world):
    s = pa.win_summary(world.store, window=JAN)[None]
    assert (s.won, s.lost, s.win_rate) == (2, 2, 0.5)
    assert s.won_amount == Decimal("16000.00") and s.avg_won_amount == Decimal("8000.00")
    assert (s.cycle_samples, s.median_cycle_days, s.avg_cycle_days) == (2, 22.0, 22.0)  # 19, 25
    feb = pa.win_summary(world.store, window=pa.Window(date(2026, 2, 1), date(2026, 2, 28)))
    assert feb[None].win_rate is None and feb[None].avg_won_amount is None


def test_win_summary_grouped_by_owner_unit_and_pipeline(world):
    by_owner = pa.win_summary(world.store, window=JAN, group_by="owner")
    p = world.people
    assert {k: (v.won, v.lost) for k, v in by_owner.items()} == {
        p["张三"]: (1, 1), p["李四"]: (0, 1), p["王五"]: (1, 0)}
    assert by_owner[p["王五"]].median_cycle_days == 25.0
    by_unit = pa.win_summary(world.store, window=JAN, group_by="unit")
    assert (by_unit[world.units["east"]].won, by_unit[world.units["east"]].lost) == (1, 2)
    renewals = ps.create_pipeline(world.store, "老客户续约").value
    stages = {s.name: s.id for s in next(x for x in pl.list_pipelines(world.store)
                                         if x.id == renewals).stages}
    d = pl.create_deal(world.store, name="续约", pipeline_id=renewals,
                       customer_id=world.customers["华东机械"], amount=Decimal(500),
                       at=utc(2026, 1, 10)).value
    pl.move_deals(world.store, [d], stages["赢单"], None, at=utc(2026, 1, 12),
                  closed_on=date(2026, 1, 12))
    by_pipe = pa.win_summary(world.store, window=JAN, group_by="pipeline")
    assert {k: (v.won, v.lost) for k, v in by_pipe.items()} == {
        world.pipeline_id: (2, 2), renewals: (1, 0)}
    only = pa.win_summary(world.store, window=JAN, pipeline_id=renewals)[None]
    assert (only.won, only.median_cycle_days) == (1, 2.0)


def test_funnel_assumptions(world):
    fa = pa.funnel_assumptions(world.store, world.pipeline_id, window=JAN)
    assert fa.avg_won_amount == Decimal("8000.00")
    assert fa.win_rate == 0.5 and fa.cycle_days == 22.0
    assert [round(c.rate or 0, 3) for c in fa.conversions] == [0.6, 0.667, 1.0, 1.0, 1.0]
    assert (fa.won_count, fa.closed_count) == (2, 4)
    own = pa.funnel_assumptions(world.store, owner_ids=[world.people["张三"]], window=JAN)
    assert own.pipeline_id == world.pipeline_id and own.win_rate == 0.5
    assert own.avg_won_amount == Decimal("10000.00")


# --------------------------------------------------------------------------- forecast


@pytest.fixture
def forecast_world(any_store) -> World:
    store = any_store
    w = build_world(store)
    w.deal("谈判一月", "商务谈判", amount=10000, expected_close=date(2026, 1, 15))   # 80 %
    w.deal("报价一月", "方案报价", amount=5000, expected_close=date(2026, 1, 31))    # 60 %
    w.deal("线索二月", "线索", amount=2000, expected_close=date(2026, 2, 1))         # 10 %
    w.deal("线索改概率", "线索", amount=4000, expected_close=date(2026, 4, 2),
           probability=50)
    w.deal("没日期", "需求确认", amount=1000)                                        # 40 %
    won = w.deal("已赢", "商务谈判", amount=3000, expected_close=date(2026, 1, 10))
    w.move(won, "赢单", utc(2026, 1, 9), closed_on=date(2026, 1, 9))
    return w


def _cells(f):
    return {p.label: (p.commit.amount, p.best_case.amount, p.pipeline.amount, p.total.weighted,
                      p.won_amount) for p in f.periods}


def test_forecast_by_month_with_default_bands(forecast_world):
    f = pa.forecast(forecast_world.store, forecast_world.pipeline_id)
    D = Decimal
    assert _cells(f) == {
        "2026-01": (D("10000.00"), D("5000.00"), D("0.00"), D("11000.00"), D("3000.00")),
        "2026-02": (D("0.00"), D("0.00"), D("2000.00"), D("200.00"), D("0.00")),
        "2026-04": (D("0.00"), D("4000.00"), D("0.00"), D("2000.00"), D("0.00")),
        "": (D("0.00"), D("0.00"), D("1000.00"), D("400.00"), D("0.00")),
    }
    assert [p.label for p in f.periods] == ["2026-01", "2026-02", "2026-04", ""]
    assert f.total.count == 5 and f.total.weighted == D("13600.00")
    stages = {s.id: s.name for p in pl.list_pipelines(forecast_world.store) for s in p.stages}
    assert [(stages[sid], c.count) for sid, c in f.by_stage] == [
        ("线索", 2), ("需求确认", 1), ("方案报价", 1), ("商务谈判", 1)]


def test_forecast_by_quarter_with_manager_bands(forecast_world):
    old = ps.set_forecast_bands(forecast_world.store,
                                ps.ForecastBands(commit=90, best_case=55)).value
    assert old == ps.ForecastBands(80, 50)
    f = pa.forecast(forecast_world.store, period="quarter")
    D = Decimal
    assert f.bands == ps.ForecastBands(90, 55)
    assert _cells(f)["2026-Q1"] == (D("0.00"), D("15000.00"), D("2000.00"), D("11200.00"),
                                    D("3000.00"))
    assert _cells(f)["2026-Q2"][2] == D("4000.00")  # 50 % is below the 55 % best-case band


def test_forecast_close_range(forecast_world):
    f = pa.forecast(forecast_world.store, close_from=date(2026, 2, 1), close_to=date(2026, 4, 30))
    assert [p.label for p in f.periods] == ["2026-02", "2026-04"]


# --------------------------------------------------------------------------- pure


@pytest.mark.parametrize(("hist", "median"), [
    ({}, None), ({3: 1}, 3.0), ({1: 1, 5: 1}, 3.0), ({2: 2, 4: 1}, 2.0),
    ({1: 1, 2: 1, 9: 2}, 5.5), ({0: 0, 7: 3}, 7.0),
])
def test_histogram_median(hist, median):
    assert pa.histogram_median(hist) == median


@pytest.mark.parametrize(("d", "period", "start", "label"), [
    (date(2026, 1, 31), "month", date(2026, 1, 1), "2026-01"),
    (date(2026, 3, 31), "quarter", date(2026, 1, 1), "2026-Q1"),
    (date(2026, 4, 1), "quarter", date(2026, 4, 1), "2026-Q2"),
    (date(2026, 12, 5), "quarter", date(2026, 10, 1), "2026-Q4"),
])
def test_periods(d, period, start, label):
    assert pa.period_start(d, period) == start
    assert pa.period_label(start, period) == label


@pytest.mark.parametrize(("prob", "category"), [
    (100, "commit"), (80, "commit"), (79, "best_case"), (50, "best_case"), (49, "pipeline"),
    (0, "pipeline"),
])
def test_default_bands(prob, category):
    assert ps.ForecastBands().category(prob) == category


@pytest.mark.parametrize(("closed", "won", "suggested"), [
    (9, 9, None), (10, 9, 90), (11, 9, 82), (40, 1, 3), (200, 1, 1),  # 0.5 % rounds half up
])
def test_suggested_rounding(closed, won, suggested):
    assert pa.StageWinRate("s", "x", 50, closed, won).suggested == suggested


def test_stage_reports_by_pipeline(world):
    renewals = ps.create_pipeline(world.store, "老客户续约").value
    stages = {s.name: s.id for s in next(x for x in pl.list_pipelines(world.store)
                                         if x.id == renewals).stages}
    d = pl.create_deal(world.store, name="续约", pipeline_id=renewals,
                       customer_id=world.customers["华东机械"], at=utc(2026, 1, 10)).value
    pl.move_deals(world.store, [d], stages["初步沟通"], None, at=utc(2026, 1, 12))
    reports = pa.stage_reports_by_pipeline(world.store, window=JAN)
    assert set(reports) == {world.pipeline_id, renewals}
    assert _conv(reports[world.pipeline_id])[0] == ("线索", "初步沟通", 5, 3)
    assert _conv(reports[renewals])[:2] == [("线索", "初步沟通", 1, 1),
                                            ("初步沟通", "需求确认", 1, 0)]
    assert reports[renewals].durations[0].median_days == 2.0
