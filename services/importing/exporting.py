"""Exporting customers, deals and follow-ups to .xlsx and .csv, with the columns the import maps
back.

* .xlsx: openpyxl write-only (streams rows), bold header on a fill, frozen first row, autofilter,
  ``"¥"#,##0.00`` money and ``yyyy-mm-dd`` date formats, column widths by type.
* .csv: UTF-8 with BOM so Excel shows Chinese correctly.
* The last column is the record's id (客户编号 / 商机编号; a deal also names its customer's):
  the id it was imported with from another system, else Sailplan's own. Importing the file
  (into this database or a new one) finds each record by it, so two customers of the same name
  stay two and a second import updates instead of duplicating. Follow-ups (跟进记录) are a file
  of their own, naming their customer's and deal's ids: imported after customers and deals,
  each finds its own (a workbook sheet of the customers export would not fit a CSV, and the
  deals a follow-up names must be imported before it).
* User text is always text: in .xlsx a string is written as an explicit string cell (openpyxl would
  otherwise turn a value starting with ``=`` into a formula); in .csv a value starting with
  ``= + - @``, tab or CR gets a leading ``'`` (OWASP CSV-injection advice; see
  :mod:`services.importing.csv_guard`, the importer removes it again from Sailplan's own files).
  Characters XML 1.0 cannot hold (C0 controls but tab/LF/CR, lone surrogates, U+FFFE, U+FFFF)
  are removed from everything written, headers included — in .csv too, so that a CSV opened and
  saved as .xlsx stays readable — and text longer than 32,767 characters is cut; both are
  reported in :class:`ExportResult`, never raised.
* Dates and times are written in local time; a stored moment too close to year 1 or 9999 to be
  shifted into the local time zone is written as stored (UTC) instead of failing the export.
* The file is written to a temporary name, flushed to disk (``fsync``) and moved into place with
  ``os.replace``: a failed or cancelled export, or a power cut, never leaves a half-written file
  (nor touches an existing one).
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from models.customers import Contact, Customer, FollowUp
from models.org import Person
from models.pipeline import Deal, Pipeline, Stage
from services.core.errors import DiskFullError, SailplanError, is_disk_full
from services.core.store import Store
from services.core.tempfiles import fsync_dir, sibling_temp, sweep_stale_siblings
from services.importing.csv_guard import guard
from services.importing.fields import EXPORT_COLUMNS, FieldSpec, field_by_key

MAX_CELL = 32_767
ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
MONEY_FORMAT = '"¥"#,##0.00'
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
WIDTHS = {"text": 16, "amount": 14, "date": 12, "datetime": 17, "bool": 9, "percent": 8}
WIDE = {"name": 30, "notes": 40, "address": 30, "tags": 20, "customer": 30, "email": 24}
CUSTOMER_COLUMNS = EXPORT_COLUMNS["customers"]
DEAL_COLUMNS = EXPORT_COLUMNS["deals"]
FOLLOWUP_COLUMNS = EXPORT_COLUMNS["followups"]
EXPORT_KINDS = ("customers", "deals", "followups")
METHOD_NAMES = {"visit": "拜访", "call": "电话", "wechat": "微信", "email": "邮件"}
"""A follow-up's method as the export writes it (the importer reads these back)."""
SHEET_NAMES = {"customers": "客户", "deals": "商机", "followups": "跟进记录"}
"""The sheet of each kind's .xlsx export."""


class ExportCancelled(SailplanError):
    """The user cancelled the export; no file was written."""


class ExportError(SailplanError):
    """The file could not be written (no permission, no such folder…); nothing was written."""


def _refusal(exc: OSError, target: Path) -> SailplanError:
    """What to tell the user about ``exc`` raised while writing ``target`` (a constant
    sentence each, so the GUI shows it in the interface language).
    """
    folder = str(target.parent)
    if is_disk_full(exc):
        return DiskFullError(folder, "no file was written")
    if isinstance(exc, PermissionError):
        return ExportError("Sailplan may not write to {folder}; no file was written. Choose "
                           "another folder.", folder=folder)
    if isinstance(exc, FileNotFoundError):
        return ExportError("The folder {folder} does not exist; no file was written.",
                           folder=folder)
    if isinstance(exc, IsADirectoryError):
        return ExportError("{file} is a folder; no file was written. Give a file name.",
                           file=target.name)
    return ExportError("{file} could not be written ({detail}); no file was written.",
                       file=target.name, detail=exc.strerror or type(exc).__name__)


