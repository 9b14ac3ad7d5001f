"""The year of dates written without one (``3月15日``, ``3/15``, ``15-Mar``).

Ledgers kept for one year often leave the year out. Such a cell is never a reason to reject a
row: the import reads it in one year for the whole file — the year the user chose (the wizard's
year box, the CLI's ``--year``), else the year in the file name (``客户台账_2025_华东.xlsx`` →
2025), else the year most of the file's full dates carry, else the current year. The plan keeps
the :class:`YearGuess` so the wizard can show the question only when the file needs it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from services.importing import messages as M
from services.importing.fields import fields_for
from services.importing.mapping import SheetLayout
from services.importing.messages import Msg, msg
from services.importing.parsers import FIRST_DATE, LAST_DATE, date_year, is_yearless
from services.importing.readers import RawTable

NAME = "name"
DATES = "dates"
TODAY = "today"
DATE_TYPES = frozenset({"date", "datetime"})
_YEAR_IN_NAME = re.compile(r"(?<!\d)(\d{4})(?:(\d{2})(\d{2}))?(?!\d)")
_NOTES = {NAME: M.YEAR_FROM_NAME, DATES: M.YEAR_FROM_DATES, TODAY: M.YEAR_FROM_TODAY}
YEAR_TEMPLATES = frozenset({*_NOTES.values(), M.YEAR_CHOSEN})


@dataclass(frozen=True)
class YearGuess:
    """How many year-less dates the mapped date columns hold, and the year proposed for them
    (``source``: :data:`NAME`, :data:`DATES` or :data:`TODAY`).
    """

    year: int
    source: str
    cells: int


def year_in_name(file_name: str) -> int | None:
    """The one year a file name carries (``2025``, or ``20250301``), else None."""
    found = set()
    for m in _YEAR_IN_NAME.finditer(Path(file_name).stem):
        year = int(m.group(1))
        if m.group(2) and not (1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31):
            continue
        if FIRST_DATE.year <= year <= LAST_DATE.year:
            found.add(year)
    return found.pop() if len(found) == 1 else None


def _date_columns(mapping: list[str | None], kind: str) -> list[int]:
    dated = {s.key for s in fields_for(kind) if s.type in DATE_TYPES}
    return [i for i, key in enumerate(mapping) if key in dated]


def guess_year(table: RawTable, layout: SheetLayout, mapping: list[str | None], kind: str,
               file_name: str, today: date | None = None) -> YearGuess:
    """Count the year-less dates of the mapped date columns and propose their year."""
    columns = _date_columns(mapping, kind)
    cells = 0
    for idx in layout.data_indexes:
        row = table.rows[idx]
        cells += sum(1 for c in columns if c < len(row) and is_yearless(row[c]))
    named = year_in_name(file_name)
    if named is not None:
        return YearGuess(named, NAME, cells)
    if cells:
        years: Counter[int] = Counter()
        for idx in layout.data_indexes:
            row = table.rows[idx]
            for c in columns:
                year = date_year(row[c], table.date1904) if c < len(row) else None
                if year is not None:
                    years[year] += 1
        if years:
            best = max(years.items(), key=lambda item: (item[1], item[0]))[0]
            return YearGuess(best, DATES, cells)
    return YearGuess((today or date.today()).year, TODAY, cells)


def year_note(guess: YearGuess, year: int) -> Msg | None:
    """The file-level note saying how year-less dates were read (None when there are none)."""
    if not guess.cells:
        return None
    template = _NOTES[guess.source] if year == guess.year else M.YEAR_CHOSEN
    return msg(template, count=guess.cells, year=year)
