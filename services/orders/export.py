"""The receivables (应收账款) as of a date, exported to .xlsx or .csv.

One row per instalment open on that date: customer, contract number, instalment, owner, due
date, amount, paid, open amount, days overdue and aging bucket — sorted by owner, bucket (not
yet due first), customer and due date, so each owner's bucket is one block of rows. The
workbook's second sheet (汇总) totals the open amount per owner and bucket as ``=SUM(...)`` of
those blocks, with row and column totals as SUMs too, so a spreadsheet recomputes them.

As the other exports (:mod:`services.importing.exporting`): user text is always text (an
explicit string cell in .xlsx, the ``'`` guard in .csv), characters a spreadsheet cannot hold
are removed, and the file is written to a temporary name, flushed, then renamed into place.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from services.core.store import Store
from services.importing.csv_guard import RECEIVABLES_HEADERS, guard
from services.importing.exporting import (
    DATE_FORMAT,
    MONEY_FORMAT,
    ExportError,
    TextSanitiser,
    _refusal,
    write_atomically,
)
from services.orders.receivables import (
    BUCKET_NAMES,
    BUCKET_NAMES_EN,
    BUCKETS,
    ReceivableRow,
    receivables,
)

_KEYS = (("customer", "text"), ("contract", "text"), ("instalment", "text"), ("owner", "text"),
         ("due_date", "date"), ("amount", "money"), ("paid", "money"), ("open", "money"),
         ("days", "int"), ("bucket", "text"))
COLUMNS = tuple(  # key, Chinese header, English header, kind
    (key, zh, en, kind) for (key, kind), zh, en in zip(_KEYS, *RECEIVABLES_HEADERS, strict=True))
OPEN_COLUMN = "H"  # the open amount's column letter in the detail sheet
SHEETS = ("应收账款", "汇总")
SHEETS_EN = ("Receivables", "Summary")
NO_OWNER = ("（无负责人）", "(no owner)")
WIDTHS = {"customer": 30, "contract": 18, "instalment": 12, "owner": 12, "due_date": 12,
          "amount": 14, "paid": 14, "open": 14, "days": 10, "bucket": 12}


@dataclass(frozen=True)
class ReceivablesExport:
    """What the export wrote: the file, its rows, the total open amount, text it changed."""

    path: Path
    rows: int
    total: Decimal
    issues: tuple[Any, ...] = ()


def _sorted(rows: tuple[ReceivableRow, ...], no_owner: str) -> list[ReceivableRow]:
    order = {b: i for i, b in enumerate(BUCKETS)}
    return sorted(rows, key=lambda r: ((r.owner_name or no_owner), r.owner_id or "",
                                       order[r.bucket], r.customer_name, r.due_date,
                                       r.contract_number, r.seq))


def _values(r: ReceivableRow, english: bool, no_owner: str) -> dict[str, Any]:
    names = BUCKET_NAMES_EN if english else BUCKET_NAMES
    part = f"{r.seq}" + (f" {r.label}" if r.label else "")
    return {"customer": r.customer_name, "contract": r.contract_number, "instalment": part,
            "owner": r.owner_name or no_owner, "due_date": r.due_date, "amount": r.amount,
            "paid": r.paid, "open": r.open_amount, "days": r.days_overdue,
            "bucket": names[r.bucket]}


def export_receivables(store: Store, as_of: date, path: str | Path, *,
                       english: bool = False) -> ReceivablesExport:
    """Write the receivables open on ``as_of`` to ``path`` (.xlsx or .csv; see the module
    docstring).
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ExportError("{file}: export to .xlsx or .csv.", file=target.name)
    if not target.parent.is_dir():
        raise _refusal(FileNotFoundError(2, "No such folder", str(target.parent)), target)
    report = receivables(store, as_of)
    no_owner = NO_OWNER[1 if english else 0]
    rows = _sorted(report.rows, no_owner)
    san = TextSanitiser()

    def write(tmp: Path) -> None:
        if suffix == ".csv":
            _csv(tmp, rows, san, english, no_owner)
        else:
            _xlsx(tmp, rows, san, english, no_owner, as_of)

    write_atomically(target, write)
    return ReceivablesExport(target, len(rows), report.total, tuple(san.issues))


