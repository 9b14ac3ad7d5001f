"""Migration 0012 (incentives) on a populated 0011 database: the tables arrive empty, a scheme,
a run with a line and a credit split can be written, the check passes, and a downgrade removes
them again."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from models import Deal, Person
from models.incentives import (
    CreditSplit,
    IncentiveScheme,
    PayoutLine,
    PayoutRun,
    SchemeVersion,
)
from services.core.check import check_store
from services.core.migrate import head_revision
from services.setup import open_store
from tests.unit.core.migration_steps import downgrade_to, engine_of, table_names, upgrade_to
from tests.unit.store_helpers import populate

TABLES = {"incentive_schemes", "scheme_versions", "payout_runs", "payout_lines",
          "payout_adjustments", "recognitions", "credit_splits"}


def test_0012_adds_the_incentive_tables_to_a_populated_0011_database(tmp_path: Path):
    target = str(tmp_path / "firm.sqlite3")
    upgrade_to(target, "0011")
    with open_store(target, migrate=False, backup_dir=tmp_path / "b") as old:
        populate(old, customers=4)
        assert not TABLES & table_names(old.engine)
    with open_store(target, backup_dir=tmp_path / "b") as store:
        assert "0012" in store.applied_revisions
        with store.write() as uow:
            s = uow.session
            person = s.scalar(select(Person.id).limit(1))
            deal = s.scalar(select(Deal.id).limit(1))
            scheme = IncentiveScheme(name="2026 销售提成")
            s.add(scheme)
            s.flush()
            s.add(SchemeVersion(scheme_id=scheme.id, number=1, effective_from=date(2026, 1, 1),
                                document='{"rules": []}'))
            run = PayoutRun(period="2026-06")
            s.add(run)
            s.flush()
            s.add(PayoutLine(run_id=run.id, person_id=person, kind="commission",
                             amount=Decimal("6000.00"), template="x"))
            if deal is not None:
                s.add(CreditSplit(deal_id=deal, person_id=person, share_bp=10_000))
            uow.commit()
        with store.read() as uow:
            amount = uow.session.scalar(select(PayoutLine.amount))
        assert amount == Decimal("6000.00")
        report = check_store(store)
        assert report.ok and report.revision == head_revision(), report.problems
    with engine_of(target) as engine:
        downgrade_to(engine, "0011")
        assert not TABLES & table_names(engine)
