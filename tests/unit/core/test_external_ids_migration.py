"""Migration 0004 (external ids of customers and deals) on an empty and a populated database."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from services.core.check import check_store
from services.core.db import make_engine
from services.core.migrate import head_revision, upgrade
from services.setup import open_store
from tests.unit.store_helpers import child_links, populate

TABLES = ("customers", "contacts", "followups", "deals", "deal_lines", "stages", "pipelines")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A SQLite file path or an empty PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "firm.sqlite3")
    from tests.pg_server import reset_schema

    url = request.getfixturevalue("pg_url")
    reset_schema(url)
    return url


def _columns(store, table: str) -> set[str]:
    with store.engine.connect() as conn:
        return {c["name"] for c in inspect(conn).get_columns(table)}


def _indexes(store, table: str) -> set[str]:
    with store.engine.connect() as conn:
        return {ix["name"] for ix in inspect(conn).get_indexes(table)}


def test_0004_adds_external_ids_to_a_populated_0003_database(target: str, tmp_path: Path):
    engine = make_engine(target)
    try:
        upgrade(engine, target="0003")
    finally:
        engine.dispose()
    with open_store(target, migrate=False, backup_dir=tmp_path / "b") as old:
        populate(old, customers=6)
        with old.read() as uow:
            before = {t: uow.session.execute(text(f"SELECT * FROM {t} ORDER BY id")).all()
                      for t in TABLES}
        links = child_links(old)
        assert "external_id" not in _columns(old, "deals")
    with open_store(target, backup_dir=tmp_path / "b") as store:
        assert "0004" in store.applied_revisions
        for table in ("customers", "deals"):
            assert "external_id" in _columns(store, table)
            assert f"ix_{table}_external_id" in _indexes(store, table)
        with store.read() as uow:
            after = {t: uow.session.execute(text(f"SELECT * FROM {t} ORDER BY id")).all()
                     for t in TABLES}
            ids = uow.session.execute(text(
                "SELECT count(*) FROM deals WHERE external_id IS NOT NULL")).scalar_one()
        assert ids == 0
        for table in TABLES:  # every old column of every row as before; the new one is empty
            width = len(before[table][0]) if before[table] else 0
            assert [tuple(r)[:width] for r in after[table]] == [tuple(r) for r in before[table]]
        assert len(before["customers"]) == 6
        assert child_links(store) == links
        report = check_store(store)
        assert report.ok and report.revision == head_revision(), report.problems
