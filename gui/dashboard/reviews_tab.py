"""The Reviews tab (复盘): pick a grain (周 week / 月 month / 季 quarter), a period and an org
unit, and see the review pack — findings ranked by the money at stake (a double-click opens the
records behind one), what changed since the unit's last saved review, target vs. actual and
the causes of the variance with their chart (the exports' waterfall from the target to the
actual, drawn on the task worker by :class:`~gui.dashboard.chart_view.ChartView` in the
interface's palette: :mod:`gui.dashboard.review_chart`; a click on a bar lists the deals behind
it), the funnel, the lists, standings, and the actions from earlier reviews with whether they
were done. ``show_item("review", id)`` (the main window's ``open_requested``) shows a saved
review: its period and unit, on its notes and decisions.

The pack is built on the worker (:func:`services.reviews.pack.build_pack`); its tables are
worded by :mod:`services.reviews.tables` in the interface language, the same words the export
uses. "Save review" stores the snapshot with the notes and decisions as one undo step
(:func:`services.reviews.saved.save_review`); an action item or an adjustment request is
created from the saved review, one undo step each. Export writes the pack to Excel or PDF
(laid out by Qt: :mod:`gui.dashboard.review_pdf`), both on the task worker under a progress
dialog with Cancel, to a temporary file renamed into place.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.common.context import AppContext
from gui.common.error_texts import error_text
from gui.common.file_dialogs import save_file_name
from gui.common.lazy_text import LazyText
from gui.common.messages import Messages
from gui.common.page_load import PageLoad
from gui.common.row_table_model import Column, RowTableModel
from gui.common.undo import push_op
from gui.common.when_shown import RefreshWhenShown
from gui.dashboard.chart_view import ChartView
from gui.dashboard.review_chart import draw_waterfall
from gui.dashboard.review_dialogs import ActionDialog, AdjustmentDialog, RecordsDialog
from services.core.changes import Changes, call
from services.reviews.findings import RecordLink

FACT_KINDS = frozenset({"deals", "stage_history", "customers", "followups", "contracts",
                        "payments", "payment_allocations", "payment_instalments",
                        "target_values", "target_nodes", "target_plans", "target_adjustments",
                        "action_items", "reviews", "review_actions", "people", "org_units"})
PERIODS_SHOWN = {"week": 12, "month": 12, "quarter": 8}


def load_pack(store: Any, grain: str, period: str, unit_id: str | None,
              units: Any = None, as_of: date | None = None) -> tuple[Any, Any]:
    """On the worker: the org units (unless given) and the pack."""
    from services.reviews.pack import build_pack

    if units is None:
        from services.org.units import unit_tree

        units = unit_tree(store)
    return units, build_pack(store, grain, period, unit_id, as_of=as_of)


def _table_view(model: RowTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    return view


class _Section:
    """One of the pack's tables shown in a view; a row's link opens its record."""

    def __init__(self, key: str) -> None:
        self.key = key
        self.table: Any = None
        self.model = RowTableModel()
        self.view = _table_view(self.model)
        self.page: QWidget = self.view  # what the section's tab shows

    def show(self, table: Any) -> None:
        from services.reviews.document import cell_text

        self.table = table
        def text(i: int, kind: str) -> Any:
            return lambda record: cell_text(kind, record[1][i])

        cols = [Column(h, text(i, k), right=k not in ("text", "date"))
                for i, (h, k) in enumerate(zip(table.headers, table.kinds, strict=True))]
        self.model.set_columns(cols)
        links = table.links or (None,) * len(table.rows)
        self.model.set_rows(list(zip(links, table.rows, strict=True)))
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        # the sentence of a finding takes the room; a table ending in a figure keeps it narrow
        header.setStretchLastSection(self.key != "findings" and table.kinds[-1] == "text")
        if self.key == "findings":
            header.setSectionResizeMode(1, header.ResizeMode.Stretch)
        if self.page is not self.view:  # above a chart: as tall as its rows, the chart the rest
            view = self.view
            rows = sum(view.rowHeight(r) for r in range(self.model.rowCount()))
            view.setMaximumHeight(rows + view.horizontalHeader().height()
                                  + 2 * view.frameWidth() + 2)


class ReviewsTab(QWidget):
    """See the module docstring. ``loaded`` after each pack shown; ``exported(path)``."""

    loaded = Signal()
    exported = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.pack: Any = None
        self.units: Any = None
        self.as_of: date | None = None  # the day the figures are read for (None: today)
        self._when_shown = RefreshWhenShown(self, self.reload)  # hidden: read when shown
        self._load = PageLoad(ctx.tasks, self)
        self._load.loaded.connect(self._apply)
        self._load.failed.connect(self._failed)
        self.exporting: Any = None  # the export's task (gui.common.tasks.TaskHandle)
        self._opening: str | None = None  # a saved review asked for (show_item), until found
        self._to_notes = False  # the next pack shown is a review asked for: on its notes
        self._find = PageLoad(ctx.tasks, self)
        self._find.loaded.connect(self._found)
        self._find.failed.connect(self._failed)
        self.grain = QComboBox()
        for code, text in (("week", self.tr("Weekly")), ("month", self.tr("Monthly")),
                           ("quarter", self.tr("Quarterly"))):
            self.grain.addItem(text, code)
        self.grain.setCurrentIndex(1)
        self.period = QComboBox()
        self.unit = QComboBox()
        self.unit.setMinimumContentsLength(12)
        self.save_button = QPushButton(self.tr("Save review"))
        self.xlsx_button = QPushButton(self.tr("Export Excel…"))
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        top = QHBoxLayout()
        for label, widget in ((self.tr("Review"), self.grain), (None, self.period),
                              (self.tr("Unit"), self.unit)):
            if label:
                top.addWidget(QLabel(label))
            top.addWidget(widget)
        top.addStretch(1)
        for b in (self.save_button, self.xlsx_button, self.pdf_button):
            top.addWidget(b)
        self.note = QLabel()
        self.note.setObjectName("reviewNote")
        self.sections: dict[str, _Section] = {}
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for key, title in self._section_titles():
            section = _Section(key)
            section.view.doubleClicked.connect(
                lambda index, s=section: self._open_row(s, index.row()))
            self.sections[key] = section
            if key == "causes":
                section.page = self._causes_page(section)
            self.tabs.addTab(section.page, title)
        self.tabs.addTab(self._notes_panel(), self.tr("Notes and decisions"))
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.note)
        lay.addWidget(self.tabs, 1)
        self._fill_periods()
        self.grain.currentIndexChanged.connect(lambda _i: self._grain_changed())
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        self.unit.currentIndexChanged.connect(lambda _i: self.reload())
        self.save_button.clicked.connect(self.save_review)
        self.xlsx_button.clicked.connect(lambda: self._choose_export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self._choose_export("pdf"))
        ctx.events.changed.connect(self._on_changed)
        self.reload()

    # --- building -----------------------------------------------------------------------

    def _section_titles(self) -> list[tuple[str, str]]:
        return [("findings", self.tr("Findings")), ("changes", self.tr("Since last review")),
                ("targets", self.tr("Target vs. actual")), ("causes", self.tr("Causes")),
                ("collection", self.tr("Collection")), ("funnel", self.tr("Funnel")),
                ("deals", self.tr("Deals")), ("stale", self.tr("Stale customers")),
                ("overdue", self.tr("Overdue")), ("standings", self.tr("Standings")),
                ("actions", self.tr("Actions"))]

    def _causes_page(self, section: _Section) -> QWidget:
        """The causes' table above their chart (the waterfall from the target to the actual)."""
        self.chart = ChartView(draw_waterfall, self.tr("Review chart"), tasks=self.ctx.tasks)
        self.chart.element_clicked.connect(self.open_bar)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(section.view)
        split.addWidget(self.chart)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        return split

    def _notes_panel(self) -> QWidget:
        panel = self.notes_page = QWidget()
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("What the review found and discussed"))
        self.decisions = QPlainTextEdit()
        self.decisions.setPlaceholderText(self.tr("What was decided"))
        self.notes_button = QPushButton(self.tr("Save notes"))
        self.action_button = QPushButton(self.tr("New action item…"))
        self.adjust_button = QPushButton(self.tr("Request adjustment…"))
        self.notes_button.clicked.connect(self.save_notes)
        self.action_button.clicked.connect(self.new_action)
        self.adjust_button.clicked.connect(self.request_adjustment)
        self.saved_note = QLabel()
        buttons = QHBoxLayout()
        for b in (self.notes_button, self.action_button, self.adjust_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QVBoxLayout(panel)
        lay.addWidget(QLabel(self.tr("Notes")))
        lay.addWidget(self.notes, 1)
        lay.addWidget(QLabel(self.tr("Decisions")))
        lay.addWidget(self.decisions, 1)
        lay.addWidget(self.saved_note)
        lay.addLayout(buttons)
        return panel

    def _fill_periods(self) -> None:
        from services.reviews.scope import current_key, previous_key

        grain = str(self.grain.currentData())
        key = current_key(grain, date.today())
        self.period.blockSignals(True)
        self.period.clear()
        for _ in range(PERIODS_SHOWN[grain]):
            self.period.addItem(key, key)
            key = previous_key(key)
        self.period.blockSignals(False)

    def _grain_changed(self) -> None:
        self._fill_periods()
        self.reload()

    def _fill_units(self, units: Any) -> None:
        current = self.unit.currentData()
        self.unit.blockSignals(True)
        self.unit.clear()
        for u in units:
            self.unit.addItem("　" * u.depth + u.name, u.id)
        index = self.unit.findData(current) if current else 0
        self.unit.setCurrentIndex(max(index, 0))
        self.unit.blockSignals(False)

    # --- choices ------------------------------------------------------------------------

    def choose(self, grain: str, period: str, unit_id: str | None = None) -> None:
        """Show the pack of ``period`` (of ``grain``) for ``unit_id`` (None: the firm)."""
        for w in (self.grain, self.period, self.unit):
            w.blockSignals(True)
        self.grain.setCurrentIndex(self.grain.findData(grain))
        self._fill_periods()
        if self.period.findData(period) < 0:
            self.period.insertItem(0, period, period)
        self.period.setCurrentIndex(self.period.findData(period))
        if unit_id is not None:
            if self.unit.findData(unit_id) < 0:
                self.unit.addItem(unit_id, unit_id)
            self.unit.setCurrentIndex(self.unit.findData(unit_id))
        for w in (self.grain, self.period, self.unit):
            w.blockSignals(False)
        self.reload()

    def show_item(self, _kind: str, review_id: str) -> None:
        """Show the saved review ``review_id``: its grain, period and unit, on its notes and
        decisions (read on the worker; a review deleted since is said so).
        """
        from services.reviews.records import review_by_id

        store = self.ctx.store
        self._opening = review_id

        def find() -> Any:
            with store.read() as uow:
                return review_by_id(uow.session, review_id)

        self._find.start(find)

    def _found(self, row: Any) -> None:
        asked, self._opening = self._opening, None
        if row is None or row.id != asked:
            self.ctx.events.status_message.emit(self.tr("This review no longer exists."), 5000)
            return
        self._to_notes = True
        self.choose(row.grain, row.period, row.unit_id)

    def english(self) -> bool:
        """Whether the pack is worded in English (the interface language is not Chinese)."""
        return not QLocale().name().startswith("zh")

    # --- loading ------------------------------------------------------------------------

    def reload(self) -> None:
        """Build the chosen pack again on the worker."""
        store, grain = self.ctx.store, str(self.grain.currentData())
        period, unit = str(self.period.currentData()), self.unit.currentData()
        units, as_of = self.units, self.as_of
        self.note.setText(self.tr("Loading…"))
        self._load.start(lambda: load_pack(store, grain, period, unit, units, as_of))

    def is_loading(self) -> bool:
        """Whether a pack (or a review asked for) is on its way, or the chart on screen has not
        drawn it yet.
        """
        chart = self.chart
        waiting = chart.isVisible() and self.pack is not None and not chart.is_drawn()
        return waiting or self._load.is_loading() or self._find.is_loading()

    def default_focus(self) -> QWidget:
        """The findings."""
        return self.sections["findings"].view

    def _failed(self, exc: BaseException, _tb: str) -> None:
        self.note.setText("")
        Messages.show_error(self, self.tr("Reviews"), self.tr(
            "The review could not be loaded: %1").replace("%1", error_text(exc)))

    def _apply(self, result: tuple[Any, Any]) -> None:
        from services.reviews.tables import pack_tables

        units, pack = result
        if self.units is None:
            self.units = units
            self._fill_units(units)
        self.pack = pack
        tables = {t.key: t for t in pack_tables(pack, self.english())}
        for key, section in self.sections.items():
            table = tables.get(key)
            if table is not None:
                section.show(table)
            else:
                section.model.set_rows([])
            self.tabs.setTabVisible(self.tabs.indexOf(section.page), table is not None)
        self.chart.show_data(pack.decomposition)
        last = pack.last_review
        self.note.setText(self.tr("Figures as of %1 · last review: %2")
                          .replace("%1", pack.scope.as_of.isoformat())
                          .replace("%2", last.as_of.isoformat() if last else self.tr("none")))
        this = pack.this_review
        if this is not None:
            self.notes.setPlainText(this.notes)
            self.decisions.setPlainText(this.decisions)
            self.saved_note.setText(self.tr("Saved on %1").replace(
                "%1", this.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")))
        else:
            self.saved_note.setText(self.tr("Not saved yet: save the review to keep its "
                                            "snapshot, then add actions."))
        for b in (self.notes_button, self.action_button, self.adjust_button):
            b.setEnabled(this is not None)
        if self._to_notes:  # a saved review asked for: on its notes and decisions
            self._to_notes = False
            self.tabs.setCurrentWidget(self.notes_page)
        self.loaded.emit()

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.everything or FACT_KINDS & set(changes.kinds):
            if "org_units" in changes.kinds or changes.everything:
                self.units = None
            self._when_shown.request()

    # --- opening records ----------------------------------------------------------------

    def kind_name(self, kind: str) -> str:
        """A record kind in the interface language."""
        return {"deal": self.tr("Deal"), "customer": self.tr("Customer"),
                "order": self.tr("Order"), "action": self.tr("Action item"),
                "adjustment": self.tr("Adjustment request")}.get(kind, kind)

    def _open_row(self, section: _Section, row: int) -> None:
        if section.key == "findings":
            self.open_finding(row)
            return
        record = section.model.row_at(row)
        if record is not None and record[0] is not None:
            self.ctx.events.open_requested.emit(*record[0])

    def open_bar(self, key: object) -> None:
        """Open the deals behind a bar of the chart (``key``: the cause, or the actual)."""
        from services.reviews.chart import BAR_RECORDS
        from services.reviews.labels import word

        attr = BAR_RECORDS.get(str(key))
        if self.pack is None or attr is None:
            return
        records = [RecordLink("deal", d.id, d.name) for d in getattr(self.pack, attr)]
        self._open_records(word(str(key), self.english()), records)

    def _open_records(self, title: str, records: list[Any]) -> None:
        if not records:
            self.ctx.events.status_message.emit(self.tr("No deals behind this bar."), 5000)
            return
        chosen = ((records[0].kind, records[0].id) if len(records) == 1 else
                  RecordsDialog.ask(self, title, records, self.kind_name))
        if chosen is not None:
            self.ctx.events.open_requested.emit(*chosen)

    def open_finding(self, row: int) -> None:
        """Open the records behind finding ``row``: the record itself when there is one, else
        the list of them to choose from.
        """
        if self.pack is None or not 0 <= row < len(self.pack.findings):
            return
        finding = self.pack.findings[row]
        if finding.records:
            self._open_records(finding.text("en" if self.english() else "zh_CN"),
                               list(finding.records))

    # --- writes -------------------------------------------------------------------------

    def _push(self, label: LazyText, do: Any) -> Any:
        return push_op(self.ctx.undo_stack, self.ctx.store, self.ctx.events, label, do,
                       initiator=self)

    def save_review(self) -> None:
        """Save the review with its snapshot, notes and decisions (one undo step)."""
        from services.reviews.saved import save_review

        if self.pack is None:
            return
        s = self.pack.scope
        self._push(LazyText.translate("ReviewsTab", "Save review %1").arg(s.period),
                   call(save_review, s.grain, s.period, s.unit_id, as_of=s.as_of,
                        notes=self.notes.toPlainText(), decisions=self.decisions.toPlainText(),
                        by=self.ctx.current_person_id))

    def save_notes(self) -> None:
        """Replace the saved review's notes and decisions (one undo step)."""
        from services.reviews.saved import update_review

        if self.pack is None or self.pack.this_review is None:
            return
        self._push(LazyText.translate("ReviewsTab", "Edit review notes"),
                   call(update_review, self.pack.this_review.id,
                        notes=self.notes.toPlainText(), decisions=self.decisions.toPlainText()))

    def new_action(self) -> None:
        """An action item from the saved review (one undo step)."""
        from services.reviews.saved import add_action

        if self.pack is None or self.pack.this_review is None:
            return
        action = ActionDialog.ask(self)
        if action is None:
            return
        self._push(LazyText.translate("ReviewsTab", "New action item %1").arg(action.title),
                   call(add_action, self.pack.this_review.id, action.title,
                        owner_id=self.ctx.current_person_id, due_on=action.due_on))

    def request_adjustment(self) -> None:
        """A target adjustment request from the saved review (one undo step)."""
        from models.base import from_fen, to_fen
        from services.reviews.labels import metric_name
        from services.reviews.saved import add_adjustment
        from services.targets.split import Values

        if self.pack is None or self.pack.this_review is None:
            return
        lines = {m.metric: m for m in self.pack.metrics
                 if m.metric in ("signed_amount", "collected_amount")}
        if not lines:
            Messages.show_error(self, self.tr("Request adjustment"),
                                self.tr("The unit has no targets for this period."))
            return
        en = self.english()
        asked = AdjustmentDialog.ask(self, [(code, metric_name(code, en), from_fen(m.target))
                                            for code, m in lines.items()])
        if asked is None:
            return
        line = lines[asked.metric]
        new = to_fen(asked.target)
        ratio = new / line.target if line.target else 1
        values = Values(round(line.floor * ratio), new, round(line.challenge * ratio))
        self._push(LazyText.translate("ReviewsTab", "Request adjustment of %1").arg(
            metric_name(asked.metric, en)),
            call(add_adjustment, self.pack.this_review.id, asked.metric, values, asked.reason,
                 by=self.ctx.current_person_id))

    # --- export -------------------------------------------------------------------------

    def _choose_export(self, kind: str) -> None:
        if self.pack is None:
            return
        s = self.pack.scope
        name = f"{s.unit_name}-{s.period}-复盘.{kind}"
        filters = self.tr("Excel (*.xlsx)") if kind == "xlsx" else self.tr("PDF (*.pdf)")
        path = save_file_name(self, self.tr("Export review"), str(Path.home() / name), filters)
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        """Write the pack shown to ``path`` (.xlsx or .pdf) on the task worker, under a
        progress dialog with Cancel; a temporary file is renamed into place, so a cancelled or
        failed export leaves none.
        """
        from services.reviews.export import export_review

        pack, english = self.pack, self.english()
        title = self.tr("Export review")

        def done(result: Any) -> None:
            text = self.tr("The review was exported to %1").replace("%1", str(result))
            self.ctx.events.status_message.emit(text, 5000)
            Messages.show_saved(self, title, text, result)
            self.exported.emit(str(result))

        def failed(exc: BaseException, _tb: str = "") -> None:
            Messages.show_error(self, title, self.tr(
                "The review could not be exported: %1").replace("%1", error_text(exc)))

        def cancelled() -> None:
            from services.importing.exporting import ExportCancelled

            self.ctx.events.status_message.emit(
                error_text(ExportCancelled("Export cancelled; no file was written.")), 5000)

        families: list[str] | None = None
        if path.lower().endswith(".pdf"):
            from gui.dashboard.review_pdf import prepare_fonts

            families = prepare_fonts()  # may register a font file: here, the rest on the worker

        def work(progress: Any, is_cancelled: Any) -> Any:
            from gui.dashboard.review_pdf import write_review_pdf

            def pdf(pack_: Any, tmp: Path, english_: bool) -> Path:
                return write_review_pdf(pack_, tmp, english_, progress=progress,
                                        is_cancelled=is_cancelled, families=families)

            return export_review(pack, path, english=english, is_cancelled=is_cancelled,
                                 pdf_writer=pdf if families is not None else None)

        self.exporting = self.ctx.tasks.run_with_dialog(
            self, self.tr("Exporting the review…"), work, done, failed, cancelled)
