"""The adjustments panel: a plan's adjustment requests (调整申请) with 批准/驳回.

Approve and Reject are enabled only for a pending request the current person may decide
(the level above the node, :func:`services.targets.lifecycle.can_decide`). Approving a quarter,
month or week asks how the node's other periods follow (:class:`ApproveDialog`: keep the year or
change the year); the approval and everything that follows it are one undo step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
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

from gui.common.context import AppContext
from gui.common.error_texts import error_text
from gui.common.lazy_text import LazyText
from gui.common.page_load import PageLoad
from gui.common.row_table_model import Column, RowTableModel
from gui.common.theme import ink_css
from gui.common.undo import push_op
from gui.targets import formatting as F
from gui.targets.approve_dialog import ApproveDialog
from services.core.changes import Changes, call
from services.targets import lifecycle as L
from services.targets.cascade import TargetPlanRow
from services.targets.follow import KEEP_YEAR
from services.targets.lifecycle import AdjustmentRow

_CTX = "_RequestsModel"  # the translation context of the column titles
#: What the list shows: the requests themselves and the names of the people on them.
_KINDS = ("target_adjustments", "people")


def _read_requests(store: Any, plan_id: str | None, status: str | None,
                   ) -> tuple[list[AdjustmentRow], dict[str, str]]:
    """The plan's requests and everyone's names (Qt-free: runs on the worker)."""
    from services.org.people import list_people

    rows = L.list_adjustments(store, plan_id, status) if plan_id is not None else []
    return rows, {p.id: p.name for p in list_people(store, include_inactive=True)}


def _status(r: AdjustmentRow) -> str:
    text = F.label(F.STATUS_LABELS, r.status)
    return f"{text} · {r.decision_note}" if r.decision_note else text


class AdjustmentsPanel(QWidget):
    """Pending (or all) adjustment requests of the shown plan; decisions are undoable."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.store = ctx.store
        self.plan: TargetPlanRow | None = None
        self.person_id: str | None = None
        self.names: dict[str, str] = {}
        self._wanted: str | None = None  # a request to select once the list is read
        self.model = RowTableModel(self._columns(), self)
        self._load = PageLoad(ctx.tasks, self)
        self._load.loaded.connect(self._show)
        ctx.events.changed.connect(self._on_changed)
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
        self.view.setTabKeyNavigation(False)  # Tab leaves the table (arrows move)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.message = QLabel(self)
        self.message.setStyleSheet(f"color: {ink_css('#b71c1c')};")
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

    def _columns(self) -> list[Column]:
        tr = QCoreApplication.translate
        return [
            Column(tr(_CTX, "Node"), lambda r: r.node_name),
            Column(tr(_CTX, "Metric"), lambda r: F.label(F.METRIC_LABELS, r.metric)),
            Column(tr(_CTX, "Period"), lambda r: r.period),
            Column(tr(_CTX, "Current target"), lambda r: F.show_value(r.metric, r.old.target)),
            Column(tr(_CTX, "Proposed target"), lambda r: F.show_value(r.metric, r.new.target)),
            Column(tr(_CTX, "Reason"), lambda r: r.reason),
            Column(tr(_CTX, "Requested by"), self._requested_by),
            Column(tr(_CTX, "Status"), _status),
        ]

    def _requested_by(self, r: AdjustmentRow) -> str:
        who = self.names.get(r.requested_by_id or "", "")
        return f"{who} {r.requested_at:%Y-%m-%d %H:%M}".strip()

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if self.plan is not None and changes.touches(*_KINDS):
            self.reload()

    def set_plan(self, plan: TargetPlanRow | None, person_id: str | None) -> None:
        """Show another plan's requests (or the same plan's, refreshed)."""
        self.plan, self.person_id = plan, person_id
        self.reload()

    def is_loading(self) -> bool:
        """Whether the requests are being read."""
        return self._load.is_loading()

    def reload(self) -> None:
        """Re-read the requests (on the worker)."""
        store = self.store
        plan_id = self.plan.id if self.plan is not None else None
        status = None if self.show_all.isChecked() else "pending"
        self._load.start(lambda: _read_requests(store, plan_id, status))

    def show_request(self, adjustment_id: str, decided: bool = False) -> None:
        """Select this request once the list is read (decided ones need "Show decided")."""
        self._wanted = adjustment_id
        if decided:
            self.show_all.setChecked(True)

    def _show(self, result: tuple[list[AdjustmentRow], dict[str, str]]) -> None:
        rows, self.names = result
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        wanted = next((i for i, r in enumerate(rows) if r.id == self._wanted), None)
        if wanted is not None:
            self._wanted = None
            self.view.selectRow(wanted)
            self.view.setFocus()
        pending = sum(1 for r in rows if r.status == "pending")
        self.title.setText(self.tr("Adjustment requests (%n pending)", "", pending))
        self._update_buttons()

    def current(self) -> AdjustmentRow | None:
        """The selected request."""
        row = self.model.row_at(self.view.currentIndex().row())
        return row if isinstance(row, AdjustmentRow) else None

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
        follow = KEEP_YEAR
        if approve:
            chosen = ApproveDialog.ask(self.store, r, self)
            if chosen is None:
                return
            follow = chosen
        else:
            text, ok = QInputDialog.getText(self, self.tr("Reject"), self.tr("Why (optional):"))
            if not ok:
                return
            note = text.strip() or None
        self.decide(r.id, approve, note, follow)

    def decide(self, adjustment_id: str, approve: bool, note: str | None = None,
               follow: str = KEEP_YEAR) -> bool:
        """Approve (the other periods following by ``follow``) or reject a request as the
        current person, one undo step; True when done.
        """
        if self.person_id is None:
            self._say(self.tr("Choose who you are in Settings first."))
            return False
        text = (LazyText.translate("AdjustmentsPanel", "Approve") if approve
                else LazyText.translate("AdjustmentsPanel", "Reject"))
        action = (call(L.approve_adjustment, adjustment_id, by=self.person_id, note=note,
                       follow=follow) if approve
                  else call(L.reject_adjustment, adjustment_id, by=self.person_id, note=note))
        ctx = self.ctx
        cmd = push_op(ctx.undo_stack, ctx.store, ctx.events, text, action, initiator=self)
        if cmd.failed is not None:
            self._say(error_text(cmd.failed))
            return False
        return True
