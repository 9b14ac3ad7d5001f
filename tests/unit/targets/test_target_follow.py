"""Approving an adjustment of one period: the other periods follow, so every period adds up.

The rule tables are hand-computed; the approvals run on real stores (SQLite, PostgreSQL) through
the real unit of work, with undo and redo.
"""

from __future__ import annotations

from datetime import date

import pytest

from services.core import periods as P
from services.targets import cascade as T
from services.targets import lifecycle as L
from services.targets import ops
from services.targets.consistency import plan_period_gaps
from services.targets.follow import CHANGE_YEAR, KEEP_YEAR, FollowError, follow
from services.targets.split import Values
from tests.unit.target_fixtures import build_firm

M, Y = "signed_amount", "2026"


def V(t: int, f: int = 0, c: int = 0) -> Values:  # noqa: N802 - reads like the dataclass
    return Values(f, t, c)


def flat_year() -> dict[str, Values]:
    """Year 1,200 = four quarters of 300 = twelve months of 100."""
    own = {Y: V(1200), **{q: V(300) for q in P.quarters(2026)}}
    own.update({m: V(100) for m in P.months(2026)})
    return own


@pytest.mark.parametrize(("period", "new", "rule", "today", "expected"), [
    # keep the year: May +60, April (current) and June absorb −30 each; Q2 and the year stay
    ("2026-05", V(160), KEEP_YEAR, date(2026, 4, 20),
     {"2026-05": V(160), "2026-04": V(70), "2026-06": V(70)}),
    # an odd difference: −101 over two months, the earlier one takes the larger half
    ("2026-04", V(201), KEEP_YEAR, date(2026, 4, 1),
     {"2026-04": V(201), "2026-05": V(49), "2026-06": V(50)}),
    # June +60 on 2 June: April and May are past, so Q2 takes +60 and Q3, Q4 absorb −30 each
    # (−10 in each of their months)
    ("2026-06", V(160), KEEP_YEAR, date(2026, 6, 2),
     {"2026-06": V(160), "2026-Q2": V(360), "2026-Q3": V(270), "2026-Q4": V(270),
      **{m: V(90) for m in P.months(2026)[6:]}}),
    # change the year: the quarter and the year follow May
    ("2026-05", V(160), CHANGE_YEAR, date(2026, 4, 20),
     {"2026-05": V(160), "2026-Q2": V(360), Y: V(1260)}),
    # a quarter: its open months follow it (April is past), the open quarters absorb it
    ("2026-Q2", V(330), KEEP_YEAR, date(2026, 5, 10),
     {"2026-Q2": V(330), "2026-05": V(115), "2026-06": V(115), "2026-Q3": V(285),
      "2026-Q4": V(285), **{m: V(95) for m in P.months(2026)[6:]}}),
    # the year itself: its quarters and months follow, whatever the rule
    (Y, V(1320), KEEP_YEAR, date(2026, 1, 1),
     {Y: V(1320), **{q: V(330) for q in P.quarters(2026)},
      **{m: V(110) for m in P.months(2026)}}),
])
def test_follow_rules_keep_every_period_adding_up(period, new, rule, today, expected):
    own = flat_year()
    after = follow(own, period, new, rule, today)
    assert after == expected
    merged = {**own, **after}
    assert sum((merged[q] for q in P.quarters(2026)), Values()) == merged[Y]
    for q in range(1, 5):
        months = P.months_of_quarter(2026, q)
        assert sum((merged[m] for m in months), Values()) == merged[f"2026-Q{q}"]


def test_a_year_typed_with_months_but_no_quarters_is_kept_by_its_months():
    own = {Y: V(1200), **{m: V(100) for m in P.months(2026)}}
    after = follow(own, "2026-06", V(160), KEEP_YEAR, date(2026, 6, 2))
    assert after == {"2026-06": V(160), **{m: V(90) for m in P.months(2026)[6:]}}
    after = follow(own, "2026-06", V(160), CHANGE_YEAR, date(2026, 6, 2))
    assert after == {"2026-06": V(160), Y: V(1260)}


def test_floor_target_and_challenge_each_follow_exactly():
    own = {Y: Values(960, 1200, 1440), "2026-Q1": Values(960, 1200, 1440),
           "2026-01": Values(320, 400, 480), "2026-02": Values(320, 400, 480),
           "2026-03": Values(320, 400, 480)}
    after = follow(own, "2026-01", Values(400, 500, 601), KEEP_YEAR, date(2026, 1, 5))
    # −80 / −100 / −121 over February and March (the odd fen to the earlier month)
    assert after == {"2026-01": Values(400, 500, 601), "2026-02": Values(280, 350, 419),
                     "2026-03": Values(280, 350, 420)}


def test_a_month_with_weeks_takes_its_weeks_along():
    weeks = P.weeks_of_month(2026, 3)  # W10–W13 (March has four Thursdays)
    own = {"2026-03": V(400), **{w: V(100) for w in weeks}, "2026-Q1": V(400)}
    after = follow(own, "2026-03", V(480), CHANGE_YEAR, date(2026, 3, 10))
    # 10 March is in W11: W10 is past, W11–W13 take +80 (27, 27, 26)
    assert after == {"2026-03": V(480), weeks[1]: V(127), weeks[2]: V(127), weeks[3]: V(126),
                     "2026-Q1": V(480)}


def test_keep_the_year_is_refused_when_nothing_of_it_remains():
    with pytest.raises(FollowError, match="no period of 2026 after 2026-12 is left"):
        follow(flat_year(), "2026-12", V(160), KEEP_YEAR, date(2026, 12, 2))
    # a period without a value of its own above the month: nothing to keep, the month stands
    assert follow({"2026-12": V(100)}, "2026-12", V(160), KEEP_YEAR,
                  date(2026, 12, 2)) == {"2026-12": V(160)}


