"""Reading a spreadsheet file into a plain table of cell values.

.xlsx goes through :func:`services.importing.safety.check_xlsx` first and is then read with
python-calamine (a Rust reader, several times faster than openpyxl; it honours the 1904 date
system and returns formulas' cached values). .csv is decoded as UTF-8 (with or without BOM), else
GB18030 (a superset of GBK), and its delimiter (comma, tab, semicolon) is sniffed.

Merged cells: the value sits in the top-left cell only; the reader copies it into the other
cells of the range and notes it (a merged title or header spans columns; a merged "owner" spans
the rows of one group). Formula cells without a cached value are noted per cell so the preview can
say so instead of importing a silent blank.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from services.importing import messages as M
from services.importing.limits import DEFAULT_LIMITS, ImportFileError, ReadLimits
from services.importing.messages import Msg, msg
from services.importing.progress import EVERY, Check, Progress, never, no_progress, stop_if
from services.importing.safety import check_xlsx, col_number

SUPPORTED = (".xlsx", ".xlsm", ".csv", ".txt", ".tsv")
CSV_QUOTED_PREFIX = ("=", "+", "-", "@", "\t", "\r")


@dataclass
class RawTable:
    """Cell values of one sheet, with the file's own row numbers and per-cell notes."""

    rows: list[list[Any]]
    row_numbers: list[int]  # 1-based row number in the file, per entry of ``rows``
    sheet_names: list[str] = field(default_factory=list)
    sheet: str = ""
    encoding: str = ""  # CSV only
    delimiter: str = ""  # CSV only
    date1904: bool = False
    # (index into rows, column index) → note, e.g. formula without a cached value.
    cell_notes: dict[tuple[int, int], Msg] = field(default_factory=dict)
    formula_missing: set[tuple[int, int]] = field(default_factory=set)


def list_sheets(path: str | Path, limits: ReadLimits = DEFAULT_LIMITS) -> list[str]:
    """Sheet names of a workbook (``[]`` for CSV), after the safety pre-check."""
    if Path(path).suffix.lower() not in (".xlsx", ".xlsm"):
        return []
    return check_xlsx(path, None, limits).sheet_names


def read_table(path: str | Path, sheet: str | int | None = None,
               limits: ReadLimits = DEFAULT_LIMITS, *, progress: Progress | None = None,
               is_cancelled: Check | None = None) -> RawTable:
    """Read ``path`` (.xlsx or .csv) into a :class:`RawTable`; raises :class:`ImportFileError`.

    Reports ``progress(done, total)`` and stops with ``ImportCancelled`` when ``is_cancelled()``
    (between the safety check and the read of a workbook; every few thousand rows of a CSV).
    """
    progress = progress or no_progress
    is_cancelled = is_cancelled or never
    p = Path(path)
    suffix = p.suffix.lower()
    if not p.is_file():
        raise ImportFileError(f"The file {p} does not exist.")
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(p, sheet, limits, progress, is_cancelled)
    if suffix in (".csv", ".txt", ".tsv"):
        return _read_csv(p, limits, progress, is_cancelled)
    if suffix == ".xls":
        raise ImportFileError("Old .xls workbooks are not supported; open the file in Excel or "
                              "WPS and save it as .xlsx, then import that.")
    raise ImportFileError(f"{p.name}: only .xlsx and .csv files can be imported.")


def _read_xlsx(path: Path, sheet: str | int | None, limits: ReadLimits, progress: Progress,
               is_cancelled: Check) -> RawTable:
    progress(0, 4)
    info = check_xlsx(path, sheet, limits)
    progress(1, 4)
    stop_if(is_cancelled)
    from python_calamine import CalamineWorkbook  # loads on the first .xlsx read, not at start-up

    index = sheet if isinstance(sheet, int) else (
        info.sheet_names.index(sheet) if isinstance(sheet, str) else 0)
    try:
        wb = CalamineWorkbook.from_path(str(path))
        try:
            sh = wb.get_sheet_by_index(index)
            values = sh.to_python(skip_empty_area=True)
            start = sh.start or (0, 0)
            merged = list(sh.merged_cell_ranges or [])
        finally:
            wb.close()
    except ImportFileError:
        raise
    except Exception as exc:  # calamine raises several error types; all mean "unreadable"
        raise ImportFileError(f"{path.name} could not be read as a workbook ({exc}).") from exc
    progress(3, 4)
    stop_if(is_cancelled)
    r0, c0 = start
    table = RawTable(rows=[list(r) for r in values],
                     row_numbers=list(range(r0 + 1, r0 + 1 + len(values))),
                     sheet_names=info.sheet_names, sheet=info.sheet_names[index],
                     date1904=info.date1904)
    _fill_merged(table, merged, r0, c0)
    for ref in info.sheet.formula_without_value:
        letters = ref.rstrip("0123456789")
        r = int(ref[len(letters):]) - 1 - r0
        c = col_number(letters) - 1 - c0
        if 0 <= r < len(table.rows) and 0 <= c:
            table.formula_missing.add((r, c))
            table.cell_notes[(r, c)] = msg(M.FORMULA_NO_VALUE, cell=ref)
    progress(4, 4)
    return table


