"""The Reverse funnel (反推) tab: a node's target → required leads, contacts, quotes, wins.

Saving (a scenario, or the funnel as process targets) is an undoable
:class:`~gui.common.undo.OpCommand`; the views hear of it from ``events.changed``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.common.context import AppContext
from gui.common.formatting import count
from gui.common.lazy_text import LazyText
from gui.common.page_load import PageLoad
from gui.common.undo import push_op
from gui.plans.plan_data import node_history
from services.core.changes import call
from services.plans import reverse_funnel as rf

Index = QModelIndex | QPersistentModelIndex
FUNNEL_METRICS = ("signed_amount", "collected_amount", "deal_count")


class FunnelModel(QAbstractTableModel):
    """Stages as rows, the period's months and the total as columns."""

    def __init__(self) -> None:
        super().__init__()
        self.result: rf.FunnelResult | None = None
        self.labels: dict[str, str] = {}

    def set_result(self, result: rf.FunnelResult | None) -> None:
        """Show a new result."""
        self.beginResetModel()
        self.result = result
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """One row per stage."""
        return 0 if parent.isValid() or self.result is None else len(rf.STAGES)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Months plus the total."""
        return 0 if parent.isValid() or self.result is None else len(self.result.months) + 1

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Stage names and month labels."""
        if role != Qt.ItemDataRole.DisplayRole or self.result is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self.labels.get(rf.STAGES[section], rf.STAGES[section])
        if section == len(self.result.months):
            return self.labels.get("total", "Total")
        return self.result.months[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Counts."""
        if not index.isValid() or self.result is None:
            return None
        stage = rf.STAGES[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == len(self.result.months):
                return count(self.result.total[stage])
            return count(self.result.by_month[stage][index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class FunnelTab(QWidget):
    """Pick a node, metric and period; edit the assumptions; see and save the funnel."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.tree: Any = None
        self._load = PageLoad(ctx.tasks, self)
        self._load.loaded.connect(self._show_history)
        self._load.failed.connect(self._history_failed)
        self.level = "target"  # plan A 理想线 works to the target, plan B 保底线 to the floor
        self.results: dict[str, rf.FunnelResult] = {}
        self.node = QComboBox()
        self.metric_box = QComboBox()
        self.period = QComboBox()
        self.avg = QDoubleSpinBox(decimals=2, maximum=1e11, suffix=self.tr(" yuan"))
        self.rates = {name: QDoubleSpinBox(decimals=2, minimum=0.01, maximum=100, suffix=" %")
                      for name in rf.RATE_FIELDS}
        self.cycle = QSpinBox(maximum=3650, suffix=self.tr(" days"))
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.from_history = QPushButton(self.tr("Reload from history"))
        self.save_scenario_btn = QPushButton(self.tr("Save scenario"))
        self.save_targets_btn = QPushButton(self.tr("Save as process targets"))
        self.model = FunnelModel()
        self.model.labels = {"leads": self.tr("Leads"), "first_contacts": self.tr("First contacts"),
                             "quotes": self.tr("Quotes"), "negotiations": self.tr("Negotiations"),
                             "wins": self.tr("Wins"), "total": self.tr("Total")}
        self.view = QTableView()
        self.view.setModel(self.model)
        pick = QHBoxLayout()
        for label, w in ((self.tr("Target node"), self.node), (self.tr("Metric"), self.metric_box),
                         (self.tr("Period"), self.period)):
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            w.setMinimumContentsLength(6)
            pick.addWidget(QLabel(label))
            pick.addWidget(w, 1)
        form = QFormLayout()
        form.addRow(self.tr("Average won deal"), self.avg)
        for name, label in zip(rf.RATE_FIELDS, (
                self.tr("Lead → first contact"), self.tr("First contact → quote"),
                self.tr("Quote → negotiation"), self.tr("Negotiation → win")), strict=True):
            form.addRow(label, self.rates[name])
        form.addRow(self.tr("Sales cycle"), self.cycle)
        form.addRow(self.history)
        buttons = QHBoxLayout()
        for b in (self.from_history, self.save_scenario_btn, self.save_targets_btn):
            buttons.addWidget(b)
        buttons.addStretch(1)
        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addLayout(form)
        left.addLayout(buttons)
        left.addStretch(1)
        top.addLayout(left, 0)
        top.addWidget(self.view, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(pick)
        lay.addLayout(top, 1)
        rule = QLabel(self.tr("Each stage = ⌈next stage ÷ its rate⌉; months add up exactly to the "
                              "period; work is due earlier by a share of the cycle (leads the "
                              "whole cycle, first contacts ¾, quotes ½, negotiations ¼)."))
        rule.setWordWrap(True)
        lay.addWidget(rule)
        self.avg.valueChanged.connect(self.recompute)
        self.cycle.valueChanged.connect(self.recompute)
        for spin in self.rates.values():
            spin.valueChanged.connect(self.recompute)
        for combo in (self.metric_box, self.period):
            combo.currentIndexChanged.connect(self.recompute)
        self.node.currentIndexChanged.connect(self.load_history)
        self.from_history.clicked.connect(self.load_history)
        self.save_scenario_btn.clicked.connect(self.save_scenario)
        self.save_targets_btn.clicked.connect(self.save_targets)

    def set_tree(self, tree: Any, history: rf.HistoryAssumptions | None = None) -> None:
        """Show a plan: fill the pickers and show the first node's ``history`` (read on the
        worker when not given).
        """
        self.tree = tree
        for combo in (self.node, self.metric_box, self.period):
            combo.blockSignals(True)
            combo.clear()
        for n in tree.nodes:
            self.node.addItem("　" * n.depth + n.name, n.id)
        names = {"signed_amount": self.tr("Signed amount"),
                 "collected_amount": self.tr("Collected amount"),
                 "deal_count": self.tr("Deal count")}
        for m in FUNNEL_METRICS:
            if m in tree.plan.metrics:
                self.metric_box.addItem(names[m], m)
        year = tree.plan.year
        self.period.addItem(self.tr("Year %1").replace("%1", str(year)), str(year))
        for q in range(1, 5):
            self.period.addItem(f"Q{q}", f"{year}-Q{q}")
        for combo in (self.node, self.metric_box, self.period):
            combo.blockSignals(False)
        if history is None:
            self.load_history()
        else:
            self._load.start(lambda: history)  # supersedes a node's history still on its way

    def set_level(self, level: str) -> None:
        """Show the funnel to the target (plan A) or to the floor (plan B)."""
        self.level = level
        self.recompute()

    def assumptions(self) -> rf.Assumptions:
        """What the editors say now."""
        rates = {n: round(w.value() * 100) for n, w in self.rates.items()}
        return rf.Assumptions(avg_won_fen=round(self.avg.value() * 100),
                              cycle_days=self.cycle.value(), **rates)

    def show_assumptions(self, a: rf.Assumptions) -> None:
        """Put assumptions into the editors (one recompute at the end)."""
        widgets = [self.avg, self.cycle, *self.rates.values()]
        for w in widgets:
            w.blockSignals(True)
        self.avg.setValue(a.avg_won_fen / 100)
        self.cycle.setValue(a.cycle_days)
        for n, w in self.rates.items():
            w.setValue(getattr(a, n) / 100)
        for w in widgets:
            w.blockSignals(False)
        self.recompute()

    def is_loading(self) -> bool:
        """Whether a node's history is being read on the worker."""
        return self._load.is_loading()

    def load_history(self) -> None:
        """Assumptions from the node's people's history (defaults where history is silent),
        read on the worker; the editors wait disabled meanwhile.
        """
        node_id = self.node.currentData()
        if node_id is None:
            return
        store, today = self.ctx.store, date.today()
        self._set_busy(True)
        self._load.start(lambda: node_history(store, node_id, today))

    def _set_busy(self, busy: bool) -> None:
        for w in (self.avg, self.cycle, *self.rates.values(), self.from_history,
                  self.save_scenario_btn, self.save_targets_btn):
            w.setEnabled(not busy)
        if busy:
            self.history.setText(self.tr("Reading the history…"))

    def _history_failed(self, exc: BaseException, _tb: str) -> None:
        self._set_busy(False)
        self.history.setText(str(exc))

    def _show_history(self, h: rf.HistoryAssumptions) -> None:
        self._set_busy(False)
        self.history.setText(self.tr("From history: %1 of %2 closed deals won; %3 from history, "
                                     "the rest are defaults — edit any value to try a what-if.")
                             .replace("%1", str(h.won_count)).replace("%2", str(h.closed_count))
                             .replace("%3", str(len(h.from_history))))
        self.show_assumptions(h.assumptions)

    def recompute(self) -> None:
        """Recompute the funnel for the current picks and assumptions."""
        node_id, metric, period = (self.node.currentData(), self.metric_box.currentData(),
                                   self.period.currentData())
        if self.tree is None or None in (node_id, metric, period):
            self.model.set_result(None)
            return
        try:
            self.results = rf.plan_for_node(self.tree, node_id, metric, period,
                                            self.assumptions())
        except rf.FunnelError as exc:
            self.history.setText(str(exc))
            self.model.set_result(None)
            return
        self.model.set_result(self.results[self.level])
        self.view.resizeColumnsToContents()

    def save_scenario(self) -> None:
        """Save the assumptions as a named scenario of the node (undoable)."""
        if not self.results:
            return
        cmd = push_op(self.ctx.undo_stack, self.ctx.store, self.ctx.events,
                      LazyText.translate("FunnelTab", "Save scenario"), call(
                          rf.save_scenario, self.node.currentData(),
                          self.metric_box.currentData(), self.period.currentData(),
                          self.tr("Reverse funnel"), self.assumptions(),
                          by=self.ctx.current_person_id), initiator=self)
        if cmd.failed is None:
            self.ctx.events.status_message.emit(self.tr("Scenario saved"), 3000)

    def save_targets(self) -> None:
        """Write the results as the node's process-metric targets (undoable)."""
        if not self.results:
            return
        push_op(self.ctx.undo_stack, self.ctx.store, self.ctx.events,
                LazyText.translate("FunnelTab", "Save reverse funnel as targets"), call(
                    rf.save_process_targets, self.node.currentData(),
                    self.period.currentData(), dict(self.results),
                    by=self.ctx.current_person_id), initiator=self)
