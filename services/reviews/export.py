"""The review pack exported to Excel (.xlsx): an overview sheet (title, findings, target vs.
actual, the causes of the variance, collection, notes and decisions, and the waterfall chart
as an image), then a sheet per list (funnel, what changed, deals, stale customers, overdue
instalments, standings, actions).

As the other exports (:mod:`services.importing.exporting`): user text is always a string cell
(a deal called "=1+1" stays text), characters a spreadsheet cannot hold are removed, and the
file is written to a temporary name, flushed, then renamed into place.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from services.importing.exporting import (
    DATE_FORMAT,
    MONEY_FORMAT,
    TextSanitiser,
    write_atomically,
)
from services.reviews.labels import title, word
from services.reviews.pack import ReviewPack
from services.reviews.tables import Table, pack_tables

OVERVIEW = ("findings", "targets", "causes", "collection")
SHEETS = {"funnel": ("漏斗", "Funnel"), "changes": ("变化", "Changes"),
          "deals": ("商机", "Deals"), "stale": ("跟进断档", "Stale customers"),
          "overdue": ("逾期应收", "Overdue"), "standings": ("排行", "Standings"),
          "actions": ("行动跟踪", "Actions")}
PCT_FORMAT = "0.0%"
WIDTH = {"text": 18, "money": 15, "int": 10, "pct": 10, "points": 12, "date": 12}


class _Writer:
    """Writes tables onto a sheet, row by row, with user text as text."""

    def __init__(self, ws: Any, san: TextSanitiser):
        from openpyxl.styles import Font, PatternFill

        self.ws, self.san, self.row = ws, san, 1
        self.bold, self.big = Font(bold=True), Font(bold=True, size=14)
        self.fill = PatternFill("solid", fgColor="DDEBF7")

    def text(self, col: int, value: str, *, font: Any = None) -> Any:
        cell = self.ws.cell(self.row, col)
        cell.value = self.san.clean(str(value), self.row, self.ws.title)
        cell.data_type = "s"  # user text: never a formula
        if font is not None:
            cell.font = font
        return cell

    def line(self, value: str, *, font: Any = None) -> None:
        self.text(1, value, font=font)
        self.row += 1

    def value(self, col: int, kind: str, value: Any) -> None:
        if value is None or value == "":
            return
        if kind == "text":
            self.text(col, str(value))
            return
        cell = self.ws.cell(self.row, col)
        if kind == "money" and not isinstance(value, int):  # counts stay plain numbers
            cell.value, cell.number_format = value, MONEY_FORMAT
        elif kind == "pct":
            cell.value, cell.number_format = float(value), PCT_FORMAT
        elif kind == "date":
            cell.value, cell.number_format = value, DATE_FORMAT
        else:
            cell.value = value

    def table(self, t: Table) -> None:
        self.line(t.title, font=self.bold)
        for col, head in enumerate(t.headers, start=1):
            self.text(col, head, font=self.bold).fill = self.fill
        self.row += 1
        if not t.rows:
            self.line(t.note)
        for r in t.rows:
            for col, (kind, v) in enumerate(zip(t.kinds, r, strict=True), start=1):
                self.value(col, kind, v)
            self.row += 1
        self.row += 1

    def widths(self, tables: list[Table]) -> None:
        from openpyxl.utils import get_column_letter

        cols: dict[int, int] = {}
        for t in tables:
            for i, kind in enumerate(t.kinds, start=1):
                cols[i] = max(cols.get(i, 0), WIDTH[kind])
        for i, w in cols.items():
            self.ws.column_dimensions[get_column_letter(i)].width = w
        if tables and tables[0].key == "findings":
            self.ws.column_dimensions["A"].width = 6
            self.ws.column_dimensions["B"].width = 70


def _overview(wb: Any, pack: ReviewPack, tables: list[Table], en: bool, san: TextSanitiser,
              notes: tuple[str, str]) -> None:
    from openpyxl.drawing.image import Image

    ws = wb.active
    ws.title = word("overview", en)
    w = _Writer(ws, san)
    s = pack.scope
    w.line(title(s.grain, s.period, s.unit_name, en), font=w.big)
    w.line(f"{word('as_of', en)} {s.as_of.isoformat()}")
    last = pack.last_review
    w.line(f"{word('last_review', en)}: "
           + (last.as_of.isoformat() if last is not None else word("none", en)))
    w.row += 1
    shown = [t for t in tables if t.key in OVERVIEW]
    for t in shown:
        w.table(t)
    for key, text in zip(("notes", "decisions"), notes, strict=True):
        if text:
            w.line(word(key, en), font=w.bold)
            w.line(text)
            w.row += 1
    w.widths(shown)
    if pack.decomposition is not None:
        from services.reviews.chart import waterfall_png

        image = Image(io.BytesIO(waterfall_png(pack.decomposition, en)))
        image.width, image.height = 640, 320
        ws.add_image(image, f"A{w.row + 1}")


def write_xlsx(pack: ReviewPack, path: Path, *, english: bool = False,
               notes: tuple[str, str] = ("", "")) -> TextSanitiser:
    """Write the pack's workbook at ``path`` (not atomic: see :func:`export_xlsx`)."""
    from openpyxl import Workbook

    san = TextSanitiser()
    tables = pack_tables(pack, english)
    wb = Workbook()
    _overview(wb, pack, tables, english, san, notes)
    for t in tables:
        if t.key in OVERVIEW:
            continue
        ws = wb.create_sheet(SHEETS[t.key][1 if english else 0])
        w = _Writer(ws, san)
        w.table(t)
        w.widths([t])
        ws.freeze_panes = "A3"
    wb.save(path)
    return san


def pack_notes(pack: ReviewPack) -> tuple[str, str]:
    """The notes and decisions of the saved review of exactly this period, if any."""
    r = pack.this_review
    return (r.notes, r.decisions) if r is not None else ("", "")


def export_review(pack: ReviewPack, path: str | Path, *, english: bool = False,
                  is_cancelled: Callable[[], bool] | None = None,
                  pdf_writer: Callable[[ReviewPack, Path, bool], object] | None = None) -> Path:
    """Export the pack to ``path``: .xlsx here; .pdf through ``pdf_writer`` (Qt lays the PDF
    out: ``gui.dashboard.review_pdf``). Written atomically; returns the path.
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix == ".xlsx":
        def xlsx(tmp: Path) -> None:
            write_xlsx(pack, tmp, english=english, notes=pack_notes(pack))

        write_atomically(target, xlsx, is_cancelled)
    elif suffix == ".pdf" and pdf_writer is not None:
        writer = pdf_writer

        def pdf(tmp: Path) -> None:
            writer(pack, tmp, english)

        write_atomically(target, pdf, is_cancelled)
    else:
        from services.reviews.scope import ReviewError

        raise ReviewError("a review exports to .xlsx or .pdf, not “{name}”", field="path",
                          name=target.name)
    return target