def _fill_merged(table: RawTable, merged: list[Any], r0: int, c0: int) -> None:
    rows = table.rows
    width = max((len(r) for r in rows), default=0)
    for (top, left), (bottom, right) in merged:
        t, lft, b, rgt = top - r0, left - c0, bottom - r0, right - c0
        if not (0 <= t < len(rows) and 0 <= lft < width):
            continue
        value = rows[t][lft]
        for r in range(t, min(b, len(rows) - 1) + 1):
            row = rows[r]
            if len(row) < width:
                row.extend([""] * (width - len(row)))
            for c in range(lft, min(rgt, width - 1) + 1):
                if (r, c) != (t, lft):
                    row[c] = value
                    table.cell_notes[(r, c)] = msg(M.MERGED)


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode CSV bytes: BOM first, then strict UTF-8, then GB18030 (covers GBK/GB2312)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    attempts = ("utf-16",) if data.startswith((b"\xff\xfe", b"\xfe\xff")) else (
        "utf-8", "gb18030")
    for encoding in attempts:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise ImportFileError("The CSV file is neither UTF-8 nor GBK text; save it from Excel "
                          "as “CSV UTF-8” and import again.")


def sniff_delimiter(sample: str) -> str:
    """Comma, tab or semicolon: the one that splits the first lines most consistently."""
    lines = [ln for ln in sample.splitlines()[:50] if ln.strip()]
    best, best_score = ",", -1.0
    for delim in (",", "\t", ";", "|"):
        counts = [len(next(csv.reader([ln], delimiter=delim))) - 1 for ln in lines]
        if not counts or max(counts) == 0:
            continue
        common = max(set(counts), key=counts.count)
        score = counts.count(common) * 10 + common
        if score > best_score:
            best, best_score = delim, score
    return best


def _read_csv(path: Path, limits: ReadLimits, progress: Progress,
              is_cancelled: Check) -> RawTable:
    size = path.stat().st_size
    if size > limits.max_csv_bytes:
        raise ImportFileError(f"{path.name} is {size // 1_000_000} MB; at most "
                              f"{limits.max_csv_bytes // 1_000_000} MB can be imported at once.")
    text, encoding = decode_text(path.read_bytes())
    delimiter = sniff_delimiter(text[:65536])
    rows: list[list[Any]] = []
    source = io.StringIO(text, newline="")
    reader = csv.reader(source, delimiter=delimiter)
    size = len(text)
    progress(0, size)
    try:
        for record in reader:
            if len(rows) % EVERY == 0:
                stop_if(is_cancelled)
                progress(source.tell(), size)
            if len(rows) >= limits.row_cap:
                raise ImportFileError(f"The file has more than {limits.row_cap:,} rows; split it "
                                      "and import the parts.")
            if len(record) > limits.max_columns:
                raise ImportFileError(f"Row {len(rows) + 1} has {len(record)} columns; at most "
                                      f"{limits.max_columns} are supported.")
            rows.append([_unquote(v) for v in record])
    except csv.Error as exc:
        raise ImportFileError(f"The CSV file is malformed near row {len(rows) + 1}: "
                              f"{exc}.") from exc
    progress(size, size)
    return RawTable(rows=rows, row_numbers=list(range(1, len(rows) + 1)), encoding=encoding,
                    delimiter=delimiter)


def _unquote(value: str) -> str:
    # Sailplan's CSV export protects text starting with = + - @ by a leading quote (OWASP).
    if len(value) > 1 and value[0] == "'" and value[1] in CSV_QUOTED_PREFIX:
        return value[1:]
    return value
