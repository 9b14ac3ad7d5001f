"""Tiers after an import come from the store's rule in the import's own transaction: the same
as the app leaves them, headless or not, and undo/redo put back exactly what was there."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from models.customers import Customer
from services.customers.tiers import DEALS_FACT, TIER_FACT, recompute_tiers
from services.importing import commit_plan, open_source, plan_import, redo_import, undo_import
from services.setup import open_store
from tests.unit.importing_fixtures import (
    seed_people,
    seed_pipeline,
    snapshot,
    write_csv,
    write_xlsx,
)

ROOT = Path(__file__).resolve().parents[3]


def _plan(store, path: Path, kind: str, **kw):
    return plan_import(store, open_source(path, kind, store=store), **kw)


def _tiers(store) -> dict[str, tuple[str | None, str | None]]:
    with store.read() as uow:
        return {n: (t, r) for n, t, r in uow.session.execute(
            select(Customer.name, Customer.tier, Customer.tier_reason))}


def _firm(store, tmp_path: Path) -> None:
    seed_people(store)
    seed_pipeline(store)
    commit_plan(store, _plan(store, write_xlsx(tmp_path / "c.xlsx", [
        ["客户名称", "行业"], ["甲公司", "制造业"], ["乙公司", "软件"]]), "customers"))


def _won_deals(tmp_path: Path) -> Path:
    closed = (date.today() - timedelta(days=30)).isoformat()
    return write_csv(tmp_path / "deals.csv", [
        ["商机名称", "客户名称", "负责人", "阶段", "预计金额(元)", "预计成交日期"],
        ["甲-扩容", "甲公司", "王强", "已成交", "60万", closed],
        ["乙-试点", "乙公司", "李娜", "谈判中", "5万", closed]])


def test_new_customers_get_their_first_tier_as_in_the_app(any_store, tmp_path):
    _firm(any_store, tmp_path)
    tiers = _tiers(any_store)
    assert tiers["甲公司"][0] == "C" and tiers["甲公司"][1]
    state = snapshot(any_store)
    recompute_tiers(any_store)  # the rules find nothing left to change
    assert snapshot(any_store) == state


def test_deals_import_tiers_in_its_transaction_and_undo_redo_exactly(any_store, tmp_path):
    _firm(any_store, tmp_path)
    before = snapshot(any_store)
    op = commit_plan(any_store, _plan(any_store, _won_deals(tmp_path), "deals"))
    after = snapshot(any_store)
    tiers = _tiers(any_store)
    assert tiers["甲公司"][0] == "A" and tiers["乙公司"][0] == "C"
    with any_store.read() as uow:
        jia = uow.session.scalar(select(Customer.id).where(Customer.name == "甲公司"))
    assert op.changes.fact(TIER_FACT) == {jia}
    assert jia in (op.changes.ids("customers") or ())
    recompute_tiers(any_store)  # the rules find nothing left to change
    assert snapshot(any_store) == after

    assert op.undo is not None
    undone = op.undo.run(any_store)
    assert snapshot(any_store) == before
    assert undone.changes.of("deals").deleted
    assert jia in undone.changes.fact(DEALS_FACT)  # the deleted deals' customers are named
    assert undone.undo is not None and undone.undo.fn is redo_import
    redone = undone.undo.run(any_store)
    assert snapshot(any_store) == after
    assert redone.undo is not None and redone.undo.fn is undo_import
    redone.undo.run(any_store)
    assert snapshot(any_store) == before


def test_headless_deals_import_leaves_tiers_as_the_app_does(tmp_path):
    db = tmp_path / "s.sqlite3"
    store = open_store(db)
    _firm(store, tmp_path)
    store.close()
    res = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), "import",
                          "deals", str(_won_deals(tmp_path))], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    assert "created 2" in res.stdout
    assert "Tiers recomputed: 1 customer(s)" in res.stdout
    store = open_store(db)
    try:
        assert _tiers(store)["甲公司"][0] == "A"
        after = snapshot(store)
        recompute_tiers(store)
        assert snapshot(store) == after  # nothing was left for a GUI listener to fix
    finally:
        store.close()
