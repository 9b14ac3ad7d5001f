"""Schema migrations on real databases: empty and populated upgrades, failures, newer files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from services.core.check import check_store
from services.core.db import make_engine
from services.core.errors import MigrationError, NewerSchemaError, StoreOpenError
from services.core.migrate import head_revision, pending_revisions
from services.setup import open_store
from tests.unit.store_helpers import (
    FAILS_MIDWAY,
    HEAD,
    NEXT_REVISION,
    REBUILD_CUSTOMERS,
    child_links,
    file_digest,
    migrations_with,
    populate,
    sqlite_scalar,
    table_counts,
)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a database will be created: a SQLite file path or an empty PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "firm.sqlite3")
    from tests.pg_server import reset_schema

    url = request.getfixturevalue("pg_url")
    reset_schema(url)
    return url


def _is_sqlite(target: str) -> bool:
    return "://" not in target


def test_empty_database_is_upgraded_to_head(target: str, tmp_path: Path):
    with open_store(target, backup_dir=tmp_path / "backups") as store:
        assert store.applied_revisions == pending_revisions(None)  # every one, in order
        assert store.applied_revisions[0] == "0001" and store.applied_revisions[-1] == HEAD
        assert store.pre_migration_backup is None  # nothing to lose in an empty database
        report = check_store(store)
        assert report.ok, report.problems
        assert report.revision == head_revision()
        with store.engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
        assert {"customers", "contacts", "deals", "followups", "alembic_version"} <= tables
    with open_store(target, backup_dir=tmp_path / "backups") as again:
        assert again.applied_revisions == []  # already at head: nothing runs twice


def test_populated_database_upgrade_rebuilds_parent_table_without_losing_children(
    target: str, tmp_path: Path
):
    backups = tmp_path / "backups"
    with open_store(target, backup_dir=backups) as store:
        populate(store)
        counts_before = table_counts(store)
        links_before = child_links(store)
    assert counts_before["contacts"] == 20 and len(links_before) == 60

    newer = migrations_with(tmp_path, REBUILD_CUSTOMERS)
    with open_store(target, backup_dir=backups, migrations_dir=newer) as store:
        assert store.applied_revisions == [NEXT_REVISION]
        assert table_counts(store) == counts_before
        assert child_links(store) == links_before
        with store.read() as uow:
            notes = set(uow.session.execute(text("SELECT vip_note FROM customers")).scalars())
        assert notes == {"migrated"}
        report = check_store(store)
        assert report.ok and report.revision == NEXT_REVISION, report.problems
        if _is_sqlite(target):
            with store.engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1  # back ON
                assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            # the verified backup taken before the upgrade holds the old revision and every row
            backup = store.pre_migration_backup
            assert backup is not None and backup.parent == backups
            assert "before-upgrade" in backup.name
            assert sqlite_scalar(backup, "PRAGMA integrity_check") == "ok"
            assert sqlite_scalar(backup, "SELECT version_num FROM alembic_version") == HEAD
            assert sqlite_scalar(backup, "SELECT count(*) FROM contacts") == 20
            assert sqlite_scalar(backup, "SELECT count(*) FROM followups") == 20


def test_failing_migration_leaves_old_revision_and_all_rows(target: str, tmp_path: Path):
    backups = tmp_path / "backups"
    with open_store(target, backup_dir=backups) as store:
        populate(store)
        counts_before = table_counts(store)
        links_before = child_links(store)
    broken = migrations_with(tmp_path, FAILS_MIDWAY)
    with pytest.raises(MigrationError, match="left unchanged.*disk full"):
        open_store(target, backup_dir=backups, migrations_dir=broken)

    with open_store(target, backup_dir=backups) as store:
        assert store.applied_revisions == []  # still at HEAD, which this Sailplan knows
        assert check_store(store).revision == HEAD
        assert table_counts(store) == counts_before
        assert child_links(store) == links_before
        with store.engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            columns = {c["name"] for c in inspect(conn).get_columns("customers")}
        assert "half_made" not in tables
        assert not any(t.startswith("_alembic_tmp") for t in tables)
        assert "vip_note" not in columns


def test_newer_sqlite_file_is_refused_and_left_byte_for_byte_untouched(tmp_path: Path):
    path = tmp_path / "from-the-future.sqlite3"
    with open_store(path) as store:
        populate(store, customers=3)
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_sailplan_3'")
    con.commit()
    con.close()
    sidecars = [Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")]
    assert not any(p.exists() for p in sidecars)
    digest = file_digest(path)

    for migrate in (True, False):
        with pytest.raises(NewerSchemaError) as info:
            open_store(path, migrate=migrate)
        assert "newer version of Sailplan" in str(info.value)
        assert "9999_from_sailplan_3" in str(info.value)
        assert "has not been changed" in str(info.value)
        assert file_digest(path) == digest
        assert not any(p.exists() for p in sidecars)
    assert not (tmp_path / "backups").exists()  # no backup attempted either


@pytest.mark.postgres
def test_newer_postgres_schema_is_refused(pg_url: str):
    with open_store(pg_url) as store:
        populate(store, customers=2)
        counts = table_counts(store)
        with store.engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(NewerSchemaError, match="9999_future"):
        open_store(pg_url)
    with pytest.raises(NewerSchemaError):
        open_store(pg_url, migrate=False)  # refused even just to look
    engine = make_engine(pg_url)
    try:
        with engine.connect() as conn:
            version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            contacts = conn.execute(text("SELECT count(*) FROM contacts")).scalar()
    finally:
        engine.dispose()
    assert version == "9999_future"
    assert contacts == counts["contacts"] == 2


def test_file_that_is_not_a_database_is_refused_clearly(tmp_path: Path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"these are my meeting notes, not a database" * 100)
    digest = file_digest(path)
    with pytest.raises(StoreOpenError, match="not a Sailplan database or it is damaged"):
        open_store(path)
    assert file_digest(path) == digest
