"""Migration 0003 (indexes) and the models stay in step: no autogenerate diff at head."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

import models
from services.core.check import check_store
from services.core.db import make_engine
from services.core.migrate import head_revision, upgrade
from services.setup import open_store
from tests.unit.store_helpers import child_links, populate

NEW_INDEXES = {
    "customers": {"ix_customers_email", "ix_customers_merged_into_id"},
    "contacts": {"ix_contacts_email"},
    "followups": {"ix_followups_customer_id_next_on", "ix_followups_deal_id_next_on"},
    "stage_history": {"ix_stage_history_deal_id_at_to_stage_id"},
}
TABLES = ("customers", "contacts", "followups", "deals", "deal_lines", "stages", "pipelines")


def _index_names(store, table: str) -> set[str]:
    with store.engine.connect() as conn:
        return {ix["name"] for ix in inspect(conn).get_indexes(table)}


def test_models_match_the_migrated_schema(any_store):
    with any_store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, models.Base.metadata)
    assert diff == []
    for table, names in NEW_INDEXES.items():
        assert names <= _index_names(any_store, table)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A SQLite file path or an empty PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "firm.sqlite3")
    from tests.pg_server import reset_schema

    url = request.getfixturevalue("pg_url")
    reset_schema(url)
    return url


def test_0003_adds_indexes_to_a_populated_0002_database(target: str, tmp_path: Path):
    engine = make_engine(target)
    try:
        upgrade(engine, target="0002")
    finally:
        engine.dispose()
    with open_store(target, migrate=False, backup_dir=tmp_path / "b") as old:
        populate(old, customers=10)
        with old.read() as uow:
            before = {t: uow.session.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                      for t in TABLES}
        links = child_links(old)
        assert not NEW_INDEXES["customers"] & _index_names(old, "customers")
    with open_store(target, backup_dir=tmp_path / "b") as store:
        assert "0003" in store.applied_revisions
        with store.read() as uow:
            after = {t: uow.session.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                     for t in TABLES}
        assert after == before and before["customers"] == 10
        assert child_links(store) == links
        for table, names in NEW_INDEXES.items():
            assert names <= _index_names(store, table)
        report = check_store(store)
        assert report.ok and report.revision == head_revision(), report.problems
