"""The Payout runs tab (提成核算): a period's run computed → reviewed → approved → locked.

The period picker (month, quarter, year) remembers the last period. The status line says where
the run stands and who reviewed, approved or locked it when. **Compute** (F5) works the run out
on the worker (behind a progress dialog: the computation is one transaction and cannot stop
half-way, so it has no Cancel) and is one undo step, as are Review, Approve, Reopen and the
adjustments and recognition added; **Lock** asks first and is not undone — a locked run never
changes, corrections go into a later run as adjustments.

Per person the totals (commission, awards and bonuses, scorecard coefficient, adjustments,
clawbacks, net), sortable; the selected person's statement lines explained in the interface
language, and the selected line's trace: double-clicking a traced contract, payment, customer
or deal opens it. When the data changed since the run was computed
(:func:`services.incentives.run_view.changed_since_computed`, read as a second job) a warning
says so. Column widths and the splitters are remembered.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.common.context import AppContext
from gui.common.error_texts import error_text
from gui.common.file_dialogs import save_file_name
from gui.common.formatting import day_time, money
from gui.common.lazy_text import LazyText
from gui.common.messages import Messages
from gui.common.page_load import PageLoad
from gui.common.row_table_model import Column, RowTableModel
from gui.common.ui_settings import ui_settings
from gui.common.undo import push_op
from gui.incentives.period_picker import PeriodPicker
from gui.incentives.run_dialogs import AdjustmentDialog, RecognitionDialog
from gui.incentives.run_texts import LINE_KINDS, METRICS, RECORD_KINDS, status_word, word
from services.core.changes import Changes, Op, call
from services.core.store import Store
from services.incentives import adjustments as A
from services.incentives import runs as R
from services.incentives.fraud import Signal as FraudSignal
from services.incentives.fraud import fraud_signals
from services.incentives.run_view import RunView, changed_since_computed, read_run_view

RUN_KINDS = frozenset({"payout_runs", "payout_lines", "payout_adjustments", "recognitions",
                       "scheme_versions", "incentive_schemes", "contracts", "payments",
                       "payment_allocations", "payment_instalments", "deals", "customers",
                       "people", "org_units", "credit_splits", "target_values"})
"""Tables whose change may change what the tab shows (or the run's inputs)."""
PERIOD_KEY = "incentives/runs/period"
HEADER_KEY = "incentives/runs/header"
SPLITTER_KEY = "incentives/runs/splitter"
DETAIL_KEY = "incentives/runs/detail"
STALE_INK = "#B9770E"
SIGNAL_OPENS = {"deal": "deal", "customer": "customer", "contract": "order"}
"""Which page opens a record a fraud signal names (``open_requested`` kind)."""


def already_done(store: Store, op: Op[Any]) -> Op[Any]:
    """A service call that already ran on the worker (the computation): the command's first
    run reports it; its undo (a :class:`~services.core.changes.Call`) runs as usual.
    """
    return op


def ui_lang() -> str:
    """``zh`` or ``en``: the language the statements are explained in."""
    return "zh" if QLocale().name().startswith("zh") else "en"


class _PeopleModel(RowTableModel):
    """People's totals; a header click sorts (at most a few hundred rows, on the GUI thread)."""

    def __init__(self, columns: list[Column], keys: list[Any], parent: Any = None):
        super().__init__(columns, parent)
        self._keys = keys

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._keys):
            return
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=lambda r: (self._keys[column](r), r.name, r.person_id),
                        reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


