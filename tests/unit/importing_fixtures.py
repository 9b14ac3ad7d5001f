"""Builders for the import/export tests: workbooks, CSVs and a store with people and stages."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import openpyxl
from sqlalchemy import select, text

from models.base import Base

CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
      'package/2006/content-types"><Default Extension="rels" ContentType="application/'
      'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
      '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
      'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
      '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
      'officedocument.spreadsheetml.worksheet+xml"/></Types>')
ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
             'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http:'
             '//schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
             'Target="xl/workbook.xml"/></Relationships>')
WB = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
      'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
      'relationships"><workbookPr{pr}/><sheets><sheet name="客户" sheetId="1" r:id="rId1"/>'
      '</sheets></workbook>')
WB_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
           'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
           'schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
           'Target="worksheets/sheet1.xml"/></Relationships>')
SHEET_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>{doctype}<worksheet xmlns="http://schemas.'
              'openxmlformats.org/spreadsheetml/2006/main"><dimension ref="{dim}"/><sheetData>')
SHEET_TAIL = "</sheetData>{merge}</worksheet>"


def raw_xlsx(path: Path, rows_xml: str, *, dim: str = "A1", doctype: str = "",
             workbook_pr: str = "", merge: str = "") -> Path:
    """A minimal hand-written workbook whose sheet XML is exactly ``rows_xml`` (for hostile and
    formula-with-cached-value cases openpyxl cannot write)."""
    sheet = SHEET_HEAD.format(doctype=doctype, dim=dim) + rows_xml + SHEET_TAIL.format(
        merge=merge)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CT)
        zf.writestr("_rels/.rels", ROOT_RELS)
        zf.writestr("xl/workbook.xml", WB.format(pr=workbook_pr))
        zf.writestr("xl/_rels/workbook.xml.rels", WB_RELS)
        zf.writestr("xl/worksheets/sheet1.xml", sheet)
    return path


def istr(ref: str, text: str) -> str:
    """An inline-string cell."""
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def write_xlsx(path: Path, rows: list[list[Any]], *, epoch_1904: bool = False,
               merges: tuple[str, ...] = ()) -> Path:
    """A workbook written by openpyxl with ``rows`` on the first sheet."""
    wb = openpyxl.Workbook()
    if epoch_1904:
        from openpyxl.utils.datetime import CALENDAR_MAC_1904

        wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "客户"
    for row in rows:
        ws.append(row)
    for rng in merges:
        ws.merge_cells(rng)
    wb.save(path)
    return path


def write_csv(path: Path, rows: list[list[Any]], *, encoding: str = "utf-8-sig",
              delimiter: str = ",") -> Path:
    """A CSV in the given encoding (quotes only where needed)."""
    import csv
    import io

    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def seed_people(store, names=("王强", "李娜")) -> dict[str, str]:  # noqa: ANN001
    """A company unit and people; returns name → id."""
    from services.org.people import create_person, create_unit

    unit = create_unit(store, "公司", "company").value
    return {n: create_person(store, n, unit).value for n in names}


def seed_pipeline(store) -> dict[str, str]:  # noqa: ANN001
    """The default pipeline; returns stage name → id."""
    from models.pipeline import Stage
    from services.pipeline.settings import ensure_defaults

    ensure_defaults(store)
    with store.read() as uow:
        return dict(uow.session.execute(select(Stage.name, Stage.id)).all())


def snapshot(store) -> dict[str, list[tuple]]:  # noqa: ANN001
    """Every row of every table (sorted), to prove a database did or did not change."""
    out: dict[str, list[tuple]] = {}
    with store.read() as uow:
        for table in Base.metadata.sorted_tables:
            if table.name in ("audit_log", "change_feed"):
                continue  # logs of the changes (team mode): an undo adds to them too
            rows = uow.session.execute(text(f"SELECT * FROM {table.name}")).all()
            out[table.name] = sorted((tuple(r) for r in rows), key=repr)
    return out
