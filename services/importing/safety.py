"""Safety pre-check of an .xlsx before any parser touches it.

An .xlsx is a zip of XML parts, so a hostile file can be a zip bomb (a tiny entry that inflates to
gigabytes), carry XML entity declarations (the "billion laughs" expansion), or claim or contain a
sheet far larger than memory allows. :func:`check_xlsx` reads every entry once, in bounded
chunks, and refuses the file with an :class:`ImportFileError` when

* there are too many entries, or their declared uncompressed size is too large in total, or a
  large entry's compression ratio is beyond what real spreadsheets reach;
* an entry's data does not match its declared size/CRC (zipfile verifies while streaming);
* any XML part declares a DTD or entities (``<!DOCTYPE`` / ``<!ENTITY``) — Excel never writes one;
* the chosen sheet's real extent (rows and columns seen in its cells, *not* the ``<dimension>``
  element, which is ignored) exceeds :class:`ReadLimits`.

It also finds formula cells that carry no cached value (``<f>`` without a ``<v>``), which readers
would silently turn into blanks, and whether the workbook uses the 1904 date system.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import Element

from defusedxml import ElementTree as SafeET

from services.importing.limits import EXCEL_MAX_COLUMNS, ImportFileError, ReadLimits

CHUNK = 1 << 20
CARRY = 256
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_ROW_OR_CELL = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(row|c)[\s>/]")
_ATTR_R = re.compile(rb'\sr="([A-Z]{0,3})(\d+)"')
_FORMULA_CELL = re.compile(
    rb'<(?:\w+:)?c\b[^>]*?\sr="([A-Z]{1,3}\d+)"[^>]*>(.*?)</(?:\w+:)?c>', re.S)
_HAS_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_CACHED_VALUE = re.compile(rb"<(?:\w+:)?v>[^<]+</(?:\w+:)?v>")
NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
NS_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


@dataclass
class SheetScan:
    """What the pre-check saw in one worksheet's XML."""

    rows: int = 0
    columns: int = 0
    formula_without_value: list[str] = field(default_factory=list)  # cell refs like "C7"


@dataclass
class XlsxInfo:
    """Result of :func:`check_xlsx`: sheet names in order, the date system, the scanned sheet."""

    sheet_names: list[str]
    date1904: bool
    sheet: SheetScan


def col_number(letters: str) -> int:
    """Excel column letters to a 1-based number (``A`` → 1, ``AA`` → 27)."""
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n


def _refuse(message: str) -> ImportFileError:
    return ImportFileError(message)


def _check_entries(zf: zipfile.ZipFile, limits: ReadLimits) -> None:
    infos = zf.infolist()
    if len(infos) > limits.max_entries:
        raise _refuse(f"The workbook has {len(infos)} parts (limit {limits.max_entries}); "
                      "it is not a normal spreadsheet and was not imported.")
    total = 0
    for info in infos:
        total += info.file_size
        if total > limits.max_uncompressed_bytes:
            raise _refuse("The workbook would expand to more than "
                          f"{limits.max_uncompressed_bytes // 1_000_000} MB when unpacked "
                          "(a zip bomb or an unusually large file); it was not imported.")
        if info.file_size >= limits.ratio_check_min_bytes:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > limits.max_entry_ratio:
                raise _refuse(f"The part {info.filename} is compressed {ratio:.0f}:1, far "
                              "beyond real spreadsheets (a zip bomb); the file was not imported.")


def _scan_entry(zf: zipfile.ZipFile, name: str, scan: SheetScan | None,
                limits: ReadLimits) -> bytes | None:
    """Stream one entry: refuse DTDs; for the chosen sheet, measure it. Returns small parts."""
    keep = name in ("xl/workbook.xml", "xl/_rels/workbook.xml.rels")
    kept: list[bytes] = []
    max_row = rows_seen = max_col = widest = in_row = 0
    refs = cells = 0
    carry = b""
    try:
        with zf.open(name) as fh:
            while True:
                chunk = fh.read(CHUNK)
                buf = carry + chunk
                if _DTD.search(buf):
                    raise _refuse(f"The part {name} declares XML entities or a DTD, which "
                                  "spreadsheets never need (a 'billion laughs' attack); the file "
                                  "was not imported.")
                if keep:
                    kept.append(chunk)
                cutoff = len(buf) - CARRY if chunk else len(buf)
                if scan is not None:
                    for m in _ROW_OR_CELL.finditer(buf, 0, max(cutoff, 0)):
                        if m.group(1) == b"row":
                            rows_seen += 1
                            widest = max(widest, in_row)
                            in_row = 0
                        else:
                            cells += 1
                            in_row += 1
                    for m in _ATTR_R.finditer(buf, 0, max(cutoff, 0)):
                        max_row = max(max_row, int(m.group(2)))
                        if m.group(1):
                            refs += 1
                            max_col = max(max_col, col_number(m.group(1).decode()))
                    if _HAS_FORMULA.search(buf, 0, max(cutoff, 0)):
                        _find_uncached(buf, max(cutoff, 0), scan)
                    if max(max_row, rows_seen) > limits.row_cap:
                        raise _too_many_rows(max(max_row, rows_seen), limits)
                if not chunk:
                    break
                carry = buf[max(cutoff, 0):]
    except zipfile.BadZipFile as exc:
        raise _refuse(f"The workbook is damaged ({exc}); it was not imported.") from exc
    if scan is not None:
        widest = max(widest, in_row)
        scan.rows = max(max_row, rows_seen)
        # Cells without an explicit reference are placed one after another in their row.
        scan.columns = max(max_col, widest) if cells > refs else max_col
        _check_extent(scan, limits)
    return b"".join(kept) if keep else None


