"""Values at the edges, through the import and export services: NUL on both backends, TRUE/FALSE
cells, value-less formulas, duplicate columns, a user's own leading quote and whitespace, U+FFFE in
exports other tools must read, edge dates exported under any time zone, fsync before rename."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from models.base import new_id
from models.customers import Customer
from services.customers.dedupe import normalise_name
from services.importing import commit_plan, open_source, plan_import
from services.importing.exporting import export_customers
from services.setup import open_store
from tests.unit.importing_fixtures import istr, raw_xlsx, write_csv

ROOT = Path(__file__).resolve().parents[3]


def _customers(store, *cols: str) -> list[tuple]:  # noqa: ANN001
    with store.read() as uow:
        fields = [getattr(Customer, c) for c in cols]
        return sorted(tuple(r) for r in uow.session.execute(select(*fields)))


def _insert(store, names: list[str], **extra) -> None:  # noqa: ANN001, ANN003
    with store.write() as uow:
        for name in names:
            uow.session.add(Customer(id=new_id(), name=name, name_norm=normalise_name(name),
                                     **extra))
        uow.commit()


def test_nul_and_other_control_characters_are_removed_with_a_warning(tmp_path: Path,
                                                                     any_store):
    """PostgreSQL refuses NUL in text; both backends get the same clean text and a warning."""
    path = write_csv(tmp_path / "nul.csv", [["客户名称", "备注", "联系人"],
                                            ["甲\x00公司", "第一行\x00\x07\n第二行", "张\x1b三"]])
    plan = plan_import(any_store, open_source(path, "customers", store=any_store))
    assert plan.counts()["create"] == 1
    warnings = [p for p in plan.problems() if "Control characters" in p.message]
    assert {p.column for p in warnings} == {"客户名称", "备注", "联系人"}
    commit_plan(any_store, plan)
    assert _customers(any_store, "name", "notes") == [("甲公司", "第一行\n第二行")]


def test_a_true_false_cell_never_becomes_a_name(tmp_path: Path, store):
    rows = (f'<row r="1">{istr("A1", "客户名称")}{istr("B1", "客户等级")}'
            f'{istr("C1", "等级手动")}{istr("D1", "联系人")}</row>'
            '<row r="2"><c r="A2" t="b"><v>1</v></c>' + istr("B2", "A") + "</row>"
            f'<row r="3">{istr("A3", "乙公司")}{istr("B3", "B")}<c r="C3" t="b"><v>0</v></c>'
            '<c r="D3" t="b"><v>0</v></c></row>'
            f'<row r="4">{istr("A4", "丙公司")}{istr("B4", "C")}<c r="C4" t="b"><v>1</v></c>'
            "</row>")
    plan = plan_import(store, open_source(raw_xlsx(tmp_path / "b.xlsx", rows), "customers"))
    by_row = {r.parsed.row_number: r for r in plan.rows}
    assert by_row[2].status == "reject"
    assert [p.message for p in by_row[2].problems] == ["A TRUE/FALSE cell where text is expected."]
    # 联系人 is optional: the FALSE cell is left empty with a note, the row imports
    assert by_row[3].status == "create" and by_row[3].problems[0].column == "联系人"
    assert by_row[3].problems[0].left_empty and by_row[3].parsed.values["contact"] is None
    assert by_row[4].status == "create" and by_row[4].parsed.values["tier_manual"] is True
    commit_plan(store, plan, allow_rejected=True)
    assert _customers(store, "name") == [("丙公司",), ("乙公司",)]


def test_value_less_formulas_are_noted_never_dropped_silently(tmp_path: Path, store):
    """A formula without a saved result in an optional cell leaves it empty and imports the
    rest of the row (the ledger's 备注 column); a row holding only such formulas is named."""
    rows = (f'<row r="1">{istr("A1", "客户名称")}{istr("B1", "手机")}{istr("C1", "备注")}</row>'
            f'<row r="2">{istr("A2", "甲公司")}{istr("B2", "13800138000")}'
            '<c r="C2"><f>需回访</f><v/></c></row>'
            '<row r="3"><c r="A3"><f>A2&amp;"分公司"</f></c><c r="C3"><f>B2</f></c></row>'
            f'<row r="4">{istr("A4", "乙公司")}</row>'
            '<row r="6"><c r="B6"><f>SUM(B2:B4)</f></c></row>')
    source = open_source(raw_xlsx(tmp_path / "f.xlsx", rows), "customers", store=store)
    notes = [str(n) for n in source.layout.notes]
    assert any(n.startswith("Row 3 holds only formulas without a saved result (A3, C3)")
               for n in notes), notes
    assert any(n.startswith("Row 6 holds only formulas without a saved result (B6)")
               for n in notes), notes
    plan = plan_import(store, source)
    assert plan.counts() == {"create": 2, "update": 0, "skip": 0, "reject": 0}
    (warning,) = [p for p in plan.problems() if p.row == 2]
    assert warning.severity == "warning" and warning.column == "备注"
    assert "Cell C2 holds a formula without a saved result; left empty" in warning.message
    commit_plan(store, plan)
    assert _customers(store, "name", "phone", "notes") == [("乙公司", None, None),
                                                           ("甲公司", "13800138000", None)]


def test_duplicate_columns_are_named_and_follow_the_mapping(tmp_path: Path, store):
    path = write_csv(tmp_path / "dup.csv", [["客户名称", "手机", "电话", "客户名称"],
                                            ["甲公司", "13800138000", "021-62345678", "甲"]])
    source = open_source(path, "customers", store=store)
    notes = [str(n) for n in source.layout.notes]
    assert notes == [
        "Column C “电话” also matches Phone, which column B “手机” already fills; column C is not "
        "imported.",
        "Column D “客户名称” also matches Customer name, which column A “客户名称” already fills; "
        "column D is not imported."]
    plan = plan_import(store, source, mapping=["name", None, "phone", None])
    notes = [str(n) for n in plan.layout.notes]
    assert len(notes) == 2 and "Column B “手机” also matches Phone, which column C" in notes[0]
    assert plan.rows[0].parsed.values["phone"] == "021-62345678"


def test_a_users_own_leading_quote_and_whitespace_are_data(tmp_path: Path, store):
    path = write_csv(tmp_path / "own.csv", [["客户名称", "备注"],
                                            ["'=1+1", "\t缩进的备注"],
                                            ["'+86 公司", "  前导空格 "],
                                            ["'abc", "\r\n换行开头"]])
    commit_plan(store, plan_import(store, open_source(path, "customers", store=store)))
    assert _customers(store, "name", "notes") == [("'+86 公司", "  前导空格 "),
                                                  ("'=1+1", "\t缩进的备注"),
                                                  ("'abc", "\r\n换行开头")]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_own_export_round_trips_quotes_formulas_and_whitespace(tmp_path: Path, store, suffix):
    names = ["=1+1", "'=x", "''@y", "'abc", "-2", "普通公司"]
    _insert(store, names, notes="\t缩进\n第二行 ")
    out = tmp_path / f"c{suffix}"
    export_customers(store, out)
    target = open_store(tmp_path / "copy.sqlite3")
    try:
        commit_plan(target, plan_import(target, open_source(out, "customers", store=target)))
        assert _customers(target, "name", "notes") == _customers(store, "name", "notes")
    finally:
        target.close()


def soffice() -> str | None:
    """LibreOffice's soffice, if installed."""
    import shutil

    for cand in (shutil.which("soffice"), "/usr/bin/soffice"):
        if cand and os.path.exists(cand):
            return cand
    return None


def test_export_removes_characters_other_tools_refuse(tmp_path: Path, store):
    """U+FFFE/U+FFFF (and C0 controls, lone surrogates) would make openpyxl refuse the file and
    LibreOffice drop rows: every row reads back, with the characters gone and reported."""
    names = [f"客户{i}" for i in range(170)] + ["甲\ufffe公司", "乙\uffff公司", "丙\x0b公司",
                                                 "丁公司\ufffe\uffff"]
    _insert(store, names, notes="备注\ufffe")
    out = tmp_path / "all.xlsx"
    result = export_customers(store, out)
    assert result.rows == 174 and any("cannot hold" in i.message for i in result.issues)
    ws = openpyxl.load_workbook(out).active
    read_back = {ws.cell(r, 1).value for r in range(2, ws.max_row + 1)}
    assert len(read_back) == 174 and {"甲公司", "乙公司", "丙公司", "丁公司"} <= read_back
    csv_out = tmp_path / "all.csv"
    export_customers(store, csv_out)
    text = csv_out.read_text("utf-8-sig")
    assert "\ufffe" not in text and "\uffff" not in text and len(list(csv.reader(
        text.splitlines()))) == 175
    exe = soffice()
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (libreoffice-calc-nogui) must be installed in CI")
        pytest.skip("LibreOffice is not installed")
    outdir = tmp_path / "lo"
    subprocess.run([exe, f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}",
                    "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76",
                    "--outdir", str(outdir), str(out)], check=True, timeout=180,
                   capture_output=True)
    rows = list(csv.reader((outdir / "all.csv").read_text("utf-8").splitlines()))
    assert len(rows) == 175 and {r[0] for r in rows[1:]} == read_back


