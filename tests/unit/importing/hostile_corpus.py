"""The hostile-file corpus: every file is generated here, small, and named for what it tries.

Each entry is ``(name, builder, expectation)``. ``builder(path_without_suffix)`` writes the file
and returns its path; the expectation is documented in docs/IMPORT.md ("Hostile and broken
files") and checked by tests/unit/importing/test_hostile_files.py through the real CLI.
"""

from __future__ import annotations

import random
import struct
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.unit.importing_fixtures import CT, ROOT_RELS, WB, istr, raw_xlsx

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
HEADER_ROW = f'<row r="1">{istr("A1", "客户名称")}{istr("B1", "备注")}</row>'
WB_RELS_SST = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
               'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
               'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
               'worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http:'
               '//schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
               'Target="sharedStrings.xml"/></Relationships>')


@dataclass(frozen=True)
class Case:
    """One hostile file and what Sailplan must do with it."""

    name: str
    build: Callable[[Path], Path]
    exit_code: int  # 2 refused, 1 rows rejected, 0 imported
    output: str  # a regular expression the CLI's output must match


def _sheet(path: Path, rows: str, **kw: str) -> Path:
    return raw_xlsx(path.with_suffix(".xlsx"), HEADER_ROW + rows, **kw)


def _far(ref_attr: str, value: str = "<v>1</v>", row_attr: str = "") -> Callable[[Path], Path]:
    def build(path: Path) -> Path:
        return _sheet(path, f'<row r="2">{istr("A2", "甲公司")}</row>'
                            f'<row{row_attr}><c {ref_attr}>{value}</c></row>')
    return build


def _with_parts(path: Path, rows: str, parts: dict[str, str | bytes], *,
                rels: str = WB_RELS_SST, sheet_head: str = "") -> Path:
    out = path.with_suffix(".xlsx")
    sheet = (sheet_head or f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}">'
             ) + f"<sheetData>{HEADER_ROW}{rows}</sheetData></worksheet>"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CT)
        zf.writestr("_rels/.rels", ROOT_RELS)
        zf.writestr("xl/workbook.xml", WB.format(pr=""))
        zf.writestr("xl/_rels/workbook.xml.rels", rels)
        zf.writestr("xl/worksheets/sheet1.xml", sheet)
        for name, data in parts.items():
            zf.writestr(name, data)
    return out


def _sst(strings: list[str], doctype: str = "") -> str:
    items = "".join(f"<si><t>{s}</t></si>" for s in strings)
    return (f'<?xml version="1.0" encoding="UTF-8"?>{doctype}<sst xmlns="{MAIN}" '
            f'count="{len(strings)}" uniqueCount="{len(strings)}">{items}</sst>')


def text_bomb(path: Path) -> Path:
    """One 32,767-character shared string used by 4,000 cells: 131 million characters."""
    rnd = random.Random(5)
    big = "".join(rnd.choice("客户名称销售计划华东有限公司") for _ in range(32_767))
    rows = "".join(f'<row r="{r}"><c r="B{r}" t="s"><v>0</v></c></row>'
                   for r in range(2, 4_002))
    return _with_parts(path, rows, {"xl/sharedStrings.xml": _sst([big])})


def long_cell(path: Path) -> Path:
    """One inline cell of 40,000 characters (Excel holds at most 32,767)."""
    rnd = random.Random(6)
    text = "".join(rnd.choice("客户名称销售计划华东有限公司abcdef") for _ in range(40_000))
    return _sheet(path, f'<row r="2">{istr("A2", "甲公司")}{istr("B2", text)}</row>')


def zip_bomb(path: Path) -> Path:
    """40 MB of blanks compressed to a few kB, as the shared strings."""
    out = _sheet(path, f'<row r="2">{istr("A2", "甲公司")}</row>')
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as zf, \
            zf.open("xl/sharedStrings.xml", "w", force_zip64=True) as fh:
        chunk = b" " * (1 << 20)
        for _ in range(40):
            fh.write(chunk)
    return out