def _table(model: RowTableModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setTabKeyNavigation(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class RunsTab(QWidget):
    """See the module docstring. ``loaded`` after each read, ``checked`` after the check of the
    inputs; ``exported(path)`` after an export.
    """

    loaded = Signal()
    checked = Signal()
    exported = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.data: RunView | None = None
        self.stale: bool | None = None
        self._stale_reload = False
        self._computing = False
        self._load = PageLoad(ctx.tasks, self)
        self._load.loaded.connect(self._apply)
        self._load.failed.connect(self._failed)
        self._check = PageLoad(ctx.tasks, self)
        self._check.loaded.connect(self._checked)
        self._check.failed.connect(lambda _e, _tb: None)  # the warning is a courtesy
        self.picker = PeriodPicker(PERIOD_KEY, self)
        self.status = QLabel()
        self.status.setObjectName("runStatus")
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.compute_btn = QPushButton(self.tr("Compute"))
        self.compute_btn.setToolTip(self.tr("Work the run out from the data (F5); a run not "
                                            "locked may be computed again"))
        self.review_btn = QPushButton(self.tr("Review"))
        self.approve_btn = QPushButton(self.tr("Approve"))
        self.lock_btn = QPushButton(self.tr("Lock…"))
        self.reopen_btn = QPushButton(self.tr("Reopen"))
        self.reopen_btn.setToolTip(self.tr("Back to computed: the review and approval are "
                                           "dropped"))
        self.adjust_btn = QPushButton(self.tr("Add adjustment…"))
        self.recognise_btn = QPushButton(self.tr("Add recognition…"))
        self.loading_note = QLabel(self.tr("Loading…"))
        self.stale_note = QLabel(self.tr("The data changed since this run was computed: "
                                         "compute it again before approving it."))
        self.stale_note.setObjectName("staleNote")
        self.stale_note.setWordWrap(True)
        self.stale_note.setStyleSheet(f"color: {STALE_INK}; font-weight: bold;")
        self.stale_note.hide()
        self.signals: list[FraudSignal] = []
        self.fraud_model = RowTableModel([
            Column(self.tr("Signal"), lambda g: g[1]),
            Column(self.tr("Person"), lambda g: g[0].person_name),
            Column(self.tr("At stake"), lambda g: money(g[0].amount, fen=True), right=True),
            Column(self.tr("What was found"), lambda g: g[2], tooltip=lambda g: g[2]),
        ], self)
        self.fraud_view = _table(self.fraud_model, "fraudSignals")
        self.fraud_view.setToolTip(self.tr("Double-click a signal to open its records"))
        self.fraud_view.setMaximumHeight(130)
        self.fraud_box = QGroupBox()
        self.fraud_box.setObjectName("fraudBox")
        QVBoxLayout(self.fraud_box).addWidget(self.fraud_view)
        self.fraud_box.hide()
        self.export_btn = QPushButton(self.tr("Export workbook…"))
        self.export_btn.setToolTip(self.tr("The run's payout workbook: a summary and one "
                                           "statement sheet per person, to Excel"))
        self.empty_note = QLabel()
        self.empty_note.setObjectName("emptyNote")
        self.empty_note.setWordWrap(True)
        self.totals = QLabel()
        self.totals.setObjectName("runTotals")
        top = QHBoxLayout()
        top.addWidget(self.picker)
        top.addWidget(self.status, 1)
        top.addWidget(self.loading_note)
        actions = QHBoxLayout()
        for b in (self.compute_btn, self.review_btn, self.approve_btn, self.lock_btn,
                  self.reopen_btn):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.adjust_btn)
        actions.addWidget(self.recognise_btn)
        actions.addWidget(self.export_btn)
        self.people_model = self._people_model()
        self.people_view = _table(self.people_model, "runPeople")
        self.people_view.setSortingEnabled(True)
        self.people_view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.lines_model = RowTableModel([
            Column(self.tr("Kind"), lambda x: word(LINE_KINDS, x.kind)),
            Column(self.tr("Amount"), lambda x: money(x.amount, fen=True)
                   if x.kind != "recognition" else "", right=True),
            Column(self.tr("Explanation"), lambda x: x.text, tooltip=lambda x: x.text),
        ], self)
        self.lines_view = _table(self.lines_model, "statementLines")
        self.lines_view.setWordWrap(True)
        self.trace_model = RowTableModel([
            Column(self.tr("Record"), lambda t: word(RECORD_KINDS, t[0])),
            Column(self.tr("What"), lambda t: t[3]),
            Column(self.tr("Amount"), lambda t: "" if t[2] is None else money(t[2] / 100,
                                                                               fen=True),
                   right=True),
        ], self)
        self.trace_view = _table(self.trace_model, "lineTrace")
        self.trace_view.setToolTip(self.tr("Double-click a contract, payment, customer or deal "
                                           "to open it"))
        self.detail = QSplitter(Qt.Orientation.Vertical)
        self.detail.addWidget(self.lines_view)
        self.detail.addWidget(self.trace_view)
        self.detail.setStretchFactor(0, 3)
        self.detail.setStretchFactor(1, 2)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.people_view)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(actions)
        lay.addWidget(self.stale_note)
        lay.addWidget(self.fraud_box)
        lay.addWidget(self.empty_note)
        lay.addWidget(self.splitter, 1)
        lay.addWidget(self.totals)
        self._restore_layout()
        self.picker.changed.connect(lambda _p: self.reload())
        self.compute_btn.clicked.connect(self.compute)
        self.review_btn.clicked.connect(self.review)
        self.approve_btn.clicked.connect(self.approve)
        self.lock_btn.clicked.connect(self.lock)
        self.reopen_btn.clicked.connect(self.reopen)
        self.adjust_btn.clicked.connect(self.add_adjustment)
        self.recognise_btn.clicked.connect(self.add_recognition)
        self.people_view.selectionModel().currentRowChanged.connect(
            lambda _c, _p: self._show_statement())
        self.lines_view.selectionModel().currentRowChanged.connect(
            lambda _c, _p: self._show_trace())
        self.trace_view.activated.connect(self._open_record)
        self.fraud_view.activated.connect(self._open_signal)
        self.export_btn.clicked.connect(self._choose_export)
        self.people_view.horizontalHeader().sectionResized.connect(
            lambda *_a: self._save_layout())
        self.splitter.splitterMoved.connect(lambda *_a: self._save_layout())
        self.detail.splitterMoved.connect(lambda *_a: self._save_layout())
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.compute)
        ctx.events.changed.connect(self._on_changed)
        self._update_buttons()
        self.reload()

    def _people_model(self) -> _PeopleModel:
        cols = [
            (Column(self.tr("Name"), lambda r: r.name), lambda r: r.name),
            (Column(self.tr("Unit"), lambda r: r.unit), lambda r: r.unit),
            (Column(self.tr("Commission"), lambda r: money(r.commission, fen=True), right=True),
             lambda r: r.commission),
            (Column(self.tr("Awards"), lambda r: money(r.awards, fen=True),
                    right=True), lambda r: r.awards),
            (Column(self.tr("Coefficient"), lambda r: money(r.coefficient, fen=True),
                    right=True), lambda r: r.coefficient),
            (Column(self.tr("Adjustments"), lambda r: money(r.adjustments, fen=True),
                    right=True), lambda r: r.adjustments),
            (Column(self.tr("Clawbacks"), lambda r: money(r.clawbacks, fen=True), right=True),
             lambda r: r.clawbacks),
            (Column(self.tr("Net"), lambda r: money(r.net, fen=True), right=True),
             lambda r: r.net),
        ]
        return _PeopleModel([c for c, _k in cols], [k for _c, k in cols], self)

    # --- layout memory -----------------------------------------------------------------

    def _restore_layout(self) -> None:
        ui = ui_settings()
        header = self.people_view.horizontalHeader()
        state = ui.value(HEADER_KEY)
        if not (state and header.restoreState(state)):
            for col, width in enumerate((70, 80, 96, 86, 80, 86, 86, 96)):
                header.resizeSection(col, width)
        sizes = ui.value(SPLITTER_KEY)
        if not (sizes and self.splitter.restoreState(sizes)):
            self.splitter.setSizes([700, 560])
        detail = ui.value(DETAIL_KEY)
        if not (detail and self.detail.restoreState(detail)):
            self.detail.setSizes([380, 220])
        self.lines_view.horizontalHeader().resizeSection(0, 110)
        self.lines_view.horizontalHeader().resizeSection(1, 100)
        self.trace_view.horizontalHeader().resizeSection(0, 90)
        self.trace_view.horizontalHeader().resizeSection(1, 260)

    def _save_layout(self) -> None:
        ui = ui_settings()
        ui.setValue(HEADER_KEY, self.people_view.horizontalHeader().saveState())
        ui.setValue(SPLITTER_KEY, self.splitter.saveState())
        ui.setValue(DETAIL_KEY, self.detail.saveState())

    # --- loading -----------------------------------------------------------------------

    def period(self) -> str:
        """The chosen period's key."""
        return self.picker.period()

    def reload(self) -> None:
        """Read the chosen period's run again (on the worker), then check its inputs."""
        store, period, lang = self.ctx.store, self.period(), ui_lang()
        self.loading_note.show()
        self._load.start(lambda: read_run_view(store, period, lang))

    def is_loading(self) -> bool:
        """Whether a read is on its way."""
        return self._load.is_loading()

    def is_checking(self) -> bool:
        """Whether the check of the inputs is on its way."""
        return self._check.is_loading()

    def default_focus(self) -> QWidget:
        """The people's totals."""
        return self.people_view

    def _failed(self, exc: BaseException, _tb: str) -> None:
        self.loading_note.hide()
        Messages.show_error(self, self.tr("Payout runs"), self.tr(
            "The payout run could not be loaded: %1").replace("%1", error_text(exc)))

    def _apply(self, data: RunView) -> None:
        chosen = self.selected_person()
        self.data = data
        self.loading_note.hide()
        header = self.people_view.horizontalHeader()
        self.people_model.set_rows(data.rows)
        if header.sortIndicatorSection() >= 0:
            self.people_model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._show_status()
        self.empty_note.setVisible(data.run is None)
        if data.run is None:
            self.empty_note.setText(self.tr(
                "The %1 payout run has not been computed yet: press Compute (F5).")
                .replace("%1", data.period))
        row = self.people_model.row_of(chosen) if chosen else -1
        self.people_view.selectRow(max(row, 0))
        self._show_statement()
        self._update_buttons()
        self.stale = None
        self.stale_note.hide()
        self.signals = []
        self.fraud_box.hide()
        if data.run is not None and data.run.status != "locked":
            store, period = self.ctx.store, data.period
            self._check.start(lambda: check_run(store, period))
        self.loaded.emit()

    def _checked(self, result: tuple[bool | None, list[FraudSignal]]) -> None:
        stale, signals = result
        self.stale = stale
        self.stale_note.setVisible(bool(stale))
        self.signals = signals
        lang = ui_lang()
        self.fraud_model.set_rows([(g, g.kind_label(lang), g.text(lang)) for g in signals])
        self.fraud_box.setTitle(self.tr("Performance-fraud signals (%1): check them before "
                                        "approving and locking").replace("%1",
                                                                         str(len(signals))))
        self.fraud_box.setVisible(bool(signals))
        self.checked.emit()

    def _show_status(self) -> None:
        data = self.data
        if data is None or data.run is None:
            self.status.setText(f"<b>{data.period if data else ''}</b> · "
                                + status_word(None))
            self.totals.setText("")
            return
        run = data.run
        parts = [f"<b>{run.period}</b> · <b>{status_word(run.status)}</b>"]
        if run.computed_at is not None:
            parts.append(self.tr("computed %1").replace("%1", day_time(run.computed_at)))
        for when, who, text in ((run.reviewed_at, run.reviewed_by, self.tr("reviewed %1 %2")),
                                (run.approved_at, run.approved_by, self.tr("approved %1 %2")),
                                (run.locked_at, run.locked_by, self.tr("locked %1 %2"))):
            if when is not None:
                parts.append(text.replace("%1", who or "").replace("%2", day_time(when))
                             .replace("  ", " "))
        self.status.setText(" · ".join(parts))
        t = run.totals
        self.totals.setText(self.tr("%1 people · gross %2 · adjustments %3 · clawbacks %4 · "
                                    "net %5")
                            .replace("%1", str(run.people)).replace("%2", money(t.gross))
                            .replace("%3", money(t.adjustments))
                            .replace("%4", money(t.clawbacks)).replace("%5", money(t.net)))

    def _update_buttons(self) -> None:
        run = self.data.run if self.data is not None else None
        status = run.status if run is not None else None
        ready = self.data is not None and not self._computing
        self.compute_btn.setEnabled(ready and status != "locked")
        self.review_btn.setEnabled(ready and status == "computed")
        self.approve_btn.setEnabled(ready and status == "reviewed")
        self.lock_btn.setEnabled(ready and status == "approved")
        self.reopen_btn.setEnabled(ready and status in ("reviewed", "approved"))
        self.adjust_btn.setEnabled(ready and status != "locked")
        self.recognise_btn.setEnabled(ready and status != "locked")
        self.export_btn.setEnabled(ready and status is not None)

    def selected_person(self) -> str | None:
        """The person whose statement is shown."""
        index = self.people_view.currentIndex()
        return self.people_model.id_at(index.row()) if index.isValid() else None

    def _show_statement(self) -> None:
        pid = self.selected_person()
        statement = self.data.statements.get(pid) if self.data and pid else None
        self.lines_model.set_rows(statement.lines if statement else ())
        self.lines_view.resizeRowsToContents()
        if statement and statement.lines:
            self.lines_view.selectRow(0)
        self._show_trace()

    def _show_trace(self) -> None:
        index = self.lines_view.currentIndex()
        line = self.lines_model.row_at(index.row()) if index.isValid() else None
        records = self.data.records if self.data is not None else {}
        rows = []
        for kind, rid, fen in (line.trace if line is not None else ()):
            found = records.get((kind, rid))
            words = found.words if found else rid
            if kind == "target":  # "metric period": the metric in words
                metric, _, period = words.partition(" ")
                words = f"{word(METRICS, metric)} {period}".strip()
            rows.append((kind, rid, fen, words))
        self.trace_model.set_rows(rows)

    def _open_record(self, index: Any) -> None:
        row = self.trace_model.row_at(index.row())
        if row is None or self.data is None:
            return
        found = self.data.records.get((row[0], row[1]))
        if found is not None and found.open_kind:
            self.ctx.events.open_requested.emit(found.open_kind, found.open_id)

    def _open_signal(self, index: Any) -> None:
        row = self.fraud_model.row_at(index.row())
        if row is None:
            return
        for record in row[0].records:
            target = SIGNAL_OPENS.get(record.kind)
            if target is not None:
                self.ctx.events.open_requested.emit(target, record.id)
                return

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if not (changes.everything or RUN_KINDS & set(changes.kinds)):
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale_reload = True

    def showEvent(self, event: Any) -> None:  # noqa: N802
        """Read again what changed while the tab was hidden."""
        super().showEvent(event)
        if self._stale_reload:
            self._stale_reload = False
            self.reload()

    # --- actions -----------------------------------------------------------------------

    def _push(self, label: LazyText, do: Any) -> bool:
        cmd = push_op(self.ctx.undo_stack, self.ctx.store, self.ctx.events, label, do,
                      initiator=self)
        return cmd.failed is None

    def compute(self) -> None:
        """Compute (or compute again) the period's run on the worker; one undo step."""
        if not self.compute_btn.isEnabled():
            return
        store, period, by = self.ctx.store, self.period(), self.ctx.current_person_id
        self._computing = True
        self._update_buttons()
        dialog = QProgressDialog(self.tr("Computing the %1 payout run…").replace("%1", period),
                                 "", 0, 0, self)
        dialog.setObjectName("computeProgress")
        dialog.setCancelButton(None)  # type: ignore[arg-type]  # one transaction: no half run
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        ctx = self.ctx

        def work(progress: Any, is_cancelled: Any) -> Op[str]:
            return R.compute_run(store, period, by=by)

        def close() -> bool:
            if not shiboken6.isValid(self):  # the tab was rebuilt (a language switch)
                return False
            dialog.reset()
            dialog.close()
            dialog.deleteLater()
            self._computing = False
            self._update_buttons()
            return True

        def done(op: Op[str]) -> None:
            label = LazyText.translate("RunsTab", "Compute the %1 payout run").arg(period)
            push_op(ctx.undo_stack, ctx.store, ctx.events, label, call(already_done, op),
                    initiator=None)
            close()

        def failed(exc: BaseException, _tb: str) -> None:
            if close():
                Messages.show_refused(self, self.tr("Compute"), error_text(exc))

        handle = ctx.tasks.submit(work)
        handle.finished.connect(done)
        handle.failed.connect(failed)
        handle.cancelled.connect(close)

    def review(self) -> None:
        """Mark the run reviewed (已复核) by who uses this computer."""
        period = self.period()
        self._push(LazyText.translate("RunsTab", "Review the %1 payout run").arg(period),
                   call(R.review, period, by=self.ctx.current_person_id))

    def approve(self) -> None:
        """Mark the reviewed run approved (已审批), after the warnings."""
        period = self.period()
        if self.stale and not Messages.ask(self, self.tr("Approve"), self.tr(
                "The data changed since the %1 run was computed; the run does not show it. "
                "Approve it anyway?").replace("%1", period)):
            return
        if self.signals and not Messages.ask(self, self.tr("Approve"), self.tr(
                "%1 performance-fraud signal(s) are listed for %2. Approve the run anyway?")
                .replace("%1", str(len(self.signals))).replace("%2", period)):
            return
        self._push(LazyText.translate("RunsTab", "Approve the %1 payout run").arg(period),
                   call(R.approve, period, by=self.ctx.current_person_id))

    def reopen(self) -> None:
        """Put a reviewed or approved run back to computed."""
        period = self.period()
        self._push(LazyText.translate("RunsTab", "Reopen the %1 payout run").arg(period),
                   call(R.reopen, period))

    def lock(self) -> None:
        """Lock the approved run after a confirmation; not an undo step (it is final)."""
        period = self.period()
        text = self.tr("A locked run never changes: it is not computed again and nothing is "
                       "added to %1. Corrections go into a later run as adjustments. "
                       "Lock the %1 payout run?").replace("%1", period)
        if self.stale:
            text = self.tr("The data changed since the run was computed.") + " " + text
        if self.signals:
            text = self.tr("%1 performance-fraud signal(s) are listed.").replace(
                "%1", str(len(self.signals))) + " " + text
        if not Messages.ask(self, self.tr("Lock"), text):
            return
        try:
            op = R.lock(self.ctx.store, period, by=self.ctx.current_person_id)
        except Exception as exc:  # a SailplanError: said in the interface language
            from services.core.errors import SailplanError

            if not isinstance(exc, SailplanError):
                raise
            Messages.show_refused(self, self.tr("Lock"), error_text(exc))
            return
        if op.changes:
            self.ctx.events.changed.emit(op.changes, None)

    def add_adjustment(self) -> None:
        """Ask for an adjustment (person, amount, reason) and add it: one undo step."""
        if self.data is None:
            return
        period = self.period()
        got = AdjustmentDialog.ask(self, self.data.people, period, self.selected_person())
        if got is None:
            return
        label = LazyText.translate("RunsTab", "Add an adjustment of %1 for %2") \
            .arg(money(got.amount, fen=True), period)
        self._push(label, call(A.add_adjustment, got.person_id, period, got.amount, got.reason,
                               by=self.ctx.current_person_id))

    def add_recognition(self) -> None:
        """Ask for a recognition (荣誉 / 培训 / 晋升推荐) and add it: one undo step."""
        if self.data is None:
            return
        period = self.period()
        got = RecognitionDialog.ask(self, self.data.people, period, self.selected_person())
        if got is None:
            return
        label = LazyText.translate("RunsTab", "Add the recognition %1 for %2") \
            .arg(got.title, period)
        self._push(label, call(A.add_recognition, got.person_id, period, got.kind, got.title,
                               got.note))


    # --- export ------------------------------------------------------------------------

    def _choose_export(self) -> None:
        period = self.period()
        path = save_file_name(self, self.tr("Export payout workbook"),
                              str(Path.home() / f"提成核算-{period}.xlsx"),
                              self.tr("Excel (*.xlsx)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        """Write the period's payout workbook to ``path`` on the worker (with Cancel)."""
        from services.incentives.workbook import export_payouts

        store, period, lang = self.ctx.store, self.period(), ui_lang()

        def work(progress: Any, is_cancelled: Any) -> Any:
            return export_payouts(store, period, path, lang=lang, progress=progress,
                                  is_cancelled=is_cancelled)

        def done(result: Any) -> None:
            text = self.tr("The %1 payout workbook (%2 people, net %3) was exported to %4") \
                .replace("%1", period).replace("%2", str(result.people)) \
                .replace("%3", money(result.net, fen=True)).replace("%4", str(result.path))
            self.ctx.events.status_message.emit(text, 5000)
            Messages.show_saved(self, self.tr("Export payout workbook"), text, result.path)
            self.exported.emit(str(result.path))

        def failed(exc: BaseException, _tb: str) -> None:
            Messages.show_error(self, self.tr("Export payout workbook"), self.tr(
                "The payout workbook could not be exported: %1").replace("%1", error_text(exc)))

        self.ctx.tasks.run_with_dialog(self, self.tr("Exporting the payout workbook…"), work,
                                       done, failed)


def check_run(store: Store, period: str) -> tuple[bool | None, list[FraudSignal]]:
    """The slow part of a read (on the worker): whether the data changed since the run was
    computed, and the period's performance-fraud signals.
    """
    return changed_since_computed(store, period), fraud_signals(store, period)
