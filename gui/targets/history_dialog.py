"""HistoryDialog: every version of one value — who, when, why, old → new."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.targets import formatting as F
from services.targets.lifecycle import VersionRow
from services.targets.split import Values

_Index = QModelIndex | QPersistentModelIndex
_NONE = QModelIndex()


class _VersionsModel(QAbstractTableModel):
    def __init__(self, metric: str, rows: list[VersionRow], parent: QWidget):
        super().__init__(parent)
        self.metric, self.rows = metric, rows

    def rowCount(self, parent: _Index = _NONE) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = _NONE) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("When"), self.tr("Who"), self.tr("Old (floor / target / challenge)"),
                self.tr("New (floor / target / challenge)"), self.tr("Why"),
                self.tr("Plan version"))[section]

    def _values(self, v: Values | None) -> str:
        if v is None:
            return "—"
        return " / ".join(F.show_value(self.metric, x) for x in v.as_tuple())

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        r = self.rows[index.row()]
        col = index.column()
        if col == 0:
            return f"{r.changed_at.astimezone():%Y-%m-%d %H:%M}"
        if col == 1:
            return r.changed_by_name or self.tr("(unknown)")
        if col == 2:
            return self._values(r.old)
        if col == 3:
            return self._values(r.new)
        if col == 4:
            why = r.reason or ""
            return why + (" " + self.tr("(approved adjustment)") if r.adjustment_id else "")
        return str(r.plan_version)


class HistoryDialog(QDialog):
    """The version list of one node's value for one metric and period, oldest first."""

    def __init__(self, metric: str, node_name: str, period: str, rows: list[VersionRow],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Value history"))
        self.resize(820, 360)
        self.model = _VersionsModel(metric, rows, self)
        caption = QLabel(f"{node_name} · {F.label(F.METRIC_LABELS, metric)} · {period}", self)
        caption.setStyleSheet("font-weight: bold;")
        view = QTableView(self)
        view.setObjectName("historyView")
        view.setModel(self.model)
        view.verticalHeader().hide()
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        empty = QLabel(self.tr("No versions yet: nobody typed a value here."), self)
        empty.setVisible(not rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(empty)
        layout.addWidget(view, 1)
        layout.addWidget(buttons)
