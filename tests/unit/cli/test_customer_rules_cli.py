"""The customer-rules commands, run as real subprocesses against a real SQLite file."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select, update

from models import Customer
from services.customers import stale
from services.setup import open_store
from tests.unit.customer_rules_fixtures import build_firm

ROOT = Path(__file__).resolve().parents[3]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_tiers_release_idle_and_duplicates(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite3"
    store = open_store(db)
    firm = build_firm(store)
    big = firm.customer("上海某某科技有限公司", phone="13800138000")
    firm.won_deal(big, 600_000, date(2026, 5, 1))  # the deal's own write tiers it A
    old = firm.customer("闲置客户")
    with store.write() as uow:  # a stale tier (as after a rules change) for the CLI to fix
        uow.session.execute(update(Customer).where(Customer.id == big).values(tier="C"))
        uow.session.execute(update(Customer).where(Customer.id == old).values(
            created_at=datetime.now(UTC) - timedelta(days=400)))
        # A tier left stale from before the store's tier rule (the won deal re-tiered it as
        # it was written): the headless recompute puts it right.
        uow.session.execute(update(Customer).where(Customer.id == big).values(tier="C"))
        uow.commit()
    store.close()

    res = run("--db", str(db), "tiers", "--today", "2026-06-15")
    assert res.returncode == 0, res.stderr
    assert "1 customer(s) changed" in res.stdout

    res = run("--db", str(db), "duplicates", "上海 某某科技股份有限公司",
              "--phone", "138-0013-8000")
    assert res.returncode == 0, res.stderr
    assert big in res.stdout and "same name; same phone" in res.stdout
    res = run("--db", str(db), "duplicates", "上海 某某科技股份有限公司",
              "--phone", "138-0013-8000", "--lang", "zh")
    assert res.returncode == 0, res.stderr
    assert big in res.stdout and "名称相同；电话相同" in res.stdout  # the dialog's words

    res = run("--db", str(db), "release-idle")
    assert res.returncode == 2 and "turned off" in res.stderr
    store = open_store(db)
    stale.save_stale_rules(store, stale.StaleRules(pool_enabled=True))
    store.close()
    res = run("--db", str(db), "release-idle", "--dry-run")
    assert res.returncode == 0 and old in res.stdout and big not in res.stdout
    res = run("--db", str(db), "release-idle")
    assert res.returncode == 0 and "1 customer(s)" in res.stdout
    store = open_store(db)
    with store.read() as uow:
        rows = {c.id: (c.tier, c.in_pool) for c in uow.session.scalars(select(Customer))}
    store.close()
    assert rows[big] == ("A", False) and rows[old][1] is True
