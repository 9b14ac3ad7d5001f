"""Turning mapped file rows into typed values with per-cell problems (no database needed)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from services.importing import messages as M
from services.importing.fields import MAPPING_REQUIRED, FieldSpec, fields_for
from services.importing.ledger_values import parse_instalment, parse_invoiced, parse_pay_method
from services.importing.mapping import SheetLayout
from services.importing.messages import Msg, msg, short
from services.importing.parsers import (
    CONTROL,
    CellError,
    clean_str,
    is_unassigned,
    parse_amount,
    parse_bool,
    parse_date,
    parse_datetime,
    parse_email,
    parse_flag,
    parse_method,
    parse_percent,
    parse_phone,
    parse_rate,
    parse_tags,
    parse_text,
    parse_tier,
)
from services.importing.people_values import parse_person_value
from services.importing.progress import EVERY, Check, Progress, never, no_progress, stop_if
from services.importing.readers import RawTable

ERROR = "error"
WARNING = "warning"
SAYS_LEFT_EMPTY = frozenset({M.FORMULA_LEFT_EMPTY})
"""Templates that already say the cell was left empty (no suffix added)."""


@dataclass(frozen=True)
class Problem:
    """One problem: the file's row number, the column header, what is wrong, the raw value."""

    row: int
    column: str
    message: str
    value: str = ""
    severity: str = ERROR
    col_index: int = -1  # file column (0-based), -1 for the row as a whole
    origin: str = "parse"  # "parse" (cell value) or "plan" (lookups, duplicates)
    template: str = ""  # services.importing.messages template of ``message``
    args: tuple[tuple[str, str], ...] = ()
    left_empty: bool = False  # an optional cell that could not be read: imported empty

    @classmethod
    def of(cls, row: int, column: str, m: Msg, value: str = "", severity: str = ERROR,
           col_index: int = -1, origin: str = "parse", left_empty: bool = False) -> Problem:
        """A problem from a message template and its arguments (the value and the column
        header are cut short: a 32,767-character cell is never repeated whole).

        ``left_empty``: the cell's field is optional, so the row imports without it (a
        warning whose message ends with :data:`~services.importing.messages.LEFT_EMPTY`).
        """
        text = str(m)
        if left_empty and m.template not in SAYS_LEFT_EMPTY:
            text = f"{text} {M.LEFT_EMPTY}"
        return cls(row, short(column), text, short(value, 200), severity, col_index, origin,
                   m.template, m.args, left_empty)

    @property
    def suffix(self) -> str:
        """The template appended to the message (:data:`M.LEFT_EMPTY`), or ""."""
        return M.LEFT_EMPTY if self.left_empty and self.template not in SAYS_LEFT_EMPTY else ""

    def text(self) -> str:
        """A one-line description, e.g. ``Row 7, 手机: “12” is not a valid phone number``."""
        where = f"Row {self.row}" + (f", {self.column}" if self.column else "")
        return f"{where}: {self.message}"


@dataclass
class ParsedRow:
    """One data row: typed values by field key plus its problems."""

    index: int  # position in the RawTable
    row_number: int
    values: dict[str, Any] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def has_error(self) -> bool:
        """True when a problem rejects the row."""
        return any(p.severity == ERROR for p in self.problems)


#: Field types whose value is text (a TRUE/FALSE cell there is a mistake, not the text "是").
TEXT_TYPES = frozenset({"text", "owner", "person", "customer", "stage", "pipeline", "tags", "phone",
                        "email"})


def _parse_cell(spec: FieldSpec, raw: Any, date1904: bool, row: ParsedRow, col: int,
                header: str, year: int | None) -> None:
    def warn(m: Msg) -> None:
        row.problems.append(Problem.of(row.row_number, header, m, clean_str(raw), WARNING, col))

    t = spec.type
    if isinstance(raw, bool) and t in TEXT_TYPES:
        raise CellError(M.BOOL_NOT_TEXT)
    if isinstance(raw, str) and CONTROL.search(raw):
        raw = CONTROL.sub("", raw)
        warn(msg(M.CONTROL_REMOVED))
    if t == "phone":
        phone, extra, phone_note = parse_phone(raw)
        row.values[spec.key] = phone
        if extra:
            row.values.setdefault("_extra_phones", []).append(extra)
        if phone_note:
            warn(phone_note)
        return
    if t in ("owner", "person", "customer", "stage", "pipeline"):
        text = clean_str(raw)
        if t in ("owner", "person") and is_unassigned(raw):
            text = ""
        if len(text) > spec.max_len:
            raise CellError(M.TOO_LONG, length=len(text), limit=spec.max_len)
        row.values[spec.key] = text or None
        return
    value: Any
    if t == "date":
        value, note = parse_date(raw, date1904, year)
    elif t == "datetime":
        value, note = parse_datetime(raw, date1904, year)
    elif t == "amount":
        value, note = parse_amount(raw)
    elif t == "tier":
        value, note = parse_tier(raw)
    elif t in ("role", "capacity"):
        value, note = parse_person_value(t, raw)
    elif t == "method":
        value, note = parse_method(raw)
    elif t == "bool":
        value, note = parse_bool(raw)
    elif t == "tags":
        value, note = parse_tags(raw)
    elif t == "percent":
        value, note = parse_percent(raw)
    elif t == "flag":
        value, note = parse_flag(raw)
    elif t == "rate":
        value, note = parse_rate(raw)
    elif t == "email":
        value, note = parse_email(raw)
    elif t == "instalment":
        value, note = parse_instalment(raw, spec.max_len)
    elif t == "pay_method":
        value, note = parse_pay_method(raw)
    elif t == "invoiced":
        value, note = parse_invoiced(raw)
    else:
        value, note = parse_text(raw, spec.max_len, spec.keep_space)
    row.values[spec.key] = value
    if note:
        warn(note)


