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


def _refuse(template: str, **params: object) -> ImportFileError:
    return ImportFileError(template, **params)


def _check_entries(zf: zipfile.ZipFile, limits: ReadLimits) -> None:
    infos = zf.infolist()
    if len(infos) > limits.max_entries:
        raise _refuse("The workbook has {parts} parts (limit {limit}); it is not a normal "
                      "spreadsheet and was not imported.", parts=len(infos),
                      limit=limits.max_entries)
    if len({i.filename.lower() for i in infos}) != len(infos):
        raise _refuse("The workbook holds two parts with the same name (readers would disagree "
                      "on which one counts); it was not imported.")
    total = 0
    for info in infos:
        total += info.file_size
        if total > limits.max_uncompressed_bytes:
            raise _refuse("The workbook would expand to more than {mb} MB when unpacked (a zip "
                          "bomb or an unusually large file); it was not imported.",
                          mb=f"{limits.max_uncompressed_bytes // 1_000_000:,}")
        if info.file_size >= limits.ratio_check_min_bytes:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > limits.max_entry_ratio:
                raise _refuse("The part {part} is compressed {ratio}:1, far beyond real "
                              "spreadsheets (a zip bomb); the file was not imported.",
                              part=info.filename, ratio=f"{ratio:.0f}")
        cap = MAX_TREE_PART if info.filename in (WORKBOOK, WORKBOOK_RELS) else MAX_LOADED_PART
        if info.filename in LOADED_WHOLE and info.file_size > cap:
            raise _refuse("The part {part} is {mb} MB, far larger than in real spreadsheets; "
                          "the file was not imported.", part=info.filename,
                          mb=f"{info.file_size // 1_000_000:,}")


def _read_small(zf: zipfile.ZipFile, name: str) -> Element:
    check_dtd(zf, name, strict=True)  # streams first: no DTD, well-formed, CRC verified
    if zf.getinfo(name).file_size > MAX_TREE_PART:  # the directory lied (the CRC check agreed)
        raise _refuse("The part {part} is larger than in any real spreadsheet; the file was "
                      "not imported.", part=name)
    try:
        with zf.open(name) as fh:
            data = fh.read(MAX_TREE_PART + 1)
        return SafeET.fromstring(data)
    except Exception as exc:  # defusedxml raises its own classes for forbidden constructs
        raise _refuse("The part {part} is not valid XML; the file was not imported.",
                      part=name) from exc


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


#: The start of an OLE compound file: what Excel writes for a workbook with a password to open
#: (and for an old .xls renamed to .xlsx).
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _open(path: str | Path) -> zipfile.ZipFile:
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(OLE_MAGIC))
    except OSError:
        head = b""
    if head == OLE_MAGIC:
        raise _refuse("{file} is protected with a password (or is an old .xls workbook renamed "
                      "to .xlsx); open it in Excel or WPS, remove the password or save it as "
                      ".xlsx, and import again.", file=Path(path).name)
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _refuse("{file} is not a readable .xlsx workbook ({detail}).",
                      file=Path(path).name, detail=exc) from exc


def _require_parts(zf: zipfile.ZipFile, path: str | Path) -> None:
    names = set(zf.namelist())
    for required in (WORKBOOK, WORKBOOK_RELS):
        if required not in names:
            raise _refuse("{file} is not an Excel workbook (no {part}).", file=Path(path).name,
                          part=required)


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
            raise _refuse("{file} contains no worksheet.", file=Path(path).name)
        index = _sheet_index(sheets, sheet)
        target = sheets[index][1]
        names = set(zf.namelist())
        if target not in names:
            raise _refuse("{file} is damaged: the sheet “{sheet}” has no data part.",
                          file=Path(path).name, sheet=sheets[index][0])
        other_sheets = {part for _name, part in sheets} - {target}
        if shared_part != SHARED_STRINGS and {shared_part, SHARED_STRINGS} <= names:
            raise _refuse("{file} has two shared-string tables; it is not a normal "
                          "spreadsheet and was not imported.", file=Path(path).name)
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
        raise _refuse("The sheet spans {rows} rows × {columns} columns, more than the "
                      "{limit} cells one import can hold.", rows=f"{scan.rows:,}",
                      columns=f"{scan.columns:,}", limit=f"{limits.max_cells:,}")
    need = table_bytes(box, scan.cells, scan.text_chars)
    if need > limits.max_table_bytes:
        raise _refuse("Reading the sheet would take about {mb} MB of memory (at most "
                      "{limit} MB); split the file and import the parts.",
                      mb=f"{need // 1_000_000:,}",
                      limit=f"{limits.max_table_bytes // 1_000_000:,}")


def _sheet_index(sheets: list[tuple[str, str]], sheet: str | int | None) -> int:
    if sheet is None:
        return 0
    if isinstance(sheet, int):
        if 0 <= sheet < len(sheets):
            return sheet
        raise _refuse("The workbook has no sheet number {number}.", number=sheet + 1)
    for i, (name, _target) in enumerate(sheets):
        if name == sheet:
            return i
    shown = sheet if len(sheet) <= 60 else sheet[:60] + "…"
    raise _refuse("The workbook has no sheet named “{sheet}”.", sheet=shown)
