"""Reading a spreadsheet file into a plain table of cell values.

Every file is read in a child process with capped memory (:mod:`services.importing.isolated`):
a reader that blows up kills the child, not the app. In that child, .xlsx goes through
:func:`services.importing.safety.check_xlsx` first and is then read with python-calamine (a Rust
reader, several times faster than openpyxl; it honours the 1904 date system and returns formulas'
cached values). .csv is decoded as UTF-8 (with or without BOM) or, when the bytes are not UTF-8
at all, GB18030 (a superset of GBK) — never silently: a file that is UTF-8 apart from a few
invalid bytes is refused with the offset and line of the first one, unless the caller names the
encoding. Its delimiter (comma, tab, semicolon, bar) is sniffed.

Merged cells: the value sits in the top-left cell only; the reader copies it into the other
cells of the range and notes it (a merged title or header spans columns; a merged "owner" spans
the rows of one group). Formula cells without a cached value are noted per cell so the preview can
say so instead of importing a silent blank; a row holding nothing but such formulas gets a note
too, instead of vanishing.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from services.importing import messages as M
from services.importing.csv_guard import is_own_file, unguard
from services.importing.isolated import read_in_child
from services.importing.limits import DEFAULT_LIMITS, ImportFileError, ReadLimits
from services.importing.messages import Msg, msg
from services.importing.progress import EVERY, Check, Progress, never, no_progress, stop_if
from services.importing.safety import check_xlsx, list_sheet_names
from services.importing.xlsx_scan import parse_ref

SUPPORTED = (".xlsx", ".xlsm", ".csv", ".txt", ".tsv")
#: Encodings a caller may name for a CSV (``None``/"auto" = detect); GBK and GB2312 are read as
#: GB18030, their superset.
ENCODINGS = ("auto", "utf-8", "gb18030", "utf-16")
_ALIASES = {"utf8": "utf-8", "utf-8-sig": "utf-8", "gbk": "gb18030", "gb2312": "gb18030",
            "cp936": "gb18030", "utf16": "utf-16"}


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
    notes: list[Msg] = field(default_factory=list)  # about the file as a whole


def list_sheets(path: str | Path, limits: ReadLimits = DEFAULT_LIMITS) -> list[str]:
    """Sheet names of a workbook (``[]`` for CSV): the zip directory and the workbook part
    only, so it is quick; the sheets themselves are checked when one is read.
    """
    if Path(path).suffix.lower() not in (".xlsx", ".xlsm"):
        return []
    return list_sheet_names(path, limits)


def normalise_encoding(encoding: str | None) -> str | None:
    """``None`` for automatic detection, else one of :data:`ENCODINGS` (refuses others)."""
    if encoding is None:
        return None
    key = encoding.strip().lower().replace("_", "-")
    key = _ALIASES.get(key, key)
    if key == "auto":
        return None
    if key not in ENCODINGS:
        raise ImportFileError("Unknown encoding “{encoding}”; use one of {known}.",
                              encoding=encoding[:40], known=", ".join(ENCODINGS))
    return key


def read_table(path: str | Path, sheet: str | int | None = None,
               limits: ReadLimits = DEFAULT_LIMITS, *, encoding: str | None = None,
               isolated: bool = True, progress: Progress | None = None,
               is_cancelled: Check | None = None) -> RawTable:
    """Read ``path`` (.xlsx or .csv) into a :class:`RawTable`; raises :class:`ImportFileError`.

    Reads in a capped child process unless ``isolated`` is False (see module docstring).
    ``encoding`` names a CSV's encoding (default: detect). Reports ``progress(done, total)`` and
    stops with ``ImportCancelled`` when ``is_cancelled()``.
    """
    progress = progress or no_progress
    is_cancelled = is_cancelled or never
    p = Path(path)
    _check_kind(p)
    encoding = normalise_encoding(encoding)
    if isolated:
        return read_in_child(read_table_here, p, limits, {"sheet": sheet, "encoding": encoding},
                             progress, is_cancelled)
    return read_table_here(p, sheet, limits, encoding=encoding, progress=progress,
                           is_cancelled=is_cancelled)


def _check_kind(p: Path) -> None:
    suffix = p.suffix.lower()
    if not p.is_file():
        raise ImportFileError("The file {path} does not exist.", path=p)
    if suffix == ".xls":
        raise ImportFileError("Old .xls workbooks are not supported; open the file in Excel or "
                              "WPS and save it as .xlsx, then import that.")
    if suffix not in SUPPORTED:
        raise ImportFileError("{file}: only .xlsx and .csv files can be imported.",
                              file=p.name)


def read_table_here(path: str | Path, sheet: str | int | None = None,
                    limits: ReadLimits = DEFAULT_LIMITS, *, encoding: str | None = None,
                    progress: Progress | None = None,
                    is_cancelled: Check | None = None) -> RawTable:
    """:func:`read_table` in this process (the child process runs this)."""
    progress = progress or no_progress
    is_cancelled = is_cancelled or never
    p = Path(path)
    _check_kind(p)
    try:
        if p.suffix.lower() in (".xlsx", ".xlsm"):
            return _read_xlsx(p, sheet, limits, progress, is_cancelled)
        return _read_csv(p, limits, normalise_encoding(encoding), progress, is_cancelled)
    except OSError as exc:
        raise ImportFileError("{file} could not be read ({detail}).", file=p.name,
                              detail=exc.strerror or exc) from exc


def _read_xlsx(path: Path, sheet: str | int | None, limits: ReadLimits, progress: Progress,
               is_cancelled: Check) -> RawTable:
    progress(0, 4)
    info = check_xlsx(path, sheet, limits)
    progress(2, 4)
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
        text = " ".join(str(exc).split())[:160]
        raise ImportFileError("{file} could not be read as a workbook ({detail}).",
                              file=path.name, detail=text) from exc
    progress(3, 4)
    stop_if(is_cancelled)
    r0, c0 = start
    table = RawTable(rows=[list(r) for r in values],
                     row_numbers=list(range(r0 + 1, r0 + 1 + len(values))),
                     sheet_names=info.sheet_names, sheet=info.sheet_names[index],
                     date1904=info.date1904)
    _fill_merged(table, merged, r0, c0)
    _note_formulas(table, info.sheet.formula_without_value, r0, c0)
    progress(4, 4)
    return table


def _note_formulas(table: RawTable, refs: list[str], r0: int, c0: int) -> None:
    """Mark formula cells without a cached value; those outside what the reader returned (a
    row or column holding nothing else) become notes about the file.
    """
    outside: dict[int, list[str]] = {}
    for ref in refs:
        pos = parse_ref(ref)
        if pos is None:
            continue
        r, c = pos[0] - 1 - r0, pos[1] - 1 - c0
        if 0 <= r < len(table.rows) and c >= 0:
            table.formula_missing.add((r, c))
            table.cell_notes[(r, c)] = msg(M.FORMULA_NO_VALUE, cell=ref)
        else:
            outside.setdefault(pos[0], []).append(ref)
    for row, cells in sorted(outside.items()):
        table.notes.append(msg(M.FORMULA_ONLY_ROW, row=row, cells=", ".join(cells[:5])))


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


WINDOW = 1 << 20
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


def _non_ascii(text: str) -> int:
    return len(text) - len(text.encode("ascii", "ignore"))


def _utf8_evidence(data: bytes, first_error: int) -> tuple[int, int]:
    """``(valid, invalid)``: multi-byte UTF-8 characters and invalid sequences around the first
    invalid byte (a window of about 2 MB, so the cost stays bounded on big files).
    """
    valid = _non_ascii(data[max(0, first_error - WINDOW):first_error].decode("utf-8", "ignore"))
    invalid = 0
    view = memoryview(data)
    pos, end = first_error, min(len(data), first_error + WINDOW)
    while pos < end and invalid < 1000:
        try:
            text, used = codecs.utf_8_decode(view[pos:end], "strict", end == len(data))
        except UnicodeDecodeError as exc:
            valid += _non_ascii(bytes(view[pos:pos + exc.start]).decode("utf-8"))
            invalid += 1
            pos += exc.end
            continue
        valid += _non_ascii(text)
        if used == 0:
            break
        pos += used
    return valid, invalid


def _bad_bytes(data: bytes, exc: UnicodeDecodeError, what: str, offset: int = 0) -> \
        ImportFileError:
    at = exc.start + offset
    line = data.count(b"\n", 0, at) + 1
    byte = data[at:at + 1].hex().upper()
    return ImportFileError(
        "The CSV file is {encoding} text, but byte {offset} (line {line}, 0x{byte}) is not "
        "valid {encoding}; nothing was imported. Correct that character, save the file again "
        "as “CSV UTF-8”, or choose the file's encoding explicitly.", encoding=what,
        offset=f"{at:,}", line=line, byte=byte)


def decode_text(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Decode CSV bytes (see the module docstring): the named ``encoding``, else a BOM, else
    strict UTF-8, else GB18030 (covers GBK/GB2312) when the bytes are not mostly UTF-8.
    """
    encoding = normalise_encoding(encoding)
    bom = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    if encoding is None and data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    if encoding is None and bom:
        encoding = "utf-8"
    if encoding is not None:
        skip = bom if encoding == "utf-8" else 0
        try:
            text = data[skip:].decode(encoding)
        except UnicodeDecodeError as exc:
            raise _bad_bytes(data, exc, _NAMES[encoding], skip) from exc
        return text, "utf-8-sig" if skip else encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        valid, invalid = _utf8_evidence(data, exc.start)
        if valid >= 2 * invalid:
            raise _bad_bytes(data, exc, "UTF-8") from exc
        first = exc
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        pass
    at = first.start
    line = data.count(b"\n", 0, at) + 1
    raise ImportFileError("The CSV file is neither UTF-8 nor GBK text (the first byte that is "
                          "not UTF-8 is byte {offset}, line {line}); save it from Excel as "
                          "“CSV UTF-8” and import again, or choose its encoding explicitly.",
                          offset=f"{at:,}", line=line)


