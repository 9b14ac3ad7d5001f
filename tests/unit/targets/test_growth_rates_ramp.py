"""Growth targets (base × (1 + g)), rate metrics (derived, weighted, never summed) and the novice
ramp, on a real SQLite store, every figure computed by hand in the comments.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from models import Customer, Deal, Person, Stage
from services.targets import cascade as T
from services.targets import growth as G
from services.targets import ops
from services.targets import ramp as R
from services.targets.split import Values
from services.targets.typed_actuals import set_typed_actual
from tests.unit.target_fixtures import build_firm

M = "signed_amount"


def _ids(tree: T.TargetTree) -> dict[str, str]:
    return {n.name: n.id for n in tree.nodes}


def _add_deals(store, firm, rows, *, stage_kind="won"):
    """rows: (owner, closed_on, amount yuan[, customer index])."""
    with store.write() as uow:
        s = uow.session
        deal = s.scalars(select(Deal)).first()
        stage = s.scalars(select(Stage).where(Stage.pipeline_id == deal.pipeline_id,
                                              Stage.kind == stage_kind)).first()
        if stage is None:
            stage = Stage(pipeline_id=deal.pipeline_id, name="输单", kind=stage_kind,
                          sort_order=9)
            s.add(stage)
            s.flush()
        for owner, day, amount, *cust in rows:
            s.add(Deal(name="x", pipeline_id=deal.pipeline_id, stage_id=stage.id,
                       customer_id=firm.customers[cust[0] if cust else 0],
                       owner_id=firm.people[owner], amount=Decimal(amount),
                       won_amount=Decimal(amount) if stage_kind == "won" else None,
                       closed_on=day, stage_entered_at=datetime(2020, 1, 1, tzinfo=UTC)))
        uow.commit()


@pytest.fixture
def plan(store):
    firm = build_firm(store)
    plan_id = ops.create_plan_from_org(store, 2026, metrics=[
        M, "conversion_rate", "repurchase_rate", "market_share"]).value
    return firm, plan_id, _ids(T.load_tree(store, plan_id))


def test_growth_from_last_year_and_the_undo(plan, store):
    _firm, plan_id, ids = plan
    # 华东区 2025 = 张三 100.00 + 李四 300.00 = 40,000 fen; × 1.15 = 46,000;
    # 保底 × 1.10, 挑战 × 1.20
    op = G.set_growth(store, ids["华东区"], M, "2026", 1500, floor_rate_bp=1000,
                      challenge_rate_bp=2000)
    f = op.value
    assert (f.base, f.result, f.years, f.base_periods) == (40_000, 46_000, 1, ["2025"])
    assert T.node_values(store, ids["华东区"])[(M, "2026")] == Values(44_000, 46_000, 48_000)
    assert G.plan_growth(store, plan_id)[(ids["华东区"], M, "2026")] == f
    redo = op.undo.run(store)  # undo: no value, no formula
    assert T.node_values(store, ids["华东区"]) == {}
    assert G.growth_formula(store, ids["华东区"], M, "2026") is None
    redo.undo.run(store)  # redo: both back
    assert T.node_values(store, ids["华东区"])[(M, "2026")].target == 46_000
    assert G.growth_formula(store, ids["华东区"], M, "2026").result == 46_000


def test_growth_on_the_average_of_three_years(plan, store):
    firm, _plan_id, ids = plan
    _add_deals(store, firm, [("李四", date(2024, 5, 1), "200.01"),
                             ("张三", date(2023, 8, 1), "100.00")])
    # (40,000 + 20,001 + 10,000) / 3 = 23,333.67 → 23,334 fen; × 1.15 = 26,834.1 → 26,834
    f = G.set_growth(store, ids["华东区"], M, "2026", 1500, years=3).value
    assert (f.base, f.result, f.base_periods) == (23_334, 26_834, ["2025", "2024", "2023"])
    assert G.base_actuals(store, ids["华东区"], M, "2026", 3) == [40_000, 20_001, 10_000]


def test_recompute_is_explicit(plan, store):
    firm, _plan_id, ids = plan
    G.set_growth(store, ids["华南区"], M, "2026", 1000)  # 王五 2025: 600.00 → 660.00
    _add_deals(store, firm, [("王五", date(2025, 6, 1), "400.00")])
    assert T.node_values(store, ids["华南区"])[(M, "2026")].target == 66_000  # not silently
    op = G.recompute_growth(store, ids["华南区"], M, "2026")
    assert (op.value.base, op.value.result) == (100_000, 110_000)
    op.undo.run(store)
    assert G.growth_formula(store, ids["华南区"], M, "2026").result == 66_000


def test_growth_refuses_rates_and_a_missing_base(plan, store):
    _firm, _plan_id, ids = plan
    with pytest.raises(T.TargetError, match="rate is typed"):
        G.set_growth(store, ids["华东区"], "conversion_rate", "2026", 1000)
    with pytest.raises(T.TargetError, match="no actual"):
        G.set_growth(store, ids["东经理"], M, "2026", 1000)


def test_fifty_percent_a_year_is_fifty_percent_on_each_last_year_quarter(plan, store):
    firm, _plan_id, ids = plan
    _add_deals(store, firm, [("王五", date(2025, 5, 1), "100.00"),
                             ("王五", date(2025, 8, 1), "200.00"),
                             ("王五", date(2025, 11, 1), "300.00")])
    # 华南区 2025: Q1 600 + Q2 100 + Q3 200 + Q4 300 = 1,200.00 → × 1.5 = 1,800.00
    assert G.set_growth(store, ids["华南区"], M, "2026", 5000).value.result == 180_000
    ops.split_period(store, ids["华南区"], M, "2026", rule="last_year")
    values = T.node_values(store, ids["华南区"])
    assert [values[(M, q)].target for q in ("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4")] == [
        90_000, 15_000, 30_000, 45_000]  # each quarter = 1.5 × its 2025 quarter
    # a per-quarter or per-month rate, where shown, compounds (not 12.5 % / 4.17 %)
    assert G.compounded_equivalent_bp(5000, 4) == 1067
    assert G.compounded_equivalent_bp(5000, 12) == 344
    assert (G.added_equivalent_bp(5000, 4), G.added_equivalent_bp(5000, 12)) == (1250, 417)


def test_conversion_rate_rolls_up_weighted_never_summed(plan, store):
    firm, plan_id, ids = plan
    # Q1 2026 won: 张三 2 (Jan 15, Feb 3), 李四 1 (Jan 31); lost: 李四 3
    _add_deals(store, firm, [("李四", date(2026, 2, 1), "1"), ("李四", date(2026, 3, 1), "1"),
                             ("李四", date(2026, 3, 2), "1")], stage_kind="lost")
    q1 = "2026-Q1"
    T.set_values(store, ids["张三"], "conversion_rate", q1, Values(5000, 6000, 7000))
    T.set_values(store, ids["李四"], "conversion_rate", q1, Values(2000, 3000, 4000))
    tree = T.load_tree(store, plan_id)
    cell = tree.rollup.cell
    assert cell(ids["张三"], "conversion_rate", q1).actual == 10_000  # 2 / 2 = 100 %
    assert cell(ids["李四"], "conversion_rate", q1).actual == 2_500  # 1 / 4 = 25 %
    east = cell(ids["华东区"], "conversion_rate", q1)
    assert east.actual == 5_000  # 3 / 6 = 50 % — not 125 % (sum) nor 62.5 % (mean)
    # targets weighted by the denominators 2 and 4: (6000·2 + 3000·4) / 6 = 4000
    assert east.effective == Values(3000, 4000, 5000) and east.gap == Values()
    # a typed parent has no 未分配 / 超分配, and a split gives every child the same rate
    T.set_values(store, ids["华东区"], "conversion_rate", "2026", Values(3000, 3500, 4000))
    assert T.load_tree(store, plan_id).rollup.cell(
        ids["华东区"], "conversion_rate", "2026").gap == Values()
    ops.split_node(store, ids["华东区"], "conversion_rate", "2026")
    ops.split_period(store, ids["华东区"], "conversion_rate", "2026", grain="month")
    values = T.node_values(store, ids["华东区"])
    assert values[("conversion_rate", "2026-07")] == Values(3000, 3500, 4000)
    assert T.node_values(store, ids["李四"])[("conversion_rate", "2026")].target == 3500


def test_repurchase_rate_counts_customers_with_a_second_win(plan, store):
    firm, plan_id, ids = plan
    # customer 0 (张三's 2026-01-15 win) buys again in March; customer 1 only once in 2026
    _add_deals(store, firm, [("张三", date(2026, 3, 10), "10.00", 0)])
    tree = T.load_tree(store, plan_id)
    cell = tree.rollup.cell(ids["张三"], "repurchase_rate", "2026-Q1")
    assert cell.actual == 5_000  # customers 0 and 1 won in Q1; only customer 0 twice
    assert tree.rollup.cell(ids["张三"], "repurchase_rate", "2026-01").actual == 0  # 0 / 1


def test_market_share_is_typed_target_and_actual(plan, store):
    _firm, plan_id, ids = plan
    op = set_typed_actual(store, ids["华东区"], "market_share", "2026", 1250)
    tree = T.load_tree(store, plan_id)
    assert tree.rollup.cell(ids["华东区"], "market_share", "2026").actual == 1250
    assert tree.rollup.cell(ids["帆程公司"], "market_share", "2026").actual == 0  # not summed
    op.undo.run(store)
    assert T.load_tree(store, plan_id).rollup.cell(
        ids["华东区"], "market_share", "2026").actual == 0
    with pytest.raises(T.TargetError, match="comes from the records"):
        set_typed_actual(store, ids["华东区"], "conversion_rate", "2026", 10)


def test_novice_ramp_from_a_mid_year_start(plan, store):
    firm, plan_id, ids = plan
    with store.write() as uow:  # 张三 (新手) starts on 15 July 2026
        uow.session.execute(update(Person).where(Person.id == firm.people["张三"])
                            .values(active_from=date(2026, 7, 15)))
        uow.commit()
    start = date(2026, 7, 15)
    assert R.ramp_months((30, 60, 100), start, 2026) == {"2026-07": 30, "2026-08": 60}
    # 2026 = (6 × 0 + 30 + 60 + 4 × 100) / 1200 = 490 / 1200; Q3 = 190 / 300
    assert R.period_factor((30, 60, 100), start, "2026") == pytest.approx(490 / 1200)
    assert R.period_factor((30, 60, 100), start, "2026-Q3") == pytest.approx(190 / 300)
    tree = T.load_tree(store, plan_id)
    assert R.tree_ramp_months(store, tree) == {ids["张三"]: {"2026-07": 30, "2026-08": 60}}
    # July by capacity: loads 东经理 1.3, 张三 0.6 × 30 % = 0.18, 李四 1.3 (sum 2.78)
    T.set_values(store, ids["华东区"], M, "2026-07", Values(0, 278_000, 0))
    ops.split_node(store, ids["华东区"], M, "2026-07", rule="capacity")
    assert [T.node_values(store, ids[n])[(M, "2026-07")].target
            for n in ("东经理", "张三", "李四")] == [130_000, 18_000, 130_000]
    # the year: 张三 0.6 × 490/1200 = 0.245 of 2.845; 1e8 × 0.245 / 2.845 = 8,611,599.30
    # → 8,611,599 (the one fen left goes to 东经理's larger remainder .35)
    T.set_values(store, ids["华东区"], M, "2026", Values(0, 100_000_000, 0))
    ops.split_node(store, ids["华东区"], M, "2026", rule="capacity")
    assert [T.node_values(store, ids[n])[(M, "2026")].target
            for n in ("东经理", "张三", "李四")] == [45_694_201, 8_611_599, 45_694_200]
    # a ramp per tier is a setting, undoable
    op = R.set_ramps(store, {"novice": "50, 100"})
    assert R.ramps(store)["novice"] == (50, 100)
    op.undo.run(store)
    assert R.ramps(store)["novice"] == (30, 60, 100)
    with pytest.raises(T.TargetError, match="between 0 % and 100 %"):
        R.set_ramps(store, {"novice": [30, 160]})


def test_a_customer_per_deal_fixture_guard(store):
    """The firm fixture gives each won deal its own customer (the repurchase test relies on
    it)."""
    firm = build_firm(store)
    with store.read() as uow:
        assert len(uow.session.scalars(select(Customer)).all()) == len(firm.customers)


def test_the_plan_workbook_lists_growth_formulas(plan, store, tmp_path):
    import openpyxl

    from services.plans.export import export_plan

    _firm, plan_id, ids = plan
    G.set_growth(store, ids["华东区"], M, "2026", 1500)
    G.set_growth(store, ids["华南区"], M, "2026", 1000)
    T.set_values(store, ids["华南区"], M, "2026", Values(0, 70_000, 0))  # typed over
    result = export_plan(store, plan_id, tmp_path / "plan.xlsx")
    assert "增长目标" in result.sheets
    ws = openpyxl.load_workbook(tmp_path / "plan.xlsx")["增长目标"]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=3)]
    assert [r[:7] for r in rows] == [
        ["华东区", "签约额", "2026全年", "2025全年", 400, "15%", 460],
        ["华南区", "签约额", "2026全年", "2025全年", 600, "10%", 660]]
    assert [r[8] for r in rows] == ["当前值", "已手工修改"]


def test_a_novice_year_split_into_months_and_quarters_follows_the_ramp(plan, store):
    firm, plan_id, ids = plan
    with store.write() as uow:  # 张三 (新手) starts on 15 July 2026: 30 % / 60 % / 100 %
        uow.session.execute(update(Person).where(Person.id == firm.people["张三"])
                            .values(active_from=date(2026, 7, 15)))
        uow.commit()
    T.set_values(store, ids["张三"], M, "2026", Values(0, 490_000, 0))
    op = ops.split_period(store, ids["张三"], M, "2026", grain="month")
    months = T.node_values(store, ids["张三"])
    # weights 0 × 6, 30, 60, 100 × 4 (sum 490): nothing before July
    assert [months[(M, f"2026-{m:02}")].target for m in range(1, 13)] == (
        [0] * 6 + [30_000, 60_000] + [100_000] * 4)
    op.undo.run(store)
    assert (M, "2026-07") not in T.node_values(store, ids["张三"])
    # quarters: Q3 = (30 + 60 + 100) / 3, Q4 = 100 → 190 : 300
    ops.split_period(store, ids["张三"], M, "2026", grain="quarter")
    quarters = T.node_values(store, ids["张三"])
    assert [quarters[(M, f"2026-Q{q}")].target for q in range(1, 5)] == [
        0, 0, 190_000, 300_000]
    # someone with no ramp (李四, 资深) still splits evenly
    T.set_values(store, ids["李四"], M, "2026", Values(0, 120_000, 0))
    ops.split_period(store, ids["李四"], M, "2026", grain="month")
    assert {T.node_values(store, ids["李四"])[(M, f"2026-{m:02}")].target
            for m in range(1, 13)} == {10_000}
