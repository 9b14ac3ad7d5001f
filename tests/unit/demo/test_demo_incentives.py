"""The demo firm's incentives: a published scheme, a year of locked payout runs with statements a
rep can read, this month's run waiting for review, and the same rows for the same seed.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from services.demo import ensure_demo_db
from services.incentives import runs as R
from services.incentives import schemes as S
from services.incentives.doc import parse
from services.incentives.run_queries import get_run, list_runs, statements
from services.setup import open_store

TODAY = date(2026, 12, 6)
TABLES = ("incentive_schemes", "scheme_versions", "payout_runs", "payout_lines",
          "payout_adjustments", "recognitions", "credit_splits")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ensure_demo_db(tmp_path_factory.mktemp("di") / "demo.sqlite3", size="small",
                          today=TODAY)


def _dump(path: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(path) as conn:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}


def test_the_reps_scheme_is_published_from_the_start_of_the_year_with_every_rule(demo: Path):
    with open_store(demo) as store:
        schemes = {s.name: s for s in S.list_schemes(store)}
        assert set(schemes) == {"销售提成方案", "区域经理激励方案"}
        (version,) = schemes["销售提成方案"].versions
        assert version.status == "published" and version.effective_from == date(2026, 1, 1)
        assert version.published_at is not None and version.published_at.date() < TODAY
        doc = parse(version.document)
        assert doc.assign.roles == ("rep",)
        kinds = [r.kind for r in doc.rules]
        assert kinds.count("commission") == 2
        assert {"new_customer", "ranking", "most_improved", "team_award", "team_pk",
                "milestone", "key_account", "mentoring", "scorecard"} <= set(kinds)
        collected = doc.rule("collected")
        assert (collected.base, collected.method, collected.gate_pct) == (
            "collected", "marginal", Decimal(50))
        assert [(t.from_pct, t.rate_pct) for t in collected.tiers] == [
            (0, 3), (80, 5), (100, 8)]
        assert collected.cap == Decimal(60000)
        assert collected.product_factors and collected.tier_factors == {"A": Decimal(110)}
        assert doc.rule("signed").method == "whole"
        assert doc.rule("star").grain == "quarter"
        assert len(doc.rule("key_account").customer_ids) == 3
        assert len(doc.rule("mentoring").pairs) == 3
        card = doc.rule("scorecard")
        assert [(m.metric, m.weight_pct) for m in card.metrics] == [
            ("signed_amount", 40), ("collection_rate", 20), ("conversion_rate", 15),
            ("visits", 15), ("satisfaction", 10)]
        assert [(b.from_score, b.coefficient) for b in card.bands] == [
            (0, 0), (60, Decimal("0.8")), (80, 1), (100, Decimal("1.2"))]


def test_eleven_months_and_three_quarters_are_locked_and_this_month_waits(demo: Path):
    with open_store(demo) as store:
        runs = {r.period: r for r in list_runs(store)}
    months = [f"2026-{m:02d}" for m in range(1, 12)]
    assert set(runs) == {*months, "2026-12", "2026-Q1", "2026-Q2", "2026-Q3"}
    for period in [*months, "2026-Q1", "2026-Q2", "2026-Q3"]:
        run = runs[period]
        assert run.status == "locked", period
        assert (run.reviewed_by, run.approved_by, run.locked_by) == ("宋佳", "王立新", "陈启帆")
        assert run.computed_at < run.reviewed_at < run.approved_at < run.locked_at
        assert run.locked_at.date() < TODAY
    assert runs["2026-12"].status == "computed" and runs["2026-12"].reviewed_at is None
    assert all(runs[m].people >= 5 and runs[m].totals.gross > 0 for m in months)


def test_statements_explain_every_line_in_chinese(demo: Path):
    with open_store(demo) as store:
        people = statements(store, "2026-06", lang="zh")
        kinds = {line.kind for p in people for line in p.lines}
        assert {"commission", "bonus", "coefficient"} <= kinds
        collected = [(p, x) for p in people for x in p.lines if x.rule_id == "collected"]
        assert len(collected) >= 5 and all(x.text.startswith("2026-06 回款") and x.trace
                                           for _p, x in collected)
        # one who left the team (马俊峰) has no target and is told so
        assert any("未设目标" in x.text for _p, x in collected)
        rep = collected[0][0]
        assert rep.totals.net == sum(x.amount for x in rep.lines)
        # the correction and the recognition are on their statements
        every = [line for m in range(1, 12) for p in statements(store, f"2026-{m:02d}")
                 for line in p.lines]
        # a rep with a target sees the attainment and the tier reached
        assert any("达成率" in x.text and "档" in x.text
                   for x in (line for m in range(1, 12)
                             for p in statements(store, f"2026-{m:02d}", lang="zh")
                             for line in p.lines if line.rule_id == "collected"))
        assert sum(1 for x in every if x.kind == "adjustment") == 1
        assert {x.template.split(":")[0] for x in every if x.kind == "recognition"} == {
            "Training", "Recommended for promotion"}
        quarter = statements(store, "2026-Q1", lang="zh")
        assert any(x.rule_id == "star" for p in quarter for x in p.lines)
        assert any(x.kind == "recognition" for p in quarter for x in p.lines)


def test_this_months_run_computed_again_on_the_same_data_is_unchanged(demo: Path,
                                                                     tmp_path: Path):
    copy = tmp_path / "copy.sqlite3"
    with sqlite3.connect(demo) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    with open_store(copy) as store:
        before = get_run(store, "2026-12")
        R.compute_run(store, "2026-12")  # gathered by the run itself this time
        after = get_run(store, "2026-12")
        assert before is not None and after is not None
        assert after.inputs_digest == before.inputs_digest and after.totals == before.totals
        with pytest.raises(R.RunError, match="locked"):
            R.compute_run(store, "2026-11")


def test_the_same_seed_gives_the_same_incentive_rows(demo: Path, tmp_path: Path):
    again = ensure_demo_db(tmp_path / "again.sqlite3", size="small", today=TODAY)
    first, second = _dump(demo), _dump(again)
    for table in TABLES:
        assert first[table] == second[table], table
    assert len(first["credit_splits"]) == 6 and len(first["payout_adjustments"]) == 1
