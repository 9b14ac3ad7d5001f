"""The import entry points the CLI and the wizard share: read → map → parse → plan → commit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from models.org import Person
from services.core.store import Store
from services.importing import messages as M
from services.importing.fields import KINDS
from services.importing.limits import DEFAULT_LIMITS, ImportFileError, ReadLimits
from services.importing.lookups import load_lookups
from services.importing.mapping import (
    SheetLayout,
    detect_header,
    duplicate_notes,
    initial_mapping,
)
from services.importing.messages import short
from services.importing.plan import ImportPlan, build_plan
from services.importing.progress import Check, Meter, Progress, never, stop_if
from services.importing.readers import RawTable, read_table
from services.importing.rows import ParsedRow, missing_required, parse_rows
from services.importing.years import YEAR_TEMPLATES, YearGuess, guess_year, year_note


@dataclass
class ImportSource:
    """A file read and laid out for one import kind, with the mapping to start from."""

    path: Path
    kind: str
    table: RawTable
    layout: SheetLayout
    mapping: list[str | None]

    def parse(self, mapping: list[str | None] | None = None,
              year: int | None = None) -> list[ParsedRow]:
        """Parse the data rows with ``mapping`` (default: the source's own); dates without a
        year are read in ``year`` (default: :meth:`guess_year`'s).
        """
        use = mapping or self.mapping
        return parse_rows(self.table, self.layout, use, self.kind,
                          year=year or self.guess_year(use).year)

    def guess_year(self, mapping: list[str | None] | None = None) -> YearGuess:
        """The year-less dates of the mapped date columns and the year proposed for them."""
        return guess_year(self.table, self.layout, mapping or self.mapping, self.kind,
                          self.path.name)


def open_source(path: str | Path, kind: str, *, store: Store | None = None,
                sheet: str | int | None = None, limits: ReadLimits = DEFAULT_LIMITS,
                encoding: str | None = None, progress: Progress | None = None,
                is_cancelled: Check | None = None) -> ImportSource:
    """Read ``path`` safely, find its header and propose a mapping (saved one first).

    The file is read in a capped child process (:mod:`services.importing.isolated`);
    ``encoding`` names a CSV's encoding (default: detected). Reports ``progress(done, total)``
    across the steps; ``ImportCancelled`` when ``is_cancelled()`` (reading writes nothing).
    """
    if kind not in KINDS:
        raise ValueError(f"unknown import kind {kind!r}")
    is_cancelled = is_cancelled or never
    meter = Meter(progress, [18, 1, 1])
    table = read_table(path, sheet, limits, encoding=encoding, progress=meter.step(),
                       is_cancelled=is_cancelled)
    meter.step()
    layout = detect_header(table, kind)
    if not layout.headers:
        raise ImportFileError("The file is empty: no header row was found.")
    stop_if(is_cancelled)
    meter.step()
    mapping = initial_mapping(store, layout.headers, kind)
    _note_duplicates(layout, mapping, kind)
    meter.finish()
    return ImportSource(Path(path), kind, table, layout, mapping)


def plan_import(store: Store, source: ImportSource, *, mapping: list[str | None] | None = None,
                mode: str = "skip", create_missing: bool = False,
                owner_choice: dict[str, str | None] | None = None,
                stage_choice: dict[str, str] | None = None, year: int | None = None,
                progress: Progress | None = None, is_cancelled: Check | None = None,
                as_of: date | None = None) -> ImportPlan:
    """Parse and plan ``source``; :class:`ImportFileError` if a required field is unmapped.

    Dates without a year are read in ``year``, by default the one :func:`guess_year` proposes
    (the plan keeps both, and the source's layout a note saying how they were read). Reports
    ``progress(done, total)`` over parsing and planning; ``ImportCancelled`` when
    ``is_cancelled()`` (planning writes nothing). ``as_of``: a receivables ledger's date
    (:mod:`services.importing.ledger_plan`; default today).
    """
    use = mapping if mapping is not None else source.mapping
    missing = missing_required(use, source.kind)
    if missing:
        names = ", ".join(s.label for s in missing)
        found = ", ".join(short(h, 40) for h in source.layout.headers[:40] if h)
        raise ImportFileError("No column is mapped to the required field(s): {fields}. "
                              "Columns found: {columns}.", fields=names,
                              columns=short(found, 600))
    _note_duplicates(source.layout, use, source.kind)
    guess = source.guess_year(use)
    chosen = year or guess.year
    _note_year(source.layout, guess, chosen)
    meter = Meter(progress, [1, 1])
    parsed = parse_rows(source.table, source.layout, use, source.kind, year=chosen,
                        progress=meter.step(), is_cancelled=is_cancelled)
    plan = build_plan(store, source.table, source.layout, use, parsed, source.kind, mode=mode,
                      owner_choice=owner_choice, stage_choice=stage_choice,
                      create_missing=create_missing, file_name=str(source.path),
                      progress=meter.step(), is_cancelled=is_cancelled, as_of=as_of)
    plan.year, plan.year_guess = chosen, guess
    meter.finish()
    return plan


def _note_year(layout: SheetLayout, guess: YearGuess, year: int) -> None:
    """Replace the layout's note on year-less dates with the one of this plan."""
    layout.notes[:] = [n for n in layout.notes if n.template not in YEAR_TEMPLATES]
    note = year_note(guess, year)
    if note is not None:
        layout.notes.append(note)


def _note_duplicates(layout: SheetLayout, mapping: list[str | None], kind: str) -> None:
    """Replace the layout's duplicate-column notes with those of ``mapping``."""
    layout.notes[:] = [n for n in layout.notes if n.template != M.DUPLICATE_COLUMN]
    layout.notes.extend(duplicate_notes(layout.headers, mapping, kind))


def resolution_options(store: Store) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """People ``(name, id)`` and the default pipeline's stages ``(name, id)``, for mapping
    unknown owners and stages.
    """
    with store.read() as uow:
        people = [(n, i) for n, i in uow.session.execute(
            select(Person.name, Person.id).where(Person.deleted_at.is_(None))
            .order_by(Person.name))]
    lk = load_lookups(store, "deals")
    stages = [(s.name, s.id) for s in lk.stages.get(lk.default_pipeline or "", [])]
    return people, stages
