"""The plan workbook's cell styles: template cells per look, sheet setup, safe text, labels.

Shared by :mod:`services.plans.export` (the cascade sheets) and :mod:`services.plans.export_sheets`
(actions, reverse funnels, timeline), so neither imports the other's internals.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Any

from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from services.importing.exporting import ILLEGAL

METRIC_LABELS = {
    "signed_amount": "签约额", "collected_amount": "回款额", "deal_count": "签约量",
    "new_customers": "新增客户数", "followups": "拜访跟进数", "leads": "线索",
    "first_contacts": "初步沟通", "quotes": "方案报价", "negotiations": "商务谈判",
    "wins": "赢单", "conversion_rate": "转化率", "repurchase_rate": "复购率",
    "market_share": "市场份额",
}
MONEY_FMT, COUNT_FMT, PCT_FMT, DATE_FMT = "¥#,##0", "#,##0", "0.0%", "yyyy-mm-dd"
HEAD_FILL = PatternFill("solid", fgColor="1F4E78")
BLOCK_FILL = PatternFill("solid", fgColor="DDEBF7")
THIN = Side(style="thin", color="9BB7D4")


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

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self.cells: dict[str, TemplateCell] = {}
        ws._values_to_row = _cells_to_row

    def _make(self, look: str) -> TemplateCell:
        c = TemplateCell(self.ws)
        if look in ("head", "title", "block"):
            c.font = Font(bold=True, color="FFFFFF" if look == "head" else "1F4E78",
                          size=14 if look == "title" else 11)
            if look != "title":
                c.fill = HEAD_FILL if look == "head" else BLOCK_FILL
                c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
                c.border = Border(THIN, THIN, THIN, THIN)
        elif look in ("money", "count", "pct", "date", "rate", "money_b", "count_b"):
            c.number_format = {"money": MONEY_FMT, "count": COUNT_FMT, "pct": PCT_FMT,
                               "date": DATE_FMT, "rate": "0.00%", "money_b": MONEY_FMT,
                               "count_b": COUNT_FMT}[look]
            if look.endswith("_b"):
                c.font = Font(bold=True)
        elif look.startswith("name"):
            depth = int(look[4:] or 0)
            c.alignment = Alignment(indent=depth)
            c.font = Font(bold=depth == 0)
        elif look == "wrap":
            c.alignment = Alignment(wrap_text=True, vertical="top")
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


def setup_sheet(ws: Any, widths: dict[int, float], *, freeze: str, title_rows: str) -> None:
    """Column widths, frozen panes and print setup (landscape, fit to width, repeated rows)."""
    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = freeze
    ws.print_title_rows = title_rows
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.sheet_properties.outlinePr.summaryBelow = False