def lying_size(path: Path) -> Path:
    """The zip directory declares the sheet smaller than it really is."""
    rows = "".join(f'<row r="{r}">{istr(f"A{r}", f"公司{r}")}</row>' for r in range(2, 500))
    out = _sheet(path, rows)
    data = bytearray(out.read_bytes())
    name = b"xl/worksheets/sheet1.xml"
    for sig, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        pos = data.find(sig)
        while pos >= 0:
            name_len = struct.unpack_from("<H", data, pos + (26 if sig == b"PK\x03\x04" else 28))[0]
            start = pos + (30 if sig == b"PK\x03\x04" else 46)
            if bytes(data[start:start + name_len]) == name:
                real = struct.unpack_from("<I", data, pos + size_at)[0]
                struct.pack_into("<I", data, pos + size_at, real // 3)
            pos = data.find(sig, pos + 4)
    out.write_bytes(bytes(data))
    return out


def duplicate_part(path: Path) -> Path:
    """Two zip entries with the sheet's name: readers could disagree on which one counts."""
    out = _sheet(path, f'<row r="2">{istr("A2", "甲公司")}</row>')
    far = (f'<?xml version="1.0"?><worksheet xmlns="{MAIN}"><sheetData><row r="1048576">'
           '<c r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>')
    with warnings.catch_warnings(), zipfile.ZipFile(out, "a") as zf:
        warnings.simplefilter("ignore")  # "Duplicate name": exactly what this file is about
        zf.writestr("xl/worksheets/sheet1.xml", far)
    return out


LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol">'
          + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">'
                    .replace("&lol0;", "&lol;") for i in range(1, 10)) + "]>")
XXE = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
XXE_PARAM = '<!DOCTYPE x [<!ENTITY % p SYSTEM "http://127.0.0.1:9/x.dtd"> %p;]>'


def billion_laughs(path: Path) -> Path:
    """The classic entity expansion in the sheet."""
    return _sheet(path, f'<row r="2">{istr("A2", "&lol9;")}</row>', doctype=LAUGHS)


def xxe(path: Path) -> Path:
    """An external entity naming a local file."""
    return _sheet(path, f'<row r="2">{istr("A2", "&xxe;")}</row>', doctype=XXE)


def xxe_parameter(path: Path) -> Path:
    """A parameter entity fetching an external DTD."""
    return _sheet(path, f'<row r="2">{istr("A2", "甲公司")}</row>', doctype=XXE_PARAM)


def laughs_in_shared_strings(path: Path) -> Path:
    """The entity bomb hidden in the shared strings, not the sheet."""
    return _with_parts(path, '<row r="2"><c r="A2" t="s"><v>0</v></c></row>',
                       {"xl/sharedStrings.xml": _sst(["&lol9;"], LAUGHS)})


def dtd_in_styles(path: Path) -> Path:
    """A DTD in styles.xml (which the reader loads whole)."""
    styles = (f'<?xml version="1.0"?>{XXE}<styleSheet xmlns="{MAIN}"><numFmts count="1">'
              '<numFmt numFmtId="164" formatCode="&xxe;"/></numFmts></styleSheet>')
    return _with_parts(path, f'<row r="2">{istr("A2", "甲公司")}</row>',
                       {"xl/styles.xml": styles})


def utf16_sheet_with_dtd(path: Path) -> Path:
    """The sheet encoded as UTF-16 with an entity bomb: no byte pattern would see ``<!DOCTYPE``."""
    sheet = (f'<?xml version="1.0" encoding="UTF-16"?>{LAUGHS}<worksheet xmlns="{MAIN}">'
             f'<sheetData>{HEADER_ROW}<row r="2">{istr("A2", "&lol9;")}</row></sheetData>'
             "</worksheet>")
    out = _sheet(path, "")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CT)
        zf.writestr("_rels/.rels", ROOT_RELS)
        zf.writestr("xl/workbook.xml", WB.format(pr=""))
        zf.writestr("xl/_rels/workbook.xml.rels", WB_RELS_SST.replace(
            "sharedStrings.xml", "none.xml"))
        zf.writestr("xl/worksheets/sheet1.xml", sheet.encode("utf-16"))
    return out


def merged_bomb(path: Path) -> Path:
    """200,000 merged ranges."""
    merges = "".join(f'<mergeCell ref="A{2 * i + 2}:B{2 * i + 3}"/>' for i in range(200_000))
    return _sheet(path, f'<row r="2">{istr("A2", "甲公司")}</row>',
                  merge=f'<mergeCells count="200000">{merges}</mergeCells>')


def formula_bomb(path: Path) -> Path:
    """A hundred thousand and one formulas without a saved result."""
    rows = "".join(f'<row r="{r}"><c r="B{r}"><f>1+1</f></c></row>' for r in range(2, 100_004))
    return _sheet(path, rows)