@dataclass(frozen=True)
class TextIssue:
    """A text value that had to be changed to fit a spreadsheet cell."""

    row: int  # spreadsheet row (the header is row 1)
    column: str
    message: str


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote."""

    path: Path
    rows: int
    issues: tuple[TextIssue, ...] = ()


class TextSanitiser:
    """Cleans user text for a cell and remembers what it changed."""

    def __init__(self) -> None:
        self.issues: list[TextIssue] = []

    def clean(self, text: str, row: int, column: str) -> str:
        """Text without illegal control characters, at most 32,767 characters long."""
        if ILLEGAL.search(text):
            text = ILLEGAL.sub("", text)
            self.issues.append(TextIssue(row, column, "Characters a spreadsheet cannot hold "
                                                      "(control characters, U+FFFE/U+FFFF) "
                                                      "removed."))
        if len(text) > MAX_CELL:
            self.issues.append(TextIssue(row, column, f"Text of {len(text):,} characters cut "
                                                      f"to {MAX_CELL:,}."))
            text = text[:MAX_CELL]
        return text


def _local(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    aware = value if value.tzinfo else value.replace(tzinfo=UTC)
    try:
        local = aware.astimezone()
    except (OverflowError, ValueError, OSError):  # within hours of year 1 or 9999
        local = aware.astimezone(UTC)
    return local.replace(tzinfo=None, microsecond=0)


def _customer_rows(store: Store) -> list[dict[str, Any]]:
    with store.read() as uow:
        s = uow.session
        people = dict(s.execute(select(Person.id, Person.name)).all())
        contacts: dict[str, tuple[str, str | None, str | None]] = {}
        for cid, name, title, phone in s.execute(
                select(Contact.customer_id, Contact.name, Contact.title, Contact.phone)
                .where(Contact.deleted_at.is_(None))
                .order_by(Contact.is_primary.desc(), Contact.created_at)):
            contacts.setdefault(cid, (name, title, phone))
        out = []
        for c in s.execute(select(Customer).where(Customer.deleted_at.is_(None),
                                                  Customer.merged_into_id.is_(None))
                           .order_by(Customer.created_at, Customer.name)).scalars():
            ct = contacts.get(c.id, (None, None, None))
            out.append({
                "name": c.name, "phone": c.phone, "email": c.email, "contact": ct[0],
                "contact_title": ct[1], "contact_phone": ct[2], "industry": c.industry,
                "region": c.region, "address": c.address, "source": c.source,
                "owner": people.get(c.owner_id or ""), "tier": c.tier,
                "tier_manual": bool(c.tier_manual) if c.tier else None, "tags": c.tags or None,
                "credit_limit": c.credit_limit, "cooperation_since": c.cooperation_since,
                "last_followup": _local(c.last_followup_at),
                "next_followup": c.next_followup_on, "website": c.website, "notes": c.notes,
                "external_id": c.external_id or c.id})
    return out


def _deal_rows(store: Store) -> list[dict[str, Any]]:
    with store.read() as uow:
        s = uow.session
        people = dict(s.execute(select(Person.id, Person.name)).all())
        customers = {cid: (name, ext or cid) for cid, name, ext in s.execute(
            select(Customer.id, Customer.name, Customer.external_id))}
        stages = dict(s.execute(select(Stage.id, Stage.name)).all())
        pipes = dict(s.execute(select(Pipeline.id, Pipeline.name)).all())
        out = []
        for d in s.execute(select(Deal).where(Deal.deleted_at.is_(None))
                           .order_by(Deal.created_at, Deal.name)).scalars():
            created = _local(d.created_at)
            customer = customers.get(d.customer_id, (None, None))
            out.append({
                "name": d.name, "customer": customer[0],
                "owner": people.get(d.owner_id or ""), "pipeline": pipes.get(d.pipeline_id),
                "stage": stages.get(d.stage_id), "amount": d.amount,
                "probability": d.probability, "expected_close": d.expected_close,
                "closed_on": d.closed_on, "won_amount": d.won_amount,
                "lost_reason": d.lost_reason, "created": created.date() if created else None,
                "source": d.source, "notes": d.notes, "external_id": d.external_id or d.id,
                "customer_external_id": customer[1]})
    return out


def _followup_rows(store: Store) -> list[dict[str, Any]]:
    with store.read() as uow:
        s = uow.session
        people = dict(s.execute(select(Person.id, Person.name)).all())
        customers = {cid: (name, ext or cid) for cid, name, ext in s.execute(
            select(Customer.id, Customer.name, Customer.external_id).where(
                Customer.deleted_at.is_(None), Customer.merged_into_id.is_(None)))}
        deals = {did: ext or did for did, ext in s.execute(
            select(Deal.id, Deal.external_id).where(Deal.deleted_at.is_(None)))}
        out = []
        for f in s.execute(select(FollowUp).where(FollowUp.deleted_at.is_(None))
                           .order_by(FollowUp.at, FollowUp.created_at)).scalars():
            customer = customers.get(f.customer_id)
            if customer is None:  # a deleted customer's history goes with it
                continue
            out.append({
                "customer": customer[0], "at": _local(f.at),
                "method": METHOD_NAMES.get(f.method, f.method), "content": f.content,
                "next_step": f.next_step, "next_on": f.next_on,
                "owner": people.get(f.person_id or ""), "customer_external_id": customer[1],
                "deal_external_id": deals.get(f.deal_id or "")})
    return out


def _cell_kind(spec: FieldSpec) -> str:
    if spec.type in ("amount", "date", "datetime", "bool", "percent"):
        return spec.type
    return "text"


def _xlsx(path: Path, specs: Sequence[FieldSpec], rows: list[dict[str, Any]],
          san: TextSanitiser, tick: Callable[[int], None], english: bool,
          sheet: str = "导出") -> None:
    # openpyxl loads on the first export, not at start-up
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet)
    kinds = [_cell_kind(s) for s in specs]
    for i, spec in enumerate(specs, start=1):
        width = WIDE.get(spec.key, WIDTHS.get(kinds[i - 1], 16))
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(specs))}{len(rows) + 1}"
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    header = []
    for spec in specs:
        title = san.clean(spec.label if english else spec.header_zh, 1, spec.header_zh)
        c = WriteOnlyCell(ws, value=title)
        c.font, c.fill = bold, fill
        c.alignment = Alignment(vertical="center")
        header.append(c)
    ws.append(header)
    try:
        _xlsx_rows(ws, specs, kinds, rows, san, tick)
    except BaseException:
        ws.close()  # finish openpyxl's row writer cleanly; the caller deletes the temp file
        raise
    wb.save(path)


def _xlsx_rows(ws: Any, specs: Sequence[FieldSpec], kinds: list[str], rows: list[dict[str, Any]],
               san: TextSanitiser, tick: Callable[[int], None]) -> None:
    from openpyxl.cell import WriteOnlyCell  # lazy, as in _xlsx

    formats = {"amount": MONEY_FORMAT, "date": DATE_FORMAT, "datetime": DATETIME_FORMAT}
    for n, row in enumerate(rows, start=2):
        out: list[Any] = []
        for spec, kind in zip(specs, kinds, strict=True):
            value = row.get(spec.key)
            if value is None or value == "":
                out.append(None)
            elif kind == "text":
                text = san.clean(str(value), n, spec.header_zh)
                if text.startswith("="):
                    cell = WriteOnlyCell(ws, value=text)
                    cell.data_type = "s"  # never a formula
                    out.append(cell)
                else:
                    out.append(text)
            elif kind == "bool":
                out.append("是" if value else "否")
            elif kind in formats:
                cell = WriteOnlyCell(ws, value=value)
                cell.number_format = formats[kind]
                out.append(cell)
            else:
                out.append(value)
        ws.append(out)
        tick(n - 1)


def _csv_text(value: Any, kind: str) -> str:
    if value is None:
        return ""
    if kind == "bool":
        return "是" if value else "否"
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")  # strftime drops year 1's zeros
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    return str(value)


def _csv(path: Path, specs: Sequence[FieldSpec], rows: list[dict[str, Any]],
         san: TextSanitiser, tick: Callable[[int], None], english: bool,
         sheet: str = "") -> None:
    kinds = [_cell_kind(s) for s in specs]
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow([san.clean(s.label if english else s.header_zh, 1, s.header_zh)
                    for s in specs])
        for n, row in enumerate(rows, start=2):
            out = []
            for spec, kind in zip(specs, kinds, strict=True):
                text = _csv_text(row.get(spec.key), kind)
                if kind == "text" and text:
                    text = guard(san.clean(text, n, spec.header_zh))
                out.append(text)
            w.writerow(out)
            tick(n - 1)


def write_table(path: str | Path, specs: Sequence[FieldSpec], rows: list[dict[str, Any]], *,
                progress: Callable[[int, int], None] | None = None,
                is_cancelled: Callable[[], bool] | None = None,
                english: bool = False, sheet: str = "导出") -> ExportResult:
    """Write ``rows`` (dicts by field key) as .xlsx (its sheet named ``sheet``) or .csv,
    atomically (see module doc).
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ExportError("{file}: export to .xlsx or .csv.", file=target.name)
    if not target.parent.is_dir():
        raise _refusal(FileNotFoundError(2, "No such folder", str(target.parent)), target)
    total = len(rows)

    def tick(done: int) -> None:
        if done % 1000 == 0 or done == total:
            if is_cancelled is not None and is_cancelled():
                raise ExportCancelled("Export cancelled; no file was written.")
            if progress is not None:
                progress(done, total)

    san = TextSanitiser()
    writer = _xlsx if suffix == ".xlsx" else _csv
    write_atomically(target, lambda tmp: writer(tmp, specs, rows, san, tick, english, sheet),
                     is_cancelled)
    return ExportResult(target, total, tuple(san.issues))


