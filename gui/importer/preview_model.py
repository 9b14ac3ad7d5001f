"""The preview: one row per file row with its status, cells highlighted where problems are."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from gui.common.theme import ink
from gui.importer.labels import STATUS_TITLES, tr
from gui.importer.problem_texts import problem_text
from services.importing import ImportPlan, PlanRow
from services.importing.parsers import clean_str

Index = QModelIndex | QPersistentModelIndex
ERROR_BG = QColor("#F8D7DA")
WARNING_BG = QColor("#FFF3CD")
CELL_FG = QColor("#212529")
FIRST_FILE_COLUMN = 3
STATUS_FG = {"create": QColor("#1E7B34"), "update": QColor("#1F5FAD"),
             "skip": QColor("#6C757D"), "reject": QColor("#B02A37")}


class PreviewModel(QAbstractTableModel):
    """Columns: file row number, status, problems (summary), then the file's own columns."""

    StatusRole = Qt.ItemDataRole.UserRole + 1
    SeverityRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.plan: ImportPlan | None = None
        self.rows: list[PlanRow] = []
        self.headers: list[str] = []
        self._cell_problems: dict[tuple[int, int], list[Any]] = {}

    def set_plan(self, plan: ImportPlan, problems_only: bool = False) -> None:
        """Show ``plan`` (all rows, or only rows with problems); one model reset."""
        self.beginResetModel()
        self.plan = plan
        self.headers = list(plan.layout.headers)
        self.rows = [r for r in plan.rows if r.problems or not problems_only]
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
            cells = self.plan.table.rows[row.parsed.index]
            col = c - FIRST_FILE_COLUMN
            return clean_str(cells[col]) if col < len(cells) else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if c in (1, 2):
                return "\n".join(f"{p.column}: {problem_text(p)}" for p in row.problems) or None
            probs = self._cell_problems.get((r, c), [])
            return "\n".join(problem_text(p) for p in probs) or None
        if role == Qt.ItemDataRole.BackgroundRole:
            sev = self._severity(r, c)
            if sev is not None:
                return QBrush(ERROR_BG if sev == "error" else WARNING_BG)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and c in (1, 2):
            return QBrush(ink(STATUS_FG[row.status]))
        if role == Qt.ItemDataRole.ForegroundRole and self._severity(r, c) is not None:
            return QBrush(CELL_FG)  # dark text on the pale marks, in a dark theme too
        if role == Qt.ItemDataRole.TextAlignmentRole and c == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.StatusRole:
            return row.status
        if role == self.SeverityRole:
            return self._severity(r, c)
        return None
