"""TargetsPage: the target-cascade tree editor (目标体系) of one plan year.

Toolbar: plan year (+ new plan from the org tree), the cut shown (the org tree, or the company total
by product line / channel / customer tier, with "Add member…"), metric, period grain (weeks of a
chosen month), value set, the plan's lifecycle badge with 公示/撤回, 认领, 调整申请 and the
adjustments panel. A cut is its own tree under the same company root: the root's gap there is the
company total less the cut's members (:mod:`services.targets.cuts`).
The plans and the tree load on the task worker (:mod:`gui.targets.page_data`), the actuals in a
second step, so the tree is on screen at once on a large firm; value edits repaint from the
in-memory roll-up at once and are written through :class:`~gui.common.undo.OpCommand` (taken back
in memory when refused). A published plan's result targets are read-only: the cells open no
editor, and a notice says how to change them (an adjustment request, or taking the publication
back while nobody has acknowledged it).

Refreshing: the page listens to ``events.changed``. Its own cell edit (initiator: the tree model)
is already shown; one cell changed elsewhere (an undo from the Edit menu, another page) is patched
into the roll-up at once; other target changes reload the tree on the task worker, and so do
changes to what the actuals count (deals, customers, follow-ups, people).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QByteArray, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QSplitter,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from gui.common.conflict_dialog import resolve_conflict
from gui.common.context import AppContext
from gui.common.error_texts import error_text
from gui.common.lazy_text import LazyText
from gui.common.page_load import PageLoad
from gui.common.ui_settings import ui_settings
from gui.common.undo import push_op
from gui.targets import formatting as F
from gui.targets import node_actions as A
from gui.targets.adjustments_panel import AdjustmentsPanel
from gui.targets.page_data import TargetsData, periods_for, read_actuals, read_page
from gui.targets.page_toolbar import add_view_shortcuts, build_toolbar
from gui.targets.tree_model import TargetTreeModel
from services.core.changes import Changes, call
from services.core.conflicts import ConflictError
from services.core.store import Store
from services.targets import cascade as T
from services.targets import nodes as N
from services.targets.cascade import TargetPlanRow, TargetTree
from services.targets.split import Values

_KEY = "targets/"
TARGET_KINDS = ("target_plans", "target_nodes", "target_values", "target_adjustments",
                "target_value_versions", "target_acknowledgements", "target_growth",
                "target_typed_actuals")
_VALUE_KINDS = frozenset({"target_values", "target_value_versions"})
#: What the actuals count: deals won, collections, new customers, follow-ups, and who is where.
ACTUAL_KINDS = ("deals", "deal_lines", "stage_history", "customers", "followups", "people",
                "payments", "payment_allocations", "payment_instalments", "contracts",
                "org_units")


class TargetsPage(QWidget):
    """The tree editor; ``tree_shown`` fires when a (re)loaded tree is on screen, ``loaded``
    once its actuals are in too.
    """

    loaded = Signal()
    tree_shown = Signal()
    toolbar: QToolBar
    life_toolbar: QToolBar
    plan_combo: QComboBox
    cut_combo: QComboBox
    member_action: QAction
    metric_combo: QComboBox
    grain_combo: QComboBox
    month_combo: QComboBox
    values_combo: QComboBox
    status_badge: QLabel
    new_plan_action: QAction
    publish_action: QAction
    ack_action: QAction
    adjust_action: QAction
    panel_action: QAction
    month_widget_action: QAction

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.store: Store = ctx.store
        self.events = ctx.events
        self.plans: list[TargetPlanRow] = []
        self.plan: TargetPlanRow | None = None
        self.may_unpublish = False
        self.owner_ids: dict[str, frozenset[str]] = {}  # node id → who may acknowledge it
        self._ui: QSettings | None = None
        self._wanted: str | None = None  # the plan to show after the next load
        self._dirty = True
        self._first_load = True
        self._focus: str | None = None  # a node to select after the next load
        self._shown_layout = ""  # settings key of the column widths on screen
        self._load = PageLoad(ctx.tasks, self)
        self._load.loaded.connect(self._loaded)
        self._load.failed.connect(self._failed)
        self._actuals = PageLoad(ctx.tasks, self)
        self._actuals.loaded.connect(self._actuals_loaded)
        self._actuals.failed.connect(self._failed)
        self.model = TargetTreeModel(self)
        self.model.edit_handler = self.edit_value
        self.model.move_handler = self.move_node
        self.model.rename_handler = lambda nid, name: A.rename(self, nid, name)
        self.model.error.connect(self.report_error)
        self._build()
        ctx.events.changed.connect(self._on_changed)

    # --- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        build_toolbar(self)

        self.banner = QLabel(self)
        self.banner.setObjectName("targetsError")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel { background: #fdecea; color: #b71c1c; "
                                  "padding: 6px; border-radius: 4px; }")
        self.banner.hide()
        self.notice = QLabel(self)  # why a published plan's values are read-only
        self.notice.setObjectName("targetsNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("QLabel { background: #e8f0fe; color: #174ea6; "
                                  "padding: 6px; border-radius: 4px; }")
        self.notice.hide()
        self.loading_note = QLabel(self.tr("Loading the targets…"), self)
        self.loading_note.setObjectName("loadingNote")
        self.loading_action = self.life_toolbar.addWidget(self.loading_note)

        self.view = QTreeView(self)
        self.view.setObjectName("targetsTree")
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(lambda pos: A.context_menu(self, pos))
        self.view.header().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view.header().setMinimumSectionSize(60)
        self.view.selectionModel().currentChanged.connect(self._update_actions)
        add_view_shortcuts(self)

        self.panel = AdjustmentsPanel(self.ctx, self)
        self.panel.setVisible(False)
        self.panel_action.toggled.connect(self.panel.setVisible)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([600, 200])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.life_toolbar)
        layout.addWidget(self.notice)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)

    # --- state ---------------------------------------------------------------------------------

    @property
    def person_id(self) -> str | None:
        """Who is editing (the author of versions, acknowledgements and requests)."""
        return self.ctx.current_person_id

    @property
    def metric_key(self) -> str:
        """The chosen metric."""
        return str(self.metric_combo.currentData() or "signed_amount")

    @property
    def cut(self) -> str | None:
        """The cut shown (None: the org tree)."""
        return str(self.cut_combo.currentData() or "") or None

    @property
    def grain(self) -> str:
        """The chosen period grain."""
        return str(self.grain_combo.currentData() or "quarter")

    @property
    def values_locked(self) -> bool:
        """Whether the shown metric's values are read-only (a published plan's result targets:
        they change through adjustment requests; process metrics stay editable).
        """
        return (self.plan is not None and self.plan.status == "published"
                and self.metric_key not in T.PROCESS_METRICS)

    def periods(self) -> list[str]:
        """The period columns for the chosen grain (weeks: those of the chosen month)."""
        year = self.plan.year if self.plan else date.today().year
        return periods_for(year, self.grain, int(self.month_combo.currentData() or 1))

    def current_node(self) -> str | None:
        """The selected node id."""
        return self.model.node_id(self.view.currentIndex())

    def current_period(self) -> str | None:
        """The period of the selected column (the first shown for the name columns)."""
        spec = self.model.column_spec(self.view.currentIndex().column())
        if spec is not None:
            return spec[0]
        tree = self.model.tree
        return tree.periods[0] if tree is not None and tree.periods else None

    def save_state(self) -> None:
        """Remember metric, grain, value set, the cut shown and this layout's column widths."""
        s = self.settings()
        s.setValue(_KEY + "metric", self.metric_key)
        s.setValue(_KEY + "grain", self.grain)
        s.setValue(_KEY + "full", bool(self.values_combo.currentData()))
        s.setValue(_KEY + "cut", self.cut or "")
        if self.model.tree is not None and self._shown_layout:  # the widths of what is shown
            s.setValue(self._shown_layout, self.view.header().saveState())

    def settings(self) -> QSettings:
        """The page's one settings object: Qt writes the file once, from the event loop (a
        fresh object per call read and wrote the file each time, on the GUI thread).
        """
        if self._ui is None:
            self._ui = ui_settings()
            self._ui.setParent(self)
        return self._ui

    def _header_key(self) -> str:
        return f"{_KEY}header/{self.grain}/{int(bool(self.values_combo.currentData()))}"

    def hideEvent(self, event: Any) -> None:
        self.save_state()
        super().hideEvent(event)

    # --- loading -------------------------------------------------------------------------------

    def default_focus(self) -> QWidget:
        """Where the keyboard goes when the page is opened: the target tree."""
        return self.view

    def is_loading(self) -> bool:
        """Whether a tree or its actuals are still on their way."""
        return (self._load.is_loading() or self._actuals.is_loading()
                or self.panel.is_loading())

    def reload_plans(self, select: str | None = None) -> None:
        """Read the plan list again and show ``select`` or keep the chosen plan (else this
        year's, else the newest).
        """
        self.reload(select)

    def _plan_chosen(self) -> None:
        self.banner.hide()  # a refusal was about the plan shown before
        self.reload(self.plan_combo.currentData())

    def _cut_changed(self) -> None:
        """Another cut of the company total: its own tree, read again."""
        self.member_action.setVisible(self.cut is not None)
        if self.model.tree is not None:
            self.save_state()
        self.banner.hide()
        self.reload()

    def _view_changed(self) -> None:
        """Grain or month: other period columns, read again."""
        self.month_widget_action.setVisible(self.grain == "week")
        if self.model.tree is not None:
            self.save_state()
        self.reload()

    def _metric_changed(self) -> None:
        """Metric or value set: the loaded tree holds them all, shown at once."""
        if self.model.tree is None:
            return
        self.save_state()
        self.model.set_tree(self.model.tree, self.metric_key, bool(self.values_combo.currentData()))
        self._restore_header()
        self._update_badge()
        self._update_actions()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            QTimer.singleShot(0, self.reload)

    def reload(self, select: str | None = None) -> None:
        """Read the plans and the chosen plan's tree on the worker (its actuals follow); a newer
        request supersedes an older one.
        """
        self._dirty = False
        if select is not None:
            self._wanted = select
        elif self.plan is not None:
            self._wanted = self.plan.id
        store, wanted, grain, cut = self.store, self._wanted, self.grain, self.cut
        month, year = int(self.month_combo.currentData() or 1), date.today().year
        self._set_loading(self.tr("Loading the targets…"))
        self._load.start(lambda: read_page(store, wanted, grain, month, year, cut))

    def _loaded(self, data: TargetsData) -> None:
        self.plans = list(data.plans)
        self._fill_plans(data)
        tree = data.tree
        self.plan = tree.plan if tree is not None else None
        self.may_unpublish = data.may_unpublish
        self.owner_ids = data.owner_ids
        self._fill_metrics()
        if tree is None:
            self.model.set_tree(None)
            self._set_loading(None)
            self._update_badge()
            self.tree_shown.emit()
            self.loaded.emit()
            return
        expanded = self._expanded_ids()
        current = (self.current_node(), self.view.currentIndex().column())
        shown_before = self.model.tree.plan.id if self.model.tree is not None else None
        self.model.owners = data.owners
        self.model.growth, self.model.ramp = data.growth, data.ramp
        shown_cut = self.model.tree.cut if self.model.tree is not None else None
        self.model.set_tree(tree, self.metric_key, bool(self.values_combo.currentData()))
        self._update_badge()
        self._restore_header()
        if self._first_load or shown_before != tree.plan.id or shown_cut != tree.cut:
            # a plan (or a cut) shown for the first time
            self.view.expandToDepth(1)
            self._first_load = False
        else:
            for nid in expanded:
                self.view.expand(self.model.index_of(nid))
        self._select_after_load(current)
        self.panel.set_plan(self.plan, self.person_id)
        self._update_actions()
        self._set_loading(self.tr("Counting the actuals…"))
        self.tree_shown.emit()
        store = self.store
        self._actuals.start(lambda: read_actuals(store, tree))

    def _actuals_loaded(self, result: tuple[TargetTree, dict[tuple[str, str, str], int]]) -> None:
        tree, actuals = result
        if tree is not self.model.tree or self._load.is_loading():
            return  # a newer tree is shown or on its way: its own actuals follow
        self.model.set_actuals(actuals)
        self._set_loading(None)
        self.loaded.emit()

    def _fill_plans(self, data: TargetsData) -> None:
        self.plan_combo.blockSignals(True)
        self.plan_combo.clear()
        for p in data.plans:
            self.plan_combo.addItem(p.name if str(p.year) in p.name else f"{p.year} · {p.name}",
                                    p.id)
        shown = data.tree.plan.id if data.tree is not None else None
        self.plan_combo.setCurrentIndex(self.plan_combo.findData(shown) if shown else -1)
        self.plan_combo.blockSignals(False)
        self._wanted = shown

    def _fill_metrics(self) -> None:
        wanted = self.metric_combo.currentData() or self.settings().value(_KEY + "metric",
                                                                          "signed_amount")
        self.metric_combo.blockSignals(True)
        self.metric_combo.clear()
        for m in self.plan.metrics if self.plan else ():
            self.metric_combo.addItem(F.label(F.METRIC_LABELS, m), m)
        found = self.metric_combo.findData(wanted)
        self.metric_combo.setCurrentIndex(max(found, 0))
        self.metric_combo.blockSignals(False)

    def _restore_header(self) -> None:
        self._shown_layout = self._header_key()
        state = self.settings().value(self._shown_layout)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.view.header().restoreState(state)
        else:
            self.view.header().resizeSection(0, 220)
            self.view.header().resizeSection(1, 150)
            for c in range(2, self.model.columnCount()):
                self.view.header().resizeSection(c, 104)

    def _select_after_load(self, current: tuple[str | None, int]) -> None:
        focus, self._focus = self._focus, None
        target = focus if focus and self.model.index_of(focus).isValid() else current[0]
        if target:
            index = self.model.index_of(target, current[1] if target == current[0] else 0)
            parent = index.parent()
            while parent.isValid():  # an added or moved node is shown, not hidden in a branch
                self.view.expand(parent)
                parent = parent.parent()
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def _set_loading(self, text: str | None) -> None:
        """Say what is on its way (None: nothing)."""
        if text:
            self.loading_note.setText(text)
        self.loading_action.setVisible(bool(text))

    def _failed(self, exc: BaseException, tb: str) -> None:
        self._set_loading(None)
        self.report_error(self.tr("The targets could not be loaded: %1").replace(
            "%1", error_text(exc)))
        self.loaded.emit()

    def _expanded_ids(self) -> list[str]:
        out: list[str] = []
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            for r in range(self.model.rowCount(parent)):
                idx = self.model.index(r, 0, parent)
                if self.view.isExpanded(idx):
                    nid = self.model.node_id(idx)
                    if nid:
                        out.append(nid)
                    stack.append(idx)
        return out

    def _update_badge(self) -> None:
        plan = self.plan
        if plan is None:
            self.status_badge.setText(self.tr("No plan yet: create one from the org tree"))
            self.status_badge.setStyleSheet("")
        else:
            published = plan.status == "published"
            self.status_badge.setText(
                f" {F.label(F.STATUS_LABELS, plan.status)} · v{plan.version} ")
            colour = "#2e7d32" if published else "#757575"
            self.status_badge.setStyleSheet("QLabel { border-radius: 4px; padding: 2px 6px; "
                                            f"color: white; background: {colour}; }}")
        A.update_lifecycle(self)
        self.model.locked_reason = self.locked_text() if self.values_locked else ""
        texts = [self.locked_text(banner=True)] if self.values_locked else []
        tree = self.model.tree
        if tree is not None and tree.cut is not None and len(tree.nodes) <= 1:
            texts.append(self.tr("This cut has no members yet. “Add member…” adds one (a product "
                                 "line, a channel or a customer tier) under the company total; "
                                 "the members' targets must add up to it."))
        self.notice.setText("\n".join(texts))
        self.notice.setVisible(bool(texts))

    def locked_text(self, banner: bool = False) -> str:
        """Why a published plan's values cannot be typed, and how to change them."""
        if not banner:
            return self.tr("Published (公示): read-only. Select the cell and use “Request "
                           "adjustment…” to change it.")
        text = self.tr("This plan is published (公示): its targets are read-only. To change a "
                       "value, select it and use “Request adjustment…”; the level above "
                       "approves it.")
        if self.may_unpublish:
            text += " " + self.tr("While nobody has acknowledged it, “Unpublish” turns it back "
                                  "into a draft you can edit.")
        return text

    def _update_actions(self, *_args: Any) -> None:
        A.update_ack(self)

    # --- editing (called by the model and the actions) -----------------------------------------

    def edit_value(self, node_id: str, metric: str, period: str, values: Values | None) -> bool:
        """Push an undoable edit of one cell; False (nothing changed) when it was refused.

        The roll-up changes in memory first, so parents repaint in the same frame; a refusal
        takes it back.
        """
        tree = self.model.tree
        if tree is None:
            return False
        old = tree.rollup.cell(node_id, metric, period).own
        self.model.apply_values(node_id, metric, period, values)
        text = LazyText.translate("TargetCommands", "Edit target of “%1”").arg(
            tree.node(node_id).name)
        cmd = push_op(self.ctx.undo_stack, self.store, self.events, text,
                      call(T.set_values, node_id, metric, period, values, by=self.person_id,
                           shown=(old,)),
                      initiator=self.model)
        if cmd.failed is not None:
            self.model.apply_values(node_id, metric, period, old)
            if isinstance(cmd.failed, ConflictError):
                return self._resolve_value(node_id, metric, period, values, cmd.failed)
            self.show_refusal(error_text(cmd.failed))
            return False
        self.banner.hide()
        return True

    def _resolve_value(self, node_id: str, metric: str, period: str, values: Values | None,
                       error: ConflictError) -> bool:
        """Someone else saved the cell meanwhile: show what is stored now beside the typed
        values and save the typed ones over it only if the user says so.
        """
        theirs = error.conflicts[0].theirs
        self.model.apply_values(node_id, metric, period, theirs)
        tree = self.model.tree
        name = tree.node(node_id).name if tree is not None else node_id
        label = f"{name} · {F.label(F.METRIC_LABELS, metric)} · {F.period_label(period)}"

        def show(_field: str, v: Any) -> str:
            if v is None:
                return "—"
            return " / ".join(F.show_value(metric, n) for n in v.as_tuple())

        mine, _stored = resolve_conflict(self, error, lambda _f: label, show)
        if not mine:
            return False
        self.model.apply_values(node_id, metric, period, values)
        text = LazyText.translate("TargetCommands", "Edit target of “%1”").arg(name)
        cmd = push_op(self.ctx.undo_stack, self.store, self.events, text,
                      call(T.set_values, node_id, metric, period, values, by=self.person_id,
                           shown=(theirs,)),
                      initiator=self.model)
        if cmd.failed is not None:
            self.model.apply_values(node_id, metric, period, theirs)
            if not isinstance(cmd.failed, ConflictError):
                self.show_refusal(error_text(cmd.failed))
            return False
        return True

    def move_node(self, node_id: str, new_parent: str) -> None:
        """Push an undoable re-parent (drag and drop)."""
        tree = self.model.tree
        if tree is not None:
            A.push(self, LazyText.translate("TargetCommands", "Move “%1”").arg(
                tree.node(node_id).name), call(N.move_node, node_id, new_parent))

    def show_item(self, kind: str, item_id: str) -> None:
        """Show an adjustment request (opened from Today): its plan, its node selected and the
        approvals panel open at the request.
        """
        if kind != "adjustment":
            return
        from services.targets.requests import request_place

        place = request_place(self.store, item_id)
        if place is None:
            self.report_error(self.tr("This adjustment request no longer exists."))
            return
        plan_id, node_id, status = place
        self._focus = node_id
        self.panel.show_request(item_id, decided=status != "pending")
        self.panel_action.setChecked(True)
        self.reload(plan_id)

    def new_record(self) -> None:
        """File ▸ New (Ctrl+N) on this page: a new target plan."""
        self.new_plan_action.trigger()

    def new_record_text(self) -> str:
        """What File ▸ New makes here."""
        return self.new_plan_action.text()

    def report_error(self, text: str) -> None:
        """Show a problem above the tree (and in the status bar) until the next success."""
        self.banner.setText(text)
        self.banner.show()
        self.ctx.events.status_message.emit(text, 8000)

    def show_refusal(self, text: str) -> None:
        """Show why a command was refused above the tree (the window reports it too)."""
        self.banner.setText(text)
        self.banner.show()

    # --- refreshing ----------------------------------------------------------------------------

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if changes.everything:
            self.reload()
            return
        if changes.touches(*TARGET_KINDS):
            self._targets_changed(changes, initiator)
        elif changes.touches(*ACTUAL_KINDS):
            self._mark_dirty()

    def _targets_changed(self, changes: Changes, initiator: object) -> None:
        self.banner.hide()
        values_only = set(changes.kinds) <= _VALUE_KINDS
        if values_only and initiator is self.model:  # the page's own cell edit: shown already
            if self._load.is_loading():  # the tree on its way was read before the edit
                self.reload()
            return
        value_ids = changes.ids("target_values")
        if values_only and initiator is not self and value_ids is not None \
                and len(value_ids) == 1:  # one cell (an undo, another page): patch the roll-up
            for cell in T.cells_of(self.store, value_ids):
                self.model.apply_values(cell.node_id, cell.metric, cell.period, cell.values)
            if self._load.is_loading():
                self.reload()
            return
        nodes = changes.of("target_nodes")
        touched = nodes.created | nodes.updated
        if len(touched) == 1:  # an added, moved or renamed node is shown and selected
            self._focus = next(iter(touched))
        if changes.touches("target_plans"):
            created = changes.of("target_plans").created
            if len(created) == 1:
                self.reload(next(iter(created)))
                return
        self._mark_dirty()

    def _mark_dirty(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._dirty = True