def _find_uncached(buf: bytes, cutoff: int, scan: SheetScan) -> None:
    for m in _FORMULA_CELL.finditer(buf, 0, cutoff):
        inner = m.group(2)
        if _HAS_FORMULA.search(inner) and not _CACHED_VALUE.search(inner):
            ref = m.group(1).decode()
            if ref not in scan.formula_without_value:
                scan.formula_without_value.append(ref)


def _too_many_rows(rows: int, limits: ReadLimits) -> ImportFileError:
    return _refuse(f"The sheet has {rows:,} rows; Sailplan imports at most "
                   f"{limits.row_cap:,} rows per file. Split the file and import the parts.")


def _check_extent(scan: SheetScan, limits: ReadLimits) -> None:
    if scan.rows > limits.row_cap:
        raise _too_many_rows(scan.rows, limits)
    if scan.columns > min(limits.max_columns, EXCEL_MAX_COLUMNS):
        raise _refuse(f"The sheet uses {scan.columns:,} columns; at most {limits.max_columns} "
                      "are supported. Delete the unused columns and try again.")
    if scan.rows * scan.columns > limits.max_cells:
        raise _refuse(f"The sheet spans {scan.rows:,} rows × {scan.columns:,} columns, more "
                      f"than the {limits.max_cells:,} cells one import can hold.")


def _parse_small(data: bytes, name: str) -> Element:
    try:
        return SafeET.fromstring(data)
    except Exception as exc:  # defusedxml raises its own classes for forbidden constructs
        raise _refuse(f"The part {name} is not valid XML ({exc}); the file was not "
                      "imported.") from exc


def _sheets(workbook_xml: bytes, rels_xml: bytes) -> tuple[list[tuple[str, str]], bool]:
    wb = _parse_small(workbook_xml, "xl/workbook.xml")
    rels = _parse_small(rels_xml, "xl/_rels/workbook.xml.rels")
    targets = {r.get("Id"): r.get("Target", "") for r in rels.iter(f"{NS_PKG_REL}Relationship")}
    out: list[tuple[str, str]] = []
    for sh in wb.iter(f"{NS_MAIN}sheet"):
        target = targets.get(sh.get(f"{NS_REL}id"), "")
        path = target.lstrip("/") if target.startswith("/") else "xl/" + target
        out.append((sh.get("name", ""), path))
    pr = wb.find(f"{NS_MAIN}workbookPr")
    date1904 = pr is not None and pr.get("date1904", "0").lower() in ("1", "true")
    return out, date1904


def check_xlsx(path: str | Path, sheet: str | int | None, limits: ReadLimits) -> XlsxInfo:
    """Pre-check ``path`` (see module docstring); ``sheet`` is a name, an index or None (first).

    Raises :class:`ImportFileError` with a user-facing message when the file is refused.
    """
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise _refuse(f"{Path(path).name} is not a readable .xlsx workbook ({exc}).") from exc
    with zf:
        _check_entries(zf, limits)
        names = set(zf.namelist())
        for required in ("xl/workbook.xml", "xl/_rels/workbook.xml.rels"):
            if required not in names:
                raise _refuse(f"{Path(path).name} is not an Excel workbook (no {required}).")
        small = {n: _scan_entry(zf, n, None, limits)
                 for n in ("xl/workbook.xml", "xl/_rels/workbook.xml.rels")}
        sheets, date1904 = _sheets(small["xl/workbook.xml"] or b"",
                                   small["xl/_rels/workbook.xml.rels"] or b"")
        if not sheets:
            raise _refuse(f"{Path(path).name} contains no worksheet.")
        index = _sheet_index(sheets, sheet)
        target = sheets[index][1]
        scan = SheetScan()
        for info in zf.infolist():
            name = info.filename
            if name in small or info.is_dir():
                continue
            if name == target:
                _scan_entry(zf, name, scan, limits)
            elif name.endswith((".xml", ".rels", ".vml")):
                _scan_entry(zf, name, None, limits)
        return XlsxInfo([s[0] for s in sheets], date1904, scan)


def _sheet_index(sheets: list[tuple[str, str]], sheet: str | int | None) -> int:
    if sheet is None:
        return 0
    if isinstance(sheet, int):
        if 0 <= sheet < len(sheets):
            return sheet
        raise _refuse(f"The workbook has no sheet number {sheet + 1}.")
    for i, (name, _target) in enumerate(sheets):
        if name == sheet:
            return i
    raise _refuse(f"The workbook has no sheet named “{sheet}”.")