def test_a_cut_the_remaining_months_cannot_absorb_is_refused():
    own = flat_year()
    with pytest.raises(FollowError, match="2026-04 would go below zero"):
        follow(own, "2026-05", V(400), KEEP_YEAR, date(2026, 4, 20))  # +300 over 100 + 100


def test_last_year_weights_shape_what_the_remaining_months_absorb():
    own = flat_year()
    weights = {"2026-04": 1, "2026-06": 3}
    after = follow(own, "2026-05", V(180), KEEP_YEAR, date(2026, 4, 20),
                   lambda periods: [weights[p] for p in periods])
    assert after == {"2026-05": V(180), "2026-04": V(80), "2026-06": V(40)}


# --- approvals on a store --------------------------------------------------------------------


@pytest.fixture
def planned(any_store):
    """张三 has 1,200 yuan a year split into quarters and months (floor 80 %, challenge 120 %),
    华东区 types the same year; the plan is published and 张三 asks to raise May to 160.
    """
    firm = build_firm(any_store)
    plan_id = ops.create_plan_from_org(any_store, 2026).value
    ids = {n.name: n.id for n in T.load_tree(any_store, plan_id, [Y]).nodes}
    zhang = ids["张三"]
    T.set_values(any_store, zhang, M, Y, Values(96_000, 120_000, 144_000))
    T.set_values(any_store, ids["华东区"], M, Y, Values(96_000, 120_000, 144_000))
    ops.split_period(any_store, zhang, M, Y)
    for q in P.quarters(2026):
        ops.split_period(any_store, zhang, M, q)
    assert plan_period_gaps(any_store, plan_id) == []
    L.publish_plan(any_store, plan_id)
    adj = L.request_adjustment(any_store, zhang, M, "2026-05", Values(12_800, 16_000, 19_200),
                               "大客户提前签约", by=firm.people["张三"]).value
    return firm, plan_id, ids, adj


def _values(store, node_id):
    return T.node_values(store, node_id)


def test_approval_keeping_the_year_moves_the_remaining_months(planned, any_store):
    firm, plan_id, ids, adj = planned
    zhang = ids["张三"]
    before = _values(any_store, zhang)
    preview = L.preview_approval(any_store, adj, KEEP_YEAR, date(2026, 4, 20))
    assert [(p, new) for p, _old, new in preview] == [
        ("2026-05", Values(12_800, 16_000, 19_200)), ("2026-04", Values(5_600, 7_000, 8_400)),
        ("2026-06", Values(5_600, 7_000, 8_400))]
    op = L.approve_adjustment(any_store, adj, by=firm.people["东经理"], follow=KEEP_YEAR,
                              today=date(2026, 4, 20))
    after = _values(any_store, zhang)
    assert after[(M, "2026-05")] == Values(12_800, 16_000, 19_200)
    assert after[(M, "2026-04")] == after[(M, "2026-06")] == Values(5_600, 7_000, 8_400)
    assert after[(M, "2026-Q2")] == before[(M, "2026-Q2")]
    assert after[(M, Y)] == before[(M, Y)]
    assert plan_period_gaps(any_store, plan_id) == []
    # each moved cell has a version of the same adjustment
    assert [v.adjustment_id for v in L.value_history(any_store, zhang, M, "2026-04")] == [
        None, adj]
    # one undo step takes back every cell; redo writes them again
    redo = op.undo.run(any_store)
    assert _values(any_store, zhang) == before
    assert L.value_history(any_store, zhang, M, "2026-04")[-1].adjustment_id is None
    assert L.list_adjustments(any_store, plan_id)[0].status == "pending"
    redo.undo.run(any_store)
    assert _values(any_store, zhang) == after


def test_approval_changing_the_year_shows_as_the_parents_gap(planned, any_store):
    firm, plan_id, ids, adj = planned
    zhang, east = ids["张三"], ids["华东区"]
    L.approve_adjustment(any_store, adj, by=firm.people["东经理"], follow=CHANGE_YEAR,
                         today=date(2026, 4, 20))
    after = _values(any_store, zhang)
    assert after[(M, "2026-04")] == Values(8_000, 10_000, 12_000)  # untouched
    assert after[(M, "2026-Q2")] == Values(28_800, 36_000, 43_200)
    assert after[(M, Y)] == Values(100_800, 126_000, 151_200)
    assert plan_period_gaps(any_store, plan_id) == []
    tree = T.load_tree(any_store, plan_id, [Y])
    assert tree.rollup.cell(east, M, Y).gap == Values(-4_800, -6_000, -7_200)  # 超分配


def test_keeping_the_year_in_december_is_refused_and_writes_nothing(planned, any_store):
    firm, plan_id, ids, _adj = planned
    zhang = ids["张三"]
    late = L.request_adjustment(any_store, zhang, M, "2026-12", Values(0, 12_000, 0), "年底冲刺",
                                by=firm.people["张三"]).value
    before = _values(any_store, zhang)
    with pytest.raises(T.TargetError, match="the year cannot stay as it is"):
        L.approve_adjustment(any_store, late, by=firm.people["东经理"], follow=KEEP_YEAR,
                             today=date(2026, 12, 3))
    assert _values(any_store, zhang) == before
    assert T.get_plan(any_store, plan_id).version == 1
    L.approve_adjustment(any_store, late, by=firm.people["东经理"], follow=CHANGE_YEAR,
                         today=date(2026, 12, 3))
    assert _values(any_store, zhang)[(M, Y)].target == 122_000
    assert plan_period_gaps(any_store, plan_id) == []
