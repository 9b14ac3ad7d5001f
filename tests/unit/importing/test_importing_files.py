"""Reading files: header below titles, totals rows, CSV encodings/delimiters, merged cells,
formulas, the 1904 date system — and hostile workbooks refused quickly with the store unchanged.
"""

from __future__ import annotations

import resource
import time
import zipfile
from datetime import date
from pathlib import Path

import pytest

from services.importing import ImportFileError, ReadLimits, open_source, plan_import
from services.importing.readers import read_table
from tests.unit.importing_fixtures import istr, raw_xlsx, snapshot, write_csv, write_xlsx

HEADER = ["客户名称", "联系人", "手机", "最近跟进时间", "信用额度"]


def test_header_found_below_title_rows_and_totals_skipped(tmp_path: Path):
    path = write_xlsx(tmp_path / "ledger.xlsx", [
        ["2025年华东区客户台账（内部资料）"], ["导出日期：2025-12-31"], [],
        ["序号", *HEADER],
        [1, "甲公司", "张三", "13800138000", "2025/3/5", "¥1,200.00"],
        [2, "乙公司", "李四", "13900139000", "2025年3月6日", "1.2万"],
        ["合计", "", "", "", "", 13200],
    ])
    src = open_source(path, "customers")
    assert src.layout.headers[1:] == HEADER
    assert src.mapping == [None, "name", "contact", "phone", "last_followup", "credit_limit"]
    rows = src.parse()
    assert [r.row_number for r in rows] == [5, 6]
    assert rows[1].values["credit_limit"] == 12000
    assert [str(n) for n in src.layout.notes] == ["Row 7: totals row skipped."]


@pytest.mark.parametrize(("encoding", "delimiter"), [
    ("utf-8-sig", ","), ("utf-8", ","), ("gbk", ","), ("gb18030", "\t"), ("utf-8", ";")])
def test_csv_encodings_and_delimiters(tmp_path: Path, encoding, delimiter):
    path = write_csv(tmp_path / "c.csv", [["客户名称", "行业", "备注"],
                                          ["深圳市华强电子有限公司", "制造业", "老客户，年底采购"],
                                          ["上海浦东软件", "软件", "含;分号,逗号\t制表"]],
                     encoding=encoding, delimiter=delimiter)
    table = read_table(path)
    assert table.delimiter == delimiter
    assert table.rows[1] == ["深圳市华强电子有限公司", "制造业", "老客户，年底采购"]
    assert table.rows[2][2] == "含;分号,逗号\t制表"
    assert table.rows[0][0] == "客户名称"  # no BOM left in the first header


def test_undecodable_csv_is_refused(tmp_path: Path):
    path = tmp_path / "bin.csv"
    for data in (b"\xff\xfe\x00" * 3 + bytes(range(128, 256)) * 4, b"\x80\xff,\xff\x80\n"):
        path.write_bytes(data)
        with pytest.raises(ImportFileError, match="neither UTF-8 nor GBK|not valid UTF-16"):
            read_table(path)


def test_merged_cells_fill_header_and_group_rows(tmp_path: Path):
    path = write_xlsx(tmp_path / "m.xlsx", [
        ["客户名称", "负责人", "联系方式", None],
        ["甲公司", "王强", "13800138000", "x"],
        ["乙公司", None, "13900139000", "y"],
    ], merges=("C1:D1", "B2:B3"))
    table = read_table(path)
    assert table.rows[0][2:4] == ["联系方式", "联系方式"]
    assert table.rows[2][1] == "王强"
    assert "Merged" in str(table.cell_notes[(2, 1)])


def test_formulas_use_cached_values_and_flag_missing_ones(tmp_path: Path):
    rows = (f'<row r="1">{istr("A1", "客户名称")}{istr("B1", "信用额度")}</row>'
            f'<row r="2">{istr("A2", "甲公司")}<c r="B2"><f>1000*2</f><v>2000</v></c></row>'
            f'<row r="3">{istr("A3", "乙公司")}<c r="B3"><f>1000*3</f></c></row>'
            f'<row r="4"><c r="A4"><f>"丙"&amp;"公司"</f></c>{istr("B4", "3000")}</row>')
    path = raw_xlsx(tmp_path / "f.xlsx", rows, dim="A1:B4")
    parsed = open_source(path, "customers").parse()
    assert parsed[0].values["credit_limit"] == 2000 and not parsed[0].problems
    # An optional cell: left empty with a warning, the rest of the row imports.
    assert not parsed[1].has_error and parsed[1].values["name"] == "乙公司"
    prob = parsed[1].problems[0]
    assert (prob.row, prob.column, prob.severity) == (3, "信用额度", "warning")
    assert "Cell B3 holds a formula without a saved result; left empty" in prob.message
    # The required name: the row is rejected.
    assert parsed[2].has_error
    prob = parsed[2].problems[0]
    assert (prob.row, prob.column) == (4, "客户名称")
    assert "formula without a saved result" in prob.message


