"""Reverse funnel (反推): table-driven counts, monthly split, cycle shift, history, saving."""

from __future__ import annotations

from datetime import date

import pytest

from services.plans import reverse_funnel as rf
from services.plans.reverse_funnel import Assumptions, FunnelError
from services.targets.cascade import load_tree, node_values, set_many_values, set_values
from services.targets.ops import create_plan_from_org
from services.targets.split import Values
from tests.unit.target_fixtures import build_firm

WAN = 1_000_000  # 1万 yuan in fen
A = Assumptions(avg_won_fen=20 * WAN, lead_to_contact_bp=5000, contact_to_quote_bp=4000,
                quote_to_negotiation_bp=5000, negotiation_to_win_bp=5000, cycle_days=60)


@pytest.mark.parametrize(("target", "assumptions", "amount", "expected"), [
    # DOMAIN example: 1,000万 / 20万 → 50 wins; a quote wins 25% (50% × 50%) → 200 quotes
    (1000 * WAN, A, True, {"wins": 50, "negotiations": 100, "quotes": 200,
                           "first_contacts": 500, "leads": 1000}),
    (0, A, True, {"wins": 0, "negotiations": 0, "quotes": 0, "first_contacts": 0, "leads": 0}),
    (1, A, True, {"wins": 1, "negotiations": 2, "quotes": 4, "first_contacts": 10, "leads": 20}),
    (45 * WAN, A, True, {"wins": 3, "negotiations": 6, "quotes": 12, "first_contacts": 30,
                         "leads": 60}),
    # a rate that does not divide: ⌈3 ÷ 33.33%⌉ = 10, never 9
    (45 * WAN, Assumptions(20 * WAN, 10_000, 10_000, 10_000, 3333, 0), True,
     {"wins": 3, "negotiations": 10, "quotes": 10, "first_contacts": 10, "leads": 10}),
    # the deal-count metric: the target is the wins
    (7, A, False, {"wins": 7, "negotiations": 14, "quotes": 28, "first_contacts": 70,
                   "leads": 140}),
    # 10% rates: exact integer arithmetic, no float 500.00000000000006 → 501
    (50 * WAN, Assumptions(WAN, 1000, 1000, 1000, 1000, 0), True,
     {"wins": 50, "negotiations": 500, "quotes": 5000, "first_contacts": 50000,
      "leads": 500000}),
])
def test_totals(target: int, assumptions: Assumptions, amount: bool,
                expected: dict[str, int]) -> None:
    assert rf.totals(target, assumptions, amount=amount) == expected


@pytest.mark.parametrize(("cycle", "shifts"), [
    (0, {"leads": 0, "first_contacts": 0, "quotes": 0, "negotiations": 0, "wins": 0}),
    (60, {"leads": 2, "first_contacts": 2, "quotes": 1, "negotiations": 1, "wins": 0}),
    (90, {"leads": 3, "first_contacts": 2, "quotes": 2, "negotiations": 1, "wins": 0}),
    (14, {"leads": 0, "first_contacts": 0, "quotes": 0, "negotiations": 0, "wins": 0}),
    (15, {"leads": 1, "first_contacts": 0, "quotes": 0, "negotiations": 0, "wins": 0}),
])
def test_shift_months(cycle: int, shifts: dict[str, int]) -> None:
    assert {s: rf.shift_months(s, cycle) for s in rf.STAGES} == shifts


def test_months_add_up_and_shift_earlier() -> None:
    months = [f"2026-{m:02d}" for m in range(1, 13)]
    per = [int(1000 * WAN / 12)] * 11 + [1000 * WAN - 11 * int(1000 * WAN / 12)]
    res = rf.compute(months, per, A)
    assert res.total == rf.totals(1000 * WAN, A)
    for stage in rf.STAGES:
        assert sum(res.by_month[stage]) == res.total[stage]
    # wins are not shifted: cumulative ⌈need⌉ each month (4,4,5,4,…) — 50 in total
    assert res.by_month["wins"][:3] == (5, 4, 4)
    # leads are due two months earlier: the last two months need no new leads,
    # January carries the leads of February and March
    assert res.by_month["leads"][-2:] == (0, 0)
    plain = rf.compute(months, per, A.with_overrides(cycle_days=0))
    assert res.by_month["leads"][0] == sum(plain.by_month["leads"][:3])
    assert res.carried["leads"] == sum(plain.by_month["leads"][1:3])


