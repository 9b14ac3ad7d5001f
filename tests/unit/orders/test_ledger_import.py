"""Importing a receivables ledger: contracts, instalments, payments and the customers they
belong to, hand-computed; all or nothing per file and per contract; one exact undo; a second
import adds nothing; the headless command.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models import Customer
from models.orders import Contract, Payment, PaymentAllocation, PaymentInstalment
from services.importing import ImportRejected, commit_plan, open_source, plan_import
from services.importing.commit import redo_import, undo_import
from services.orders import receivables as R
from tests.unit.orders.ledger_fixture import (
    AS_OF,
    NEW_CUSTOMER,
    OPEN_AS_OF,
    OPEN_FEB,
    ROWS,
    write_ledger,
)
from tests.unit.orders.orders_fixtures import build_firm

ROOT = Path(__file__).resolve().parents[3]
D = Decimal
ORDERS = (Contract, PaymentInstalment, Payment, PaymentAllocation)


def _import(store, path, as_of=AS_OF, **kw):
    source = open_source(path, "receivables", store=store)
    return plan_import(store, source, as_of=as_of, **kw)


def _open(store, day):
    return [(r.contract_number, r.seq, r.open_amount, r.days_overdue, r.bucket)
            for r in R.receivables(store, day).rows]


def _counts(store):
    with store.read() as uow:
        return [uow.session.scalar(select(func.count()).select_from(m)) for m in ORDERS]


@pytest.fixture
def firm(store):
    return build_firm(store)


def test_a_ledger_becomes_contracts_instalments_and_payments(store, firm, tmp_path):
    plan = _import(store, write_ledger(tmp_path / "应收台账.xlsx"))
    assert plan.counts() == {"create": 4, "update": 0, "skip": 0, "reject": 0}
    op = commit_plan(store, plan)
    assert _counts(store) == [3, 4, 3, 3]
    with store.read() as uow:
        s = uow.session
        contracts = {c.number: c for c in s.scalars(select(Contract))}
        assert {n: c.amount for n, c in contracts.items()} == {
            "HT-1": D("1000.00"), "HT-2": D("500.00"), "HT-3": D("88.88")}
        assert contracts["HT-1"].owner_id == firm.people["张三"]
        assert contracts["HT-1"].customer_id == firm.customers[0]
        assert contracts["HT-2"].sign_date == date(2026, 2, 1)
        # the same new customer, with and without 有限公司; owned by its first contract's owner
        new = s.scalars(select(Customer).where(Customer.name == NEW_CUSTOMER)).all()
        assert len(new) == 1 and new[0].owner_id == firm.people["王五"]
        assert contracts["HT-3"].customer_id == new[0].id
        inst = {(c.number, i.seq): i for c in contracts.values()
                for i in s.scalars(select(PaymentInstalment)
                                   .where(PaymentInstalment.contract_id == c.id))}
        assert inst[("HT-1", 2)].disputed and not inst[("HT-1", 1)].disputed
        assert inst[("HT-1", 1)].invoiced_on == date(2026, 1, 31)
        assert inst[("HT-3", 1)].label == "质保金"
        pays = sorted((p.received_on, p.amount, p.method) for p in s.scalars(select(Payment)))
        assert pays == [(date(2026, 2, 10), D("300.00"), "bank"),
                        (date(2026, 3, 1), D("500.00"), "wechat"),  # a date alone: paid in full
                        (AS_OF, D("40.00"), "bank")]  # an amount alone: by the ledger's date
    assert _open(store, AS_OF) == OPEN_AS_OF
    assert sorted(_open(store, date(2026, 2, 5))) == sorted(OPEN_FEB)
    assert R.receivables(store, AS_OF).total == D("748.88")
    undone = undo_import(store, op.value)
    assert _counts(store) == [0, 0, 0, 0]
    with store.read() as uow:
        assert not uow.session.scalar(select(Customer.id).where(Customer.name == NEW_CUSTOMER))
    redo_import(store, undone.value)
    assert _open(store, AS_OF) == OPEN_AS_OF


def test_importing_the_same_ledger_again_adds_nothing(store, firm, tmp_path):
    path = write_ledger(tmp_path / "应收台账.xlsx")
    commit_plan(store, _import(store, path))
    again = _import(store, path)
    assert again.counts()["skip"] == 4 and again.counts()["create"] == 0
    assert any("already in Sailplan" in p.message for p in again.problems())


def test_a_bad_cell_rejects_its_whole_contract_and_nothing_is_written(store, firm, tmp_path):
    rows = [list(r) for r in ROWS]
    rows[1][8] = "七百"  # HT-1's second instalment: no amount
    plan = _import(store, write_ledger(tmp_path / "bad.xlsx", rows))
    assert plan.counts() == {"create": 2, "update": 0, "skip": 0, "reject": 2}
    texts = [p.text() for p in plan.problems() if p.severity == "error"]
    assert any(t.startswith("Row 5, 应收金额: “七百” is not an amount") for t in texts), texts
    assert "Row 4, 合同编号: Row 5 of contract HT-1 has an error; a contract is imported " \
           "whole or not at all." in texts
    with pytest.raises(ImportRejected):
        commit_plan(store, plan)
    assert _counts(store) == [0, 0, 0, 0]


@pytest.mark.parametrize(("change", "where"), [
    ((0, 5, "999"), "Row 4, 合同金额: The instalments of contract HT-1 add up to 1,000.00, not "
                    "its contract amount 999.00."),
    ((1, 2, "客户1"), "Row 5, 客户名称: Contract HT-1 is written for another customer, “客户0”, "
                     "in row 4; a contract has one customer."),
    ((1, 6, "第1期"), "Row 5, 期次: Contract HT-1 has instalment 1 twice (row 4)."),
    ((2, 7, None), None),  # HT-2 has no due date: its sign date stands in
    ((3, 8, 0), "Row 7, 应收金额: The amount must be more than zero."),
    ((3, 8, "待确认"), "Row 7, 应收金额: Amount is required but empty."),
])
def test_contract_rules_name_the_row_and_the_column(store, firm, tmp_path, change, where):
    rows = [list(r) for r in ROWS]
    row, col, value = change
    rows[row][col] = value
    plan = _import(store, write_ledger(tmp_path / "x.xlsx", rows))
    errors = [p.text() for p in plan.problems() if p.severity == "error"]
    if where is None:
        assert not errors
        assert next(r for r in plan.rows if r.parsed.row_number == 6).refs["due"] == \
            date(2026, 2, 1)
    else:
        assert where in errors, errors


def test_a_csv_ledger_in_english_with_an_open_amount_column(store, firm, tmp_path):
    path = tmp_path / "ar.csv"
    path.write_text("Invoice number,Customer,Invoice date,Due date,Amount,Open amount,"
                    "Disputed,Owner\n"
                    "INV-9,客户1,2026-03-01,2026-03-31,1200,200,yes,李四\n"
                    ",客户2,2026-04-02,2026-05-02,50.5,50.5,,\n", encoding="utf-8")
    commit_plan(store, _import(store, path))
    rep = R.receivables(store, AS_OF)
    got = {(r.contract_number, r.open_amount, r.paid) for r in rep.rows}
    assert got == {("INV-9", D("200.00"), D("1000.00")), ("HT-2026-0001", D("50.50"), D("0.00"))}
    with store.read() as uow:
        inv = uow.session.scalar(select(PaymentInstalment).join(Contract).where(
            Contract.number == "INV-9"))
        assert inv.disputed and inv.invoiced_on == date(2026, 3, 1)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_headless_import_all_or_nothing(store, firm, db_path, tmp_path):
    store.close()
    rows = [list(r) for r in ROWS]
    rows[3][9] = "很多"
    done = run("--db", str(db_path), "import", "receivables",
               str(write_ledger(tmp_path / "bad.xlsx", rows)), "--as-of", "2026-04-19",
               "--lang", "en")
    assert done.returncode == 1, done.stderr
    assert "Row 7, 实收金额" in done.stdout
    done = run("--db", str(db_path), "import", "receivables",
               str(write_ledger(tmp_path / "good.xlsx")), "--as-of", "2026-04-19",
               "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert "created 4" in done.stdout
