"""The rejected-rows workbook: the file's own columns plus a 问题/Problem column.

The user fixes the rows in Excel and imports this workbook again; the extra column is ignored
by the mapping (no field is called 问题).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from services.importing.csv_guard import PROBLEM_HEADER
from services.importing.exporting import ExportResult, write_table
from services.importing.fields import FieldSpec
from services.importing.parsers import clean_str
from services.importing.plan import ImportPlan


def rejected_rows(plan: ImportPlan) -> tuple[list[str], list[list[Any]]]:
    """Headers and cell values of the rejected rows (original cells + the problems)."""
    headers = list(plan.layout.headers)
    out: list[list[Any]] = []
    for r in plan.rejected():
        cells = list(plan.table.rows[r.parsed.index])[: len(headers)]
        cells += [""] * (len(headers) - len(cells))
        msgs = [p.text() for p in r.problems if p.severity == "error"]
        out.append([*cells, "；".join(msgs)])
    return [*headers, PROBLEM_HEADER], out


def save_rejected(plan: ImportPlan, path: str | Path) -> ExportResult:
    """Write the rejected rows to ``path`` (.xlsx or .csv); values are written as text."""
    headers, rows = rejected_rows(plan)
    specs = [FieldSpec(f"c{i}", h or f"Column {i + 1}", "text", (h or f"列{i + 1}",),
                       max_len=32_767) for i, h in enumerate(headers)]
    dict_rows = [{f"c{i}": _cell(v) for i, v in enumerate(row)} for row in rows]
    return write_table(path, specs, dict_rows)


def _cell(value: Any) -> str | None:
    text = clean_str(value)
    return text or None
