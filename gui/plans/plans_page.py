"""The Plans page (销售计划): action items of plan A 理想线 / B 保底线, reverse funnel, timeline.

A plan is read on the task worker (:func:`gui.plans.plan_data.read_plan`: the tree with its
actuals, the items, the timeline and the funnel's history); until it arrives the tabs are
disabled under a "Loading…" note. Every edit is an :class:`~gui.common.undo.OpCommand`; the page
refreshes from ``events.changed`` like any other view: a change to items, checkpoints or the
timeline reads those lists again on the worker (:func:`gui.plans.plan_data.read_lists`), a
change to the targets reads the whole plan again.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QLocale, QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.common.column_fit import ColumnFit, ensure_headers_fit
from gui.common.context import AppContext
from gui.common.error_texts import error_text
from gui.common.file_dialogs import save_file_name
from gui.common.formatting import day, money
from gui.common.lazy_text import LazyText
from gui.common.messages import Messages
from gui.common.page_load import PageLoad
from gui.common.row_table_model import Column, RowTableModel
from gui.common.undo import push_op
from gui.plans.cells import ParseError, parse, status_labels
from gui.plans.funnel_tab import FunnelTab
from gui.plans.overdue_row_model import OverdueRowModel
from gui.plans.plan_data import PlanData, PlanLists, read_lists, read_plan
from gui.plans.workday_texts import holiday_note, timeline_day, timeline_day_tip
from services.core.changes import Call, Changes, call
from services.core.errors import ValidationError
from services.plans import actions as plans
from services.plans import timeline as plan_timeline
from services.plans.workdays import WorkCalendar

FIELD_KINDS = {"due_on": "date", "budget": "money", "status": "status"}
"""How a typed cell of these fields is read (others are text; check boxes give a date)."""


def shrinkable(combo: QComboBox, chars: int = 8) -> QComboBox:
    """A combo box that may get narrower than its longest entry (the page fits small windows)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    return combo


