"""The plan workbook on paper: every page of every sheet is A4 landscape with its text at 8 pt or
more, computed from the workbook's own print settings and column widths, and measured again in
the PDF LibreOffice prints from it. The demo firm's plan is the subject (large amounts, long
names, many action items with several checkpoints).
"""

from __future__ import annotations

import collections
import os
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.utils import column_index_from_string

from services.demo import ensure_demo_db
from services.plans.export import export_plan
from services.setup import open_store
from services.targets.cascade import list_plans
from tests.unit.plans.test_plan_export import soffice

TODAY = date(2026, 11, 22)
MIN_PT = 8.0
A4_LANDSCAPE_PT = (297 / 25.4 * 72, 210 / 25.4 * 72)
# One unit of Excel column width is one digit of the default font, Calibri 11: 0.5068 em =
# 5.575 pt as LibreOffice prints it (Carlito); Excel rounds it down to 7 px at 96 dpi (5.25 pt).
PT_PER_WIDTH = 0.5068 * 11
DEFAULT_WIDTH = 8.43
DEFAULT_FONT_PT = 11.0
FOOTER_Y = A4_LANDSCAPE_PT[1] - 0.5 * 72  # below the 0.6 in bottom margin: the footer only
CASCADE_SHEETS = ("签约额-按月", "签约额-按季", "回款额-按月", "签约量-按月", "拜访跟进数-按季")


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    """The demo firm's plan workbook: (path, firm name, plan name)."""
    folder = tmp_path_factory.mktemp("print")
    db = ensure_demo_db(folder / "demo.sqlite3", size="small", today=TODAY)
    with open_store(db) as store:
        (plan,) = [p for p in list_plans(store) if p.year == 2026]
        out = folder / "plan.xlsx"
        export_plan(store, plan.id, out)
    return out, "上海启帆智能科技有限公司", plan.name


def _widths(ws: Any) -> list[float]:
    dims = {column_index_from_string(k): d.width for k, d in ws.column_dimensions.items()
            if d.width}
    last = max([*dims, ws.max_column])
    return [dims.get(c, DEFAULT_WIDTH) for c in range(1, last + 1)]


def _scale(ws: Any, widths: list[float], printable: float) -> float:
    """The factor the sheet prints at: fit-to-width shrinks to the page, else its scale."""
    if ws.sheet_properties.pageSetUpPr is not None and ws.sheet_properties.pageSetUpPr.fitToPage:
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
        return min(1.0, printable / (sum(widths) * PT_PER_WIDTH))
    return (ws.page_setup.scale or 100) / 100


def _title_cols(ws: Any) -> int:
    if not ws.print_title_cols:
        return 0
    last = ws.print_title_cols.split(":")[-1].replace("$", "")
    return column_index_from_string(last)


def _page_geometry(ws: Any) -> dict[str, Any]:
    """Scale, pages across and the printed width of each, from the sheet's print settings."""
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9  # A4
    m = ws.page_margins
    printable_w = A4_LANDSCAPE_PT[0] - (m.left + m.right) * 72
    printable_h = A4_LANDSCAPE_PT[1] - (m.top + m.bottom) * 72
    widths = _widths(ws)
    scale = _scale(ws, widths, printable_w)
    titles = _title_cols(ws)
    cuts = sorted(b.id for b in ws.col_breaks.brk)
    bounds = [titles, *cuts, len(widths)]
    pages = [sum(widths[:titles]) + sum(widths[a:b])
             for a, b in zip(bounds[:-1], bounds[1:], strict=True)]
    return {"scale": scale, "printable": (printable_w, printable_h), "widths": widths,
            "page_widths": [w * PT_PER_WIDTH * scale for w in pages], "across": len(pages)}


def _smallest_font(ws: Any) -> float:
    sizes = [c.font.sz or DEFAULT_FONT_PT for row in ws.iter_rows() for c in row
             if c.value is not None]
    return min(sizes)


def test_every_page_prints_at_8pt_or_more(exported: tuple[Path, str, str]) -> None:
    path, firm, plan_name = exported
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[:2] == ["签约额-按月", "签约额-按季"]
    for ws in wb.worksheets:
        geo = _page_geometry(ws)
        for width in geo["page_widths"]:  # each page's columns fit the printable width
            assert width <= geo["printable"][0] + 0.5, ws.title
        assert _smallest_font(ws) * geo["scale"] >= MIN_PT, ws.title
        hf = ws.HeaderFooter
        parts = (hf.oddHeader.left, hf.oddHeader.right, hf.oddFooter.left, hf.oddFooter.right)
        for part in parts:  # page furniture, scaled with the sheet by LibreOffice
            assert part.text and (part.size or DEFAULT_FONT_PT) * geo["scale"] >= MIN_PT
        assert hf.oddHeader.left.text == firm and hf.oddHeader.right.text == plan_name
        assert hf.oddFooter.left.text == "&A" and "&P" in hf.oddFooter.right.text \
            and "&N" in hf.oddFooter.right.text
        assert ws.print_title_rows  # the column headings repeat on every page
    # the demo's amounts are too wide for twelve months on one legible page: split in two,
    # node, owner and row labels repeated on both; a quarter fits on one page
    month, quarter = wb["签约额-按月"], wb["签约额-按季"]
    assert _page_geometry(month)["across"] == 2 and month.print_title_cols == "$A:$C"
    assert [b.id for b in month.col_breaks.brk] == [9]  # 1–6月 | 7–12月 and 全年
    assert _page_geometry(quarter)["across"] == 1
    assert _page_geometry(wb["签约量-按月"])["across"] == 1  # counts are narrow enough


