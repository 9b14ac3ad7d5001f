"""How the plan workbook prints: A4 landscape pages whose text stays at 8 pt or more.

Every sheet is laid out for paper here: column widths are turned into points, and the sheet is
shrunk to the page width only when the text stays legible (at least :data:`MIN_PRINT_PT`);
otherwise it is split across pages between column groups, the title columns repeated on every
page. Rows break between node groups, never inside one. Each page has a header (firm, plan) and
a footer (sheet, page x of y).

Column widths are Excel's: a width of ``w`` is ``w`` widths of the default font's widest digit.
Calibri 11's digits are 5.575 pt wide (0.5068 em); Excel rounds that to 7 px at 96 dpi
(5.25 pt) while LibreOffice (with Carlito, Calibri's metric twin) prints the exact advance, so a
width is counted here as :data:`PT_PER_WIDTH` points, the wider of the two.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl.worksheet.pagebreak import Break, ColBreak, RowBreak

from services.plans.export_styles import BODY_PT

PAPER_A4 = "9"
A4_LANDSCAPE_PT = (841.89, 595.28)
MARGINS_IN = {"left": 0.3, "right": 0.3, "top": 0.6, "bottom": 0.6, "header": 0.25,
              "footer": 0.25}
MIN_PRINT_PT = 8.0
SAFETY = 1.03  # aim a little above the minimum: renderers round scales down
HEADER_PT = 11  # LibreOffice scales page furniture with the sheet: 11 pt stays ≥ 8 pt
ROW_PT = 15.0  # a cascade sheet's rows are this tall (its default row height)
PT_PER_WIDTH = 5.6  # see the module docstring


def width_pt(width: float) -> float:
    """Points a column of Excel width ``width`` takes on paper at 100 % (at most)."""
    return width * PT_PER_WIDTH


def printable_pt() -> tuple[float, float]:
    """Printable (width, height) of an A4 landscape page inside the margins, in points."""
    w, h = A4_LANDSCAPE_PT
    m = MARGINS_IN
    return w - (m["left"] + m["right"]) * 72, h - (m["top"] + m["bottom"]) * 72


@dataclass(frozen=True)
class PageFit:
    """How a sheet's columns go onto pages: printed at ``scale`` percent, with a page break
    after each column of ``col_breaks`` (the title columns repeat on every page).
    """

    scale: int
    col_breaks: tuple[int, ...]


def fit_columns(widths: Sequence[float], title_cols: int,
                min_pt: float = MIN_PRINT_PT, body_pt: float = BODY_PT) -> PageFit:
    """The scale and column breaks that print ``body_pt`` text at ``min_pt`` or more.

    A sheet that fits the page width at 100 % prints at 100 %. A wider one is shrunk to the page
    width when the text stays legible; otherwise its columns after the first ``title_cols`` are
    split into the fewest pages of nearly equal column counts that do (``widths``: the sheet's
    column widths in order). The scale is always a fixed percentage, never "fit to page": a
    renderer whose fonts are wider than Excel's then adds pages instead of shrinking the text.
    """
    avail = printable_pt()[0]
    min_scale = min(1.0, min_pt * SAFETY / body_pt)
    pts = [width_pt(w) for w in widths]
    total = sum(pts)
    if total <= avail:
        return PageFit(100, ())
    if avail / total >= min_scale:
        return PageFit(math.floor(100 * avail / total), ())
    titles = sum(pts[:title_cols])
    body = pts[title_cols:]
    for pages in range(2, len(body) + 1):
        groups = _split(len(body), pages)
        widest = max(titles + sum(body[a:b]) for a, b in groups)
        if avail / widest >= min_scale:
            scale = min(100, math.floor(100 * avail / widest))
            return PageFit(scale, tuple(title_cols + b for _a, b in groups[:-1]))
    # one body column per page is still too wide: the smallest legible scale, column by column
    return PageFit(math.ceil(100 * min_scale),
                   tuple(range(title_cols + 1, title_cols + len(body))))


def _split(n: int, pages: int) -> list[tuple[int, int]]:
    """``n`` columns in ``pages`` contiguous groups of nearly equal count (later ones larger:
    twelve months and the year split as 1–6 | 7–12 + year).
    """
    size, extra = divmod(n, pages)
    out, start = [], 0
    for i in range(pages):
        end = start + size + (1 if i >= pages - extra else 0)
        out.append((start, end))
        start = end
    return out


def row_breaks(group_sizes: Sequence[int], first_row: int, title_pt: float,
               fit: PageFit, row_pt: float = ROW_PT) -> list[int]:
    """Rows after which a page ends, so that no node's group of rows is split across pages.

    ``title_pt`` is the height of the title rows repeated on every page.
    """
    room = (printable_pt()[1] / (fit.scale / 100 * SAFETY)) - title_pt
    per_page = max(1, int(room // row_pt))
    out: list[int] = []
    used, row = 0, first_row
    for size in group_sizes:
        if used and used + size > per_page:
            out.append(row - 1)
            used = 0
        used += size
        row += size
    return out


def header_text(text: str) -> str:
    """``text`` safe inside an Excel header/footer (``&`` starts a code there)."""
    return text.replace("&", "&&")


@dataclass(frozen=True)
class PageFurniture:
    """What the header and footer of every page say: the firm and the plan."""

    firm: str
    plan: str


def sheet_widths(ws: Any) -> list[float]:
    """The widths of a sheet's columns A… in order, as set before its rows were written."""
    from openpyxl.utils import column_index_from_string

    dims = {column_index_from_string(k): d.width for k, d in ws.column_dimensions.items()}
    return [dims.get(c) or 8.43 for c in range(1, max(dims, default=0) + 1)]


def apply_print(ws: Any, furniture: PageFurniture, *, title_cols: int = 0,
                breaks: Sequence[int] = ()) -> PageFit:
    """A4 landscape page setup of a finished sheet: margins, the scale and column breaks of
    :func:`fit_columns` on its column widths, row ``breaks``, grid lines, header and footer;
    pages run across, then down. Returns the fit chosen.
    """
    fit = fit_columns(sheet_widths(ws), title_cols)
    ps = ws.page_setup
    ps.orientation = "landscape"
    ps.paperSize = PAPER_A4
    ps.pageOrder = "overThenDown"
    ws.sheet_properties.pageSetUpPr.fitToPage = False
    ps.scale = fit.scale
    if fit.col_breaks:
        ws.col_breaks = ColBreak()
        for col in fit.col_breaks:
            ws.col_breaks.append(Break(id=col))
    if breaks:
        ws.row_breaks = RowBreak()
        for row in breaks:
            ws.row_breaks.append(Break(id=row))
    pm = ws.page_margins
    for side, inches in MARGINS_IN.items():
        setattr(pm, side, inches)
    ws.print_options.gridLines = True
    hf = ws.HeaderFooter
    hf.scaleWithDoc = False  # page furniture keeps its own size whatever the scale
    hf.alignWithMargins = True
    for part, text in ((hf.oddHeader.left, header_text(furniture.firm)),
                       (hf.oddHeader.right, header_text(furniture.plan)),
                       (hf.oddFooter.left, "&A"),
                       (hf.oddFooter.right, "第 &P 页，共 &N 页")):
        part.text = text
        part.size = HEADER_PT
    return fit
