"""The hostile-file corpus through the real CLI: each file refused or imported exactly as
docs/IMPORT.md says, the process never dies, one line says why, the database is unchanged where
the file is refused, and the peak memory of the CLI and its reader process stays under 500 MB
(measured by a wrapper process around the CLI, never in the pytest process)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from services.importing import ImportCancelled, ImportFileError, ReadLimits
from services.importing.limits import EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS
from services.importing.readers import read_table
from services.setup import open_store
from tests.unit.importing.hostile_corpus import CORPUS, Case, _far
from tests.unit.importing_fixtures import seed_people, snapshot

ROOT = Path(__file__).resolve().parents[3]
PEAK_MB = 500
WRAPPER = """
import json, resource, subprocess, sys
p = subprocess.run(sys.argv[1:], capture_output=True)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
sys.stdout.write(json.dumps({"rc": p.returncode, "peak": peak,
                             "out": p.stdout.decode("utf-8", "replace"),
                             "err": p.stderr.decode("utf-8", "replace")}))
"""


@dataclass
class Run:
    """What the CLI did: exit code, output, and the largest resident size of any process."""

    rc: int
    out: str
    err: str
    peak_mb: float


def run_cli(*args: str | Path, env: dict[str, str] | None = None) -> Run:
    """``python main.py ARGS`` under a wrapper that reports the peak memory of the CLI and of
    the reader process it starts (``ru_maxrss`` of the waited-for descendants, in kB on Linux).
    """
    proc = subprocess.run([sys.executable, "-c", WRAPPER, sys.executable, str(ROOT / "main.py"),
                           *map(str, args)], capture_output=True, text=True, timeout=240,
                          env=env, cwd=ROOT)
    data = json.loads(proc.stdout)
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return Run(data["rc"], data["out"], data["err"], data["peak"] / scale)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    """A database with the firm's people, made once, and its snapshot."""
    db = tmp_path_factory.mktemp("template") / "s.sqlite3"
    store = open_store(db)
    try:
        seed_people(store)
        before = snapshot(store)
    finally:
        store.close()
    return db, before


def _prepared(tmp_path: Path, template: tuple[Path, dict]) -> Path:
    source, _before = template
    db = tmp_path / "s.sqlite3"
    for part in source.parent.glob(source.name + "*"):
        if not part.name.endswith(".lock"):
            shutil.copyfile(part, tmp_path / part.name)
    return db


def _snapshot(db: Path) -> dict:
    store = open_store(db)
    try:
        return snapshot(store)
    finally:
        store.close()


def assert_survived(run: Run) -> None:
    """Exit 0/1/2 (no signal, no traceback), bounded output, bounded memory."""
    assert run.rc in (0, 1, 2), run
    assert "Traceback" not in run.err and "Traceback" not in run.out, run.err
    assert len(run.out) + len(run.err) < 20_000
    assert run.peak_mb < PEAK_MB, f"peak {run.peak_mb:.0f} MB"


@pytest.mark.parametrize("case", CORPUS, ids=[c.name for c in CORPUS])
def test_hostile_workbook_through_the_cli(case: Case, tmp_path: Path, template):
    db = _prepared(tmp_path, template)
    before = template[1]
    path = case.build(tmp_path / case.name)
    run = run_cli("--db", db, "import", "customers", path)
    assert_survived(run)
    assert run.rc == case.exit_code, run
    assert re.search(case.output, run.out + run.err), run
    if case.exit_code == 2:
        lines = run.err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("sailplan: "), run.err
        assert _snapshot(db) == before


CSV_HEADER = "客户名称,手机,备注\r\n"
NAMES = ["上海浦东软件有限公司", "深圳市华强电子有限公司", "杭州西湖茶业有限公司"]
BODY = "".join(f"{n},1380013800{i},老客户\r\n" for i, n in enumerate(NAMES))


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@dataclass(frozen=True)
class CsvCase:
    """A CSV whose bytes are the test, the CLI's extra arguments, and the outcome."""

    name: str
    data: bytes
    exit_code: int
    output: str
    args: tuple[str, ...] = ()
    names: tuple[str, ...] = ()  # the customers it creates, when imported