def test_a_nodes_rows_stay_on_one_page(exported: tuple[Path, str, str]) -> None:
    wb = openpyxl.load_workbook(exported[0])
    for title in CASCADE_SHEETS:
        ws = wb[title]
        geo = _page_geometry(ws)
        room = geo["printable"][1] / geo["scale"]
        default = ws.sheet_format.defaultRowHeight
        assert ws.sheet_format.customHeight  # rows without a height of their own: exactly it
        titles = sum(ws.row_dimensions[r].height or default for r in (1, 2))
        breaks = [b.id for b in ws.row_breaks.brk]
        assert breaks, title  # the demo's tree takes several pages
        starts = [3, *(b + 1 for b in breaks)]
        ends = [*breaks, ws.max_row]
        for start, end in zip(starts, ends, strict=True):
            assert ws.cell(start, 1).value, (title, start)  # a page starts with a node's name
            body = sum(ws.row_dimensions[r].height or default for r in range(start, end + 1))
            assert titles + body <= room, (title, start)


def test_every_unit_has_an_owner_and_wrapped_text_has_room(
        exported: tuple[Path, str, str]) -> None:
    wb = openpyxl.load_workbook(exported[0])
    ws = wb["签约额-按季"]
    named = [(ws.cell(r, 1).value, ws.cell(r, 2).value) for r in range(3, ws.max_row + 1)
             if ws.cell(r, 1).value]
    assert len(named) > 10 and all(owner for _name, owner in named), named
    assert dict(named)["华东大区"] == "李静" and dict(named)["华东一组"] == "李静"
    acts = wb["行动计划"]
    for r in range(3, acts.max_row + 1):
        checkpoints = acts.cell(r, 10).value or ""
        assert acts.cell(r, 3).value, r  # 负责人: the item's owner, else its node's
        assert acts.row_dimensions[r].height >= 15 * (checkpoints.count("\n") + 1), r


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} must be installed in CI (see .ci/run)")
        pytest.skip(f"{name} is not installed")
    return found


WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                  r'([^<]*)</word>')


def test_libreoffice_prints_every_page_legibly(exported: tuple[Path, str, str],
                                                tmp_path: Path) -> None:
    exe = soffice()
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (libreoffice-calc-nogui) must be installed in CI")
        pytest.skip("LibreOffice is not installed")
    pdftotext = _tool("pdftotext")
    match = subprocess.run([_tool("fc-match"), "Calibri"], capture_output=True, text=True).stdout
    if "Carlito" not in match:  # another stand-in has other widths: pages would overflow
        if os.environ.get("CI"):
            pytest.fail("fonts-crosextra-carlito must be installed in CI")
        pytest.skip(f"no Calibri metrics for LibreOffice (Calibri → {match.strip()})")
    path, firm, _plan = exported
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run([exe, f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                    "pdf", "--outdir", str(tmp_path), str(path)], check=True, timeout=180,
                   capture_output=True)
    pdf = tmp_path / "plan.pdf"
    subprocess.run([pdftotext, "-bbox", str(pdf), str(tmp_path / "words.html")], check=True,
                   timeout=60)
    pages = (tmp_path / "words.html").read_text(encoding="utf-8").split("<page ")[1:]
    words = [[(float(m[4]) - float(m[2]), float(m[2]), m[5]) for m in WORD.finditer(p)]
             for p in pages]
    # calibrate: the last sheet (时间表) prints at 100 %, its body text is 11 pt
    wb = openpyxl.load_workbook(path)
    assert wb.worksheets[-1].page_setup.scale in (None, 100)
    em = collections.Counter(round(h, 2) for h, _y, _w in words[-1]).most_common(1)[0][0] / 11
    per_sheet: collections.Counter[str] = collections.Counter()
    for n, page in enumerate(words, 1):
        smallest = min(h for h, _y, _w in page) / em
        assert smallest >= MIN_PT - 0.05, (n, smallest)
        assert firm in {w for _h, _y, w in page}, n  # the header
        footer = [w for _h, y, w in page if y > FOOTER_Y]
        assert f"{n}" in " ".join(footer), (n, footer)  # 第 n 页，共 N 页
        per_sheet[footer[0]] += 1
    # LibreOffice breaks the cascade sheets exactly where the workbook says: no page was
    # overflowed into an extra one by columns or rows wider or taller than computed
    for title in CASCADE_SHEETS:
        ws = wb[title]
        expected = _page_geometry(ws)["across"] * (len(ws.row_breaks.brk) + 1)
        assert per_sheet[title] == expected, (title, per_sheet[title], expected)
    assert set(per_sheet) == set(wb.sheetnames)
