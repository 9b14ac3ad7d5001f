"""Streaming scans of a workbook's XML parts, before any spreadsheet reader touches them.

Every part is parsed with expat, fed in bounded chunks, with the defences defusedxml installs
(a DTD, entity declarations and external entities stop the parse), and with handlers that only
count: memory stays flat however large the part is. Nothing here is a regular expression over
the raw bytes, so the spelling of the XML does not matter: ``r='A1'``, ``r = "a1"``, character
references in attribute values, namespace prefixes and attribute order all parse the same.

:func:`scan_sheet` mirrors how the reader (python-calamine) places cells — a test compares the
two on hundreds of generated sheets: elements are matched by local name inside ``<sheetData>``;
a cell's position is its own ``r`` (letters and digits, any case, any number of letters), else
the column after the previous cell's, in the row of its ``<row>``; a ``<row>`` without ``r``
follows the previous ``<row>``; only cells that hold a value (a non-empty ``<v>``, or an
``<is>`` inline string) count towards the extent the reader allocates; the ``<dimension>``
element is not used (the reader does not trust it either).
"""

from __future__ import annotations

import zipfile
from array import array
from dataclasses import dataclass, field
from typing import Any
from xml.parsers import expat

from services.importing.limits import (
    EXCEL_MAX_COLUMNS,
    EXCEL_MAX_ROWS,
    ImportFileError,
    ReadLimits,
)

CHUNK = 1 << 20
MAX_FORMULA_NOTES = 100_000
"""Formula cells without a saved result that are reported one by one; a file with more was
never saved by Excel and is refused."""
CELL_ELEMENTS_PER_CELL = 2
"""Cell elements (empty ones included) allowed per cell of ``ReadLimits.max_cells``: the reader
walks every one, so a sheet of tens of millions of empty cells is refused too."""


class Forbidden(Exception):
    """The XML declares a DTD or entities (raised from inside the parser's handlers)."""


def _forbid(*_args: Any) -> None:
    raise Forbidden


def _forbid_external(*_args: Any) -> int:
    raise Forbidden


def secure_parser() -> Any:
    """An expat parser that refuses DTDs, entity declarations and external entities."""
    parser = expat.ParserCreate()
    parser.buffer_text = True
    parser.buffer_size = 1 << 16
    parser.StartDoctypeDeclHandler = _forbid
    parser.EntityDeclHandler = _forbid
    parser.UnparsedEntityDeclHandler = _forbid
    parser.ExternalEntityRefHandler = _forbid_external
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    return parser


def feed_part(zf: zipfile.ZipFile, name: str, parser: Any) -> None:
    """Stream ``name`` through ``parser``; refuses a DTD or a damaged entry.

    Raises ``expat.ExpatError`` for malformed XML (the caller decides whether that matters).
    """
    try:
        with zf.open(name) as fh:
            while True:
                chunk = fh.read(CHUNK)
                parser.Parse(chunk, not chunk)
                if not chunk:
                    break
    except Forbidden:
        raise ImportFileError("The part {part} declares XML entities or a DTD, which "
                              "spreadsheets never need (a 'billion laughs' or XXE attack); the "
                              "file was not imported.", part=name) from None
    except (zipfile.BadZipFile, EOFError, OSError) as exc:
        raise ImportFileError("The workbook is damaged ({detail}); it was not imported.",
                              detail=_short(exc)) from exc


def _short(exc: BaseException, limit: int = 120) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= limit else text[:limit] + "…"


def local(name: str) -> str:
    """An element's local name (``x:c`` → ``c``)."""
    return name[name.rfind(":") + 1:]


def _column_table() -> dict[str, int]:
    out: dict[str, int] = {}
    letters = [chr(65 + i) for i in range(26)]
    names = list(letters)
    names += [a + b for a in letters for b in letters]
    names += [a + b + c for a in letters for b in letters for c in letters]
    for name in names:
        n = 0
        for ch in name:
            n = n * 26 + ord(ch) - 64
        out[name] = n
        out[name.lower()] = n
    return out


