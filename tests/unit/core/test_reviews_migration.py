"""Migration 0014 (reviews) on a populated 0013 database: the two tables arrive empty, a review
and a link to an action can be written, the check passes, and a downgrade removes them again."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from models.reviews import Review, ReviewAction
from services.core.check import check_store
from services.core.migrate import head_revision
from services.setup import open_store
from tests.unit.core.migration_steps import downgrade_to, engine_of, table_names, upgrade_to
from tests.unit.store_helpers import populate

TABLES = {"reviews", "review_actions"}


def test_0014_adds_the_review_tables_to_a_populated_0013_database(tmp_path: Path):
    target = str(tmp_path / "firm.sqlite3")
    upgrade_to(target, "0013")
    with open_store(target, migrate=False, backup_dir=tmp_path / "b") as old:
        populate(old, customers=4)
        assert not TABLES & table_names(old.engine)
    with open_store(target, backup_dir=tmp_path / "b") as store:
        assert "0014" in store.applied_revisions
        with store.write() as uow:
            s = uow.session
            review = Review(grain="quarter", period="2026-Q3", as_of=date(2026, 9, 20),
                            notes="回款偏慢", snapshot='{"v": 1}')
            s.add(review)
            s.flush()
            s.add(ReviewAction(review_id=review.id, kind="action", record_id="x"))
            uow.commit()
        with store.read() as uow:
            assert uow.session.scalar(select(Review.notes)) == "回款偏慢"
        report = check_store(store)
        assert report.ok and report.revision == head_revision(), report.problems
    with engine_of(target) as engine:
        downgrade_to(engine, "0013")
        assert not TABLES & table_names(engine)
