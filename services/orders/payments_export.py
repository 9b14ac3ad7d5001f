"""Payments received (回款) and refunds (退款), exported to .xlsx or .csv.

One row per live payment, by date received: date, customer, contract number, amount (a refund
is negative), method (银行转账 …) and reference — optionally only those received from ``start``
to ``end`` (both included). A total line is not written: the file is a table to filter, sort
and sum.

As every export (:mod:`services.importing.exporting`): user text is always text (an explicit
string cell in .xlsx, the ``'`` guard in .csv), characters a spreadsheet cannot hold are
removed, and the file is written through :func:`~services.importing.exporting.write_atomically`
(a temporary name, flushed, renamed into place): an interrupted export never leaves half a file.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from models import Customer
from models.orders import Contract, Payment
from services.core.store import Store
from services.importing.csv_guard import PAYMENTS_HEADERS, guard
from services.importing.exporting import (
    DATE_FORMAT,
    MONEY_FORMAT,
    ExportError,
    TextSanitiser,
    _refusal,
    write_atomically,
)
from services.orders.payments import METHOD_NAMES

KINDS = ("date", "text", "text", "money", "text", "text")
SHEET = ("回款", "Payments")
METHOD_NAMES_EN = {"bank": "Bank transfer", "acceptance": "Acceptance bill", "cash": "Cash",
                   "wechat": "WeChat", "alipay": "Alipay"}
WIDTHS = (12, 30, 18, 14, 12, 24)


@dataclass(frozen=True)
class PaymentsExport:
    """What the export wrote: the file, its rows, their sum (refunds subtracted), text it
    changed.
    """

    path: Path
    rows: int
    total: Decimal
    issues: tuple[Any, ...] = ()


def payment_rows(store: Store, start: date | None = None, end: date | None = None,
                 english: bool = False) -> list[tuple[Any, ...]]:
    """(date, customer, contract number, amount, method name, reference) of every live payment
    received in ``start``–``end`` (either open), by date received.
    """
    q = (select(Payment.received_on, Customer.name, Contract.number, Payment.amount,
                Payment.method, Payment.reference)
         .join(Customer, Customer.id == Payment.customer_id)
         .outerjoin(Contract, Contract.id == Payment.contract_id)
         .where(Payment.deleted_at.is_(None)))
    if start is not None:
        q = q.where(Payment.received_on >= start)
    if end is not None:
        q = q.where(Payment.received_on <= end)
    names = METHOD_NAMES_EN if english else {k.value: v for k, v in METHOD_NAMES.items()}
    with store.read() as uow:
        raw = uow.session.execute(q.order_by(Payment.received_on, Payment.created_at,
                                             Payment.id)).all()
    return [(day, cust, number or "", amount, names.get(method, method), ref or "")
            for day, cust, number, amount, method, ref in raw]


def export_payments(store: Store, path: str | Path, *, start: date | None = None,
                    end: date | None = None, english: bool = False) -> PaymentsExport:
    """Write the payments received from ``start`` to ``end`` to ``path`` (.xlsx or .csv; see
    the module docstring).
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ExportError("{file}: export to .xlsx or .csv.", file=target.name)
    if not target.parent.is_dir():
        raise _refusal(FileNotFoundError(2, "No such folder", str(target.parent)), target)
    rows = payment_rows(store, start, end, english)
    headers = PAYMENTS_HEADERS[1 if english else 0]
    san = TextSanitiser()

    def write(tmp: Path) -> None:
        if suffix == ".csv":
            _csv(tmp, headers, rows, san)
        else:
            _xlsx(tmp, headers, rows, san, SHEET[1 if english else 0])

    write_atomically(target, write)
    total = sum((r[3] for r in rows), Decimal("0.00"))
    return PaymentsExport(target, len(rows), total, tuple(san.issues))


def _csv(path: Path, headers: tuple[str, ...], rows: list[tuple[Any, ...]],
         san: TextSanitiser) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(headers)
        for n, row in enumerate(rows, start=2):
            out = []
            for value, kind, header in zip(row, KINDS, headers, strict=True):
                if kind == "text":
                    out.append(guard(san.clean(str(value), n, header)))
                elif kind == "money":
                    out.append(f"{value:.2f}")
                else:
                    out.append(value.isoformat())
            w.writerow(out)


def _xlsx(path: Path, headers: tuple[str, ...], rows: list[tuple[Any, ...]],
          san: TextSanitiser, sheet: str) -> None:
    from openpyxl import Workbook  # openpyxl loads on the first export
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet)
    for i, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(rows) + 1}"
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    head = []
    for text in headers:
        c = WriteOnlyCell(ws, value=text)
        c.font, c.fill = bold, fill
        head.append(c)
    ws.append(head)
    formats = {"money": MONEY_FORMAT, "date": DATE_FORMAT}
    for n, row in enumerate(rows, start=2):
        out: list[Any] = []
        for value, kind, header in zip(row, KINDS, headers, strict=True):
            if kind == "text":
                text = san.clean(str(value), n, header)
                if not text:
                    out.append(None)
                    continue
                c = WriteOnlyCell(ws, value=text)
                c.data_type = "s"  # user text: never a formula
            else:
                c = WriteOnlyCell(ws, value=value)
                c.number_format = formats[kind]
            out.append(c)
        ws.append(out)
    wb.save(path)
