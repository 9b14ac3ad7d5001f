"""Migration 0016 (audit log) on populated 0015 databases: a personal file gets the empty log
and no triggers; a file already marked as a team's gets its triggers; a downgrade removes both."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from sqlalchemy import select, text, update

from models.audit import AuditEntry
from models.pipeline import Deal
from services.core.check import check_store
from services.core.migrate import head_revision
from services.setup import open_store
from services.team.audit_schema import TRACKED
from tests.unit.core.migration_steps import downgrade_to, engine_of, table_names, upgrade_to
from tests.unit.store_helpers import populate


def _triggers(engine) -> int:
    with engine.connect() as conn:
        return conn.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").scalar_one()


def _change_amounts(store) -> int:
    with store.write() as uow:
        uow.session.execute(update(Deal).values(amount=Decimal("7.00")))
        uow.commit()
    with store.read() as uow:
        return len(list(uow.session.scalars(select(AuditEntry.id))))


def test_0016_gives_a_personal_file_an_empty_log_and_no_triggers(tmp_path: Path):
    target = str(tmp_path / "firm.sqlite3")
    upgrade_to(target, "0015")
    with open_store(target, migrate=False, backup_dir=tmp_path / "b") as old:
        populate(old, customers=4)
    with open_store(target, backup_dir=tmp_path / "b") as store:
        assert "0016" in store.applied_revisions
        assert _triggers(store.engine) == 0 and _change_amounts(store) == 0
        report = check_store(store)
        assert report.ok and report.revision == head_revision(), report.problems
    with engine_of(target) as engine:
        downgrade_to(engine, "0015")
        assert "audit_log" not in table_names(engine)


def test_0016_installs_the_triggers_of_a_file_already_in_team_mode(tmp_path: Path):
    target = str(tmp_path / "team.sqlite3")
    upgrade_to(target, "0015")
    with open_store(target, migrate=False, backup_dir=tmp_path / "b") as old:
        populate(old, customers=4)
        with old.write() as uow:
            uow.session.execute(text("INSERT INTO app_settings (key, value, updated_at) "
                                     "VALUES ('team.mode', '\"team\"', CURRENT_TIMESTAMP)"))
            uow.commit()
    with open_store(target, backup_dir=tmp_path / "b") as store:
        assert _triggers(store.engine) == 3 * len(TRACKED) + 2
        assert _change_amounts(store) == 4
    with engine_of(target) as engine:
        downgrade_to(engine, "0015")
        assert "audit_log" not in table_names(engine) and _triggers(engine) == 0
