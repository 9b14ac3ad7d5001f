"""Receivables exported as of a date: rows re-read with openpyxl, SUM totals recalculated by
LibreOffice, user text kept as text, and the headless command."""

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
from services.orders import payments as PAY
from services.orders import receivables as R
from services.orders.export import export_receivables
from tests.unit.orders.orders_fixtures import build_firm, contract_with_plan
from tests.unit.plans.test_plan_export import soffice

ROOT = Path(__file__).resolve().parents[3]
D = Decimal
AS_OF = date(2026, 4, 19)
EVIL = '=HYPERLINK("http://x","点我")'


@pytest.fixture
def book(store):
    firm = build_firm(store)
    with store.write() as uow:  # a customer name a spreadsheet would take for a formula
        uow.session.get(Customer, firm.customers[3]).name = EVIL
        uow.commit()
    a, _ = contract_with_plan(store, firm.customers[0], firm.people["张三"], "1000",
                              date(2026, 1, 5), [(date(2026, 1, 31), "300"),
                                                 (date(2026, 3, 31), "700")], number="HT-A")
    contract_with_plan(store, firm.customers[3], firm.people["王五"], "500", date(2026, 2, 1),
                       [(date(2026, 2, 15), "500")], number="+HT-B")
    contract_with_plan(store, firm.customers[1], None, "88.88", date(2026, 4, 1),
                       [(date(2026, 5, 1), "88.88")], number="HT-C")
    PAY.record_payment(store, customer_id=firm.customers[0], received_on=date(2026, 2, 10),
                       amount=D("200"))
    PAY.record_payment(store, customer_id=firm.customers[3], received_on=date(2026, 3, 1),
                       amount=D("500"))
    PAY.record_refund(store, customer_id=firm.customers[3], refunded_on=date(2026, 3, 20),
                      amount=D("120"))
    return firm


# owner, bucket, customer, contract, due, open, days — sorted by owner, bucket, customer, due
EXPECTED = [
    ("张三", "1–30天", "客户0", "HT-A", "2026-03-31", 700.0, 19),
    ("张三", "61–90天", "客户0", "HT-A", "2026-01-31", 100.0, 78),
    ("王五", "61–90天", EVIL, "+HT-B", "2026-02-15", 120.0, 63),
    ("（无负责人）", "未到期", "客户1", "HT-C", "2026-05-01", 88.88, 0),
]
# summary: per owner (未到期, 1–30, 31–60, 61–90, >90, 合计)
SUMMARY = {"张三": [0, 700, 0, 100, 0, 800], "王五": [0, 0, 0, 120, 0, 120],
           "（无负责人）": [88.88, 0, 0, 0, 0, 88.88], "合计": [88.88, 700, 0, 220, 0, 1008.88]}


def _detail(ws) -> list[tuple]:
    out = []
    for row in ws.iter_rows(min_row=2, values_only=True):
        customer, number, _part, owner, due, _amt, _paid, open_, days, bucket = row
        out.append((owner, bucket, customer, number, due.date().isoformat(), float(open_),
                    days))
    return sorted(out, key=lambda r: EXPECTED.index(r) if r in EXPECTED else -1)


def test_xlsx_rows_text_and_sum_formulas(store, book, tmp_path):
    out = tmp_path / "ar.xlsx"
    result = export_receivables(store, AS_OF, out)
    assert (result.rows, result.total) == (4, D("1008.88"))
    assert result.total == R.receivables(store, AS_OF).total
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["应收账款", "汇总"]
    ws = wb["应收账款"]
    assert [c.value for c in ws[1]] == ["客户", "合同编号", "期次", "负责人", "到期日",
                                        "应收金额", "已回款", "未回款金额", "逾期天数", "账龄"]
    assert sorted(_detail(ws), key=str) == sorted(EXPECTED, key=str)
    evil = next(c for row in ws.iter_rows() for c in row if c.value == EVIL)
    assert evil.data_type == "s"  # written as text, never a formula
    summary = wb["汇总"]
    formulas = [c.value for row in summary.iter_rows(min_row=4) for c in row[1:]]
    assert all(isinstance(f, (int, float)) or str(f).startswith("=SUM(") for f in formulas)
    assert not tmp_path.joinpath(f".ar.xlsx.{os.getpid()}.tmp").exists()


def test_libreoffice_recalculates_the_summary_to_the_apps_totals(store, book, tmp_path):
    exe = soffice()
    if exe is None:
        pytest.skip("LibreOffice is not installed")
    src = tmp_path / "ar.xlsx"
    export_receivables(store, AS_OF, src)
    outdir = tmp_path / "lo"
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run([exe, f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                    "xlsx", "--outdir", str(outdir), str(src)], check=True, timeout=180,
                   capture_output=True)
    calc = openpyxl.load_workbook(outdir / "ar.xlsx", data_only=True)["汇总"]
    got = {row[0]: [round(float(v or 0), 2) for v in row[1:7]]
           for row in calc.iter_rows(min_row=4, values_only=True) if row[0]}
    assert got == SUMMARY
    rep = R.receivables(store, AS_OF)
    assert D(str(got["合计"][5])) == rep.total
    assert [D(str(v)) for v in got["合计"][:5]] == [rep.by_bucket[b] for b in R.BUCKETS]


def test_csv_guards_formula_text(store, book, tmp_path):
    out = tmp_path / "ar.csv"
    export_receivables(store, AS_OF, out, english=True)
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:3] == ["Customer", "Contract number", "Instalment"]
    assert len(rows) == 5
    assert ["'" + EVIL, "'+HT-B"] == next(r[:2] for r in rows if "HT-B" in r[1])
    assert ("(no owner)", "88.88", "0", "Not yet due") == next(
        (r[3], r[7], r[8], r[9]) for r in rows if r[1] == "HT-C")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_headless_export_in_chinese_and_english(store, book, db_path, tmp_path):
    store.close()
    out = tmp_path / "应收.xlsx"
    done = run("--db", str(db_path), "export", "receivables", "--as-of", "2026-04-19",
               str(out), "--lang", "zh")
    assert done.returncode == 0, done.stderr
    assert "4" in done.stdout and "1,008.88" in done.stdout and "截至 2026-04-19" in done.stdout
    wb = openpyxl.load_workbook(out)
    assert wb["应收账款"].max_row == 5
    done = run("--db", str(db_path), "export", "receivables", "--as-of", "2026-01-20",
               str(tmp_path / "jan.csv"), "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Exported 2 open instalment(s) as of 2026-01-20, 1,000.00")
    bad = run("--db", str(db_path), "export", "receivables", "--as-of", "2026-13-01",
              str(tmp_path / "x.csv"))
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr
    wrong = run("--db", str(db_path), "export", "receivables", str(tmp_path / "x.pdf"),
                "--lang", "zh")
    assert wrong.returncode == 2 and not (tmp_path / "x.pdf").exists()