_NAMES = {"utf-8": "UTF-8", "gb18030": "GBK/GB18030", "utf-16": "UTF-16"}


def sniff_delimiter(sample: str) -> str:
    """Comma, tab, semicolon or bar: the one that splits the first records most consistently.

    Records, not lines: a quoted cell holding a line break (notes written on two lines) is
    one cell, and must not make its halves look like rows of another shape.
    """
    best, best_score = ",", -1.0
    for delim in (",", "\t", ";", "|"):
        try:
            records = csv.reader(io.StringIO(sample, newline=""), delimiter=delim)
            counts = [len(rec) - 1 for rec in itertools.islice(records, 50)
                      if any(cell.strip() for cell in rec)]
        except csv.Error:
            continue
        if not counts or max(counts) == 0:
            continue
        common = max(set(counts), key=counts.count)
        score = counts.count(common) * 10 + common
        if score > best_score:
            best, best_score = delim, score
    return best


def _read_csv(path: Path, limits: ReadLimits, encoding: str | None, progress: Progress,
              is_cancelled: Check) -> RawTable:
    size = path.stat().st_size
    if size > limits.max_csv_bytes:
        raise ImportFileError("{file} is {mb} MB; at most {limit} MB can be imported at once.",
                              file=path.name, mb=f"{size // 1_000_000:,}",
                              limit=f"{limits.max_csv_bytes // 1_000_000:,}")
    text, encoding = decode_text(path.read_bytes(), encoding)
    delimiter = sniff_delimiter(text[:65536])
    rows: list[list[Any]] = []
    # Lines split as a file opened with newline="" splits them (\r\n, \r or \n), without
    # copying the whole text into a StringIO (4 bytes a character).
    lines = _LINE.finditer(text)
    position = [0]

    def each_line() -> Iterator[str]:
        for m in lines:
            position[0] = m.end()
            yield m.group()

    reader = csv.reader(each_line(), delimiter=delimiter)
    size = len(text)
    progress(0, size)
    chars = 0
    try:
        for record in reader:
            if len(rows) % EVERY == 0:
                stop_if(is_cancelled)
                progress(position[0], size)
            if len(rows) >= limits.row_cap:
                raise ImportFileError("The file has more than {limit} rows; split it and "
                                      "import the parts.", limit=f"{limits.row_cap:,}")
            if len(record) > limits.max_columns:
                raise ImportFileError("Row {row} has {columns} columns; at most {limit} are "
                                      "supported.", row=len(rows) + 1, columns=len(record),
                                      limit=limits.max_columns)
            for col, value in enumerate(record):
                if len(value) > limits.max_cell_chars:
                    raise ImportFileError(
                        "Row {row}, column {column} holds {chars} characters; at most {limit} "
                        "fit in one cell. The file was not imported.", row=len(rows) + 1,
                        column=col + 1, chars=f"{len(value):,}",
                        limit=f"{limits.max_cell_chars:,}")
                chars += len(value)
            if chars > limits.max_text_chars:
                raise ImportFileError("The file holds more than {limit} characters of text; "
                                      "split it and import the parts.",
                                      limit=f"{limits.max_text_chars:,}")
            rows.append(record)
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise ImportFileError("Row {row} holds a cell of more than {chars} characters; "
                                  "at most {limit} fit in one cell. The file was not imported.",
                                  row=len(rows) + 1, chars=f"{csv.field_size_limit():,}",
                                  limit=f"{limits.max_cell_chars:,}") from exc
        raise ImportFileError("The CSV file is malformed near row {row}: {detail}.",
                              row=len(rows) + 1, detail=exc) from exc
    if rows and is_own_file(rows[0]):
        rows[1:] = [[unguard(v) for v in r] for r in rows[1:]]
    progress(size, size)
    return RawTable(rows=rows, row_numbers=list(range(1, len(rows) + 1)), encoding=encoding,
                    delimiter=delimiter)
