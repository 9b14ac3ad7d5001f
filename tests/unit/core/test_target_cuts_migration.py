"""Migration 0006 (target cuts) on a populated 0005 database: the columns arrive empty, every
existing node stays in the org tree, and the check passes."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, text

from services.core.check import check_store
from services.core.db import make_engine
from services.core.migrate import head_revision, upgrade
from services.setup import open_store
from tests.unit.store_helpers import populate


def test_0006_adds_cut_columns_to_a_populated_0005_database(tmp_path: Path):
    target = str(tmp_path / "firm.sqlite3")
    engine = make_engine(target)
    try:
        upgrade(engine, target="0005")
    finally:
        engine.dispose()
    with open_store(target, migrate=False, backup_dir=tmp_path / "b") as old:
        populate(old, customers=4)
        with old.write() as uow:
            s = uow.session
            s.execute(text("INSERT INTO target_plans (id, year, name, status, version, metrics, "
                           "created_at, updated_at) VALUES ('p', 2026, 'x', 'draft', 0, "
                           "'signed_amount', '2026-01-01', '2026-01-01')"))
            s.execute(text("INSERT INTO target_nodes (id, plan_id, name, kind, sort_order, "
                           "split_rule, created_at, updated_at) VALUES ('n', 'p', '公司', "
                           "'company', 0, 'even', '2026-01-01', '2026-01-01')"))
            uow.commit()
    with open_store(target, backup_dir=tmp_path / "b") as store:
        assert "0006" in store.applied_revisions
        with store.engine.connect() as conn:
            cols = {c["name"] for c in inspect(conn).get_columns("target_nodes")}
            assert {"cut", "cut_key"} <= cols
            assert conn.execute(text("SELECT cut, cut_key FROM target_nodes")).all() == [
                (None, None)]
        report = check_store(store)
        assert report.ok and report.revision == head_revision(), report.problems
