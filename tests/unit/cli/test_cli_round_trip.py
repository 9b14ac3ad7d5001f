"""The demo firm exported and imported headless into a new database gives the same customers,
deals and follow-ups, compared as stored (phones as typed, dates to the second): names shared by
two customers, deals of the same name, the second pipeline (老客户续约), owners, stages, amounts,
dates, follow-ups with their deal, author and next date included; importing the files again
(into the copy, or into the database they came from) changes nothing."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from services.customers.dedupe import normalise_name
from services.customers.stale import get_stale_rules, save_stale_rules
from services.demo import build_demo_file
from services.setup import open_store

ROOT = Path(__file__).resolve().parents[3]

CUSTOMERS = """
    SELECT coalesce(c.external_id, c.id), c.name, c.phone, c.email, c.industry, c.region,
           c.address, c.source, p.name, c.tier, c.tier_manual, c.tags, c.credit_limit,
           c.cooperation_since, c.last_followup_at, c.next_followup_on, c.website, c.notes,
           c.in_pool,
           (SELECT ct.name || '|' || coalesce(ct.title, '') FROM contacts ct
             WHERE ct.customer_id = c.id AND ct.deleted_at IS NULL
             ORDER BY ct.is_primary DESC, ct.created_at LIMIT 1)
      FROM customers c LEFT JOIN people p ON p.id = c.owner_id
     WHERE c.deleted_at IS NULL AND c.merged_into_id IS NULL"""
DEALS = """
    SELECT coalesce(d.external_id, d.id), d.name, coalesce(cu.external_id, cu.id), p.name,
           pl.name, s.name, s.kind, d.amount, d.probability, d.expected_close, d.closed_on,
           d.won_amount, d.lost_reason, d.source, d.notes,
           date(d.created_at, 'localtime')
      FROM deals d JOIN customers cu ON cu.id = d.customer_id
      LEFT JOIN people p ON p.id = d.owner_id
      JOIN pipelines pl ON pl.id = d.pipeline_id JOIN stages s ON s.id = d.stage_id
     WHERE d.deleted_at IS NULL"""
FOLLOWUPS = """
    SELECT coalesce(cu.external_id, cu.id), f.at, f.method, f.content, f.next_step, f.next_on,
           p.name, coalesce(d.external_id, d.id)
      FROM followups f JOIN customers cu ON cu.id = f.customer_id
      LEFT JOIN people p ON p.id = f.person_id LEFT JOIN deals d ON d.id = f.deal_id
     WHERE f.deleted_at IS NULL"""
KINDS = ("customers", "deals", "followups")  # the order they are imported back in
# Pipelines and their stages (rotting days and folding are settings, not in the exports).
STAGES = """
    SELECT pl.name, s.name, s.kind, s.sort_order, s.probability
      FROM stages s JOIN pipelines pl ON pl.id = s.pipeline_id
     WHERE s.deleted_at IS NULL AND pl.deleted_at IS NULL"""


def run(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


def _read(db: Path) -> dict[str, dict]:
    con = sqlite3.connect(db)
    try:
        customers = {r[0]: r[1:] for r in con.execute(CUSTOMERS)}
        deals = {r[0]: r[1:] for r in con.execute(DEALS)}
        followups = sorted(con.execute(FOLLOWUPS), key=repr)
        stages = {r[:2]: r[2:] for r in con.execute(STAGES)}
    finally:
        con.close()
    return {"customers": customers, "deals": deals, "followups": followups, "stages": stages}


def _found_again(kind: str, n: int) -> str:
    """The summary of importing ``n`` records that all exist (a follow-up is never updated)."""
    return f"created 0, updated 0, skipped {n}" if kind == "followups" else \
        f"created 0, updated {n}"


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_demo_export_then_import_into_a_new_database_is_identical(tmp_path: Path,
                                                                   suffix: str) -> None:
    demo = tmp_path / "demo.sqlite3"
    build_demo_file(demo, size="small")
    with open_store(demo) as store:
        pool = get_stale_rules(store)
    copy = tmp_path / "copy.sqlite3"
    with open_store(copy) as target:  # a new firm with the same shared-pool rule
        save_stale_rules(target, pool)
    files = {kind: tmp_path / f"{kind}{suffix}" for kind in KINDS}
    for kind, path in files.items():
        res = run("--db", demo, "export", kind, path)
        assert res.returncode == 0, res.stderr
    original = _read(demo)
    names = [normalise_name(c[0]) for c in original["customers"].values()]
    assert len(set(names)) < len(names)  # the demo has namesakes (杭州某某 / 杭州某某有限公司)
    assert {s[0] for s in original["stages"]} == {"新客户", "老客户续约"}

    for kind, path in files.items():
        res = run("--db", copy, "import", kind, path, "--create-missing")
        assert res.returncode == 0, res.stdout + res.stderr
        n = len(original[kind])
        assert f"created {n}, updated 0, skipped 0, rejected 0" in res.stdout, res.stdout
    copied = _read(copy)
    assert any(f[7] for f in original["followups"])  # follow-ups about a deal
    for part in ("customers", "deals", "followups", "stages"):
        assert copied[part] == original[part], part

    for kind, path in files.items():  # again: every record found, nothing changes
        res = run("--db", copy, "import", kind, path, "--mode", "update")
        assert res.returncode == 0, res.stdout + res.stderr
        assert _found_again(kind, len(original[kind])) in res.stdout, res.stdout
    assert _read(copy) == copied

    for kind, path in files.items():  # read back into the database it came from: the same
        res = run("--db", demo, "import", kind, path, "--mode", "update")
        assert _found_again(kind, len(original[kind])) in res.stdout, res.stdout
    assert _read(demo) == original