def parse_rows(table: RawTable, layout: SheetLayout, mapping: list[str | None],
               kind: str, *, year: int | None = None, progress: Progress | None = None,
               is_cancelled: Check | None = None) -> list[ParsedRow]:
    """Parse every data row with the given column → field mapping (``progress`` in rows;
    ``ImportCancelled`` when ``is_cancelled()``).

    A cell that cannot be read rejects its row only when its field is required; an optional
    one is left empty with a warning and the rest of the row imports. Dates without a year are
    read in ``year`` (None: such a cell cannot be read).
    """
    progress = progress or no_progress
    is_cancelled = is_cancelled or never
    total = len(layout.data_indexes)
    specs = {s.key: s for s in fields_for(kind)}
    cols = [(i, specs[f]) for i, f in enumerate(mapping) if f is not None and f in specs]
    headers = layout.headers
    out: list[ParsedRow] = []
    for n, idx in enumerate(layout.data_indexes):
        if n % EVERY == 0:
            stop_if(is_cancelled)
            progress(n, total)
        cells = table.rows[idx]
        row = ParsedRow(idx, table.row_numbers[idx])
        for col, spec in cols:
            raw = cells[col] if col < len(cells) else None
            header = headers[col] if col < len(headers) and headers[col] else spec.label
            if (idx, col) in table.formula_missing:
                _formula_missing(table, row, idx, col, spec, header)
                continue
            if (idx, col) in table.cell_notes:  # merged cell filled from its top-left value
                row.problems.append(Problem.of(row.row_number, header,
                                               table.cell_notes[(idx, col)], clean_str(raw),
                                               WARNING, col))
            try:
                _parse_cell(spec, raw, table.date1904, row, col, header, year)
            except CellError as exc:
                _unreadable(row, spec, header, col, exc.msg, clean_str(raw))
        for spec in specs.values():
            if spec.required and row.values.get(spec.key) in (None, "") and not any(
                    p.col_index >= 0 and mapping[p.col_index] == spec.key for p in row.problems):
                col = _col_of(mapping, spec.key)
                header = headers[col] if 0 <= col < len(headers) and headers[col] else spec.label
                row.problems.append(Problem.of(row.row_number, header,
                                               msg(M.REQUIRED, field=spec.label), "", ERROR, col))
        out.append(row)
    progress(total, total)
    return out


def _unreadable(row: ParsedRow, spec: FieldSpec, header: str, col: int, m: Msg,
                value: str) -> None:
    """A cell that cannot be read: an error for a required field (the row is rejected); an
    optional field is left empty with a warning and the rest of the row imports.
    """
    if spec.required or spec.strict:
        row.problems.append(Problem.of(row.row_number, header, m, value, ERROR, col))
        return
    row.values[spec.key] = None
    row.problems.append(Problem.of(row.row_number, header, m, value, WARNING, col,
                                   left_empty=True))


def _formula_missing(table: RawTable, row: ParsedRow, idx: int, col: int, spec: FieldSpec,
                     header: str) -> None:
    """A formula without a saved result (see :func:`_unreadable`)."""
    note = table.cell_notes[(idx, col)]
    if not spec.required:
        note = msg(M.FORMULA_LEFT_EMPTY, cell=dict(note.args).get("cell", ""))
    _unreadable(row, spec, header, col, note, "")


def _col_of(mapping: list[str | None], key: str) -> int:
    try:
        return mapping.index(key)
    except ValueError:
        return -1


def missing_required(mapping: list[str | None], kind: str) -> list[FieldSpec]:
    """Required fields no column is mapped to (the mapping page cannot continue without them)."""
    mapped = {f for f in mapping if f}
    wanted = MAPPING_REQUIRED.get(kind, ())
    return [s for s in fields_for(kind)
            if (s.required or s.key in wanted) and s.key not in mapped]
