"""Moving a firm to the team's server: every record of a demo SQLite file copied into an empty
PostgreSQL database with the same counts and money sums; a non-empty target refused; a cancel
or a failure leaves the target empty.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models import Contract, Customer, Deal, Payment
from services.core.store import open_store as open_core_store
from services.demo.generate import generate_demo
from services.setup import open_store
from services.setup.copy_firm import CopyCancelled, CopyError, check_empty, copy_firm, tables


@pytest.fixture
def demo_file(tmp_path: Path):
    store = open_store(tmp_path / "firm.sqlite3")
    generate_demo(store, size="60:160", incentives=True)
    yield store
    store.close()


@pytest.fixture
def empty_pg(pg_url, tmp_path):
    from tests.pg_server import reset_schema

    reset_schema(pg_url)
    store = open_core_store(pg_url, lock=False, seed=None)  # the schema, no default data
    yield store
    store.close()


def _figures(store) -> dict[str, object]:  # noqa: ANN001
    with store.read() as uow:
        s = uow.session
        return {
            "customers": s.scalar(select(func.count()).select_from(Customer)),
            "deals": s.scalar(select(func.count()).select_from(Deal)),
            "deal amounts": s.scalar(select(func.sum(Deal.amount))),
            "signed": s.scalar(select(func.sum(Contract.amount))),
            "collected": s.scalar(select(func.sum(Payment.amount))),
        }


def test_a_demo_firm_arrives_whole_with_the_same_counts_and_sums(demo_file, empty_pg):
    seen: list[tuple[int, int]] = []
    report = copy_firm(demo_file, empty_pg, progress=lambda d, t: seen.append((d, t)))
    assert _figures(empty_pg) == _figures(demo_file)
    assert isinstance(_figures(empty_pg)["collected"], Decimal)
    assert report.rows["deals"] == _figures(demo_file)["deals"]
    assert report.total_rows == seen[-1][0] == seen[-1][1]
    assert report.sums["payments.amount"] > 0
    # the firm works there: a manager's tree of people and units arrived parents first
    with empty_pg.read() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Customer).where(
            Customer.deleted_at.is_(None))) > 0


def test_a_target_with_records_is_refused_and_left_alone(demo_file, tmp_path, pg_url):
    from tests.pg_server import reset_schema

    reset_schema(pg_url)
    seeded = open_store(pg_url, backup_dir=tmp_path)  # the default pipeline is data already
    try:
        before = _figures(seeded)
        with pytest.raises(CopyError, match="not empty"):
            copy_firm(demo_file, seeded)
        assert _figures(seeded) == before
    finally:
        seeded.close()


def test_cancel_leaves_the_target_empty(demo_file, empty_pg):
    calls = [0]

    def cancel() -> bool:
        calls[0] += 1
        return calls[0] > 5  # some chunks went in before

    with pytest.raises(CopyCancelled):
        copy_firm(demo_file, empty_pg, is_cancelled=cancel)
    with empty_pg.engine.connect() as conn:
        check_empty(conn)  # nothing half-copied


def test_every_model_table_is_copied_except_the_change_feed():
    names = {t.name for t in tables()}
    assert "change_feed" not in names
    assert {"customers", "deals", "payments", "payout_lines", "target_values"} <= names
