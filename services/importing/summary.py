"""Why rows were skipped or rejected, and which cells were left empty: counts by reason.

The result of an import names its reasons ("63 rows skipped: customer not found (40), already
in Sailplan (23)"), for the wizard's finish page and the CLI's summary. A reason is the short
text :data:`~services.importing.messages.REASON_OF` gives a problem's template (English source,
translated by the GUI in context ``ImportProblems``) and, for a cell's value, the column it
came from; a row is counted once per reason it has.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from services.importing import messages as M
from services.importing.plan import ImportPlan
from services.importing.rows import ERROR, WARNING, Problem

#: Skipped rows are explained by their skip note, not by warnings on other cells.
SKIP_TEMPLATES = frozenset({M.SAME_AS_ROW, M.ALREADY_EXISTS, M.LOOKS_EXISTING})


@dataclass(frozen=True)
class Reason:
    """``rows`` rows (or cells) for one reason; ``column`` is the file column ("" for a reason
    about the row as a whole, such as a duplicate).
    """

    reason: str
    column: str
    rows: int

    def text(self) -> str:
        """``手机: not a phone number (3)`` / ``already in Sailplan (20)``."""
        where = f"{self.column}: " if self.column else ""
        return f"{where}{self.reason} ({self.rows})"


def reason_of(problem: Problem) -> tuple[str, str]:
    """``(short reason, column)`` of one problem (column only for a cell's own value)."""
    reason = M.REASON_OF.get(problem.template, M.REASON_OTHER)
    column = problem.column if problem.origin == "parse" else ""
    return reason, column


def _count(groups: list[set[tuple[str, str]]]) -> list[Reason]:
    counts: Counter[tuple[str, str]] = Counter()
    for keys in groups:
        counts.update(keys)
    return [Reason(r, c, n) for (r, c), n in counts.most_common()]


def reasons(plan: ImportPlan, status: str) -> list[Reason]:
    """Why the rows of ``status`` (``"skip"`` or ``"reject"``) are not imported, most first."""
    groups = []
    for row in plan.rows:
        if row.status != status:
            continue
        if status == "reject":
            keys = {reason_of(p) for p in row.problems if p.severity == ERROR}
        else:
            keys = {reason_of(p) for p in row.problems if p.template in SKIP_TEMPLATES}
        groups.append(keys or {(M.REASON_OTHER, "")})
    return _count(groups)


def left_empty(plan: ImportPlan) -> list[Reason]:
    """Cells left empty in rows that import (optional fields that could not be read)."""
    groups = [{reason_of(p)} for row in plan.rows if row.status in ("create", "update")
              for p in row.problems if p.left_empty and p.severity == WARNING]
    return _count(groups)


def summary_lines(plan: ImportPlan) -> list[str]:
    """English lines for the CLI: skipped and rejected rows by reason, cells left empty."""
    out = []
    counts = plan.counts()
    for status, label in (("skip", "skipped"), ("reject", "rejected")):
        found = reasons(plan, status)
        if found:
            listed = ", ".join(r.text() for r in found)
            out.append(f"{counts[status]} row(s) {label}: {listed}")
    cells = left_empty(plan)
    if cells:
        total = sum(r.rows for r in cells)
        out.append(f"{total} cell(s) left empty, their rows imported: "
                   + ", ".join(r.text() for r in cells))
    return out
