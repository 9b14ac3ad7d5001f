"""Reverse funnel over every pipeline stage: the stages between first contact and quote count."""

from __future__ import annotations

from datetime import date

from services.plans import reverse_funnel as rf
from services.plans.reverse_funnel import Assumptions

WAN = 1_000_000  # 1万 yuan in fen
WITH_NEEDS = Assumptions(avg_won_fen=20 * WAN, lead_to_contact_bp=5000, contact_to_quote_bp=8000,
                         quote_to_negotiation_bp=5000, negotiation_to_win_bp=5000, cycle_days=60,
                         middle=(("需求确认", 5000),))


def test_a_middle_stage_sits_between_first_contact_and_quote() -> None:
    # 1,000万 ÷ 20万 = 50 wins ← 100 negotiations ← 200 quotes ← 400 需求确认 (50%)
    # ← 500 first contacts (80%) ← 1,000 leads (50%)
    assert rf.totals(1000 * WAN, WITH_NEEDS) == {
        "leads": 1000, "first_contacts": 500, "mid1": 400, "quotes": 200, "negotiations": 100,
        "wins": 50}
    assert WITH_NEEDS.stage_keys() == ("leads", "first_contacts", "mid1", "quotes",
                                       "negotiations", "wins")


def test_middle_stages_shift_between_first_contact_and_quote() -> None:
    # one middle stage is due 5/8 of the cycle before the win: 90 days → 56.25 → 2 months
    assert rf.shift_months("mid1", 90, 1) == 2
    assert rf.shift_months("first_contacts", 90, 1) == 2
    assert rf.shift_months("quotes", 90, 1) == 2
    assert rf.cycle_share("mid1", 2) == rf.cycle_share("first_contacts") - \
        (rf.cycle_share("first_contacts") - rf.cycle_share("quotes")) / 3


def test_every_stage_adds_up_over_the_months_and_only_metrics_are_stored() -> None:
    months = [f"2026-{m:02d}" for m in range(1, 13)]
    per = [100 * WAN] * 10 + [0, 0]
    result = rf.compute(months, per, WITH_NEEDS)
    assert result.stages == WITH_NEEDS.stage_keys()
    for stage in result.stages:
        assert sum(result.by_month[stage]) == result.total[stage]
    results = {level: result for level in rf.LEVELS}
    stored = {c.metric for c in rf.process_changes("node", "2026", results)}
    assert stored == set(rf.STAGES)  # 需求确认 has no metric of its own


def test_scenarios_keep_their_middle_stages() -> None:
    assert Assumptions.from_json(WITH_NEEDS.to_json()) == WITH_NEEDS
    old = {k: v for k, v in WITH_NEEDS.to_json().items() if k != "middle"}
    assert Assumptions.from_json(old).middle == ()  # scenarios saved before keep working


def test_history_on_the_default_pipeline_names_every_stage(store) -> None:  # noqa: ANN001
    from services import demo
    from services.targets.cascade import list_plans, load_tree

    demo.generate_demo(store, size=demo.DemoSize(40, 120))
    plan = next(p for p in list_plans(store) if p.status == "published")
    root = load_tree(store, plan.id, with_actuals=False).nodes[0]
    h = rf.assumptions_from_history(store, root.id, today=date(plan.year, 6, 30))
    assert h.stage_names == {"leads": "线索", "first_contacts": "初步沟通", "mid1": "需求确认",
                             "quotes": "方案报价", "negotiations": "商务谈判", "wins": "赢单"}
    assert [name for name, _bp in h.assumptions.middle] == ["需求确认"]
    assert h.assumptions.stage_keys() == ("leads", "first_contacts", "mid1", "quotes",
                                          "negotiations", "wins")