_COLUMNS = _column_table()
_DIGITS = "0123456789"


def parse_ref(ref: str) -> tuple[int, int] | None:
    """``(row, column)`` of an A1 reference (1-based, any case, any number of letters), or
    None when it is not one. Sizes beyond Excel's are returned as they are (the caller refuses).
    """
    letters = ref.rstrip(_DIGITS)
    col = _COLUMNS.get(letters)
    if col is not None:  # the common case: up to three letters of one case
        digits = ref[len(letters):]
        if 0 < len(digits) <= 9 and digits.isascii() and digits[0] != "0":
            return int(digits), col
    return _parse_ref_slowly(ref)


def _parse_ref_slowly(ref: str) -> tuple[int, int] | None:
    n = len(ref)
    i = 0
    col = 0
    while i < n and ref[i].isascii() and ref[i].isalpha():
        col = col * 26 + (ord(ref[i].upper()) - 64)
        i += 1
        if col > EXCEL_MAX_COLUMNS * 26:  # far beyond Excel; stop counting letters
            col = EXCEL_MAX_COLUMNS + 1
    digits = ref[i:]
    if i == 0 or not digits or not digits.isascii() or not digits.isdigit():
        return None
    digits = digits.lstrip("0")
    if not digits:
        return None
    return (int(digits) if len(digits) <= 9 else EXCEL_MAX_ROWS + 1), col


def col_letters(col: int) -> str:
    """1-based column number to Excel letters (``27`` → ``AA``)."""
    out = ""
    while col > 0:
        col, rem = divmod(col - 1, 26)
        out = chr(65 + rem) + out
    return out


def cell_name(row: int, col: int) -> str:
    """``C7`` for row 7, column 3."""
    return f"{col_letters(col)}{row}"


@dataclass
class SharedStrings:
    """Character count of every shared string, in order (what a ``t="s"`` cell refers to)."""

    lengths: array = field(default_factory=lambda: array("Q"))
    total: int = 0

    def length(self, index_text: str) -> int:
        """The length of the string a ``<v>`` index refers to (0 when there is none)."""
        text = index_text.strip()
        if not text.isdigit() or len(text) > 12:
            return 0
        i = int(text)
        return self.lengths[i] if i < len(self.lengths) else 0


def scan_shared_strings(zf: zipfile.ZipFile, name: str, limits: ReadLimits) -> SharedStrings:
    """Measure the shared strings table without keeping its text."""
    out = SharedStrings()
    depth_si = 0
    current = 0

    def start(tag: str, _attrs: dict[str, str]) -> None:
        nonlocal depth_si, current
        if local(tag) == "si":
            if depth_si == 0:
                current = 0
            depth_si += 1

    def end(tag: str) -> None:
        nonlocal depth_si
        if local(tag) == "si" and depth_si:
            depth_si -= 1
            if depth_si == 0:
                out.lengths.append(current)
                out.total += current
                if len(out.lengths) > limits.max_cells:
                    raise ImportFileError(
                        "The workbook holds more than {limit} different texts; it is not a "
                        "normal spreadsheet and was not imported.", limit=f"{limits.max_cells:,}")
                if out.total > limits.max_text_chars:
                    raise _too_much_text(out.total, limits)

    def data(text: str) -> None:
        nonlocal current
        if depth_si:
            current += len(text)

    parser = secure_parser()
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = data
    try:
        feed_part(zf, name, parser)
    except expat.ExpatError as exc:
        raise _bad_xml(name, exc) from exc
    return out


def _too_much_text(chars: int, limits: ReadLimits) -> ImportFileError:
    return ImportFileError(
        "The sheet holds more than {limit} characters of text ({chars} counted so far), more "
        "than one import can hold; it was not imported. Split the file, or remove very long "
        "texts.", limit=f"{limits.max_text_chars:,}", chars=f"{chars:,}")


def _bad_xml(name: str, exc: BaseException) -> ImportFileError:
    return ImportFileError("The part {part} is not valid XML ({detail}); the file was not "
                           "imported.", part=name, detail=_short(exc))


