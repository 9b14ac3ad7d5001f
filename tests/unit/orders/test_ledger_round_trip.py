"""A ledger imported, exported as receivables, and the export imported into another database
gives the same receivables, figure for figure (.csv and .xlsx); LibreOffice recalculating the
exported workbook gets the app's totals.
"""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path

import openpyxl
import pytest

from models import Customer
from services.importing import commit_plan, open_source, plan_import
from services.orders import receivables as R
from services.orders.export import export_receivables
from services.setup import open_store
from tests.unit.orders.ledger_fixture import AS_OF, write_ledger
from tests.unit.orders.orders_fixtures import build_firm
from tests.unit.plans.test_plan_export import soffice

EVIL = '=HYPERLINK("http://x","点我")'


def _import(store, path):
    commit_plan(store, plan_import(store, open_source(path, "receivables", store=store),
                                   as_of=AS_OF))


@pytest.fixture
def ledger_store(store, tmp_path):
    firm = build_firm(store)
    _import(store, write_ledger(tmp_path / "应收台账.xlsx"))
    with store.write() as uow:  # a customer name a spreadsheet would take for a formula
        uow.session.get(Customer, firm.customers[0]).name = EVIL
        uow.commit()
    return store


def _csv_rows(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def _xlsx_rows(path: Path) -> list[tuple]:
    return list(openpyxl.load_workbook(path)["应收账款"].iter_rows(values_only=True))


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_receivables_export_imports_back_to_the_same_figures(ledger_store, tmp_path,
                                                                  suffix):
    first = tmp_path / f"first{suffix}"
    export_receivables(ledger_store, AS_OF, first)
    with open_store(tmp_path / "other.sqlite3") as other:
        build_firm(other)  # the same people; the customers the file names are found or made
        _import(other, first)
        again = tmp_path / f"again{suffix}"
        export_receivables(other, AS_OF, again)
        mine, theirs = R.receivables(ledger_store, AS_OF), R.receivables(other, AS_OF)
    read = _csv_rows if suffix == ".csv" else _xlsx_rows
    assert read(again) == read(first)
    assert len(read(first)) == 3  # the header and two open instalments
    assert (theirs.total, theirs.by_bucket) == (mine.total, mine.by_bucket)
    assert [(r.customer_name, r.owner_name, r.label, r.paid) for r in theirs.rows] == \
        [(r.customer_name, r.owner_name, r.label, r.paid) for r in mine.rows]


def test_libreoffice_recalculates_the_imported_ledger_to_the_apps_totals(ledger_store,
                                                                         tmp_path):
    exe = soffice()
    if exe is None:
        pytest.skip("LibreOffice is not installed")
    src = tmp_path / "ar.xlsx"
    export_receivables(ledger_store, AS_OF, src)
    outdir = tmp_path / "lo"
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run([exe, f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                    "xlsx", "--outdir", str(outdir), str(src)], check=True, timeout=180,
                   capture_output=True)
    calc = openpyxl.load_workbook(outdir / "ar.xlsx", data_only=True)["汇总"]
    totals = next(row for row in calc.iter_rows(min_row=4, values_only=True)
                  if row[0] == "合计")
    rep = R.receivables(ledger_store, AS_OF)
    assert [round(float(v or 0), 2) for v in totals[1:6]] == \
        [float(rep.by_bucket[b]) for b in R.BUCKETS]
    assert round(float(totals[6]), 2) == float(rep.total) == 748.88
