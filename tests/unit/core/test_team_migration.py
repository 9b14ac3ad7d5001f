"""Migration 0017 (team accounts) on a populated 0016 file: the accounts table arrives empty,
the file stays personal (no sign-in), the check passes, and a downgrade removes the table and
the mode a ``team init`` wrote; a PostgreSQL database is a team's from the start."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from services.core.check import check_store
from services.core.migrate import head_revision
from services.setup import open_store
from services.team.mode import MODE_KEY, init_team, team_mode
from tests.unit.core.migration_steps import downgrade_to, engine_of, table_names, upgrade_to
from tests.unit.store_helpers import populate
from tests.unit.team.team_fixtures import make_team


def _mode(engine) -> str | None:
    with engine.connect() as conn:
        return conn.execute(text("SELECT value FROM app_settings WHERE key = :k"),
                            {"k": MODE_KEY}).scalar()


def test_0017_adds_accounts_to_a_populated_0016_file_which_stays_personal(tmp_path: Path):
    target = str(tmp_path / "firm.sqlite3")
    upgrade_to(target, "0016")
    with open_store(target, migrate=False, backup_dir=tmp_path / "b") as old:
        populate(old, customers=4)
        assert "accounts" not in table_names(old.engine)
    with open_store(target, backup_dir=tmp_path / "b") as store:
        assert "0017" in store.applied_revisions
        assert "accounts" in table_names(store.engine)
        assert _mode(store.engine) is None
        assert not team_mode(store)
        team = make_team(store)
        init_team(store, team.owner, "wang", "secret-pass1")
        assert _mode(store.engine) == '"team"' and team_mode(store)
        report = check_store(store)
        assert report.ok and report.revision == head_revision(), report.problems
    with engine_of(target) as engine:
        downgrade_to(engine, "0016")
        assert "accounts" not in table_names(engine)
        assert _mode(engine) is None


def test_a_new_postgresql_database_is_in_team_mode(pg_url: str, tmp_path: Path):
    with open_store(pg_url, backup_dir=tmp_path / "b") as store:
        assert _mode(store.engine) is None
        assert team_mode(store)