@dataclass
class SheetScan:
    """What the pre-check saw in one worksheet's XML."""

    rows: int = 0  # the largest row number of a cell holding a value
    columns: int = 0  # the largest column number of a cell holding a value
    cells: int = 0  # cells holding a value
    elements: int = 0  # cell elements, empty ones included
    text_chars: int = 0
    merged: int = 0
    merged_area: int = 0
    formula_without_value: list[str] = field(default_factory=list)  # cell refs like "C7"


def scan_sheet(zf: zipfile.ZipFile, name: str, shared: SharedStrings,
               limits: ReadLimits) -> SheetScan:
    """Measure the chosen worksheet (see the module docstring); refuses as it goes.

    Only element starts and character data are handled (an end handler would double the calls
    per cell, and this scan is the slowest step of reading a big file; the handlers are
    closures over local state for the same reason): a cell is finished when the next cell or row
    starts, or the part ends. Character data after a cell's ``<v>`` or ``<is>`` counts as its
    text; formula text comes before them, so it never does.
    """
    scan = SheetScan()
    row_cap, max_columns, max_cells = limits.row_cap, limits.max_columns, limits.max_cells
    max_chars, max_text = limits.max_cell_chars, limits.max_text_chars
    max_elements = max_cells * CELL_ELEMENTS_PER_CELL
    in_data = in_cell = shared_cell = has_value = has_formula = counting = False
    row = col = cell_row = cell_col = chars = 0
    index = ""

    def finish() -> None:
        nonlocal in_cell, counting
        in_cell = counting = False
        if not (has_value or chars):
            if has_formula:
                _formula_without_value(scan, cell_row, cell_col)
            return
        n = shared.length(index) if shared_cell else chars
        if n > max_chars:
            raise _long_cell(cell_row, cell_col, n, limits)
        if cell_row > row_cap:
            raise too_many_rows(cell_row, limits)
        if cell_col > max_columns:
            raise _too_many_columns(cell_col, limits)
        scan.cells += 1
        scan.text_chars += n
        if cell_row > scan.rows:
            scan.rows = cell_row
        if cell_col > scan.columns:
            scan.columns = cell_col
        if scan.cells > max_cells:
            raise ImportFileError("The sheet has more than {limit} cells, more than one "
                                  "import can hold; it was not imported.",
                                  limit=f"{max_cells:,}")
        if scan.text_chars > max_text:
            raise _too_much_text(scan.text_chars, limits)

    def start(tag: str, attrs: dict[str, str]) -> None:
        nonlocal in_data, in_cell, shared_cell, has_value, has_formula, counting
        nonlocal row, col, cell_row, cell_col, chars, index
        if ":" in tag:
            tag = tag[tag.rfind(":") + 1:]
        if in_cell:
            if tag == "v":
                counting = True
                return
            if tag == "f":
                has_formula = True
                return
            if tag == "is":
                counting = has_value = True
                return
            if tag != "c" and tag != "row" and tag != "mergeCell":
                return  # inside a value (t, r, rPh …) or an extension
            finish()
        if tag == "c":
            if not in_data:
                return
            scan.elements += 1
            if scan.elements > max_elements:
                raise ImportFileError("The sheet has more than {limit} cells (empty ones "
                                      "included), more than one import can hold; it was not "
                                      "imported.", limit=f"{max_elements:,}")
            ref = attrs.get("r")
            if ref is None:  # the next column, in the row of the <row> element
                col += 1
                cell_row = row or 1
            else:
                pos = parse_ref(ref)
                if pos is None:
                    raise _refuse_ref(ref)
                cell_row, col = pos
            in_cell = True
            cell_col = col
            shared_cell = attrs.get("t") == "s"
            has_value = has_formula = counting = False
            chars = 0
            index = ""
        elif tag == "row":
            if in_data:
                row = _row_number(attrs.get("r"), row)
                col = 0
        elif tag == "sheetData":
            in_data = True
        elif tag == "mergeCell":
            _merge(scan, attrs.get("ref", ""), limits)

    def data(text: str) -> None:
        nonlocal chars, index
        if counting:
            chars += len(text)
            if shared_cell and len(index) < 16:
                index += text
            if chars > max_chars:
                raise _long_cell(cell_row, cell_col, chars, limits)

    parser = secure_parser()
    parser.StartElementHandler = start
    parser.CharacterDataHandler = data
    try:
        feed_part(zf, name, parser)
    except expat.ExpatError as exc:
        raise _bad_xml(name, exc) from exc
    if in_cell:
        finish()
    return scan


