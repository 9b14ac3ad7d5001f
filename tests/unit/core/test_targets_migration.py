"""Migration 0002 (targets and plans) on a populated 0001 database: no row lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from services.core.check import check_store
from services.core.db import make_engine
from services.core.migrate import head_revision, pending_revisions, upgrade
from services.setup import open_store
from tests.unit.store_helpers import child_links, populate

OLD_TABLES = ("org_units", "people", "customers", "contacts", "followups", "pipelines", "stages",
              "products", "deals", "deal_lines", "app_settings")
NEW_TABLES = ("target_plans", "target_nodes", "target_values", "target_value_versions",
              "target_acknowledgements", "target_adjustments", "action_items",
              "action_checkpoints", "plan_checkpoints", "funnel_scenarios")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A SQLite file path or an empty PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "firm.sqlite3")
    from tests.pg_server import reset_schema

    url = request.getfixturevalue("pg_url")
    reset_schema(url)
    return url


def _counts(store, tables) -> dict[str, int]:
    with store.read() as uow:
        return {t: uow.session.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                for t in tables}


def test_0002_upgrades_a_populated_0001_database_without_losing_rows(target: str, tmp_path: Path):
    engine = make_engine(target)
    try:
        assert upgrade(engine, target="0001") == ["0001"]
    finally:
        engine.dispose()
    with open_store(target, migrate=False, backup_dir=tmp_path / "b") as old:
        populate(old, customers=12)
        before = _counts(old, OLD_TABLES)
        links = child_links(old)
        with old.engine.connect() as conn:
            assert not set(NEW_TABLES) & set(inspect(conn).get_table_names())
    assert before["customers"] == 12 and before["deals"] == 12

    with open_store(target, backup_dir=tmp_path / "b") as store:
        assert store.applied_revisions[0] == "0002"
        assert store.applied_revisions == pending_revisions("0001")
        assert _counts(store, OLD_TABLES) == before
        assert child_links(store) == links
        assert _counts(store, NEW_TABLES) == dict.fromkeys(NEW_TABLES, 0)
        report = check_store(store)
        assert report.ok and report.revision == head_revision(), report.problems
