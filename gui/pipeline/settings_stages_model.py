"""Table model of one pipeline's stages for Settings → Pipelines (edits go through a callback)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from models.enums import StageKind
from services.pipeline.analytics import MIN_SAMPLE, StageWinRate
from services.pipeline.deals import StageInfo

Index = QModelIndex | QPersistentModelIndex
EditHandler = Callable[[str, str, Any], bool]
"""(stage id, field, value) → accepted. The section turns it into an undo command."""


class StagesModel(QAbstractTableModel):
    """Columns: name, kind, default probability %, rotting days, folded on the board, and what
    the last year's history suggests as the default probability (filled in later).
    """

    NAME, KIND, PROBABILITY, ROT_DAYS, FOLDED, HISTORY = range(6)
    COLUMNS = 6
    StageIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[StageInfo] = []
        self._history: dict[str, StageWinRate] = {}
        self.on_edit: EditHandler | None = None

    def set_stages(self, stages: list[StageInfo] | tuple[StageInfo, ...]) -> None:
        """Replace the rows (model reset)."""
        self.beginResetModel()
        self._rows = list(stages)
        self._history = {}
        self.endResetModel()

    def set_history(self, rates: dict[str, StageWinRate]) -> None:
        """Show the observed win rates per stage id (from the analytics, computed off-thread)."""
        self._history = dict(rates)
        if self._rows:
            self.dataChanged.emit(self.index(0, self.HISTORY),
                                  self.index(len(self._rows) - 1, self.HISTORY))

    def suggestion(self, stage_id: str) -> int | None:
        """The suggested default probability of a stage, if history is sufficient."""
        rate = self._history.get(stage_id)
        return rate.suggested if rate is not None else None

    def stage_at(self, row: int) -> StageInfo | None:
        """The stage shown in ``row``."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, stage_id: str) -> int:
        """The row of a stage id, or -1."""
        return next((i for i, s in enumerate(self._rows) if s.id == stage_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Stage"), self.tr("Kind"), self.tr("Probability %"),
                  self.tr("Rotting after (days)"), self.tr("Folded"), self.tr("History suggests"))
        return titles[section] if 0 <= section < len(titles) else None

    def _kind_text(self, kind: str) -> str:
        if kind == StageKind.WON:
            return self.tr("Won")
        if kind == StageKind.LOST:
            return self.tr("Lost")
        return self.tr("Open")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        s = self._rows[index.row()]
        col = index.column()
        if role == self.StageIdRole:
            return s.id
        if role == Qt.ItemDataRole.CheckStateRole and col == self.FOLDED:
            return Qt.CheckState.Checked if s.folded else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.PROBABILITY, self.ROT_DAYS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.ROT_DAYS and s.is_open:
            return self.tr("A deal sitting in this stage longer than this many days is marked "
                           "as rotting, unless a future follow-up is booked. Empty: never.")
        if col == self.HISTORY:
            return self._history_data(s, role)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if col == self.NAME:
            return s.name
        if col == self.KIND:
            return self._kind_text(s.kind)
        if col == self.PROBABILITY:
            return s.probability if role == Qt.ItemDataRole.EditRole else f"{s.probability} %"
        if col == self.ROT_DAYS:
            if not s.is_open:
                return None
            if role == Qt.ItemDataRole.EditRole:
                return s.rot_days or 0
            return "—" if s.rot_days is None else str(s.rot_days)
        return None

    def _history_data(self, s: StageInfo, role: int) -> Any:
        rate = self._history.get(s.id)
        if not s.is_open:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DisplayRole:
            if rate is None:
                return "…"
            if rate.suggested is not None:
                return f"{rate.suggested} %"
            return self.tr("too few (%n)", "", rate.closed) if rate.closed else "—"
        if role == Qt.ItemDataRole.ToolTipRole and rate is not None:
            won_share = f"{rate.actual * 100:.0f} %" if rate.actual is not None else "—"
            return self.tr("Deals that reached this stage in the last 12 months and are now "
                           "closed: %1, of them won: %2 (%3). A suggestion needs at least %4 "
                           "closed deals.").replace("%1", str(rate.closed)) \
                .replace("%2", str(rate.won)).replace("%3", won_share) \
                .replace("%4", str(MIN_SAMPLE))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return Qt.ItemFlag.NoItemFlags
        s = self._rows[index.row()]
        col = index.column()
        if col == self.NAME or (s.is_open and col in (self.PROBABILITY, self.ROT_DAYS)):
            return base | Qt.ItemFlag.ItemIsEditable
        if col == self.FOLDED:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.on_edit is None:
            return False
        s = self._rows[index.row()]
        col = index.column()
        if col == self.FOLDED and role == Qt.ItemDataRole.CheckStateRole:
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
            return self.on_edit(s.id, "folded", checked)
        if role != Qt.ItemDataRole.EditRole:
            return False
        if col == self.NAME:
            return self.on_edit(s.id, "name", str(value))
        if col == self.PROBABILITY:
            return self.on_edit(s.id, "probability", value)
        if col == self.ROT_DAYS:
            return self.on_edit(s.id, "rot_days", None if value in (0, "0", "", None) else value)
        return False