STRAY = (CSV_HEADER + BODY).encode("utf-8").replace("杭州".encode(), "杭州".encode() + b"\xe9")
CSV_CORPUS = (
    CsvCase("utf8-bom", (CSV_HEADER + BODY).encode("utf-8-sig"), 0, "created 3",
            names=tuple(NAMES)),
    CsvCase("utf8-plain", (CSV_HEADER + BODY).encode("utf-8"), 0, "created 3",
            names=tuple(NAMES)),
    CsvCase("gbk", (CSV_HEADER + BODY).encode("gbk"), 0, "created 3", names=tuple(NAMES)),
    CsvCase("gb18030-four-byte", (CSV_HEADER + "𠀀记有限公司,,\r\n").encode("gb18030"), 0,
            "created 1", names=("𠀀记有限公司",)),
    CsvCase("utf16-le", (CSV_HEADER + BODY).encode("utf-16"), 0, "created 3",
            names=tuple(NAMES)),
    CsvCase("utf16-be", b"\xfe\xff" + (CSV_HEADER + BODY).encode("utf-16-be"), 0, "created 3",
            names=tuple(NAMES)),
    CsvCase("utf8-stray-latin1-byte", STRAY, 2, r"is UTF-8 text, but byte [\d,]+ \(line 4, 0xE9\)"),
    CsvCase("utf8-bom-stray-byte", b"\xef\xbb\xbf" + STRAY, 2, r"byte [\d,]+ \(line 4, 0xE9\)"),
    CsvCase("utf8-stray-byte-named-utf8", STRAY, 2, r"line 4", ("--encoding", "utf-8")),
    CsvCase("gbk-named-gbk", (CSV_HEADER + BODY).encode("gbk"), 0, "created 3",
            ("--encoding", "gbk"), tuple(NAMES)),
    CsvCase("binary-garbage", bytes(range(128, 256)) * 20, 2, "neither UTF-8 nor GBK"),
    CsvCase("ten-million-character-cell", ("客户名称\r\n" + "长" * 10_000_000 + "\r\n").encode(),
            2, "characters"),
    CsvCase("over-long-cell", ("客户名称\r\n" + "长" * 40_000 + "\r\n").encode(), 2, "32,767"),
    CsvCase("long-bad-phone", (CSV_HEADER + "甲公司," + "9" * 20_000 + ",\r\n").encode(), 0,
            "not a valid phone number", names=("甲公司",)),
    CsvCase("nul-bytes", (CSV_HEADER + "甲\x00公司,,备\x00注\r\n").encode(), 0,
            "Control characters", names=("甲公司",)),
    CsvCase("u-fffe", (CSV_HEADER + "乙\ufffe公司\uffff,,\r\n").encode(), 0, "created 1",
            names=("乙公司",)),
    CsvCase("edge-dates", ("客户名称,合作开始日期,最近跟进时间\r\n甲公司,0001-01-01,2025-01-01\r\n"
                           "乙公司,2024-01-01,9999-12-31 23:59\r\n丙公司,9999-12-31,\r\n")
            .encode(), 0, "outside the dates Sailplan accepts",
            names=("甲公司", "乙公司", "丙公司")),
    CsvCase("duplicate-headers", ("客户名称,手机,电话,手机\r\n甲公司,13800138000,021-62345678,"
                                  "13900139000\r\n").encode(), 0,
            "Column C “电话” also matches Phone, which column B “手机” already fills",
            names=("甲公司",)),
)


@pytest.mark.parametrize("case", CSV_CORPUS, ids=[c.name for c in CSV_CORPUS])
def test_hostile_csv_through_the_cli(case: CsvCase, tmp_path: Path, template):
    db = _prepared(tmp_path, template)
    before = template[1]
    path = _write(tmp_path / f"{case.name}.csv", case.data)
    run = run_cli("--db", db, "import", "customers", path, *case.args)
    assert_survived(run)
    assert run.rc == case.exit_code, run
    assert re.search(case.output, run.out + run.err), run
    if case.exit_code:
        assert _snapshot(db) == before
    if case.exit_code == 2:
        assert len(run.err.strip().splitlines()) == 1, run.err
    store = open_store(db)
    try:
        with store.read() as uow:
            from sqlalchemy import select

            from models.customers import Customer

            names = set(uow.session.scalars(select(Customer.name)))
    finally:
        store.close()
    assert names == set(case.names)


