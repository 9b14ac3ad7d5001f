"""A year of payout runs computed at once (facts gathered in one pass) gives the same lines as
each run computed on its own from every fact of its periods — on the demo firm, whose schemes
use every kind of rule, with its runs cleared so every period can be computed again.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from models.incentives import PayoutLine, PayoutRun
from services.core import periods as P
from services.demo import ensure_demo_db
from services.incentives import runs as R
from services.incentives.gather import gather_facts
from services.setup import open_store

TODAY = date(2026, 12, 6)
PERIODS = [*P.months(2026), "2026-Q1", "2026-Q2", "2026-Q3"]


@pytest.fixture(scope="module")
def unlocked(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small demo with no payout run (its adjustment unpaid again)."""
    folder = tmp_path_factory.mktemp("year")
    demo = ensure_demo_db(folder / "demo.sqlite3", size="small", today=TODAY)
    path = folder / "unlocked.sqlite3"
    shutil.copyfile(demo, path)
    _clear(path)
    return path


def _clear(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE payout_adjustments SET paid_in_run_id = NULL")
        conn.execute("DELETE FROM payout_lines")
        conn.execute("DELETE FROM payout_runs")
    conn.close()


def _lines(store) -> dict[str, list[tuple]]:
    """Every period's live lines as stored, ids included, by position."""
    with store.read() as uow:
        s = uow.session
        out: dict[str, list[tuple]] = {}
        for period, run_id in s.execute(select(PayoutRun.period, PayoutRun.id)
                                        .where(PayoutRun.deleted_at.is_(None))):
            out[period] = [
                (x.id, x.person_id, x.kind, x.rule_id, x.amount, x.template, x.params, x.trace)
                for x in s.scalars(select(PayoutLine).where(
                    PayoutLine.run_id == run_id, PayoutLine.deleted_at.is_(None))
                    .order_by(PayoutLine.position))]
    return out


def test_a_year_computed_at_once_equals_each_run_computed_alone(unlocked: Path):
    with open_store(unlocked) as store:
        ops = R.compute_runs(store, PERIODS)
        assert len(ops) == len(PERIODS)
        at_once = _lines(store)
        assert set(at_once) == set(PERIODS)
        kinds = {line[3] for lines in at_once.values() for line in lines}
        # commission, awards, bonuses, team rules, mentoring and the scorecard all paid
        assert {"collected", "signed", "new_customer", "champion", "star", "scorecard",
                "team", "milestone"} <= kinds
        for period in PERIODS:
            # each run alone, from every fact of its own periods (no metric left out):
            # the same lines, so the stored rows are kept as they are (same ids)
            with store.read() as uow:
                facts = gather_facts(uow.session, R.fact_periods(period))
            R.compute_run(store, period, facts=facts)
            assert _lines(store)[period] == at_once[period], period
        # and without facts given (compute_run gathers what its schemes read)
        for period in ("2026-06", "2026-Q2"):
            R.compute_run(store, period)
            assert _lines(store)[period] == at_once[period], period


def test_a_locked_period_refuses_the_whole_year_before_anything_is_written(unlocked: Path,
                                                                            tmp_path: Path):
    path = tmp_path / "locked.sqlite3"
    shutil.copyfile(unlocked, path)
    _clear(path)
    with open_store(path) as store:
        R.compute_run(store, "2026-03")
        R.review(store, "2026-03")
        R.approve(store, "2026-03")
        R.lock(store, "2026-03")
        with pytest.raises(R.RunError, match="locked"):
            R.compute_runs(store, P.months(2026))
        assert set(_lines(store)) == {"2026-03"}
