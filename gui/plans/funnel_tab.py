"""The Reverse funnel (反推) tab: a node's target → the leads, contacts, quotes, wins it needs.

Every stage of the firm's pipeline is shown (those between first contact and quote too, such as
需求确认), named as the pipeline names them. Top: the assumptions on the left, the funnel as a
chart on the right; below, across the whole width, the months of the period (they fit without
scrolling sideways). Saving (a scenario, or the funnel as process targets) is an undoable
:class:`~gui.common.undo.OpCommand`; the views hear of it from ``events.changed``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.common.amount_input import AmountSpinBox
from gui.common.context import AppContext
from gui.common.error_texts import error_text
from gui.common.formatting import count, money_fen
from gui.common.lazy_text import LazyText
from gui.common.page_load import PageLoad
from gui.common.undo import push_op
from gui.plans.funnel_chart import FunnelChart
from gui.plans.plan_data import node_history
from services.core import periods as P
from services.core.changes import call
from services.plans import reverse_funnel as rf

Index = QModelIndex | QPersistentModelIndex
FUNNEL_METRICS = ("signed_amount", "collected_amount", "deal_count")
#: the rate editor of each step of the chain (middle stages: their own key, mid1, mid2, …)
STEP_FIELDS = {"leads": "lead_to_contact_bp", "first_contacts": "contact_to_quote_bp",
               "quotes": "quote_to_negotiation_bp", "negotiations": "negotiation_to_win_bp"}


class FunnelModel(QAbstractTableModel):
    """Stages as rows (leads first), the period's months and the total as columns."""

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
        return 0 if parent.isValid() or self.result is None else len(self.result.stages)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Months plus the total."""
        return 0 if parent.isValid() or self.result is None else len(self.result.months) + 1

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Stage names and month labels (1月 / Jan)."""
        if role != Qt.ItemDataRole.DisplayRole or self.result is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            stage = self.result.stages[section]
            return self.labels.get(stage, stage)
        if section == len(self.result.months):
            return self.labels.get("total", "Total")
        month = int(self.result.months[section][5:7])
        return QLocale().monthName(month, QLocale.FormatType.ShortFormat)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Counts; the total in bold."""
        if not index.isValid() or self.result is None:
            return None
        stage = self.result.stages[index.row()]
        is_total = index.column() == len(self.result.months)
        if role == Qt.ItemDataRole.DisplayRole:
            if is_total:
                return count(self.result.total[stage])
            return count(self.result.by_month[stage][index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and is_total:
            font = QFont()
            font.setBold(True)
            return font
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
        self.stage_names: dict[str, str] = {}  # stage key → the pipeline's name for it
        self.middle_names: tuple[str, ...] = ()
        self.node = QComboBox()
        self.metric_box = QComboBox()
        self.period = QComboBox()
        self.avg = AmountSpinBox()
        self.avg.setToolTip(self.tr("Type e.g. 20万 or 200,000"))
        self.rates: dict[str, QDoubleSpinBox] = {}
        self.cycle = QSpinBox(maximum=3650, suffix=self.tr(" days"))
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.from_history = QPushButton(self.tr("Reload from history"))
        self.save_scenario_btn = QPushButton(self.tr("Save scenario"))
        self.save_targets_btn = QPushButton(self.tr("Save as process targets"))
        self.model = FunnelModel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table (arrows move)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setMinimumSectionSize(40)
        self.chart = FunnelChart()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.base_note = QLabel()  # what the funnel works back from (按全年目标 …)
        self.base_note.setObjectName("funnelBase")
        self.base_note.setWordWrap(True)
        self._build()

    def _build(self) -> None:
        pick = QHBoxLayout()
        for label, w in ((self.tr("Target node"), self.node), (self.tr("Metric"), self.metric_box),
                         (self.tr("Period"), self.period)):
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            w.setMinimumContentsLength(6)
            pick.addWidget(QLabel(label))
            pick.addWidget(w, 1)
        self.form = QFormLayout()
        defaults = rf.Assumptions()
        self._rebuild_form(tuple(STEP_FIELDS), {n: getattr(defaults, n) for n in rf.RATE_FIELDS})
        buttons = QHBoxLayout()
        for b in (self.from_history, self.save_scenario_btn, self.save_targets_btn):
            buttons.addWidget(b)
        buttons.addStretch(1)
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addLayout(self.form)
        left_lay.addWidget(self.history)
        left_lay.addLayout(buttons)
        left_lay.addStretch(1)
        right = QWidget()
        right_lay = QVBoxLayout(right)
        right_lay.setContentsMargins(0, 0, 0, 0)
        right_lay.addWidget(self.chart, 1)
        right_lay.addWidget(self.base_note)
        right_lay.addWidget(self.summary)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(left)
        top.addWidget(right)
        top.setStretchFactor(0, 2)
        top.setStretchFactor(1, 3)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.view)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        lay = QVBoxLayout(self)
        lay.addLayout(pick)
        lay.addWidget(self.splitter, 1)
        rule = QLabel(self.tr("Each stage = ⌈next stage ÷ its rate⌉; months add up exactly to the "
                              "period; work is due earlier by a share of the cycle (leads the "
                              "whole cycle, first contacts ¾, quotes ½, negotiations ¼)."))
        rule.setWordWrap(True)
        lay.addWidget(rule)
        self.avg.valueChanged.connect(self.recompute)
        self.cycle.valueChanged.connect(self.recompute)
        for combo in (self.metric_box, self.period):
            combo.currentIndexChanged.connect(self.recompute)
        self.node.currentIndexChanged.connect(self.load_history)
        self.from_history.clicked.connect(self.load_history)
        self.save_scenario_btn.clicked.connect(self.save_scenario)
        self.save_targets_btn.clicked.connect(self.save_targets)

    # --- the assumptions form ------------------------------------------------------------------

    def label(self, stage: str) -> str:
        """A stage's name: the pipeline's, else the standard one."""
        if stage in self.stage_names:
            return self.stage_names[stage]
        standard = {"leads": self.tr("Leads"), "first_contacts": self.tr("First contacts"),
                    "quotes": self.tr("Quotes"), "negotiations": self.tr("Negotiations"),
                    "wins": self.tr("Wins")}
        if stage in standard:
            return standard[stage]
        i = int(stage[3:]) if stage.startswith("mid") else 0
        return self.middle_names[i - 1] if 0 < i <= len(self.middle_names) else stage

    def _rebuild_form(self, steps: tuple[str, ...], values: dict[str, int]) -> None:
        """One rate editor per step of the chain (``steps``: stage keys, leads … negotiations)."""
        keep = (self.avg, self.cycle)
        while self.form.rowCount():  # takeRow: the average and the cycle editors stay alive
            taken = self.form.takeRow(0)
            for item in (taken.labelItem, taken.fieldItem):
                widget = item.widget() if item is not None else None
                if widget is not None and widget not in keep:
                    widget.deleteLater()
        self.rates = {}
        self.form.addRow(self.tr("Average won deal"), self.avg)
        keys = (*steps, "wins")
        for i, step in enumerate(steps):
            spin = QDoubleSpinBox(decimals=2, minimum=0.01, maximum=100, suffix=" %")
            name = STEP_FIELDS.get(step, step)
            spin.setValue(values.get(name, rf.MIDDLE_DEFAULT_BP) / 100)
            spin.valueChanged.connect(self.recompute)
            self.rates[name] = spin
            self.form.addRow(f"{self.label(step)} → {self.label(keys[i + 1])}", spin)
        self.form.addRow(self.tr("Sales cycle"), self.cycle)

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
        named = {n: round(self.rates[n].value() * 100) for n in rf.RATE_FIELDS}
        middle = tuple((name, round(self.rates[f"mid{i}"].value() * 100))
                       for i, name in enumerate(self.middle_names, 1))
        return rf.Assumptions(avg_won_fen=round(self.avg.value() * 100),
                              cycle_days=self.cycle.value(), middle=middle, **named)

    def show_assumptions(self, a: rf.Assumptions) -> None:
        """Put assumptions into the editors (one recompute at the end)."""
        self.middle_names = tuple(name for name, _bp in a.middle)
        values: dict[str, int] = {n: getattr(a, n) for n in rf.RATE_FIELDS}
        values.update({f"mid{i}": bp for i, (_n, bp) in enumerate(a.middle, 1)})
        for w in (self.avg, self.cycle):
            w.blockSignals(True)
        self._rebuild_form(tuple(k for k, _bp in a.steps()), values)
        self.avg.setValue(a.avg_won_fen / 100)
        self.cycle.setValue(a.cycle_days)
        for w in (self.avg, self.cycle):
            w.blockSignals(False)
        self.recompute()

    # --- history -------------------------------------------------------------------------------

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
        self.history.setText(error_text(exc))

    def _show_history(self, h: rf.HistoryAssumptions) -> None:
        self._set_busy(False)
        self.stage_names = dict(h.stage_names)
        self.history.setText(self.tr("From history: %1 of %2 closed deals won; %3 from history, "
                                     "the rest are defaults — edit any value to try a what-if.")
                             .replace("%1", count(h.won_count))
                             .replace("%2", count(h.closed_count))
                             .replace("%3", str(len(h.from_history))))
        self.show_assumptions(h.assumptions)

    # --- the result ----------------------------------------------------------------------------

    def recompute(self) -> None:
        """Recompute the funnel for the current picks and assumptions."""
        node_id, metric, period = (self.node.currentData(), self.metric_box.currentData(),
                                   self.period.currentData())
        if self.tree is None or None in (node_id, metric, period):
            self.model.set_result(None)
            self.base_note.setText("")
            return
        try:
            self.results = rf.plan_for_node(self.tree, node_id, metric, period,
                                            self.assumptions())
        except rf.FunnelError as exc:
            self.history.setText(error_text(exc))
            self.model.set_result(None)
            return
        result = self.results[self.level]
        self.base_note.setText(self.base_text(rf.funnel_base(self.tree, node_id, metric, period),
                                              metric))
        self.model.labels = {s: self.label(s) for s in result.stages}
        self.model.labels["total"] = self.tr("Total")
        self.model.set_result(result)
        self._fit_table_height()
        self.chart.show_funnel([(self.label(s), result.total[s]) for s in result.stages])
        wins = result.total["wins"]
        first = result.total[result.stages[0]]
        self.summary.setText(self.tr("To reach the %1 of this period: %2 wins from %3 %4.")
                             .replace("%1", self.tr("floor") if self.level == "floor"
                                      else self.tr("target"))
                             .replace("%2", count(wins)).replace("%3", count(first))
                             .replace("%4", self.label(result.stages[0])))

    def base_text(self, base: rf.FunnelBase, metric: str) -> str:
        """What the funnel works back from, in words: 按全年目标 ¥52,000,000 / 按月目标合计 …"""
        value = getattr(base, self.level)
        shown = money_fen(value) if metric != "deal_count" else count(value)
        p = P.parse(base.period)
        if base.kind == "own":
            if p.grain is P.Grain.YEAR:
                text = self.tr("Based on the year target %1")
            elif p.grain is P.Grain.QUARTER:
                text = self.tr("Based on the Q%2 target %1").replace("%2", str(p.index))
            else:
                text = self.tr("Based on the month target %1")
        elif base.kind == "months":
            text = self.tr("Based on the sum of the month targets %1 (no target of its own for "
                           "this period)")
        else:
            text = self.tr("Based on the sum of the targets below %1 (no target of its own for "
                           "this period)")
        return text.replace("%1", shown)

    def _fit_table_height(self) -> None:
        """Every stage's row on screen, no scroll bar: the chart above takes the rest."""
        view = self.view
        rows = view.verticalHeader().defaultSectionSize() * self.model.rowCount()
        height = view.horizontalHeader().sizeHint().height() + rows + 2 * view.frameWidth() + 2
        view.setMinimumHeight(height)
        view.setMaximumHeight(height)

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
