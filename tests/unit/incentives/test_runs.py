"""Payout runs as an approver meets them: computed → reviewed → approved → locked, each step
refused out of order; a locked run never changes; the same data computes the same lines (same
digest, same rows); adjustments and recognition on the statement; every write undone exactly.

The lifecycle tests use adjustments and recognition only (no scheme), so they hold whatever the
rules pay; the end-to-end tests use a commission rule on signed amounts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from models.incentives import PayoutAdjustment, PayoutLine, PayoutRun
from services.incentives import adjustments as A
from services.incentives import run_queries as ST
from services.incentives import runs as R
from services.incentives.runs import RunError
from tests.unit.incentives.run_fixtures import (
    build_firm,
    commission_doc,
    lines_of,
    publish_scheme,
    sign,
    texts,
    to_locked,
)

D = Decimal


@pytest.fixture
def firm(store):
    return build_firm(store)


def run_row(store, period: str) -> PayoutRun | None:
    with store.read() as uow:
        return uow.session.scalar(select(PayoutRun).where(PayoutRun.period == period,
                                                          PayoutRun.deleted_at.is_(None)))


def test_a_run_without_schemes_pays_the_adjustments_and_shows_the_recognition(store, firm):
    zhang, li = firm.people["张三"], firm.people["李四"]
    A.add_adjustment(store, zhang, "2026-06", "500", "五月漏算的提成")
    A.add_adjustment(store, li, "2026-06", "-120.50", "多发的差旅补贴")
    A.add_recognition(store, zhang, "2026-06", "honour", "月度之星", "客户表扬")
    run_id = R.compute_run(store, "2026-06").value
    summary = ST.get_run(store, "2026-06")
    assert (summary.id, summary.status, summary.people) == (run_id, "computed", 2)
    # everyone: 500.00 − 120.50 = 379.50 of adjustments, nothing from rules
    assert (summary.totals.gross, summary.totals.adjustments, summary.totals.net) == (
        D("0.00"), D("379.50"), D("379.50"))
    assert [(p.person_name, p.totals.net) for p in ST.statements(store, "2026-06")] == [
        ("张三", D("500.00")), ("李四", D("-120.50"))]
    assert texts(store, "2026-06", zhang) == [
        "Adjustment ¥500.00 for 2026-06: 五月漏算的提成", "Honour: 月度之星"]
    assert texts(store, "2026-06", li) == ["Adjustment -¥120.50 for 2026-06: 多发的差旅补贴"]
    zh = texts(store, "2026-06", zhang, lang="zh")
    assert zh == ["2026-06 调整 ¥500.00：五月漏算的提成", "荣誉：月度之星"]


@pytest.mark.parametrize("period", ["2026-W05", "2026-13", "六月", "", "26-06"])
def test_a_payout_period_is_a_month_a_quarter_or_a_year(store, period):
    with pytest.raises(RunError) as err:
        R.compute_run(store, period)
    assert err.value.template == ("a payout period is a month (2026-06), a quarter (2026-Q2) "
                                  "or a year (2026), not {period}")


def test_the_same_data_computes_the_same_lines_the_same_rows_and_the_same_digest(store, firm):
    publish_scheme(store, commission_doc("signed", "5", award="200"))
    sign(store, firm, "张三", 0, "100000", date(2026, 6, 3), "HT-1")
    sign(store, firm, "李四", 1, "40000", date(2026, 6, 20), "HT-2")
    A.add_adjustment(store, firm.people["王五"], "2026-05", "300", "补发")
    first = R.compute_run(store, "2026-06")
    before, digest = lines_of(store, "2026-06"), run_row(store, "2026-06").inputs_digest
    again = R.compute_run(store, "2026-06")
    assert again.value == first.value
    assert lines_of(store, "2026-06") == before  # the very same rows, ids included
    assert run_row(store, "2026-06").inputs_digest == digest and len(digest) == 64
    # 张三: 100,000 × 5 % = 5,000 + a new customer 200; 李四: 40,000 × 5 % = 2,000 + 200
    assert [(p.person_name, p.totals.gross, p.totals.adjustments)
            for p in ST.statements(store, "2026-06")] == [
        ("张三", D("5200.00"), D("0.00")), ("李四", D("2200.00"), D("0.00")),
        ("王五", D("0.00"), D("300.00"))]
    # a new contract: new lines and a new digest; the old lines are kept aside for the undo
    sign(store, firm, "张三", 2, "10000", date(2026, 6, 25), "HT-3")
    third = R.compute_run(store, "2026-06")
    assert run_row(store, "2026-06").inputs_digest != digest
    assert ST.statements(store, "2026-06")[0].totals.gross == D("5900.00")  # 5,500 + 400
    redo = third.undo.run(store)
    assert lines_of(store, "2026-06") == before
    assert run_row(store, "2026-06").inputs_digest == digest
    redo.undo.run(store)
    assert ST.statements(store, "2026-06")[0].totals.gross == D("5900.00")


def test_undoing_the_first_computation_removes_the_run_and_redo_brings_it_back(store, firm):
    A.add_adjustment(store, firm.people["张三"], "2026-06", "10", "补")
    op = R.compute_run(store, "2026-06")
    rows = lines_of(store, "2026-06")
    redo = op.undo.run(store)
    assert run_row(store, "2026-06") is None and ST.list_runs(store) == []
    with pytest.raises(RunError, match="there is no 2026-06 payout run; compute it first"):
        ST.statements(store, "2026-06")
    redo.undo.run(store)
    assert run_row(store, "2026-06").id == op.value
    assert lines_of(store, "2026-06") == rows


def test_review_approve_lock_in_order_each_refused_out_of_order(store, firm):
    zhang, boss = firm.people["张三"], firm.people["东经理"]
    A.add_adjustment(store, zhang, "2026-06", "500", "补发")
    with pytest.raises(RunError, match="there is no 2026-06 payout run; compute it first"):
        R.review(store, "2026-06")
    R.compute_run(store, "2026-06")
    with pytest.raises(RunError, match="review the 2026-06 payout run before approving it"):
        R.approve(store, "2026-06")
    with pytest.raises(RunError, match="approve the 2026-06 payout run before locking it"):
        R.lock(store, "2026-06")
    with pytest.raises(RunError, match="neither reviewed nor approved; there is nothing"):
        R.reopen(store, "2026-06")
    R.review(store, "2026-06", by=zhang)
    with pytest.raises(RunError, match="the 2026-06 payout run is already reviewed"):
        R.review(store, "2026-06")
    with pytest.raises(RunError, match="approve the 2026-06 payout run before locking it"):
        R.lock(store, "2026-06")
    R.approve(store, "2026-06", by=boss)
    with pytest.raises(RunError, match="the 2026-06 payout run is already approved"):
        R.approve(store, "2026-06")
    R.lock(store, "2026-06", by=boss)
    summary = ST.get_run(store, "2026-06")
    assert (summary.status, summary.reviewed_by, summary.approved_by, summary.locked_by) == (
        "locked", "张三", "东经理", "东经理")
    assert summary.locked_at is not None


def test_a_locked_run_never_changes(store, firm):
    zhang = firm.people["张三"]
    adj = A.add_adjustment(store, zhang, "2026-06", "500", "补发").value
    rec = A.add_recognition(store, zhang, "2026-06", "training", "大客户销售课程").value
    to_locked(store, "2026-06")
    rows = lines_of(store, "2026-06")
    locked = "the 2026-06 payout run is locked"
    for action in (lambda: R.compute_run(store, "2026-06"),
                   lambda: R.review(store, "2026-06"), lambda: R.approve(store, "2026-06"),
                   lambda: R.reopen(store, "2026-06"), lambda: R.lock(store, "2026-06"),
                   lambda: A.add_adjustment(store, zhang, "2026-06", "1", "再补"),
                   lambda: A.add_recognition(store, zhang, "2026-06", "honour", "之星"),
                   lambda: A.remove_recognition(store, rec)):
        with pytest.raises(RunError) as err:
            action()
        assert str(err.value) == locked
    with pytest.raises(RunError, match="a locked payout run paid this adjustment; it stays"):
        A.remove_adjustment(store, adj)
    assert lines_of(store, "2026-06") == rows
    with store.read() as uow:
        run_id = uow.session.scalar(select(PayoutRun.id))
        assert uow.session.get(PayoutAdjustment, adj).paid_in_run_id == run_id
    # a correction goes into a later run, naming the locked one
    A.add_adjustment(store, zhang, "2026-07", "-50", "六月多算", corrects_run_id=run_id)
    R.compute_run(store, "2026-07")
    assert texts(store, "2026-07") == [  # the June adjustment is paid: not again
        "Adjustment -¥50.00 for 2026-07, correcting the 2026-06 run: 六月多算"]
    assert texts(store, "2026-07", lang="zh") == [
        "2026-07 调整 -¥50.00（更正 2026-06 核算）：六月多算"]


def test_the_undo_of_an_earlier_step_is_refused_once_the_run_is_locked(store, firm):
    A.add_adjustment(store, firm.people["张三"], "2026-06", "500", "补发")
    computed = R.compute_run(store, "2026-06")
    reviewed = R.review(store, "2026-06")
    R.approve(store, "2026-06")
    assert R.lock(store, "2026-06").undo is None  # a lock is not undone
    for op in (computed, reviewed):
        with pytest.raises(RunError, match="the 2026-06 payout run is locked"):
            op.undo.run(store)


def test_review_approve_and_reopen_undo_and_redo_exactly(store, firm):
    A.add_adjustment(store, firm.people["张三"], "2026-06", "500", "补发")
    R.compute_run(store, "2026-06")

    def state() -> R.RunState:
        return R.state_of(run_row(store, "2026-06"))

    states = [state()]
    ops = [R.review(store, "2026-06", by=firm.people["李四"])]
    states.append(state())
    ops.append(R.approve(store, "2026-06", by=firm.people["东经理"]))
    states.append(state())
    ops.append(R.reopen(store, "2026-06"))
    states.append(state())
    assert [x.status for x in states] == ["computed", "reviewed", "approved", "computed"]
    assert (states[3].reviewed_at, states[3].approved_by_id) == (None, None)
    assert states[3].inputs_digest == states[0].inputs_digest
    redos = []
    for op, before in zip(reversed(ops), reversed(states[:-1]), strict=True):  # Ctrl+Z × 3
        redos.append(op.undo.run(store))
        assert state() == before
    for redo, after in zip(reversed(redos), states[1:], strict=True):  # Ctrl+Y × 3
        redo.undo.run(store)
        assert state() == after


def test_computing_again_keeps_the_review_unless_the_lines_changed(store, firm):
    zhang = firm.people["张三"]
    A.add_adjustment(store, zhang, "2026-06", "500", "补发")
    R.compute_run(store, "2026-06")
    R.review(store, "2026-06")
    R.compute_run(store, "2026-06")
    assert run_row(store, "2026-06").status == "reviewed"  # the same lines: still reviewed
    A.add_adjustment(store, zhang, "2026-06", "20", "再补")
    R.approve(store, "2026-06")
    R.compute_run(store, "2026-06")
    row = run_row(store, "2026-06")
    assert (row.status, row.reviewed_at, row.approved_at) == ("computed", None, None)


def test_an_adjustment_is_paid_once_by_the_first_run_of_its_grain_that_locks(store, firm):
    zhang = firm.people["张三"]
    A.add_adjustment(store, zhang, "2026-05", "300", "补发")
    A.add_adjustment(store, zhang, "2026-Q1", "900", "一季度奖金补发")
    A.add_adjustment(store, zhang, "2026-08", "70", "八月的")
    for period in ("2026-06", "2026-07", "2026-Q2"):
        R.compute_run(store, period)
    # months pay month adjustments from their period on; quarters pay quarter ones
    assert texts(store, "2026-06") == ["Adjustment ¥300.00 for 2026-05: 补发"]
    assert texts(store, "2026-07") == ["Adjustment ¥300.00 for 2026-05: 补发"]
    assert texts(store, "2026-Q2") == ["Adjustment ¥900.00 for 2026-Q1: 一季度奖金补发"]
    to_locked(store, "2026-06")
    R.review(store, "2026-07")
    R.approve(store, "2026-07")
    with pytest.raises(RunError, match="what the 2026-07 payout run pays changed since it was "
                                       "computed; compute it again"):
        R.lock(store, "2026-07")
    R.compute_run(store, "2026-07")
    assert texts(store, "2026-07") == []
    R.compute_run(store, "2026-08")
    assert texts(store, "2026-08") == ["Adjustment ¥70.00 for 2026-08: 八月的"]


def test_a_removed_adjustment_stops_the_lock_until_the_run_is_computed_again(store, firm):
    adj = A.add_adjustment(store, firm.people["张三"], "2026-06", "500", "补发")
    R.compute_run(store, "2026-06")
    R.review(store, "2026-06")
    R.approve(store, "2026-06")
    removed = A.remove_adjustment(store, adj.value)
    with pytest.raises(RunError, match="compute it again"):
        R.lock(store, "2026-06")
    removed.undo.run(store)  # back: the run may lock as approved
    R.lock(store, "2026-06")
    assert ST.get_run(store, "2026-06").totals.net == D("500.00")


@pytest.mark.parametrize("args, problem", [
    (("2026-06", "0", "无"), "an adjustment needs an amount other than zero"),
    (("2026-06", "abc", "无"), "an amount must be a number of yuan"),
    (("2026-06", "10", "  "), "give the reason for the adjustment"),
    (("2026-W01", "10", "无"), "a payout period is a month (2026-06), a quarter (2026-Q2) or a "
                               "year (2026), not 2026-W01"),
])
def test_an_adjustment_needs_a_period_an_amount_and_a_reason(store, firm, args, problem):
    with pytest.raises(RunError) as err:
        A.add_adjustment(store, firm.people["张三"], *args)
    assert str(err.value) == problem


def test_an_adjustment_corrects_a_locked_run_only(store, firm):
    A.add_adjustment(store, firm.people["张三"], "2026-06", "5", "补")
    run_id = R.compute_run(store, "2026-06").value
    with pytest.raises(RunError, match="an adjustment corrects a locked payout run"):
        A.add_adjustment(store, firm.people["张三"], "2026-07", "5", "补",
                         corrects_run_id=run_id)


def test_adjustments_and_recognition_undo_and_redo_with_the_same_ids(store, firm):
    zhang = firm.people["张三"]
    op = A.add_adjustment(store, zhang, "2026-06", "500", "补发")
    assert [a.id for a in A.list_adjustments(store)] == [op.value]
    redo = op.undo.run(store)
    assert A.list_adjustments(store) == []
    redo.undo.run(store)
    [adj] = A.list_adjustments(store, person_id=zhang)
    assert (adj.id, adj.person_name, adj.amount, adj.paid_in_period) == (
        op.value, "张三", D("500.00"), None)
    rec = A.add_recognition(store, zhang, "2026-06", "promotion", "推荐晋升主管")
    redo = rec.undo.run(store)
    assert A.list_recognitions(store, "2026-06") == []
    redo.undo.run(store)
    assert [(r.id, r.kind, r.title) for r in A.list_recognitions(store, "2026-06")] == [
        (rec.value, "promotion", "推荐晋升主管")]
    with pytest.raises(RunError, match="not medal"):
        A.add_recognition(store, zhang, "2026-06", "medal", "奖章")


def test_runs_are_listed_by_period_and_their_lines_never_pile_up_unchanged(store, firm):
    A.add_adjustment(store, firm.people["张三"], "2026-Q2", "5", "补")
    for period in ("2026-07", "2026-Q2", "2026-06", "2026"):
        R.compute_run(store, period)
        R.compute_run(store, period)
    assert [r.period for r in ST.list_runs(store)] == ["2026", "2026-Q2", "2026-06", "2026-07"]
    with store.read() as uow:  # computing the same lines again wrote no new rows
        assert uow.session.scalar(select(func.count()).select_from(PayoutLine)) == 1


def test_end_to_end_a_commission_line_explains_itself(store, firm):
    version = publish_scheme(store, commission_doc("signed", "5"))
    sign(store, firm, "张三", 0, "120000", date(2026, 6, 3), "HT-1")
    R.compute_run(store, "2026-06")
    [statement] = ST.statements(store, "2026-06", person_id=firm.people["张三"])
    [line] = statement.lines
    # 120,000 × 5 % = 6,000, traced to the contract with its amount in fen
    assert (line.kind, line.rule_id, line.scheme_version_id, line.amount) == (
        "commission", "c1", version, D("6000.00"))
    assert line.text.startswith("2026-06 signed ¥120,000.00 × 5 %")
    assert line.text.endswith("= ¥6,000.00")
    assert line.trace[0][0] == "contract" and line.trace[0][2] == 12_000_000
