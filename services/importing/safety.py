"""Safety pre-check of an .xlsx before any parser touches it.

An .xlsx is a zip of XML parts, so a hostile file can be a zip bomb (a tiny entry that inflates to
gigabytes), carry XML entity declarations (the "billion laughs" expansion, XXE), place one cell
far away so that the reader allocates the whole rectangle up to it, or hold gigabytes of text in a
small file. :func:`check_xlsx` streams every part the reader will read through a real XML parser
(:mod:`services.importing.xlsx_scan`, never a regular expression, so no spelling of a cell
reference slips past) and refuses the file with an :class:`ImportFileError` when

* there are too many entries, or their declared uncompressed size is too large in total, or a
  large entry's compression ratio is beyond what real spreadsheets reach, or a part the reader
  loads whole (workbook, relationships, styles) is larger than any real one;
* an entry's data does not match its declared size/CRC (zipfile verifies while streaming);
* an XML part declares a DTD or entities — Excel never writes one;
* the chosen sheet's real extent (rows × columns of the cells holding a value; the
  ``<dimension>`` element is ignored, as the reader ignores it), its number of cells, the
  characters of text its cells hold (a shared string counted once per cell using it), the
  characters of one cell, its merged ranges, or the memory the read would take exceed
  :class:`ReadLimits` — all of this *before* the reader allocates anything.

It also finds formula cells that carry no cached value (``<f>`` without a ``<v>``), which readers
would silently turn into blanks, and whether the workbook uses the 1904 date system.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import Element

from defusedxml import ElementTree as SafeET

from services.importing.limits import ImportFileError, ReadLimits, table_bytes
from services.importing.xlsx_scan import (
    SharedStrings,
    SheetScan,
    check_dtd,
    scan_shared_strings,
    scan_sheet,
)

NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
NS_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
WORKBOOK = "xl/workbook.xml"
WORKBOOK_RELS = "xl/_rels/workbook.xml.rels"
SHARED_STRINGS = "xl/sharedStrings.xml"
LOADED_WHOLE = (WORKBOOK, WORKBOOK_RELS, "xl/styles.xml", "[Content_Types].xml")
MAX_LOADED_PART = 32_000_000
"""Parts the reader loads whole (styles, content types): real ones are a few MB."""
MAX_TREE_PART = 4_000_000
"""The workbook part and its relationships, which the sheet list is read from (also on the
app's worker thread, to fill the wizard's sheet box): real ones are a few kB."""

__all__ = ["SheetScan", "XlsxInfo", "check_xlsx", "col_number", "list_sheet_names"]


@dataclass
class XlsxInfo:
    """Result of :func:`check_xlsx`: sheet names in order, the date system, the scanned sheet."""

    sheet_names: list[str]
    date1904: bool
    sheet: SheetScan


def col_number(letters: str) -> int:
    """Excel column letters to a 1-based number (``A`` → 1, ``AA`` → 27; any case)."""
    n = 0
    for ch in letters.upper():
        n = n * 26 + (ord(ch) - 64)
    return n


def _refuse(message: str) -> ImportFileError:
    return ImportFileError(message)


def _check_entries(zf: zipfile.ZipFile, limits: ReadLimits) -> None:
    infos = zf.infolist()
    if len(infos) > limits.max_entries:
        raise _refuse(f"The workbook has {len(infos)} parts (limit {limits.max_entries}); "
                      "it is not a normal spreadsheet and was not imported.")
    if len({i.filename.lower() for i in infos}) != len(infos):
        raise _refuse("The workbook holds two parts with the same name (readers would disagree "
                      "on which one counts); it was not imported.")
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
        cap = MAX_TREE_PART if info.filename in (WORKBOOK, WORKBOOK_RELS) else MAX_LOADED_PART
        if info.filename in LOADED_WHOLE and info.file_size > cap:
            raise _refuse(f"The part {info.filename} is {info.file_size // 1_000_000} MB, far "
                          "larger than in real spreadsheets; the file was not imported.")


def _read_small(zf: zipfile.ZipFile, name: str) -> Element:
    check_dtd(zf, name, strict=True)  # streams first: no DTD, well-formed, CRC verified
    if zf.getinfo(name).file_size > MAX_TREE_PART:  # the directory lied (the CRC check agreed)
        raise _refuse(f"The part {name} is larger than in any real spreadsheet; the file was "
                      "not imported.")
    try:
        with zf.open(name) as fh:
            data = fh.read(MAX_TREE_PART + 1)
        return SafeET.fromstring(data)
    except Exception as exc:  # defusedxml raises its own classes for forbidden constructs
        raise _refuse(f"The part {name} is not valid XML; the file was not imported.") from exc


def _sheets(zf: zipfile.ZipFile) -> tuple[list[tuple[str, str]], bool, str]:
    """Sheets ``(name, part)``, the 1904 flag and the shared strings part of a workbook."""
    wb = _read_small(zf, WORKBOOK)
    rels = _read_small(zf, WORKBOOK_RELS)
    targets: dict[str | None, str] = {}
    shared = SHARED_STRINGS
    for r in rels.iter(f"{NS_PKG_REL}Relationship"):
        target = r.get("Target", "")
        path = target.lstrip("/") if target.startswith("/") else "xl/" + target
        targets[r.get("Id")] = path
        if r.get("Type", "").endswith("/sharedStrings"):
            shared = path
    out: list[tuple[str, str]] = []
    for sh in wb.iter(f"{NS_MAIN}sheet"):
        out.append((sh.get("name", ""), targets.get(sh.get(f"{NS_REL}id"), "")))
    pr = wb.find(f"{NS_MAIN}workbookPr")
    date1904 = pr is not None and pr.get("date1904", "0").lower() in ("1", "true")
    return out, date1904, shared


def _open(path: str | Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _refuse(f"{Path(path).name} is not a readable .xlsx workbook ({exc}).") from exc


def _require_parts(zf: zipfile.ZipFile, path: str | Path) -> None:
    names = set(zf.namelist())
    for required in (WORKBOOK, WORKBOOK_RELS):
        if required not in names:
            raise _refuse(f"{Path(path).name} is not an Excel workbook (no {required}).")


def list_sheet_names(path: str | Path, limits: ReadLimits) -> list[str]:
    """Sheet names only: the zip directory and the workbook part, not the sheets (fast)."""
    with _open(path) as zf:
        _check_entries(zf, limits)
        _require_parts(zf, path)
        return [name for name, _part in _sheets(zf)[0]]


def check_xlsx(path: str | Path, sheet: str | int | None, limits: ReadLimits) -> XlsxInfo:
    """Pre-check ``path`` (see module docstring); ``sheet`` is a name, an index or None (first).

    Raises :class:`ImportFileError` with a user-facing message when the file is refused.
    """
    with _open(path) as zf:
        _check_entries(zf, limits)
        _require_parts(zf, path)
        sheets, date1904, shared_part = _sheets(zf)
        if not sheets:
            raise _refuse(f"{Path(path).name} contains no worksheet.")
        index = _sheet_index(sheets, sheet)
        target = sheets[index][1]
        names = set(zf.namelist())
        if target not in names:
            raise _refuse(f"{Path(path).name} is damaged: the sheet “{sheets[index][0]}” has "
                          "no data part.")
        other_sheets = {part for _name, part in sheets} - {target}
        if shared_part != SHARED_STRINGS and {shared_part, SHARED_STRINGS} <= names:
            raise _refuse(f"{Path(path).name} has two shared-string tables; it is not a normal "
                          "spreadsheet and was not imported.")
        shared = SharedStrings()
        for info in zf.infolist():
            name = info.filename
            if info.is_dir() or name in (WORKBOOK, WORKBOOK_RELS, target) \
                    or name in other_sheets:
                continue  # other sheets are never read
            if name in (shared_part, SHARED_STRINGS):
                shared = scan_shared_strings(zf, name, limits)
            elif name.lower().endswith((".xml", ".rels", ".vml")):
                check_dtd(zf, name, strict=name in LOADED_WHOLE)
        scan = scan_sheet(zf, target, shared, limits)
        _check_extent(scan, limits)
        return XlsxInfo([s[0] for s in sheets], date1904, scan)


def _check_extent(scan: SheetScan, limits: ReadLimits) -> None:
    box = scan.rows * scan.columns
    if box > limits.max_cells:
        raise _refuse(f"The sheet spans {scan.rows:,} rows × {scan.columns:,} columns, more "
                      f"than the {limits.max_cells:,} cells one import can hold.")
    need = table_bytes(box, scan.cells, scan.text_chars)
    if need > limits.max_table_bytes:
        raise _refuse(f"Reading the sheet would take about {need // 1_000_000:,} MB of memory "
                      f"(at most {limits.max_table_bytes // 1_000_000:,} MB); split the file "
                      "and import the parts.")


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
    shown = sheet if len(sheet) <= 60 else sheet[:60] + "…"
    raise _refuse(f"The workbook has no sheet named “{shown}”.")