@pytest.mark.parametrize("tz", ["Asia/Shanghai", "America/Los_Angeles", "UTC"])
def test_edge_dates_are_left_empty_in_every_time_zone(tmp_path: Path, tz: str, template):
    """Dates outside 1900–2199 in optional cells: each cell is left empty with a note, the
    customers import (a required date, a follow-up's, would reject its row)."""
    import os

    from tests.unit.importing_fixtures import istr, raw_xlsx

    db = _prepared(tmp_path, template)
    before = template[1]
    rows = (f'<row r="1">{istr("A1", "客户名称")}{istr("B1", "合作开始日期")}'
            f'{istr("C1", "最近跟进时间")}</row>'
            f'<row r="2">{istr("A2", "甲公司")}<c r="B2" t="d"><v>0001-01-01T00:00:00</v></c>'
            "</row>"
            f'<row r="3">{istr("A3", "乙公司")}<c r="C3" t="d"><v>9999-12-31T23:59:00</v></c>'
            "</row>"
            f'<row r="4">{istr("A4", "丙公司")}<c r="C4"><v>2958465.99</v></c></row>'
            f'<row r="5">{istr("A5", "丁公司")}<c r="C5" t="d"><v>0001-01-01T00:00:00</v></c>'
            "</row>")
    path = raw_xlsx(tmp_path / "dates.xlsx", rows)
    run = run_cli("--db", db, "import", "customers", path, env={**os.environ, "TZ": tz})
    assert_survived(run)
    assert run.rc == 0, run
    assert "created 4, updated 0, skipped 0, rejected 0" in run.out
    assert "4 cell(s) left empty" in run.out, run.out
    assert "outside the dates Sailplan accepts" in run.out, run.out
    after = _snapshot(db)
    assert after != before
    assert len(after["customers"]) == len(before["customers"]) + 4


def test_the_reader_process_dies_not_the_app_when_the_pre_check_is_lifted(tmp_path: Path):
    """The net under the pre-check: with its limits lifted, the reader allocates the whole
    far-cell rectangle, hits its address-space cap and dies; the caller gets one sentence."""
    path = _far('r="XFD1048576"')(tmp_path / "far")
    lifted = ReadLimits(max_rows=EXCEL_MAX_ROWS, max_columns=EXCEL_MAX_COLUMNS,
                        max_cells=10**13, max_table_bytes=10**16,
                        reader_memory_bytes=700_000_000)
    started = time.monotonic()
    with pytest.raises(ImportFileError, match="needs more memory than one import may use"):
        read_table(path, limits=lifted)
    assert time.monotonic() - started < 60


def test_cancel_kills_the_reader_process(tmp_path: Path):
    from tests.unit.importing_fixtures import write_xlsx

    path = write_xlsx(tmp_path / "big.xlsx", [["客户名称"], *[[f"公司{i}"] for i in range(20_000)]])
    calls = {"n": 0}

    def cancel_soon() -> bool:
        calls["n"] += 1
        return calls["n"] > 2

    started = time.monotonic()
    with pytest.raises(ImportCancelled):
        read_table(path, is_cancelled=cancel_soon)
    assert time.monotonic() - started < 30