def write_atomically(target: Path, write: Callable[[Path], None],
                     is_cancelled: Callable[[], bool] | None = None) -> None:
    """The tail every export shares: ``write(tmp)`` fills a temporary file beside ``target``,
    which is flushed to disk, then renamed into place (and the folder flushed), so a failed,
    cancelled or interrupted export never leaves half a file. An ``OSError`` (a full disk, a
    missing folder, no permission) becomes the export's :class:`ExportError`; the temporary
    file is removed on any failure. What a killed export to the same place left is swept first.
    """
    sweep_stale_siblings(target)
    tmp = sibling_temp(target)
    try:
        write(tmp)
        _fsync_file(tmp)  # on disk before the rename makes it the file
        if is_cancelled is not None and is_cancelled():
            raise ExportCancelled("Export cancelled; no file was written.")
        os.replace(tmp, target)
        fsync_dir(target.parent, strict=False)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _refusal(exc, target) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def export_specs(kind: str) -> list[FieldSpec]:
    """The exported columns of ``customers``, ``deals`` or ``followups`` (each maps back on
    import).
    """
    keys: Iterable[str] = {"customers": CUSTOMER_COLUMNS, "deals": DEAL_COLUMNS}.get(
        kind, FOLLOWUP_COLUMNS)
    return [field_by_key(kind, k) for k in keys]


_ROWS = {"customers": _customer_rows, "deals": _deal_rows, "followups": _followup_rows}


def export_kind(store: Store, kind: str, path: str | Path, *,
                progress: Callable[[int, int], None] | None = None,
                is_cancelled: Callable[[], bool] | None = None,
                english: bool = False) -> ExportResult:
    """Export every live customer, deal or follow-up of the store to ``path`` (.xlsx or .csv)."""
    if kind not in EXPORT_KINDS:
        raise ExportError("Only {kinds} can be exported.", kinds=", ".join(EXPORT_KINDS))
    return write_table(path, export_specs(kind), _ROWS[kind](store), progress=progress,
                       is_cancelled=is_cancelled, english=english, sheet=SHEET_NAMES[kind])


def export_customers(store: Store, path: str | Path, **kwargs: Any) -> ExportResult:
    """Export customers (see :func:`export_kind`)."""
    return export_kind(store, "customers", path, **kwargs)


def export_deals(store: Store, path: str | Path, **kwargs: Any) -> ExportResult:
    """Export deals (see :func:`export_kind`)."""
    return export_kind(store, "deals", path, **kwargs)
