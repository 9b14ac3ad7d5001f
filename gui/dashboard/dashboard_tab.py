"""The Dashboard tab (业绩看板): filters (period, org unit or a target cut, person, amount) over a
tab per chart.

Only the chart on screen is loaded and drawn: its figure is computed on the worker
(:func:`services.dashboard.figures.figure`, one :class:`~gui.common.page_load.PageLoad` per
chart, newest request wins) and drawn by its :class:`~gui.dashboard.chart_view.ChartView`; a
filter change reloads the chart on screen and marks the others stale, so a chart never shown
costs nothing. Clicking a bar, segment or point opens a
:class:`~gui.dashboard.records_dialog.RecordsDialog` of the records behind it. The filters and
the chart on screen are remembered (QSettings ``dashboard/…``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.common.context import AppContext
from gui.common.error_texts import error_text
from gui.common.page_load import PageLoad
from gui.common.ui_settings import ui_settings
from gui.dashboard import chart_draw as D
from gui.dashboard.chart_view import ChartView
from services.core import periods as P
from services.core.changes import Changes

translate = QCoreApplication.translate

CHARTS: tuple[tuple[str, Any], ...] = (
    ("targets", D.draw_targets), ("trend", D.draw_trend), ("funnel", D.draw_funnel),
    ("aging", D.draw_aging), ("reasons", D.draw_reasons), ("sources", D.draw_sources),
    ("board", D.draw_board), ("scorecards", D.draw_scorecards))
"""The charts in tab order: (name in services.dashboard.figures, draw function)."""

CHOICE_KINDS = frozenset({"people", "org_units"})
SETTINGS = "dashboard/"


def chart_title(name: str) -> str:
    """A chart's tab title in the interface language."""
    return {"targets": translate("DashboardTab", "Targets"),
            "trend": translate("DashboardTab", "Monthly trend"),
            "funnel": translate("DashboardTab", "Funnel && forecast"),
            "aging": translate("DashboardTab", "Receivables aging"),
            "reasons": translate("DashboardTab", "Win/loss"),
            "sources": translate("DashboardTab", "Customer sources"),
            "board": translate("DashboardTab", "Leaderboard"),
            "scorecards": translate("DashboardTab", "Scorecards")}.get(name, name)


def load_figure(store: Any, chart: str, scope: Any, metric: str) -> Any:
    """On the worker: one chart's figure."""
    from services.dashboard.figures import figure

    return figure(store, chart, scope, metric)


def load_choices(store: Any) -> Any:
    """On the worker: the units and people the filters list."""
    from services.dashboard.scope import filter_choices

    return filter_choices(store)