def test_pre_check_places_cells_exactly_as_the_reader_does(tmp_path: Path):
    """Generated sheets in every spelling: the pre-check's extent equals python-calamine's."""
    import random

    from python_calamine import CalamineWorkbook

    from services.importing.xlsx_scan import SharedStrings, col_letters, scan_sheet
    from tests.unit.importing_fixtures import raw_xlsx

    rnd = random.Random(12)
    loose = ReadLimits(max_rows=EXCEL_MAX_ROWS, max_columns=EXCEL_MAX_COLUMNS,
                       max_cells=10**9, max_table_bytes=10**15)

    def cell(r: int, c: int) -> str:
        ref = col_letters(c) + str(r)
        ref = ref.lower() if rnd.random() < 0.3 else ref
        q, sp = rnd.choice(['"', "'"]), rnd.choice(["", " "])
        attr = "" if rnd.random() < 0.25 else f" r{sp}={sp}{q}{ref}{q}"
        kind = rnd.random()
        if kind < 0.15:
            return f"<c{attr}/>"
        if kind < 0.25:
            return f"<c{attr}><f>1+1</f></c>"
        if kind < 0.3:
            return f"<c{attr}><v></v></c>"
        if kind < 0.4:
            return f'<c{attr} t="inlineStr"><is><t>x</t></is></c>'
        if kind < 0.45:
            return f'<x:c xmlns:x="urn:z"{attr}><x:v>3</x:v></x:c>'
        return f"<c{attr}><v>{rnd.randint(0, 9)}</v></c>"

    for n in range(150):
        rows, r = [], 0
        for _ in range(rnd.randint(1, 6)):
            r += rnd.randint(1, 4)
            rattr = "" if rnd.random() < 0.3 else f' r="{r}"'
            cols = sorted(rnd.sample(range(1, 40), rnd.randint(0, 5)))
            rows.append(f"<row{rattr}>" + "".join(cell(r, c) for c in cols) + "</row>")
        path = raw_xlsx(tmp_path / f"g{n}.xlsx", "".join(rows))
        sheet = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0)
        values = sheet.to_python(skip_empty_area=False)
        empty = all(v == "" for row in values for v in row)
        expected = (0, 0) if empty else (sheet.end[0] + 1, sheet.end[1] + 1)
        with zipfile.ZipFile(path) as zf:
            scan = scan_sheet(zf, "xl/worksheets/sheet1.xml", SharedStrings(), loose)
        assert (scan.rows, scan.columns) == expected, "".join(rows)


@pytest.mark.postgres
def test_nul_bytes_and_a_refused_file_through_the_cli_on_postgresql(tmp_path: Path, pg_url):
    """PostgreSQL refuses NUL in text: the import removes it (with a note) instead of failing;
    a refused file leaves the server's database as it was."""
    from sqlalchemy import select

    from models.customers import Customer

    store = open_store(pg_url, backup_dir=tmp_path / "backups")
    try:
        seed_people(store)
        before = snapshot(store)
    finally:
        store.close()
    far = CORPUS[0].build(tmp_path / "far")
    run = run_cli("--db", pg_url, "import", "customers", far)
    assert_survived(run)
    assert run.rc == 2 and len(run.err.strip().splitlines()) == 1, run
    store = open_store(pg_url, backup_dir=tmp_path / "backups")
    try:
        assert snapshot(store) == before
    finally:
        store.close()
    path = _write(tmp_path / "nul.csv", (CSV_HEADER + "甲\x00公司,,备\x00注\r\n").encode())
    run = run_cli("--db", pg_url, "import", "customers", path)
    assert_survived(run)
    assert run.rc == 0 and "Control characters" in run.out, run
    store = open_store(pg_url, backup_dir=tmp_path / "backups")
    try:
        with store.read() as uow:
            assert list(uow.session.execute(select(Customer.name, Customer.notes))) == [
                ("甲公司", "备注")]
    finally:
        store.close()


def test_empty_cell_elements_are_counted_too(tmp_path: Path):
    """The reader walks every cell element, empty or not: a sheet of millions of empty cells is
    refused like one of millions of full ones (shown here with a small limit)."""
    from tests.unit.importing_fixtures import istr, raw_xlsx

    empties = "".join(f'<row r="{r}">' + '<c s="1"/>' * 30 + "</row>" for r in range(2, 102))
    path = raw_xlsx(tmp_path / "empties.xlsx", f'<row r="1">{istr("A1", "客户名称")}</row>'
                    + empties)
    with pytest.raises(ImportFileError, match="empty ones included"):
        read_table(path, limits=ReadLimits(max_cells=1_000))
    assert len(read_table(path).rows) == 1
