"""The Leaderboard tab (业绩排行榜): people or teams ranked on a metric for a month, a quarter
or a year, on the amount or on the attainment of their target, with each one's rank change
against the previous period (↑2, ↓1, =, 新).

The period's facts and the previous period's are gathered on the worker
(:func:`services.incentives.gather.gather_facts`) and ranked there
(:func:`services.incentives.leaderboard.leaderboard`); changing the metric, the measure or the
view ranks the facts already gathered again, without reading the database. There is no
people record to open from a row (no page shows a person by id), so a double-click does
nothing.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.common.column_fit import ColumnFit
from gui.common.context import AppContext
from gui.common.error_texts import error_text
from gui.common.messages import Messages
from gui.common.page_load import PageLoad
from gui.common.row_table_model import Column, RowTableModel
from gui.common.theme import ink
from gui.common.when_shown import RefreshWhenShown
from gui.incentives.modelling_tab import GAIN, LOSS, HeaderMemory, table
from services.core import periods as P
from services.core.changes import Changes

FACT_KINDS = frozenset({"contracts", "payments", "payment_allocations", "payment_instalments",
                        "deals", "deal_lines", "followups", "service_tickets", "people",
                        "org_units", "target_values", "target_nodes", "target_plans",
                        "credit_splits", "customers"})
METRIC_ORDER = ("signed_amount", "collected_amount", "new_customers", "deal_count",
                "followups", "visits", "conversion_rate", "collection_rate", "satisfaction",
                "repurchase_rate")


def load_board(store: Any, period: str, metric: str, measure: str, view: str,
               facts: Any = None) -> tuple[str, Any, Any]:
    """On the worker: the facts of ``period`` and the one before (``facts`` if already
    gathered), and the board; returns (period, facts, board).
    """
    from services.incentives.doc import Measure
    from services.incentives.leaderboard import View, board_facts, leaderboard

    if facts is None:
        facts = board_facts(store, period)
    return period, facts, leaderboard(facts, period, metric, Measure(measure), View(view))


class _BoardModel(RowTableModel):
    """Standings; a rise green, a fall red."""

    def extra_data(self, record: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            change = record.change
            if change:
                return QBrush(ink(GAIN if change > 0 else LOSS))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 1):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class LeaderboardTab(QWidget):
    """See the module docstring. ``loaded`` after each board shown."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.board: Any = None
        self._facts: tuple[str, Any] | None = None  # (period, facts) last gathered
        # hidden: ranked again when shown
        self._when_shown = RefreshWhenShown(self, lambda: self.reload(regather=True))
        self._load = PageLoad(ctx.tasks, self)
        self._load.loaded.connect(self._apply)
        self._load.failed.connect(self._failed)
        today = date.today()
        self.grain = QComboBox()
        for code, text in (("month", self.tr("Month")), ("quarter", self.tr("Quarter")),
                           ("year", self.tr("Year"))):
            self.grain.addItem(text, code)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.part = QComboBox()
        self.metric_box = QComboBox()
        for code in METRIC_ORDER:
            self.metric_box.addItem(self.metric_name(code), code)
        self.measure = QComboBox()
        self.measure.addItem(self.tr("Amount"), "amount")
        self.measure.addItem(self.tr("Attainment"), "attainment")
        self.view_by = QComboBox()
        self.view_by.addItem(self.tr("People"), "people")
        self.view_by.addItem(self.tr("Teams"), "units")
        self.note = QLabel()
        self.note.setObjectName("leaderboardNote")
        top = QHBoxLayout()
        for label, widget in ((self.tr("Period"), self.grain), (None, self.year),
                              (None, self.part), (self.tr("Metric"), self.metric_box),
                              (self.tr("Ranked on"), self.measure),
                              (self.tr("Show"), self.view_by)):
            if label:
                top.addSpacing(8)
                top.addWidget(QLabel(label))
            top.addWidget(widget)
        top.addStretch(1)
        self.model = _BoardModel(self._columns(), self)
        self.view: QTableView = table(self.model)
        self._fit = ColumnFit(self.view, (2,))
        self._widths = HeaderMemory(self.view, lambda: "leaderboard")
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.note)
        self._fill_parts(today)
        self.grain.currentIndexChanged.connect(lambda _i: self._grain_changed())
        self.year.valueChanged.connect(lambda _v: self.reload())
        self.part.currentIndexChanged.connect(lambda _i: self.reload())
        for box in (self.metric_box, self.measure, self.view_by):
            box.currentIndexChanged.connect(lambda _i: self.reload())
        ctx.events.changed.connect(self._on_changed)
        self.reload()

    # --- choices ------------------------------------------------------------------------

    def metric_name(self, code: str) -> str:
        """A metric's name in the interface language."""
        names = {"signed_amount": self.tr("Signed amount"),
                 "collected_amount": self.tr("Collected amount"),
                 "new_customers": self.tr("New customers"), "deal_count": self.tr("Contracts"),
                 "followups": self.tr("Follow-ups"), "visits": self.tr("Visits"),
                 "conversion_rate": self.tr("Conversion rate"),
                 "collection_rate": self.tr("Collection rate"),
                 "satisfaction": self.tr("Satisfaction"),
                 "repurchase_rate": self.tr("Repurchase rate")}
        return names.get(code, code)

    def _fill_parts(self, today: date) -> None:
        grain = self.grain.currentData()
        self.part.blockSignals(True)
        self.part.clear()
        if grain == "month":
            for m in range(1, 13):
                self.part.addItem(self.tr("Month %1").replace("%1", str(m)), m)
            self.part.setCurrentIndex(today.month - 1)
        elif grain == "quarter":
            for q in range(1, 5):
                self.part.addItem(f"Q{q}", q)
            self.part.setCurrentIndex((today.month - 1) // 3)
        self.part.setVisible(grain != "year")
        self.part.blockSignals(False)

    def _grain_changed(self) -> None:
        self._fill_parts(date.today())
        self.reload()

    def period(self) -> str:
        """The chosen period's key (``2026-06``, ``2026-Q2``, ``2026``)."""
        year, grain, part = self.year.value(), self.grain.currentData(), self.part.currentData()
        if grain == "month":
            return P.month_key(year, int(part))
        if grain == "quarter":
            return P.quarter_key(year, int(part))
        return P.year_key(year)

    def set_period(self, key: str) -> None:
        """Show the board of ``key`` (a month, quarter or year key)."""
        grain = str(P.grain_of(key))
        start = P.parse(key).start
        for w in (self.grain, self.year, self.part):
            w.blockSignals(True)
        self.grain.setCurrentIndex(self.grain.findData(grain))
        self.year.setValue(start.year)
        self._fill_parts(start)
        for w in (self.grain, self.year, self.part):
            w.blockSignals(False)
        self.reload()

    def choose(self, *, metric: str | None = None, measure: str | None = None,
               view: str | None = None) -> None:
        """Pick the metric, measure or view (codes) and rank again."""
        for box, value in ((self.metric_box, metric), (self.measure, measure),
                           (self.view_by, view)):
            if value is not None:
                box.setCurrentIndex(box.findData(value))

    # --- loading ------------------------------------------------------------------------

    def reload(self, *, regather: bool = False) -> None:
        """Rank the chosen period again (gathering its facts unless they are at hand)."""
        store, period = self.ctx.store, self.period()
        metric, measure = self.metric_box.currentData(), self.measure.currentData()
        view = self.view_by.currentData()
        facts = (self._facts[1] if self._facts is not None and self._facts[0] == period
                 and not regather else None)
        self.note.setText(self.tr("Loading…"))
        self._load.start(lambda: load_board(store, period, metric, measure, view, facts))

    def is_loading(self) -> bool:
        """Whether a board is on its way."""
        return self._load.is_loading()

    def default_focus(self) -> QWidget:
        """The board."""
        return self.view

    def _failed(self, exc: BaseException, _tb: str) -> None:
        self.note.setText("")
        Messages.show_error(self, self.tr("Leaderboard"), self.tr(
            "The leaderboard could not be loaded: %1").replace("%1", error_text(exc)))

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.everything or FACT_KINDS & set(changes.kinds):
            self._facts = None
            self._when_shown.request()

    # --- showing ------------------------------------------------------------------------

    def movement(self, standing: Any) -> str:
        """``↑2``, ``↓1``, ``=``, ``new`` in the interface language, or empty."""
        text = standing.movement
        return self.tr("new") if text == "new" else text

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Rank"), lambda s: "" if s.rank is None else str(s.rank)),
            Column(self.tr("Change"), self.movement),
            Column(self.tr("Name"), lambda s: s.name),
            Column(self.tr("Actual"), lambda s: self._actual(s), right=True),
            Column(self.tr("Target"), lambda s: self._target(s), right=True),
            Column(self.tr("Attainment"), lambda s: _pct(s.attainment), right=True),
        ]

    def _actual(self, s: Any) -> str:
        from services.incentives.measures import show

        return show(self.board.metric, s.actual) if self.board is not None else ""

    def _target(self, s: Any) -> str:
        from services.incentives.measures import show

        if self.board is None or s.target is None:
            return ""
        return show(self.board.metric, s.target)

    def _apply(self, payload: tuple[str, Any, Any]) -> None:
        period, facts, board = payload
        self._facts = (period, facts)
        self.board = board
        self._widths.show(lambda: self.model.set_rows(board.standings), self._fit)
        ranked = len(board.ranked)
        text = self.tr("%1 · %2 ranked; changes against %3").replace("%1", period) \
            .replace("%2", str(ranked)).replace("%3", board.previous)
        if not board.compared:
            text = self.tr("%1 · %2 ranked").replace("%1", period).replace("%2", str(ranked))
        unranked = len(board.standings) - ranked
        if unranked:
            text += self.tr("; %n without a value (no target or nothing to measure)", "",
                            unranked)
        self.note.setText(text)
        self.loaded.emit()

    def shown(self) -> list[tuple[str, ...]]:
        """The table as shown, row by row (rank, change, name, actual, target, attainment)."""
        m = self.model
        return [tuple(str(m.index(r, c).data()) for c in range(m.columnCount()))
                for r in range(m.rowCount())]


def _pct(value: Any) -> str:
    return "" if value is None else f"{value:.1f} %"