class DashboardTab(QWidget):
    """See the module docstring. ``chart_loaded(name)`` after a chart's figure is shown."""

    chart_loaded = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.records_dialog: Any = None
        saved = ui_settings()
        today = date.today()
        self.grain = QComboBox()
        for code, text in (("month", self.tr("Month")), ("quarter", self.tr("Quarter")),
                           ("year", self.tr("Year"))):
            self.grain.addItem(text, code)
        self.grain.setCurrentIndex(max(self.grain.findData(
            saved.value(SETTINGS + "grain", "quarter")), 0))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        year = str(saved.value(SETTINGS + "year", today.year) or "")
        self.year.setValue(int(year) if year.isdigit() else today.year)
        self.part = QComboBox()
        self._fill_parts(saved.value(SETTINGS + "part"))
        self.unit = QComboBox()
        self.person = QComboBox()
        self._unit_id: str | None = str(saved.value(SETTINGS + "unit") or "") or None
        self._person_id: str | None = str(saved.value(SETTINGS + "person") or "") or None
        for box, everyone in ((self.unit, self.tr("All teams")),
                              (self.person, self.tr("All people"))):
            box.addItem(everyone, "")
        self.cut = QComboBox()
        for code, text in (("", self.tr("Overall")), ("product_line", self.tr("By product line")),
                           ("channel", self.tr("By channel")),
                           ("customer_tier", self.tr("By customer type"))):
            self.cut.addItem(text, code)
        self.cut.setToolTip(self.tr("The Targets chart by a cut of the company total (the team "
                                    "and person filters do not apply to it then)"))
        self.cut.setCurrentIndex(max(self.cut.findData(str(saved.value(SETTINGS + "cut", "")
                                                           or "")), 0))
        self.amount = QComboBox()
        self.amount.addItem(self.tr("Signed"), "signed_amount")
        self.amount.addItem(self.tr("Collected"), "collected_amount")
        self.amount.setCurrentIndex(max(self.amount.findData(
            saved.value(SETTINGS + "metric", "signed_amount")), 0))
        for box in (self.unit, self.person, self.cut):
            # long names must not widen the window: the open list shows them whole
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(5)
        self.note = QLabel()
        # The team, person and amount lists name themselves ("All teams", "Signed amount"),
        # so the bar stays narrow enough for a small window beside the sidebar.
        # Two rows: the period, then what is counted; one row made the page too wide for a
        # small window beside the sidebar.
        top = QVBoxLayout()
        period, counted = QHBoxLayout(), QHBoxLayout()
        period.addWidget(QLabel(self.tr("Period")))
        for widget in (self.grain, self.year, self.part):
            period.addWidget(widget)
        period.addStretch(1)
        for widget in (self.unit, self.cut, self.person, self.amount):
            counted.addWidget(widget)
        counted.addStretch(1)
        top.addLayout(period)
        top.addLayout(counted)
        self.charts = QTabWidget()
        self.charts.setDocumentMode(True)
        self.charts.setUsesScrollButtons(True)
        self.charts.setCornerWidget(self.note)
        self.charts.tabBar().setObjectName("dashboardCharts")  # the keyboard lands here
        self.views: dict[str, ChartView] = {}
        self._loads: dict[str, PageLoad] = {}
        self._shown_for: dict[str, Any] = {}  # chart → the (scope, metric) it shows or loads
        for name, draw in CHARTS:
            view = ChartView(draw, name, tasks=ctx.tasks)
            view.element_clicked.connect(self.open_records)
            self.views[name] = view
            load = PageLoad(ctx.tasks, self)
            load.loaded.connect(lambda data, n=name: self._apply(n, data))
            load.failed.connect(lambda exc, _tb, n=name: self._failed(n, exc))
            self._loads[name] = load
            self.charts.addTab(view, chart_title(name))
        names = [n for n, _d in CHARTS]
        chart = str(saved.value(SETTINGS + "chart", "targets"))
        self.charts.setCurrentIndex(names.index(chart) if chart in names else 0)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.charts, 1)
        self._choices = PageLoad(ctx.tasks, self)
        self._choices.loaded.connect(self._fill_choices)
        store = ctx.store
        self._choices.start(lambda: load_choices(store))
        self.grain.currentIndexChanged.connect(lambda _i: self._grain_changed())
        for box in (self.part, self.unit, self.cut, self.person, self.amount):
            box.currentIndexChanged.connect(lambda _i: self._filters_changed())
        self.year.valueChanged.connect(lambda _v: self._filters_changed())
        self.charts.currentChanged.connect(lambda _i: self._chart_changed())
        ctx.events.changed.connect(self._on_changed)
        self.refresh()

    # --- filters ------------------------------------------------------------------------

    def _fill_parts(self, chosen: Any = None) -> None:
        grain = self.grain.currentData()
        today = date.today()
        self.part.blockSignals(True)
        self.part.clear()
        if grain == "month":
            for m in range(1, 13):
                self.part.addItem(self.tr("Month %1").replace("%1", str(m)), m)
            default = today.month
        elif grain == "quarter":
            for q in range(1, 5):
                self.part.addItem(f"Q{q}", q)
            default = (today.month - 1) // 3 + 1
        else:
            default = 0
        index = self.part.findData(int(chosen)) if str(chosen or "").isdigit() else -1
        self.part.setCurrentIndex(index if index >= 0 else max(self.part.findData(default), 0))
        self.part.setVisible(grain != "year")
        self.part.blockSignals(False)

    def _grain_changed(self) -> None:
        self._fill_parts()
        self._filters_changed()

    def _fill_choices(self, choices: Any) -> None:
        for box, items, chosen in ((self.unit, choices.units, self._unit_id),
                                   (self.person, choices.people, self._person_id)):
            box.blockSignals(True)
            everyone = box.itemText(0)
            box.clear()
            box.addItem(everyone, "")
            for c in items:
                box.addItem("    " * c.depth + c.name, c.id)
            found = box.findData(chosen or "")
            box.setCurrentIndex(max(found, 0))
            box.blockSignals(False)
        before = (self._unit_id, self._person_id)
        self._unit_id = self.unit.currentData() or None
        self._person_id = self.person.currentData() or None
        if before != (self._unit_id, self._person_id):
            self.refresh()

    def period(self) -> str:
        """The chosen period's key (``2026-06``, ``2026-Q2``, ``2026``)."""
        year, grain, part = self.year.value(), self.grain.currentData(), self.part.currentData()
        if grain == "month":
            return P.month_key(year, int(part))
        if grain == "quarter":
            return P.quarter_key(year, int(part))
        return P.year_key(year)

    def scope(self) -> Any:
        """The filters as a :class:`services.dashboard.scope.Scope`."""
        from services.dashboard.scope import Scope

        return Scope(self.period(), self._unit_id, self._person_id,
                     cut=self.cut.currentData() or None)

    def set_filters(self, *, period: str | None = None, unit_id: str | None = None,
                    person_id: str | None = None, metric: str | None = None,
                    cut: str | None = None) -> None:
        """Choose filters in code (tests, the benchmark); "" clears a unit, a person or the
        cut.
        """
        widgets = (self.grain, self.year, self.part, self.unit, self.person, self.amount,
                   self.cut)
        for w in widgets:
            w.blockSignals(True)
        if period is not None:
            start = P.parse(period).start
            self.grain.setCurrentIndex(self.grain.findData(str(P.grain_of(period))))
            self.year.setValue(start.year)
            self._fill_parts(start.month if P.grain_of(period) == "month"
                             else (start.month - 1) // 3 + 1)
        for box, value in ((self.unit, unit_id), (self.person, person_id),
                           (self.amount, metric), (self.cut, cut)):
            if value is not None:
                box.setCurrentIndex(max(box.findData(value), 0))
        if unit_id is not None:
            self._unit_id = unit_id or None
        if person_id is not None:
            self._person_id = person_id or None
        for w in widgets:
            w.blockSignals(False)
        self._filters_changed()

    def _filters_changed(self) -> None:
        if self.unit.count() > 1:
            self._unit_id = self.unit.currentData() or None
        if self.person.count() > 1:
            self._person_id = self.person.currentData() or None
        s = ui_settings()
        for key, value in (("grain", self.grain.currentData()), ("year", self.year.value()),
                           ("part", self.part.currentData() or ""),
                           ("unit", self._unit_id or ""), ("person", self._person_id or ""),
                           ("metric", self.amount.currentData()),
                           ("cut", self.cut.currentData() or "")):
            s.setValue(SETTINGS + key, value)
        self.refresh()

    def _chart_changed(self) -> None:
        ui_settings().setValue(SETTINGS + "chart", self.current_chart())
        self.refresh()

    # --- loading ------------------------------------------------------------------------

    def current_chart(self) -> str:
        """The name of the chart on screen."""
        return CHARTS[max(self.charts.currentIndex(), 0)][0]

    def refresh(self, *, again: bool = False) -> None:
        """Load the chart on screen for the filters, unless it shows them already."""
        name = self.current_chart()
        scope = self.scope()
        if name != "targets":  # only the Targets chart is cut: the others need not reload
            scope = replace(scope, cut=None)
        wanted = (scope, self.amount.currentData())
        if not again and self._shown_for.get(name) == wanted:
            return
        self._shown_for[name] = wanted
        store, (scope, metric) = self.ctx.store, wanted
        self.note.setText(self.tr("Loading…"))
        self._loads[name].start(lambda: load_figure(store, name, scope, metric))

    def is_loading(self) -> bool:
        """Whether a chart's figure is on its way, or the chart on screen has not drawn it
        yet (matplotlib still being imported).
        """
        view = self.views[self.current_chart()]
        waiting = view.isVisible() and view.data is not None and not view.is_drawn()
        return waiting or any(load.is_loading() for load in self._loads.values())

    def default_focus(self) -> QWidget:
        """The chart tabs (the arrow keys switch charts)."""
        return self.charts.tabBar()

    def _apply(self, name: str, data: Any) -> None:
        if not self.is_loading():
            self.note.setText("")
        self.views[name].show_data(data)
        self.chart_loaded.emit(name)

    def _failed(self, name: str, exc: BaseException) -> None:
        self._shown_for.pop(name, None)
        self.note.setText("")
        self.views[name].show_message(self.tr("The chart could not be loaded: %1")
                                      .replace("%1", error_text(exc)))

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        self._shown_for.clear()
        if changes.everything or CHOICE_KINDS & set(changes.kinds):
            store = self.ctx.store
            self._choices.start(lambda: load_choices(store))
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: Any) -> None:  # noqa: N802
        """Load what changed while the tab was hidden."""
        super().showEvent(event)
        self.refresh()

    # --- click-through ------------------------------------------------------------------

    def open_records(self, ref: Any) -> None:
        """List the records behind a chart element."""
        from gui.dashboard.records_dialog import RecordsDialog

        if self.records_dialog is not None:
            self.records_dialog.close()
        title = self.tr("%1 · %2: records").replace("%1", chart_title(ref.chart)) \
            .replace("%2", self.period())
        self.records_dialog = RecordsDialog(self.ctx, self.scope(), ref, title, self)
        self.records_dialog.destroyed.connect(self._dialog_gone)
        self.records_dialog.show()

    def _dialog_gone(self) -> None:
        self.records_dialog = None