def _table(model: RowTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    # Tab leaves the table (arrows move; while a cell is edited Tab goes to the next one)
    view.setTabKeyNavigation(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                         | QAbstractItemView.EditTrigger.EditKeyPressed
                         | QAbstractItemView.EditTrigger.AnyKeyPressed)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setVisible(False)
    return view


def _header_key(name: str) -> str:
    """Where table ``name``'s header is remembered, for the interface language in use."""
    return f"plans/{name}_header_{QLocale().name()}"


class PlansPage(QWidget):
    """Plan-year chooser, variant toggle, and the three tabs; export to Excel on the worker."""

    loaded = Signal()
    exported = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.plan_id: str | None = None
        self.tree: Any = None
        self._show_after: tuple[str, str] | None = None  # an item to show once loaded
        self._refocus: QWidget | None = None  # the focus to give back after loading
        self._retrying = False
        self._stale = False  # the targets changed while the page was hidden
        self._ui: QSettings | None = None  # see _restore_header
        self._load = PageLoad(ctx.tasks, self)
        self._load.loaded.connect(self._apply)
        self._load.failed.connect(self._load_failed)
        self._lists = PageLoad(ctx.tasks, self)
        self._lists.loaded.connect(self._apply_lists)
        self._lists.failed.connect(self._load_failed)
        self.loading_note = QLabel(self.tr("Loading the plan…"))
        self.loading_note.setObjectName("loadingNote")
        self.year = shrinkable(QComboBox(), 11)
        self.variant_a = QPushButton(self.tr("A · Ideal line"))
        self.variant_b = QPushButton(self.tr("B · Floor line"))
        self.variants = QButtonGroup(self)
        for i, b in enumerate((self.variant_a, self.variant_b)):
            b.setCheckable(True)
            self.variants.addButton(b, i)
        self.variant_a.setChecked(True)
        self.export_btn = QPushButton(self.tr("Export plan to Excel…"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Plan year")))
        top.addWidget(self.year)
        top.addWidget(self.variant_a)
        top.addWidget(self.variant_b)
        top.addWidget(self.loading_note)
        top.addStretch(1)

        # action items
        self.f_node, self.f_owner, self.f_status = QComboBox(), QComboBox(), QComboBox()
        self.add_btn = QPushButton(self.tr("Add action item"))
        self.remove_btn = QPushButton(self.tr("Remove"))
        self.copy_btn = QPushButton(self.tr("Copy to the other variant"))
        self.items = OverdueRowModel([
            Column(self.tr("Target node"), lambda a: a.node_name),
            Column(self.tr("Owner"), lambda a: a.owner_name or ""),
            Column(self.tr("What"), lambda a: a.title, field="title"),
            Column(self.tr("How"), lambda a: a.method or "", field="method"),
            Column(self.tr("Due date"), lambda a: day(a.due_on), field="due_on"),
            Column(self.tr("Status"), lambda a: status_labels().get(a.status, a.status),
                   field="status"),
            Column(self.tr("Budget"), lambda a: money(a.budget, fen=True), right=True,
                   field="budget", edit=lambda a: f"{a.budget:.2f}"),
            Column(self.tr("Resources"), lambda a: a.resources or "", field="resources"),
            Column(self.tr("Checkpoints"), lambda a: f"{sum(1 for c in a.checkpoints if c.done_on)}"
                                                     f"/{len(a.checkpoints)}"),
        ], on_edit=self._edit_action, today=self.today)
        self.actions_view = _table(self.items)
        self.checkpoints = OverdueRowModel([
            Column(self.tr("Checkpoint / milestone"), lambda c: c.title, field="title"),
            Column(self.tr("Due date"), lambda c: day(c.due_on), field="due_on"),
            Column(self.tr("Done"), lambda c: day(c.done_on), field="done_on",
                   check=lambda c: c.done_on is not None),
        ], on_edit=self._edit_checkpoint, today=self.today)
        self.checkpoints_view = _table(self.checkpoints)
        self._size_checkpoint_columns()
        self.add_cp_btn = QPushButton(self.tr("Add checkpoint"))
        self.remove_cp_btn = QPushButton(self.tr("Remove checkpoint"))
        filters = QHBoxLayout()
        for label, combo in ((self.tr("Node"), self.f_node), (self.tr("Owner"), self.f_owner),
                             (self.tr("Status"), self.f_status)):
            filters.addWidget(QLabel(label))
            filters.addWidget(shrinkable(combo, 6), 1)
        buttons = QHBoxLayout()
        for b in (self.add_btn, self.remove_btn, self.copy_btn):
            buttons.addWidget(b)
        buttons.addStretch(1)
        cp_bar = QHBoxLayout()
        cp_label = QLabel(self.tr("Checkpoints of the selected item"))
        cp_label.setWordWrap(True)
        cp_bar.addWidget(cp_label, 1)
        cp_bar.addStretch(1)
        cp_bar.addWidget(self.add_cp_btn)
        cp_bar.addWidget(self.remove_cp_btn)
        lower = QWidget()
        lower_lay = QVBoxLayout(lower)
        lower_lay.setContentsMargins(0, 0, 0, 0)
        lower_lay.addLayout(cp_bar)
        lower_lay.addWidget(self.checkpoints_view)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.actions_view)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        actions_tab = QWidget()
        a_lay = QVBoxLayout(actions_tab)
        a_lay.addLayout(filters)
        a_lay.addLayout(buttons)
        a_lay.addWidget(split, 1)

        # timeline
        self.calendar = WorkCalendar()
        self.timeline = OverdueRowModel([
            Column(self.tr("Date"), lambda r: timeline_day(self.calendar, r), field="due_on",
                   edit=lambda r: day(r.due_on),
                   tooltip=lambda r: timeline_day_tip(self.calendar, r)),
            Column(self.tr("Checkpoint"), lambda r: r.title, field="title"),
            Column(self.tr("Done"), lambda r: day(r.done_on), field="done_on",
                   check=lambda r: r.done_on is not None),
            Column(self.tr("Notes"), lambda r: r.notes or "", field="notes"),
        ], on_edit=self._edit_timeline, today=self.today)
        self.timeline_view = _table(self.timeline)
        self.generate_btn = QPushButton(self.tr("Create the usual timeline"))
        self.workdays_btn = QPushButton(self.tr("Move to working days"))
        self.workdays_btn.setToolTip(self.tr("Move checkpoints that fall on a weekend or a "
                                             "public holiday to the next working day"))
        timeline_tab = QWidget()
        t_lay = QVBoxLayout(timeline_tab)
        t_bar = QHBoxLayout()
        t_note = QLabel(self.tr("Weekly tasks are one row repeating every Monday."))
        t_note.setWordWrap(True)
        t_bar.addWidget(t_note, 1)
        t_bar.addStretch(1)
        t_bar.addWidget(self.workdays_btn)
        t_bar.addWidget(self.generate_btn)
        t_lay.addLayout(t_bar)
        self.holiday_note = QLabel()
        self.holiday_note.setObjectName("holidayNote")
        self.holiday_note.setWordWrap(True)
        t_lay.addWidget(self.holiday_note)
        t_lay.addWidget(self.timeline_view, 1)

        self.funnel = FunnelTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(actions_tab, self.tr("Action items"))
        self.tabs.addTab(self.funnel, self.tr("Reverse funnel"))
        self.tabs.addTab(timeline_tab, self.tr("Timeline"))
        self.tabs.setCornerWidget(self.export_btn, Qt.Corner.TopRightCorner)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.tabs, 1)

        self.year.currentIndexChanged.connect(self._plan_chosen)
        self.variants.idClicked.connect(self._variant_chosen)
        for combo in (self.f_node, self.f_owner, self.f_status):
            combo.currentIndexChanged.connect(lambda _i: self.reload_actions())
        self.actions_view.selectionModel().selectionChanged.connect(
            lambda *_a: self._show_checkpoints())
        self.add_btn.clicked.connect(self.add_action)
        self.remove_btn.clicked.connect(self.remove_action)
        self.copy_btn.clicked.connect(self.copy_variant)
        self.add_cp_btn.clicked.connect(self.add_checkpoint)
        self.remove_cp_btn.clicked.connect(self.remove_checkpoint)
        self.generate_btn.clicked.connect(self.generate_timeline)
        self.workdays_btn.clicked.connect(self.move_to_workdays)
        self.export_btn.clicked.connect(self._choose_export)
        self.remove_btn.setShortcut(QKeySequence.StandardKey.Delete)
        ctx.events.changed.connect(self._on_changed)
        # Long free text (target node, what, how, resources; checkpoint, notes) gives way so
        # that every column is on screen; those cells show their whole text as a tooltip.
        self._fits = {"actions": ColumnFit(self.actions_view, (0, 2, 3, 7)),
                      "timeline": ColumnFit(self.timeline_view, (1, 3))}
        self._restored = {name: self._restore_header(name, view) for name, view in (
            ("actions", self.actions_view), ("checkpoints", self.checkpoints_view),
            ("timeline", self.timeline_view))}
        self.reload()

    # --- remembered column widths ---------------------------------------------------------

    def _size_checkpoint_columns(self) -> None:
        """The checkpoint's title takes the width; the two dates are as wide as a date."""
        view = self.checkpoints_view
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        date_width = (view.fontMetrics().horizontalAdvance(day(date(2000, 12, 31)))
                      + view.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 24)
        for i in (1, 2):
            header.resizeSection(i, max(date_width, header.sectionSizeHint(i)))

    def _restore_header(self, name: str, view: QTableView) -> bool:
        """Restore the widths remembered for this table in this language.

        Widths are remembered per language: columns fitted to Chinese headers and cells are
        too narrow for English ones, and the other way round leaves gaps.
        """
        from gui.common.ui_settings import ui_settings

        if self._ui is None:
            # One settings object for the page's life: a resize only updates it in memory and
            # Qt writes the file once, from the event loop. A fresh object per resize wrote the
            # file on every sectionResized (dozens while the tables first lay out).
            self._ui = ui_settings()
            self._ui.setParent(self)
        header = view.horizontalHeader()
        state = self._ui.value(_header_key(name))
        restored = bool(state) and header.restoreState(state)
        ensure_headers_fit(header)
        header.sectionResized.connect(lambda *_a: self._save_header(name, view))
        return restored

    def _save_header(self, name: str, view: QTableView) -> None:
        if self._ui is not None:
            self._ui.setValue(_header_key(name), view.horizontalHeader().saveState())

    def _fit(self, name: str) -> None:
        if not self._restored.get(name):
            self._fits[name].fit()

    # --- refreshing from what changed ------------------------------------------------------

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        """Read the whole plan again when its targets (or everything) changed — unless the
        funnel tab wrote them (it shows its own result, not the stored cells) —, otherwise the
        items and the timeline when they changed.
        """
        if changes.everything or (initiator is not self.funnel and any(
                kind.startswith("target_") for kind in changes.kinds)):
            if self.isVisible() or changes.everything:
                self._plan_chosen()
            else:
                self._stale = True
            return
        if changes.touches("action_items", "action_checkpoints", "plan_checkpoints",
                           "app_settings"):  # app_settings: the holiday list
            self.reload_actions()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Read the plan again if its targets changed while the page was hidden."""
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self._plan_chosen()

    # --- loading -----------------------------------------------------------------------

    def variant(self) -> str:
        """"A" or "B"."""
        return "B" if self.variant_b.isChecked() else "A"

    def default_focus(self) -> QWidget:
        """Where the keyboard goes when the page is opened: the open tab's table."""
        tab = self.tabs.currentWidget()
        target = self.funnel.view if tab is self.funnel else self.timeline_view if (
            tab is not None and tab.isAncestorOf(self.timeline_view)) else self.actions_view
        if not self.tabs.isEnabled():  # the plan is loading: the table takes the focus after
            self._refocus = target
            return self.year
        return target

    def is_loading(self) -> bool:
        """Whether a plan (or its items and timeline) is being read on the worker."""
        return self._load.is_loading() or self._lists.is_loading()

    def reload(self) -> None:
        """Re-read the plan years and the chosen plan (on the worker)."""
        self._plan_chosen()

    def _plan_chosen(self) -> None:
        self._read(self.year.currentData())

    def _read(self, wanted: str | None) -> None:
        store, variant = self.ctx.store, self.variant()
        today = date.today()
        self.loading_note.show()
        focus = QApplication.focusWidget()
        if focus is not None and self.tabs.isAncestorOf(focus):
            self._refocus = focus  # disabled tabs lose the focus: it comes back after loading
        self.tabs.setEnabled(False)
        self.export_btn.setEnabled(False)
        self._load.start(lambda: read_plan(store, wanted, variant, today))

    def _load_failed(self, exc: BaseException, _tb: str) -> None:
        self.loading_note.hide()
        self._error(self.tr("The plan could not be loaded: %1").replace("%1", error_text(exc)))

    def _apply(self, data: PlanData) -> None:
        self.year.blockSignals(True)
        self.year.clear()
        for p in data.plans:
            self.year.addItem(p.name if str(p.year) in p.name else f"{p.year} · {p.name}", p.id)
        self.year.setCurrentIndex(max(self.year.findData(data.plan_id), 0))
        self.year.blockSignals(False)
        self.plan_id, self.tree = data.plan_id, data.tree
        for combo in (self.f_node, self.f_owner, self.f_status):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
        if self.tree is not None:
            for n in self.tree.nodes:
                self.f_node.addItem("　" * n.depth + n.name, n.id)
            for pid in dict.fromkeys(n.person_id for n in self.tree.nodes if n.person_id):
                self.f_owner.addItem(data.names.get(pid, "?"), pid)
            self.funnel.set_tree(self.tree, data.history)
        self.calendar = data.calendar
        for code, label in status_labels().items():
            self.f_status.addItem(label, code)
        for combo in (self.f_node, self.f_owner, self.f_status):
            combo.blockSignals(False)
        if data.variant == self.variant():
            self._show_actions(list(data.actions))
        else:
            self.reload_actions()
        self._show_timeline(list(data.timeline))
        self.loading_note.hide()
        self.tabs.setEnabled(True)
        self.export_btn.setEnabled(True)
        refocus, self._refocus = self._refocus, None
        if refocus is not None and self.isVisible():
            refocus.setFocus()
        self.loaded.emit()
        self._show_pending()

    def _show_pending(self) -> None:
        """Show the item asked for while the page was loading, once nothing is on its way."""
        if self._show_after is None or self.is_loading():
            return
        kind, item_id = self._show_after
        self._show_after = None
        self._retrying = True  # its plan was just read: do not read it again
        try:
            self.show_item(kind, item_id)
        finally:
            self._retrying = False

    def _variant_chosen(self, _id: int = 0) -> None:
        self.funnel.set_level("floor" if self.variant() == "B" else "target")
        self.reload_actions()

    def reload_actions(self) -> None:
        """Read the action items under the variant and filters, and the timeline, again (on
        the worker), keeping the selection.
        """
        if self.plan_id is None:
            self._show_actions([])
            return
        store, plan_id, variant = self.ctx.store, self.plan_id, self.variant()
        node, owner, status = (self.f_node.currentData(), self.f_owner.currentData(),
                               self.f_status.currentData())
        self._lists.start(lambda: read_lists(store, plan_id, variant, node, owner, status))

    def _apply_lists(self, data: PlanLists) -> None:
        if data.plan_id == self.plan_id:
            self.calendar = data.calendar
            self._show_actions(list(data.actions))
            self._show_timeline(list(data.timeline))
        self._show_pending()

    def _show_actions(self, rows: list[Any]) -> None:
        keep = self._selected(self.actions_view, self.items)
        self.items.set_rows(rows)
        for i, a in enumerate(rows):
            if keep is not None and a.id == keep.id:
                self.actions_view.selectionModel().select(
                    self.items.index(i, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
        self._fit("actions")
        self._show_checkpoints()

    def _show_timeline(self, rows: list[Any]) -> None:
        year = self.tree.plan.year if self.tree is not None else None
        self.holiday_note.setText(holiday_note(self.calendar, year))
        keep = self._selected(self.timeline_view, self.timeline)
        self.timeline.set_rows(rows)
        if keep is not None and (n := self.timeline.row_of(keep.id)) >= 0:
            self.timeline_view.selectRow(n)
        self._fit("timeline")

    def _selected(self, view: QTableView, model: RowTableModel) -> Any:
        rows = view.selectionModel().selectedRows() if view.selectionModel() else []
        return model.row_at(rows[0].row()) if rows else None

    def _show_checkpoints(self) -> None:
        item = self._selected(self.actions_view, self.items)
        self.checkpoints.set_rows(item.checkpoints if item is not None else [])

    # --- editing with undo -------------------------------------------------------------

    def _error(self, text: str) -> None:
        Messages.show_error(self, self.tr("Plans"), text)

    def _push(self, text: LazyText, do: Call) -> Any:
        """Run ``do`` as an undoable command; its value, or None when it was refused (the
        main window shows why).
        """
        cmd = push_op(self.ctx.undo_stack, self.ctx.store, self.ctx.events, text, do,
                      initiator=self)
        return None if cmd.failed is not None else cmd.value

    def _edit(self, fn: Any, text: LazyText, row: Any, field: str, value: Any) -> bool:
        """A cell edit: read what was typed (a check box gives today or no date), then write
        it with undo; False when it could not be read or was refused.
        """
        if isinstance(value, bool):
            value = self.today() if value else None
        else:
            try:
                value = parse(FIELD_KINDS.get(field, "text"), value)
            except ParseError as exc:
                self._error(str(exc))
                return False
        cmd = push_op(self.ctx.undo_stack, self.ctx.store, self.ctx.events, text,
                      call(fn, row.id, **{field: value}), initiator=self)
        return cmd.failed is None

    def _edit_action(self, row: Any, field: str, value: Any) -> bool:
        return self._edit(plans.update_action,
                          LazyText.translate("PlansPage", "Edit action item"), row, field, value)

    def _edit_checkpoint(self, row: Any, field: str, value: Any) -> bool:
        return self._edit(plans.update_checkpoint,
                          LazyText.translate("PlansPage", "Edit checkpoint"), row, field, value)

    def _edit_timeline(self, row: Any, field: str, value: Any) -> bool:
        return self._edit(plan_timeline.update_checkpoint,
                          LazyText.translate("PlansPage", "Edit timeline"), row, field, value)

    def new_record(self) -> None:
        """File ▸ New (Ctrl+N) on this page: a new action item."""
        self.tabs.setCurrentIndex(0)
        self.add_action()

    def new_record_text(self) -> str:
        """What File ▸ New makes here."""
        return self.add_btn.text()

    def add_action(self) -> None:
        """A new item on the filtered node (or the company) in the current variant."""
        if self.tree is None or self.plan_id is None:
            return
        node_id = self.f_node.currentData() or self.tree.nodes[0].id
        owner = self.f_owner.currentData() or self.tree.node(node_id).person_id
        self._push(LazyText.translate("PlansPage", "Add action item"), call(
            plans.create_action, self.plan_id, node_id, self.tr("New action item"),
            variant=self.variant(), owner_id=owner))

    def remove_action(self) -> None:
        """Remove the selected item (undo brings it and its checkpoints back)."""
        item = self._selected(self.actions_view, self.items)
        if item is not None:
            self._push(LazyText.translate("PlansPage", "Remove action item"),
                       call(plans.delete_action, item.id))

    def copy_variant(self) -> None:
        """Copy this variant's items to the other one (undo removes the copies)."""
        if self.plan_id is not None:
            src = self.variant()
            done = self._push(LazyText.translate("PlansPage", "Copy to the other variant"), call(
                plans.copy_variant, self.plan_id, src, "B" if src == "A" else "A"))
            if done is not None:
                self.ctx.events.status_message.emit(self.tr("Copied to the other variant"),
                                                    3000)

    def add_checkpoint(self) -> None:
        """A new checkpoint of the selected item."""
        item = self._selected(self.actions_view, self.items)
        if item is not None:
            self._push(LazyText.translate("PlansPage", "Add checkpoint"), call(
                plans.add_checkpoint, item.id, self.tr("New checkpoint"), item.due_on))

    def remove_checkpoint(self) -> None:
        """Remove the selected checkpoint."""
        cp = self._selected(self.checkpoints_view, self.checkpoints)
        if cp is not None:
            self._push(LazyText.translate("PlansPage", "Remove checkpoint"),
                       call(plans.delete_checkpoint, cp.id))

    def generate_timeline(self) -> None:
        """Create the usual rhythm for the plan year (kinds already there are kept; undo
        removes what it added).
        """
        if self.plan_id is not None:
            self._push(LazyText.translate("PlansPage", "Create the usual timeline"),
                       call(plan_timeline.generate_timeline, self.plan_id))

    def move_to_workdays(self) -> None:
        """Move the timeline's checkpoints off weekends and holidays (undo moves them back)."""
        if self.plan_id is not None:
            self._push(LazyText.translate("PlansPage", "Move to working days"),
                       call(plan_timeline.move_to_workdays, self.plan_id))

    # --- export ------------------------------------------------------------------------

    def _choose_export(self) -> None:
        if self.tree is None:
            return
        path = save_file_name(
            self, self.tr("Export plan to Excel"),
            str(Path.home() / f"销售计划-{self.tree.plan.year}.xlsx"), "Excel (*.xlsx)")
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        """Write the plan workbook on the worker, with progress and Cancel."""
        from services.plans.export import export_plan

        if self.plan_id is None:
            return
        store, plan_id = self.ctx.store, self.plan_id

        def work(progress: Any, is_cancelled: Any) -> Any:
            return export_plan(store, plan_id, path, progress=progress,
                               is_cancelled=is_cancelled)

        def done(result: Any) -> None:
            text = self.tr("Plan exported to %1").replace("%1", str(result.path))
            self.ctx.events.status_message.emit(text, 5000)
            Messages.show_saved(self, self.tr("Export plan to Excel"), text, result.path)
            self.exported.emit(str(result.path))

        def failed(exc: BaseException, _tb: str) -> None:
            self._error(self.tr("The plan could not be exported: %1").replace("%1",
                                                                             error_text(exc)))

        self.ctx.tasks.run_with_dialog(self, self.tr("Exporting the plan…"), work, done, failed)

    def show_item(self, kind: str, item_id: str) -> None:
        """Open an action item ("action") or a timeline checkpoint ("plan") from Today."""
        if self.is_loading():
            self._show_after = (kind, item_id)
            return
        if kind == "plan":
            self.tabs.setCurrentIndex(2)
            if (n := self.timeline.row_of(item_id)) >= 0:
                self.timeline_view.selectRow(n)
        elif kind == "action":
            self.tabs.setCurrentIndex(0)
            if (n := self.items.row_of(item_id)) >= 0:
                self.actions_view.selectRow(n)
                return
            try:
                item = plans.get_action(self.ctx.store, item_id)
            except (ValidationError, StopIteration):
                return
            if item.plan_id != self.plan_id:
                if not self._retrying:  # else: its plan was just read and is gone
                    self._show_after = (kind, item_id)
                    self._read(item.plan_id)
                return
            filters = (self.f_node, self.f_owner, self.f_status)
            if item.variant == self.variant() and all(c.currentIndex() <= 0 for c in filters):
                return  # every item of the variant is shown, and this one is not there
            self._show_after = (kind, item_id)
            (self.variant_b if item.variant == "B" else self.variant_a).setChecked(True)
            for combo in filters:
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            self._variant_chosen()

    def today(self) -> date:
        """Today's date (for overdue colouring)."""
        return date.today()
