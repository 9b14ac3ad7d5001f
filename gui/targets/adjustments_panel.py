"""The adjustments panel: a plan's adjustment requests (调整申请) with 批准/驳回.

Approve and Reject are enabled only for a pending request the current person may decide
(the level above the node, :func:`services.targets.lifecycle.can_decide`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.targets import formatting as F
from services.core.errors import SailplanError
from services.core.store import Store
from services.targets import lifecycle as L
from services.targets.cascade import TargetPlanRow
from services.targets.lifecycle import AdjustmentRow

_Index = QModelIndex | QPersistentModelIndex
_NONE = QModelIndex()


class _RequestsModel(QAbstractTableModel):
    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.rows: list[AdjustmentRow] = []
        self.names: dict[str, str] = {}

    def set_rows(self, rows: list[AdjustmentRow], names: dict[str, str]) -> None:
        self.beginResetModel()
        self.rows, self.names = rows, names
        self.endResetModel()

    def rowCount(self, parent: _Index = _NONE) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = _NONE) -> int:
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Node"), self.tr("Metric"), self.tr("Period"), self.tr("Current target"),
                self.tr("Proposed target"), self.tr("Reason"), self.tr("Requested by"),
                self.tr("Status"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        r = self.rows[index.row()]
        col = index.column()
        if col == 0:
            return r.node_name
        if col == 1:
            return F.label(F.METRIC_LABELS, r.metric)
        if col == 2:
            return r.period
        if col == 3:
            return F.show_value(r.metric, r.old.target)
        if col == 4:
            return F.show_value(r.metric, r.new.target)
        if col == 5:
            return r.reason
        if col == 6:
            who = self.names.get(r.requested_by_id or "", "")
            return f"{who} {r.requested_at:%Y-%m-%d %H:%M}".strip()
        text = F.label(F.STATUS_LABELS, r.status)
        if r.decision_note:
            text += f" · {r.decision_note}"
        return text


class AdjustmentsPanel(QWidget):
    """Pending (or all) adjustment requests of the shown plan; ``decided`` carries node ids."""

    decided = Signal(list)

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.plan: TargetPlanRow | None = None
        self.person_id: str | None = None
        self.model = _RequestsModel(self)
        self.title = QLabel(self.tr("Adjustment requests"), self)
        self.title.setStyleSheet("font-weight: bold;")
        self.show_all = QCheckBox(self.tr("Show decided"), self)
        self.show_all.toggled.connect(self.reload)
        self.approve_button = QPushButton(self.tr("Approve"), self)
        self.approve_button.clicked.connect(lambda: self._decide_current(True))
        self.reject_button = QPushButton(self.tr("Reject"), self)
        self.reject_button.clicked.connect(lambda: self._decide_current(False))
        self.view = QTableView(self)
        self.view.setObjectName("adjustmentsView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b71c1c;")
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.show_all)
        top.addWidget(self.approve_button)
        top.addWidget(self.reject_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        self._update_buttons()

    def set_plan(self, plan: TargetPlanRow | None, person_id: str | None) -> None:
        """Show another plan's requests (or the same plan's, refreshed)."""
        self.plan, self.person_id = plan, person_id
        self.reload()

    def reload(self) -> None:
        """Re-read the requests."""
        from services.org.people import list_people

        rows: list[AdjustmentRow] = []
        if self.plan is not None:
            status = None if self.show_all.isChecked() else "pending"
            rows = L.list_adjustments(self.store, self.plan.id, status)
        names = {p.id: p.name for p in list_people(self.store, include_inactive=True)}
        self.model.set_rows(rows, names)
        self.view.resizeColumnsToContents()
        pending = sum(1 for r in rows if r.status == "pending")
        self.title.setText(self.tr("Adjustment requests (%n pending)", "", pending))
        self._update_buttons()

    def current(self) -> AdjustmentRow | None:
        """The selected request."""
        row = self.view.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def _update_buttons(self, *_args: Any) -> None:
        r = self.current()
        ok = r is not None and r.status == "pending" and L.can_decide(self.store, self.person_id,
                                                                       r.id)
        self.approve_button.setEnabled(ok)
        self.reject_button.setEnabled(ok)
        if r is not None and r.status == "pending" and not ok:
            self._say(self.tr("Only the level above this node may decide."))
        else:
            self._say("")

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _decide_current(self, approve: bool) -> None:
        r = self.current()
        if r is None:
            return
        note: str | None = None
        if not approve:
            text, ok = QInputDialog.getText(self, self.tr("Reject"), self.tr("Why (optional):"))
            if not ok:
                return
            note = text.strip() or None
        self.decide(r.id, approve, note)

    def decide(self, adjustment_id: str, approve: bool, note: str | None = None) -> bool:
        """Approve or reject a request as the current person; True when done."""
        row = next((r for r in self.model.rows if r.id == adjustment_id), None)
        try:
            if self.person_id is None:
                raise SailplanError(self.tr("Choose who you are in Settings first."))
            if approve:
                L.approve_adjustment(self.store, adjustment_id, by=self.person_id, note=note)
            else:
                L.reject_adjustment(self.store, adjustment_id, by=self.person_id, note=note)
        except SailplanError as exc:
            self._say(str(exc))
            return False
        self.reload()
        self.decided.emit([row.node_id] if row else [])
        return True
