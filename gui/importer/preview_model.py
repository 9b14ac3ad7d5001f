"""The preview: one row per file row with its status, cells highlighted where problems are.

A mapped cell shows what will be stored (:mod:`gui.importer.stored_values`: the stage 已成交 maps
to, 11,000.00 for 1.1万, ISO dates), with the file's own value in its tooltip; a cell that will
not be stored (a rejected row's bad value) shows the file's value; columns that are not
imported are grey.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from gui.common.theme import ink
from gui.importer.labels import STATUS_TITLES, tr
from gui.importer.problem_texts import problem_text
from gui.importer.stored_values import stored_text
from services.importing import ImportPlan, PlanRow
from services.importing.fields import FieldSpec, fields_for
from services.importing.parsers import clean_str

Index = QModelIndex | QPersistentModelIndex
ERROR_BG = QColor("#F8D7DA")
WARNING_BG = QColor("#FFF3CD")
CELL_FG = QColor("#212529")
FIRST_FILE_COLUMN = 3
STATUS_FG = {"create": QColor("#1E7B34"), "update": QColor("#1F5FAD"),
             "skip": QColor("#6C757D"), "reject": QColor("#B02A37")}
NOT_IMPORTED_FG = QColor("#8A8F94")


class PreviewModel(QAbstractTableModel):
    """Columns: file row number, status, problems (summary), then the file's own columns."""

    StatusRole = Qt.ItemDataRole.UserRole + 1
    SeverityRole = Qt.ItemDataRole.UserRole + 2
    RawRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.plan: ImportPlan | None = None
        self.rows: list[PlanRow] = []
        self.headers: list[str] = []
        self._cell_problems: dict[tuple[int, int], list[Any]] = {}
        self._specs: list[FieldSpec | None] = []

    def set_plan(self, plan: ImportPlan, problems_only: bool = False) -> None:
        """Show ``plan`` (all rows, or only rows with problems); one model reset."""
        self.beginResetModel()
        self.plan = plan
        self.headers = list(plan.layout.headers)
        self.rows = [r for r in plan.rows if r.problems or not problems_only]
        specs = {s.key: s for s in fields_for(plan.kind)}
        seen: set[str] = set()
        self._specs = []
        for key in plan.mapping:  # a second column of the same field is not imported
            self._specs.append(specs.get(key) if key and key not in seen else None)
            if key:
                seen.add(key)
        self._cell_problems = {}
        for i, r in enumerate(self.rows):
            for p in r.problems:
                col = p.col_index + FIRST_FILE_COLUMN if p.col_index >= 0 else 1
                self._cell_problems.setdefault((i, col), []).append(p)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers) + FIRST_FILE_COLUMN

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Row")
        if section == 1:
            return self.tr("Status")
        if section == 2:
            return self.tr("Problems")
        col = section - FIRST_FILE_COLUMN
        if 0 <= col < len(self.headers):
            return self.headers[col] or str(col + 1)
        return None

    def _severity(self, row: int, col: int) -> str | None:
        probs = self._cell_problems.get((row, col), [])
        if any(p.severity == "error" for p in probs):
            return "error"
        return "warning" if probs else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.plan is None or not 0 <= index.row() < len(self.rows):
            return None
        r, c = index.row(), index.column()
        row = self.rows[r]
        if role == Qt.ItemDataRole.DisplayRole:
            if c == 0:
                return str(row.parsed.row_number)
            if c == 1:
                return tr(STATUS_TITLES[row.status])
            if c == 2:
                return "；".join(f"{p.column}: {problem_text(p)}" for p in row.problems)
            return self._shown(r, c)
        if role == Qt.ItemDataRole.ToolTipRole:
            if c in (1, 2):
                return "\n".join(f"{p.column}: {problem_text(p)}" for p in row.problems) or None
            return self._tooltip(r, c)
        if role == Qt.ItemDataRole.BackgroundRole:
            sev = self._severity(r, c)
            if sev is not None:
                return QBrush(ERROR_BG if sev == "error" else WARNING_BG)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and c in (1, 2):
            return QBrush(ink(STATUS_FG[row.status]))
        if role == Qt.ItemDataRole.ForegroundRole and self._severity(r, c) is not None:
            return QBrush(CELL_FG)  # dark text on the pale marks, in a dark theme too
        if role == Qt.ItemDataRole.ForegroundRole and c >= FIRST_FILE_COLUMN \
                and self._spec(c) is None:
            return QBrush(ink(NOT_IMPORTED_FG))
        if role == Qt.ItemDataRole.TextAlignmentRole and c == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.StatusRole:
            return row.status
        if role == self.SeverityRole:
            return self._severity(r, c)
        if role == self.RawRole and c >= FIRST_FILE_COLUMN:
            return self._raw(r, c)
        return None

    def _spec(self, c: int) -> FieldSpec | None:
        col = c - FIRST_FILE_COLUMN
        return self._specs[col] if 0 <= col < len(self._specs) else None

    def _raw(self, r: int, c: int) -> str:
        assert self.plan is not None
        cells = self.plan.table.rows[self.rows[r].parsed.index]
        col = c - FIRST_FILE_COLUMN
        return clean_str(cells[col]) if col < len(cells) else ""

    def _shown(self, r: int, c: int) -> str:
        """What will be stored; the file's value where nothing will (or it is not imported)."""
        raw = self._raw(r, c)
        spec = self._spec(c)
        if spec is None or self._severity(r, c) == "error" or self.plan is None:
            return raw
        return stored_text(self.plan, self.rows[r], spec, raw)

    def _tooltip(self, r: int, c: int) -> str | None:
        lines = [problem_text(p) for p in self._cell_problems.get((r, c), [])]
        raw, spec = self._raw(r, c), self._spec(c)
        if spec is None and c >= FIRST_FILE_COLUMN:
            lines.append(self.tr("This column is not imported."))
        elif raw and raw != self._shown(r, c):
            lines.insert(0, self.tr("In the file: %1").replace("%1", raw))
        return "\n".join(lines) or None