@pytest.mark.parametrize("tz", ["Asia/Shanghai", "America/Los_Angeles", "Etc/GMT-8",
                                "Etc/GMT+8"])
def test_export_never_fails_on_edge_dates_in_any_time_zone(tmp_path: Path, tz: str):
    db = tmp_path / "s.sqlite3"
    store = open_store(db)
    try:
        _insert(store, ["最早"], last_followup_at=datetime(1, 1, 1, tzinfo=UTC),
                cooperation_since=date(1, 1, 1), next_followup_on=date(1, 1, 1))
        _insert(store, ["最晚"], last_followup_at=datetime(9999, 12, 31, 23, 59, tzinfo=UTC),
                cooperation_since=date(9999, 12, 31))
    finally:
        store.close()
    env = {**os.environ, "TZ": tz}
    for suffix in (".xlsx", ".csv"):
        out = tmp_path / f"edge{suffix}"
        done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), "export",
                               "customers", str(out)], capture_output=True, text=True,
                              timeout=120, env=env, cwd=ROOT)
        assert done.returncode == 0, done.stderr
        assert "Exported 2 customers" in done.stdout
    ws = openpyxl.load_workbook(tmp_path / "edge.xlsx").active
    assert ws.max_row == 3
    text = (tmp_path / "edge.csv").read_text("utf-8-sig")
    assert "0001-01-01" in text and "9999-12-31" in text


def test_exports_reach_the_disk_before_the_rename(tmp_path: Path, store, monkeypatch):
    _insert(store, ["甲公司"])
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(os, "fsync", lambda fd: (events.append("fsync"), real_fsync(fd))[1])
    monkeypatch.setattr(os, "replace", lambda a, b: (events.append("replace"),
                                                     real_replace(a, b))[1])
    for suffix in (".xlsx", ".csv"):
        events.clear()
        export_customers(store, tmp_path / f"c{suffix}")
        assert events[:2] == ["fsync", "replace"], events
