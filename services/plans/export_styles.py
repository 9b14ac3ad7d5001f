"""The plan workbook's cell styles: template cells per look, sheet setup, safe text, labels.

Shared by :mod:`services.plans.export_cascade` (the cascade sheets) and
:mod:`services.plans.export_sheets` (actions, reverse funnels, timeline), so neither imports the
other's internals.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from typing import Any

from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.dimensions import RowDimension

from services.importing.exporting import ILLEGAL

METRIC_LABELS = {
    "signed_amount": "签约额", "collected_amount": "回款额", "deal_count": "签约量",
    "new_customers": "新增客户数", "followups": "拜访跟进数", "leads": "线索",
    "first_contacts": "初步沟通", "quotes": "方案报价", "negotiations": "商务谈判",
    "wins": "赢单", "conversion_rate": "转化率", "repurchase_rate": "复购率",
    "market_share": "市场份额", "collection_rate": "回款率", "renewal_rate": "老客户续签率",
    "new_product_share": "新产品销售占比",
}
MONEY_FMT, COUNT_FMT, PCT_FMT, DATE_FMT = "¥#,##0", "#,##0", "0.0%", "yyyy-mm-dd"
MONEY_FEN_FMT = "¥#,##0.00"  # where a fen matters (the period check)
HEAD_FILL = PatternFill("solid", fgColor="1F4E78")
THIN = Side(style="thin", color="9BB7D4")
FONT_NAME = "Calibri"  # openpyxl's default font: column widths are measured in its digits
BODY_PT = 11.0
LINE_PT = 16.5  # one line of wrapped 11 pt text, CJK included (Noto Sans CJK: 1.45 em)


def _font(*, bold: bool = False, color: str | None = None, size: float = BODY_PT) -> Font:
    """A font of the workbook's default family (a font without a name prints in a serif face
    in LibreOffice) at ``size`` points.
    """
    return Font(name=FONT_NAME, sz=size, bold=bold, color=color)


def text_width(text: str, *, bold: bool = False) -> float:
    """Approximate Excel width of one line of ``text``: a CJK (wide) character takes two digit
    widths, anything else about one.
    """
    units = sum(2.0 if unicodedata.east_asian_width(ch) in "WF" else 1.05 for ch in text)
    return units * (1.08 if bold else 1.0)


def wrapped_lines(text: str, width: float) -> int:
    """How many lines ``text`` takes wrapped in a column of Excel width ``width``."""
    room = max(1.0, width - 1.2)
    return sum(max(1, math.ceil(text_width(part) / room)) for part in text.split("\n"))


def safe_text(value: object) -> str:
    """Text with control characters removed (openpyxl refuses them)."""
    text = str(value)
    return ILLEGAL.sub("", text) if ILLEGAL.search(text) else text


class TemplateCell(Cell):
    """A styled cell reused for many positions; its style index is looked up once."""

    __slots__ = ("_sid",)

    def __init__(self, ws: Any) -> None:
        super().__init__(ws)
        self._sid: int | None = None

    @property
    def style_id(self) -> int:
        """The workbook's index of this cell's style (cached: templates never change style)."""
        if self._sid is None:
            self._sid = self.parent.parent._cell_styles.add(self._style)
        return self._sid


def _cells_to_row(values: Iterable[Cell | None], row_idx: int) -> Iterator[Cell]:
    """Stand-in for the write-only sheet's row conversion: our rows are template cells only,
    so each is placed and handed to the writer as it is (no per-cell copy).
    """
    for col_idx, cell in enumerate(values, 1):
        if cell is not None:
            cell.column = col_idx
            cell.row = row_idx
            yield cell


class Styles:
    """Template cells of one sheet, one per look; :meth:`put` fills one and hands it out.

    A row is appended as a generator, and openpyxl writes each cell before asking for the next,
    so one styled template per look serves the whole sheet. Rows must hold only cells from
    :meth:`put` / :meth:`row` (or None).
    """

    def __init__(self, ws: Any, *, top: bool = False) -> None:
        self.ws = ws
        self.top = top  # a sheet with wrapped cells: every cell's text starts on top
        self.cells: dict[str, TemplateCell] = {}
        ws._values_to_row = _cells_to_row

    def _make(self, look: str) -> TemplateCell:
        c = TemplateCell(self.ws)
        if look in ("head", "title", "block"):
            c.font = _font(bold=True, color="FFFFFF" if look == "head" else "1F4E78",
                           size=14 if look == "title" else BODY_PT)
            if look == "head":
                c.fill = HEAD_FILL
                c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
                c.border = Border(THIN, THIN, THIN, THIN)
            # "block": a section line, left-aligned and unwrapped so it runs across empty cells
        elif look in ("money", "count", "pct", "date", "rate", "money_b", "count_b", "money_fen",
                      "money_fen_warn", "count_warn"):
            c.number_format = {"money": MONEY_FMT, "count": COUNT_FMT, "pct": PCT_FMT,
                               "date": DATE_FMT, "rate": "0.00%", "money_b": MONEY_FMT,
                               "count_b": COUNT_FMT, "money_fen": MONEY_FEN_FMT,
                               "money_fen_warn": MONEY_FEN_FMT, "count_warn": COUNT_FMT}[look]
            if look.endswith("_b"):
                c.font = _font(bold=True)
            if look.endswith("_warn"):  # a difference that should not be there: red
                c.font = _font(bold=True, color="C00000")
        elif look.startswith("name"):
            depth = int(look[4:] or 0)
            c.alignment = Alignment(indent=depth)
            c.font = _font(bold=depth == 0)
        elif look == "wrap":
            c.alignment = Alignment(wrap_text=True, vertical="top")
        if self.top and look not in ("head", "title", "wrap"):
            c.alignment = Alignment(horizontal=c.alignment.horizontal, vertical="top",
                                    indent=c.alignment.indent)
        elif look in ("item", "item_b"):
            c.font = _font(bold=True) if look == "item_b" else _font(color="404040")
        return c

    def put(self, look: str, value: object, *, text: bool = False) -> TemplateCell:
        """The template cell for ``look`` holding ``value`` (as text when ``text``)."""
        c = self.cells.get(look)
        if c is None:
            c = self.cells[look] = self._make(look)
        if text:
            c._value = safe_text(value)
            c.data_type = "s"  # user text: never a formula
        elif isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
            c._value = value
            c.data_type = "n"
        elif isinstance(value, str) and value.startswith("="):
            c._value = value  # a formula this module generated
            c.data_type = "f"
        else:
            c.value = value
        return c

    def row(self, specs: list[tuple[Any, ...] | None]) -> Iterator[TemplateCell | None]:
        """A row for ``ws.append``: each spec ``(look, value)`` or ``(look, value, True)`` for
        text, None for an empty cell. Lazy, so templates are filled one cell at a time.
        """
        for spec in specs:
            if spec is None or spec[1] is None or spec[1] == "":
                yield None
            else:
                yield self.put(spec[0], spec[1], text=len(spec) > 2 and bool(spec[2]))


    def append_fitted(self, specs: list[tuple[Any, ...] | None], widths: Sequence[float],
                      row: int) -> int:
        """Append ``specs`` (see :meth:`row`) as sheet row ``row``, tall enough for its wrapped
        cells (spreadsheets do not re-measure rows on open); returns the next row number.
        """
        lines = max((wrapped_lines(str(spec[1]), widths[i]) for i, spec in enumerate(specs)
                     if spec is not None and spec[0] == "wrap" and spec[1]), default=1)
        self.ws.row_dimensions[row] = RowDimension(self.ws, index=row, ht=lines * LINE_PT)
        self.ws.append(self.row(specs))
        return row + 1


def setup_sheet(ws: Any, widths: dict[int, float], *, freeze: str, title_rows: str,
                title_cols: str | None = None) -> None:
    """Column widths, frozen panes, repeated title rows/columns and the outline's direction.

    How the sheet prints (A4 landscape, scale, breaks, header and footer) is set when it is
    finished, by :func:`services.plans.export_print.apply_print`.
    """
    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = freeze
    ws.print_title_rows = title_rows
    if title_cols:
        ws.print_title_cols = title_cols
    ws.sheet_properties.outlinePr.summaryBelow = False
