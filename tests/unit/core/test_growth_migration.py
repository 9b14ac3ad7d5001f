"""Migration 0007 (growth targets, typed actuals) on a populated 0006 database: two empty tables
arrive, nothing else changes, and the check passes; a growth value can be set afterwards."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, text

from services.core.check import check_store
from services.core.db import make_engine
from services.core.migrate import head_revision, upgrade
from services.setup import open_store
from services.targets import growth as G
from services.targets import ops
from services.targets.cascade import load_tree
from tests.unit.target_fixtures import build_firm


def test_0007_adds_growth_tables_to_a_populated_0006_database(tmp_path: Path):
    target = str(tmp_path / "firm.sqlite3")
    engine = make_engine(target)
    try:
        upgrade(engine, target="0006")
    finally:
        engine.dispose()
    with open_store(target, migrate=False, backup_dir=tmp_path / "b") as old:
        build_firm(old)
        plan_id = ops.create_plan_from_org(old, 2026).value
    with open_store(target, backup_dir=tmp_path / "b") as store:
        assert "0007" in store.applied_revisions
        with store.engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            assert {"target_growth", "target_typed_actuals"} <= tables
            assert conn.execute(text("SELECT count(*) FROM target_growth")).scalar() == 0
        report = check_store(store)
        assert report.ok and report.revision == head_revision(), report.problems
        east = next(n.id for n in load_tree(store, plan_id, []).nodes if n.name == "华东区")
        assert G.set_growth(store, east, "signed_amount", "2026", 1500).value.result == 46_000