def not_a_zip(path: Path) -> Path:
    """An .xlsx that is not a zip at all."""
    out = path.with_suffix(".xlsx")
    out.write_bytes(b"PK\x03\x04" + bytes(random.Random(1).randrange(256) for _ in range(4000)))
    return out


def truncated(path: Path) -> Path:
    """A real workbook cut in half."""
    out = _sheet(path, "".join(f'<row r="{r}">{istr(f"A{r}", f"公司{r}")}</row>'
                               for r in range(2, 300)))
    data = out.read_bytes()
    out.write_bytes(data[: len(data) // 2])
    return out


def _rows(n: int) -> str:
    return "".join(f'<row r="{r}">{istr(f"A{r}", f"公司{r}")}</row>' for r in range(2, n + 2))


REFUSED_FAR = "rows per file|columns|cells one import can hold"

CORPUS: tuple[Case, ...] = (
    # every spelling of a far cell: refused before the reader allocates
    Case("far-cell-classic", _far('r="XFD1048576"'), 2, REFUSED_FAR),
    Case("far-cell-single-quotes", _far("r='GR499999'"), 2, REFUSED_FAR),
    Case("far-cell-spaced", _far('r = "XFD100"'), 2, REFUSED_FAR),
    Case("far-cell-lower-case", _far('r="xfd100"'), 2, REFUSED_FAR),
    Case("far-cell-mixed-case", _far('r="xFd100"'), 2, REFUSED_FAR),
    Case("far-cell-four-letters", _far('r="AAAA1"'), 2, REFUSED_FAR),
    Case("far-cell-char-reference", _far('r="&#88;FD9"'), 2, REFUSED_FAR),
    Case("far-cell-leading-zeros", _far('r="A0001048576"'), 2, REFUSED_FAR),
    Case("far-cell-huge-number", _far('r="A99999999999999999999"'), 2, REFUSED_FAR),
    Case("far-cell-row-without-ref", _far("", row_attr=' r="1048576"'), 2, REFUSED_FAR),
    Case("far-cell-after-empty-far-cell",
         lambda p: _sheet(p, '<row r="2"><c r="XFC2"/><c><v>1</v></c></row>'), 2, REFUSED_FAR),
    Case("far-cell-namespace-prefix",
         lambda p: _sheet(p, f'<x:row xmlns:x="{MAIN}" r="3"><x:c r="ZZZ3"><x:v>1</x:v>'
                             "</x:c></x:row>"), 2, REFUSED_FAR),
    Case("far-cell-small-dimension", lambda p: _sheet(
        p, '<row r="900000"><c r="A900000"><v>1</v></c></row>', dim="A1:B2"), 2, REFUSED_FAR),
    Case("far-cell-inline-string", _far('r="GR400000" t="inlineStr"', "<is><t>x</t></is>"), 2,
         REFUSED_FAR),
    Case("cell-reference-not-an-address", _far('r="$A$1"'), 2, "not a cell address"),
    # bombs
    Case("zip-bomb", zip_bomb, 2, "zip bomb"),
    Case("zip-size-lie", lying_size, 2, "damaged"),
    Case("zip-duplicate-part", duplicate_part, 2, "same name"),
    Case("text-bomb-shared-strings", text_bomb, 2, "characters of text"),
    Case("text-bomb-one-cell", long_cell, 2, "32,767"),
    Case("merged-cell-bomb", merged_bomb, 2, "merged"),
    Case("formula-bomb", formula_bomb, 2, "formula without a saved result"),
    Case("billion-laughs", billion_laughs, 2, "billion laughs"),
    Case("billion-laughs-shared-strings", laughs_in_shared_strings, 2, "billion laughs"),
    Case("billion-laughs-utf16", utf16_sheet_with_dtd, 2, "billion laughs"),
    Case("xxe-system-entity", xxe, 2, "XXE"),
    Case("xxe-parameter-entity", xxe_parameter, 2, "XXE"),
    Case("xxe-in-styles", dtd_in_styles, 2, "XXE"),
    Case("not-a-zip", not_a_zip, 2, "not a readable .xlsx"),
    Case("truncated-zip", truncated, 2, "not a readable .xlsx|damaged"),
    # refused in appearance only: what the reader ignores is ignored
    Case("huge-dimension-small-data",
         lambda p: _sheet(p, _rows(2), dim="A1:XFD1048576"), 0, "created 2"),
    Case("styled-empty-far-cell",
         lambda p: _sheet(p, _rows(2) + '<row r="1048576"><c r="XFD1048576" s="1"/></row>'),
         0, "created 2"),
)