def test_bad_assumptions_are_named() -> None:
    with pytest.raises(FunnelError, match="average won deal"):
        rf.totals(100, Assumptions(avg_won_fen=0))
    with pytest.raises(FunnelError, match="conversion rate"):
        A.with_overrides(negotiation_to_win_bp=0)
    with pytest.raises(FunnelError, match="unknown"):
        A.with_overrides(discount=3)
    assert A.with_overrides(cycle_days=30).cycle_days == 30
    assert A.quote_win_bp == 2500
    assert Assumptions.from_json(A.to_json()) == A


def test_history_and_saving_process_targets(store) -> None:  # noqa: ANN001
    firm = build_firm(store)
    plan = create_plan_from_org(store, 2026).value
    tree = load_tree(store, plan)
    east = next(n for n in tree.nodes if n.name == "华东区")
    h = rf.assumptions_from_history(store, east.id, today=date(2026, 6, 1))
    # east's people only (东经理, 张三, 李四), deals closed in the year to 1 June 2026
    assert set(h.people) == {firm.people[n] for n in ("东经理", "张三", "李四")}
    assert h.assumptions.avg_won_fen == round((100000 + 25050 + 300000) / 3)
    assert h.won_count == 3
    assert "avg_won_fen" in h.from_history
    # a two-stage pipeline says nothing about quotes: those rates stay the defaults
    assert "quote_to_negotiation_bp" not in h.from_history

    set_values(store, east.id, "signed_amount", "2026", Values(800 * WAN, 1000 * WAN, 1200 * WAN))
    tree = load_tree(store, plan)
    results = rf.plan_for_node(tree, east.id, "signed_amount", "2026", A)
    assert results["target"].total["wins"] == 50
    assert results["floor"].total["wins"] == 40
    inverse = rf.save_process_targets(store, east.id, "2026", results,
                                      by=firm.people["周总监"]).value
    vals = node_values(store, east.id)
    assert vals[("wins", "2026")] == Values(40, 50, 60)
    assert vals[("quotes", "2026")].target == 200
    assert sum(vals[("leads", f"2026-{m:02d}")].target for m in range(1, 13)) == 1000
    assert sum(vals[("leads", f"2026-Q{q}")].target for q in range(1, 5)) == 1000
    set_many_values(store, inverse)  # undo
    assert not any(m in rf.STAGES for m, _p in node_values(store, east.id))

    sid = rf.save_scenario(store, east.id, "signed_amount", "2026", "乐观", A.with_overrides(
        negotiation_to_win_bp=6000)).value
    [row] = rf.list_scenarios(store, plan)
    assert (row.id, row.node_name, row.name) == (sid, "华东区", "乐观")
    assert row.assumptions.negotiation_to_win_bp == 6000

    # the undo of a save deletes that scenario, and its undo brings back the same one
    deleted = rf.delete_scenario(store, sid)
    assert deleted.changes.of("funnel_scenarios").deleted == {sid}
    assert rf.list_scenarios(store, plan) == []
    deleted.undo.run(store)
    assert [r.id for r in rf.list_scenarios(store, plan)] == [sid]

    # saving process targets says which kinds changed; undo, then redo, through the Op
    op = rf.save_process_targets(store, east.id, "2026", results)
    assert op.changes.touches("target_values", "target_value_versions")
    redo = op.undo.run(store)
    assert not any(m in rf.STAGES for m, _p in node_values(store, east.id))
    redo.undo.run(store)
    assert node_values(store, east.id)[("wins", "2026")] == Values(40, 50, 60)