def test_1904_workbook_dates_come_out_right(tmp_path: Path):
    path = write_xlsx(tmp_path / "mac.xlsx", [["客户名称", "合作开始日期"],
                                              ["甲公司", date(2024, 3, 5)]], epoch_1904=True)
    with zipfile.ZipFile(path) as zf:
        assert b'date1904="1"' in zf.read("xl/workbook.xml")
    parsed = open_source(path, "customers").parse()
    assert parsed[0].values["cooperation_since"] == date(2024, 3, 5)


def _bounded(fn, seconds: float = 5.0, extra_mb: int = 300):
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    try:
        fn()
    finally:
        elapsed = time.perf_counter() - t0
        grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
        assert elapsed < seconds, f"took {elapsed:.1f}s"
        assert grown_mb < extra_mb, f"memory grew {grown_mb:.0f} MB"


def _import_refused(store, path: Path, match: str) -> None:
    before = snapshot(store)

    def run():
        with pytest.raises(ImportFileError, match=match):
            plan_import(store, open_source(path, "customers", store=store))

    _bounded(run)
    assert snapshot(store) == before


def test_zip_bomb_is_refused(tmp_path: Path, store):
    path = tmp_path / "bomb.xlsx"
    raw_xlsx(path, f'<row r="1">{istr("A1", "客户名称")}</row>')
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as zf, \
            zf.open("xl/sharedStrings.xml", "w", force_zip64=True) as fh:
        chunk = b" " * (1 << 20)
        for _ in range(40):  # 40 MB of blanks compress to a few kB
            fh.write(chunk)
    assert path.stat().st_size < 200_000
    _import_refused(store, path, "zip bomb")


def test_total_uncompressed_limit(tmp_path: Path):
    path = write_xlsx(tmp_path / "ok.xlsx", [["客户名称"], *[[f"公司{i}"] for i in range(3000)]])
    with pytest.raises(ImportFileError, match="expand to more than"):
        read_table(path, limits=ReadLimits(max_uncompressed_bytes=20_000))


def test_billion_laughs_is_refused(tmp_path: Path, store):
    doctype = ('<!DOCTYPE lolz [<!ENTITY lol "lol">'
               + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">'
                         .replace("&lol0;", "&lol;") for i in range(1, 10)) + "]>")
    rows = f'<row r="1">{istr("A1", "客户名称")}</row><row r="2">{istr("A2", "&lol9;")}</row>'
    path = raw_xlsx(tmp_path / "laughs.xlsx", rows, doctype=doctype)
    _import_refused(store, path, "billion laughs")


def test_dimension_claiming_a_million_rows_is_ignored(tmp_path: Path, store):
    rows = (f'<row r="1">{istr("A1", "客户名称")}{istr("B1", "行业")}</row>'
            f'<row r="2">{istr("A2", "甲公司")}{istr("B2", "制造业")}</row>')
    path = raw_xlsx(tmp_path / "dim.xlsx", rows, dim="A1:XFD1048576")
    result: list = []
    _bounded(lambda: result.append(open_source(path, "customers", store=store).parse()))
    assert [r.values["name"] for r in result[0]] == ["甲公司"]


def test_real_cell_far_away_is_refused_not_allocated(tmp_path: Path, store):
    rows = (f'<row r="1">{istr("A1", "客户名称")}</row>'
            f'<row r="1048576">{istr("XFD1048576", "x")}</row>')
    path = raw_xlsx(tmp_path / "far.xlsx", rows, dim="A1:XFD1048576")
    _import_refused(store, path, "rows per file|columns")


def test_row_limit_is_configurable(tmp_path: Path):
    path = write_xlsx(tmp_path / "many.xlsx", [["客户名称"], *[[f"公司{i}"] for i in range(60)]])
    with pytest.raises(ImportFileError, match="at most 50 rows"):
        read_table(path, limits=ReadLimits(max_rows=50))
    path_csv = write_csv(tmp_path / "many.csv", [["客户名称"], *[[f"公司{i}"] for i in range(60)]])
    with pytest.raises(ImportFileError, match="more than 50 rows"):
        read_table(path_csv, limits=ReadLimits(max_rows=50))


def test_not_a_workbook_and_old_xls(tmp_path: Path):
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"PK\x03\x04 definitely not a zip")
    with pytest.raises(ImportFileError, match="not a readable .xlsx"):
        read_table(fake)
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(ImportFileError, match="save it as .xlsx"):
        read_table(old)