def _csv(path: Path, rows: list[ReceivableRow], san: TextSanitiser, english: bool,
         no_owner: str) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow([c[2] if english else c[1] for c in COLUMNS])
        for n, r in enumerate(rows, start=2):
            values = _values(r, english, no_owner)
            out = []
            for key, header, _en, kind in COLUMNS:
                v = values[key]
                if kind == "text":
                    out.append(guard(san.clean(str(v), n, header)))
                elif kind == "money":
                    out.append(f"{v:.2f}")
                elif kind == "date":
                    out.append(v.isoformat())
                else:
                    out.append(str(v))
            w.writerow(out)


def _text_cell(ws: Any, text: str) -> Any:
    from openpyxl.cell import WriteOnlyCell  # openpyxl loads on the first export

    cell = WriteOnlyCell(ws, value=text)
    cell.data_type = "s"  # user text: never a formula
    return cell


def _xlsx(path: Path, rows: list[ReceivableRow], san: TextSanitiser, english: bool,
          no_owner: str, as_of: date) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    detail_name, summary_name = SHEETS_EN if english else SHEETS
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(detail_name)
    for i, col in enumerate(COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = WIDTHS[col[0]]
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{len(rows) + 1}"
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")

    def head(text: str) -> Any:
        c = WriteOnlyCell(ws, value=text)
        c.font, c.fill = bold, fill
        return c

    ws.append([head(c[2] if english else c[1]) for c in COLUMNS])
    formats = {"money": MONEY_FORMAT, "date": DATE_FORMAT}
    blocks: dict[tuple[str, str], list[int]] = {}  # (owner key, bucket) → first, last row
    owners: dict[str, str] = {}  # owner key → name, in row order
    for n, r in enumerate(rows, start=2):
        values = _values(r, english, no_owner)
        out: list[Any] = []
        for key, header, _en, kind in COLUMNS:
            v = values[key]
            if kind == "text":
                out.append(_text_cell(ws, san.clean(str(v), n, header)))
            elif kind in formats:
                c = WriteOnlyCell(ws, value=v)
                c.number_format = formats[kind]
                out.append(c)
            else:
                out.append(v)
        ws.append(out)
        owner_key = r.owner_id or ""
        owners.setdefault(owner_key, san.clean(values["owner"], n, "负责人"))
        span = blocks.setdefault((owner_key, r.bucket), [n, n])
        span[1] = n
    _summary(wb.create_sheet(summary_name), detail_name, owners, blocks, english, as_of)
    wb.save(path)


def _summary(ws: Any, detail: str, owners: dict[str, str],
             blocks: dict[tuple[str, str], list[int]], english: bool, as_of: date) -> None:
    """Per owner a row of ``=SUM`` per bucket and a row total; a total row of column SUMs."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    names = BUCKET_NAMES_EN if english else BUCKET_NAMES
    total_word = "Total" if english else "合计"
    bold = Font(bold=True)
    ws.column_dimensions["A"].width = 16
    for i in range(2, len(BUCKETS) + 3):
        ws.column_dimensions[get_column_letter(i)].width = 14
    day = WriteOnlyCell(ws, value=as_of)
    day.number_format = DATE_FORMAT
    ws.append([_text_cell(ws, "As of" if english else "截至"), day])
    ws.append([])

    def strong(text: str) -> Any:
        c = _text_cell(ws, text)
        c.font = bold
        return c

    ws.append([strong("Owner" if english else "负责人"),
               *[strong(names[b]) for b in BUCKETS], strong(total_word)])
    quoted = "'" + detail.replace("'", "''") + "'"
    first = 4
    last_col = get_column_letter(len(BUCKETS) + 1)
    for n, (key, name) in enumerate(owners.items(), start=first):
        out: list[Any] = [_text_cell(ws, name)]
        for b in BUCKETS:
            span = blocks.get((key, b))
            if span is None:
                value: Any = 0
            else:
                value = f"=SUM({quoted}!{OPEN_COLUMN}{span[0]}:{OPEN_COLUMN}{span[1]})"
            out.append(_money(ws, value))
        out.append(_money(ws, f"=SUM(B{n}:{last_col}{n})"))
        ws.append(out)
    end = first + len(owners) - 1
    totals: list[Any] = [strong(total_word)]
    for i in range(2, len(BUCKETS) + 3):
        letter = get_column_letter(i)
        c = _money(ws, f"=SUM({letter}{first}:{letter}{end})" if owners else 0)
        c.font = bold
        totals.append(c)
    ws.append(totals)


def _money(ws: Any, value: Any) -> Any:
    from openpyxl.cell import WriteOnlyCell

    c = WriteOnlyCell(ws, value=value)
    c.number_format = MONEY_FORMAT
    return c
