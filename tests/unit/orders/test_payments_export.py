"""Exporting payments: one row per payment by date, refunds negative, a period, user text as
text, and never half a file.
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from models import Customer
from services.importing.exporting import ExportError
from services.orders import payments as PAY
from services.orders.payments_export import export_payments
from tests.unit.orders.orders_fixtures import build_firm, contract_with_plan

ROOT = Path(__file__).resolve().parents[3]
D = Decimal
EVIL = "=1+2"


@pytest.fixture
def paid(store):
    firm = build_firm(store)
    with store.write() as uow:
        uow.session.get(Customer, firm.customers[1]).name = EVIL
        uow.commit()
    contract_with_plan(store, firm.customers[0], firm.people["张三"], "1000", date(2026, 1, 5),
                       [(date(2026, 1, 31), "1000")], number="HT-A")
    PAY.record_payment(store, customer_id=firm.customers[0], received_on=date(2026, 2, 10),
                       amount=D("600"), reference="@流水 001")
    PAY.record_payment(store, customer_id=firm.customers[1], received_on=date(2026, 1, 3),
                       amount=D("88.88"), method="微信")
    PAY.record_refund(store, customer_id=firm.customers[0], refunded_on=date(2026, 3, 1),
                      amount=D("100"), method="cash")
    return firm


def test_xlsx_rows_by_date_refunds_negative_text_as_text(store, paid, tmp_path):
    out = tmp_path / "回款.xlsx"
    result = export_payments(store, out)
    assert (result.rows, result.total) == (3, D("588.88"))
    ws = openpyxl.load_workbook(out)["回款"]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == ("回款日期", "客户", "合同编号", "金额", "回款方式", "凭证号")
    assert [(r[0].date(), r[1], r[2], r[3], r[4], r[5]) for r in rows[1:]] == [
        (date(2026, 1, 3), EVIL, None, 88.88, "微信", None),
        (date(2026, 2, 10), "客户0", None, 600, "银行转账", "@流水 001"),
        (date(2026, 3, 1), "客户0", None, -100, "现金", None)]
    evil = ws["B2"]
    assert evil.data_type == "s" and evil.value == EVIL  # never a formula
    assert not list(tmp_path.glob(".*.tmp"))


def test_csv_period_and_english(store, paid, tmp_path):
    out = tmp_path / "p.csv"
    result = export_payments(store, out, start=date(2026, 2, 1), end=date(2026, 3, 1),
                             english=True)
    assert (result.rows, result.total) == (2, D("500.00"))
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows == [["Date", "Customer", "Contract number", "Amount", "Method", "Reference"],
                    ["2026-02-10", "客户0", "", "600.00", "Bank transfer", "'@流水 001"],
                    ["2026-03-01", "客户0", "", "-100.00", "Cash", ""]]


def test_a_failed_export_leaves_the_old_file_and_no_temporary_one(store, paid, tmp_path):
    target = tmp_path / "p.xlsx"
    target.mkdir()  # the rename onto it fails after the file was written
    with pytest.raises(ExportError):
        export_payments(store, target)
    assert target.is_dir() and not list(tmp_path.glob(".*.tmp"))
    with pytest.raises(ExportError):
        export_payments(store, tmp_path / "p.pdf")


def test_headless_export_payments(store, paid, db_path, tmp_path):
    store.close()
    out = tmp_path / "pay.csv"
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db_path),
                           "export", "payments", str(out), "--from", "2026-02-01", "--lang",
                           "en"], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={**os.environ})
    assert done.returncode == 0, done.stderr
    assert "2 payment(s)" in done.stdout and "500.00" in done.stdout
    assert out.read_text(encoding="utf-8-sig").count("\n") == 3