def _row_number(r: str | None, previous: int) -> int:
    if r is None:
        return previous + 1
    text = r.strip()
    digits = text.lstrip("0")
    if not (text.isascii() and text.isdigit()) or not digits:
        raise _refuse_ref(r)
    return int(digits) if len(digits) <= 9 else EXCEL_MAX_ROWS + 1


def _formula_without_value(scan: SheetScan, row: int, col: int) -> None:
    found = scan.formula_without_value
    if len(found) >= MAX_FORMULA_NOTES:
        raise ImportFileError(
            "More than {limit} cells hold a formula without a saved result; open the file in "
            "Excel, save it, and import again.", limit=f"{MAX_FORMULA_NOTES:,}")
    found.append(cell_name(row, col))


def _merge(scan: SheetScan, ref: str, limits: ReadLimits) -> None:
    first, _sep, last = ref.partition(":")
    a, b = parse_ref(first.strip()), parse_ref((last or first).strip())
    if a is None or b is None:
        return  # the reader ignores or refuses it; nothing is allocated for it
    scan.merged += 1
    rows = abs(min(b[0], EXCEL_MAX_ROWS) - min(a[0], EXCEL_MAX_ROWS)) + 1
    cols = abs(min(b[1], EXCEL_MAX_COLUMNS) - min(a[1], EXCEL_MAX_COLUMNS)) + 1
    scan.merged_area += rows * cols
    if scan.merged > limits.max_merged_ranges or scan.merged_area > limits.max_cells:
        raise ImportFileError("The sheet has more merged cells than one import can hold (at "
                              "most {ranges} merged ranges of {cells} cells in all); it was not "
                              "imported.", ranges=f"{limits.max_merged_ranges:,}",
                              cells=f"{limits.max_cells:,}")


def _refuse_ref(ref: str) -> ImportFileError:
    shown = ref if len(ref) <= 20 else ref[:20] + "…"
    return ImportFileError("The sheet has a cell reference “{ref}” that is not a cell "
                           "address; the file is damaged and was not imported.", ref=shown)


def _long_cell(row: int, col: int, chars: int, limits: ReadLimits) -> ImportFileError:
    return ImportFileError(
        "Cell {cell} holds {chars}+ characters; Excel cells hold at most {limit}. The file was "
        "not written by Excel and was not imported.", cell=cell_name(row, col),
        chars=f"{chars:,}", limit=f"{limits.max_cell_chars:,}")


def too_many_rows(rows: int, limits: ReadLimits) -> ImportFileError:
    """The refusal of a sheet longer than the row limit."""
    return ImportFileError("The sheet has {rows} rows; Sailplan imports at most {limit} rows "
                           "per file. Split the file and import the parts.", rows=f"{rows:,}",
                           limit=f"{limits.row_cap:,}")


def _too_many_columns(cols: int, limits: ReadLimits) -> ImportFileError:
    return ImportFileError("The sheet uses {columns} columns; at most {limit} are supported. "
                           "Delete the unused columns and try again.", columns=f"{cols:,}",
                           limit=limits.max_columns)


def check_dtd(zf: zipfile.ZipFile, name: str, strict: bool) -> None:
    """Parse ``name`` only to refuse a DTD; malformed XML matters only when ``strict``."""
    parser = secure_parser()
    try:
        feed_part(zf, name, parser)
    except expat.ExpatError as exc:
        if strict:
            raise _bad_xml(name, exc) from exc

