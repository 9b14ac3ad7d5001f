"""The Pipeline page (销售漏斗): board / list / forecast of one pipeline's deals, with filters.

One snapshot (``services.pipeline.board.load_board_snapshot``: open deals, the newest closed
ones and the won/lost column figures over every deal closed in the window) feeds every view.
Moves, date drops, edits and quick-creates are undo commands on ``ctx.undo_stack``
(:class:`~gui.common.undo.OpCommand`). The page refreshes from ``ctx.events.changed`` alone,
whoever made the change (itself, another page, Edit ▸ Undo): the deals a change names are
re-read as cards (``services.pipeline.board.load_cards``) and patched into the snapshot, so
only the columns they leave or enter repaint; a change it cannot pin down reloads the board.
The page never works out a move's effect (won/lost, probability) itself.

The snapshot is read on the task worker (300,000 deals in the file: too slow for a frame);
``loaded`` fires once it is on screen, and the summary says "Loading…" until then.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QByteArray, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.common.context import AppContext
from gui.common.messages import Messages
from gui.common.page_load import PageLoad
from gui.common.ui_settings import ui_settings
from gui.pipeline.board_view import BoardView
from gui.pipeline.deal_actions import DealActions
from gui.pipeline.deal_list_view import DealListView
from gui.pipeline.forecast_view import ForecastView
from gui.pipeline.pipeline_filter_bar import PipelineFilterBar
from gui.pipeline.snapshot import keep_closed_limit, patched_totals
from services.core.changes import Changes
from services.pipeline.board import BoardSnapshot
from services.pipeline.deals import ColumnTotals, DealCard, PipelineInfo, StageInfo

SETTINGS = "pipeline"
VIEWS = ("board", "list", "forecast")


class PipelinePage(QWidget):
    """Sidebar page "Pipeline"; ``show_item("deal", id)`` selects a card and opens its detail."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pipelines: list[PipelineInfo] = []
        self.pipeline: PipelineInfo | None = None
        self.cards: list[DealCard] = []
        # the open columns' figures as read with ``cards`` (until a patch changes them)
        self._read_totals: dict[str, ColumnTotals] = {}
        self.closed_totals: dict[str, ColumnTotals] = {}  # won/lost stage id → header figures
        self.folded: set[str] = set()  # explicit user choices; else the stage's own default
        self.unfolded: set[str] = set()
        self.today = date.today()
        self._dirty: set[str] = set()
        self._position: dict[str, int] = {}  # deal id → index in ``cards``
        self.closed_limit: int | None = None  # won/lost columns show this many cards at most
        self._closed_spare: dict[str, list[DealCard]] = {}  # closed cards pushed out of sight
        self._restoring = False
        self.deal_actions = DealActions(self)
        self._load = PageLoad(ctx.tasks, self)
        self._load.loaded.connect(self._snapshot_loaded)
        self._load.failed.connect(self._snapshot_failed)
        self._show_after: str | None = None
        self._me: str | None = None  # the person "My deals" was last set up for
        self._pipelines_pending = True  # read in the first turn of the event loop
        self._build_ui()
        self._connect()
        self._restore_state()
        # The pipelines, the board's columns and the snapshot come in the next turn of the
        # event loop: building seven stage columns is a frame's work of its own, and the page
        # is on screen (and the GUI responsive) in between. is_loading() covers the wait.
        QTimer.singleShot(0, self, self._first_load)

    # -- construction ---------------------------------------------------------------------
    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        self.pipeline_combo = QComboBox()
        self.pipeline_combo.setToolTip(self.tr("Pipeline"))
        top.addWidget(self.pipeline_combo)
        self.view_group = QButtonGroup(self)
        names = (self.tr("Board"), self.tr("List"), self.tr("Forecast"))
        for i, name in enumerate(names):
            button = QToolButton()
            button.setText(name)
            button.setCheckable(True)
            button.setToolTip(f"{name} (Ctrl+Shift+{i + 1})")
            self.view_group.addButton(button, i)
            top.addWidget(button)
            shortcut = QShortcut(QKeySequence(f"Ctrl+Shift+{i + 1}"), self)
            shortcut.activated.connect(lambda i=i: self._view_by_key(VIEWS[i]))
        self.fold_button = QToolButton()
        self.fold_button.setText(self.tr("Fold won/lost"))
        self.fold_button.setCheckable(True)
        self.fold_button.setToolTip(self.tr("Fold or unfold the won and lost columns"))
        top.addWidget(self.fold_button)
        top.addStretch(1)
        self.summary = QLabel()
        top.addWidget(self.summary)
        layout.addLayout(top)
        self.filter_bar = PipelineFilterBar()
        layout.addWidget(self.filter_bar)
        self.empty = QLabel(self.tr("No pipeline yet. Set one up under Settings → Pipeline."))
        self.empty.hide()
        layout.addWidget(self.empty)
        self.list_note = QLabel()
        self.list_note.setObjectName("listNote")
        self.list_note.hide()
        layout.addWidget(self.list_note)
        self.stack = QStackedWidget()
        self.board = BoardView(self.deal_actions.find_customers)
        self.list_view = DealListView()
        self.forecast = ForecastView(self.board.delegate)
        for w in (self.board, self.list_view, self.forecast):
            self.stack.addWidget(w)
        layout.addWidget(self.stack, 1)

    def _connect(self) -> None:
        self.pipeline_combo.currentIndexChanged.connect(self._pipeline_chosen)
        self.view_group.idClicked.connect(lambda i: self.set_view(VIEWS[i]))
        self.fold_button.toggled.connect(self._fold_closed)
        self.filter_bar.changed.connect(self._filters_changed)
        a = self.deal_actions
        self.board.drop_requested.connect(lambda ids, st: a.request_move(ids, st, deferred=True))
        self.board.move_requested.connect(a.keyboard_move)
        self.board.open_requested.connect(a.open_detail)
        self.board.create_submitted.connect(a.quick_create)
        self.board.fold_toggled.connect(self.set_folded)
        self.board.folds_shown.connect(self._sync_fold_button)
        self.list_view.open_requested.connect(a.open_detail)
        self.forecast.open_requested.connect(a.open_detail)
        self.forecast.date_drop_requested.connect(a.set_close_date)
        self.ctx.events.changed.connect(self._on_changed)

    # -- state -----------------------------------------------------------------------------
    def _restore_state(self) -> None:
        self._restoring = True
        s = ui_settings()
        self.folded = _id_set(s.value(f"{SETTINGS}/folded", []))
        self.unfolded = _id_set(s.value(f"{SETTINGS}/unfolded", []))
        self._wanted_pipeline = str(s.value(f"{SETTINGS}/pipeline", "") or "")
        view = str(s.value(f"{SETTINGS}/view", "board") or "board")
        self.set_view(view if view in VIEWS else "board")
        self.reload_choices()
        self.filter_bar.restore_state(s, f"{SETTINGS}/filters")
        header = s.value(f"{SETTINGS}/list_header")
        if isinstance(header, QByteArray):
            self.list_view.horizontalHeader().restoreState(header)
        self._restoring = False

    def save_state(self) -> None:
        """Remember view, pipeline, folded columns, filters and list columns."""
        if self._restoring:
            return
        s = ui_settings()
        s.setValue(f"{SETTINGS}/view", self.current_view())
        s.setValue(f"{SETTINGS}/pipeline", self.pipeline.id if self.pipeline else "")
        s.setValue(f"{SETTINGS}/folded", sorted(self.folded))
        s.setValue(f"{SETTINGS}/unfolded", sorted(self.unfolded))
        s.setValue(f"{SETTINGS}/list_header", self.list_view.horizontalHeader().saveState())
        self.filter_bar.save_state(s, f"{SETTINGS}/filters")

    def hideEvent(self, event: Any) -> None:
        self.save_state()
        super().hideEvent(event)

    def showEvent(self, event: Any) -> None:
        # "Who am I" is chosen under Settings: pick it up when the page comes back.
        if self.ctx.current_person_id != self._me:
            self._update_me()
            if self.filter_bar.mine.isChecked():
                self.reload()
        super().showEvent(event)

    # -- loading ---------------------------------------------------------------------------
    def _update_me(self) -> None:
        me = self._me = self.ctx.current_person_id
        self.filter_bar.mine.setEnabled(bool(me))
        self.filter_bar.mine.setToolTip(
            self.tr("Only the deals you own") if me
            else self.tr("Choose who you are under Settings to use “My deals”"))

    def reload_choices(self) -> None:
        """Refill the owner, team and product filters."""
        self._update_me()
        from services.org.people import list_people
        from services.pipeline.deals import list_products
        from services.pipeline.pickers import list_units

        store = self.ctx.store
        self.filter_bar.set_choices([(p.id, p.name) for p in list_people(store)],
                                    [(u.id, u.name, u.depth) for u in list_units(store)],
                                    [(p.id, p.name) for p in list_products(store)])

    def _first_load(self) -> None:
        if self._pipelines_pending:
            self.reload_pipelines()

    def reload_pipelines(self) -> None:
        """Re-read pipelines and stages, then the board."""
        from services.pipeline.deals import list_pipelines

        self._pipelines_pending = False
        current = self.pipeline.id if self.pipeline else self._wanted_pipeline
        self.pipelines = list_pipelines(self.ctx.store)
        self.pipeline_combo.blockSignals(True)
        self.pipeline_combo.clear()
        for p in self.pipelines:
            self.pipeline_combo.addItem(p.name, p.id)
        index = max(self.pipeline_combo.findData(current), 0) if current else 0
        self.pipeline_combo.setCurrentIndex(index if self.pipelines else -1)
        self.pipeline_combo.blockSignals(False)
        self._pipeline_chosen(self.pipeline_combo.currentIndex())

    def _pipeline_chosen(self, index: int) -> None:
        self.pipeline = self.pipelines[index] if 0 <= index < len(self.pipelines) else None
        self.empty.setVisible(self.pipeline is None)
        self.stack.setVisible(self.pipeline is not None)
        stages = list(self.pipeline.stages) if self.pipeline else []
        self.board.set_stages(stages, self.folded_ids())
        # Won/lost columns nobody unfolded by hand fold by themselves when the board is narrow.
        self.board.set_auto_fold({s.id for s in stages if not s.is_open
                                  and s.id not in self.unfolded})
        self.list_view.model().set_stage_names({s.id: s.name for s in stages})
        self._sync_fold_button()
        self.reload()

    @property
    def stages(self) -> list[StageInfo]:
        """The current pipeline's stages in board order."""
        return list(self.pipeline.stages) if self.pipeline else []

    def reload(self) -> None:
        """Read a fresh snapshot on the worker; every view shows it when it arrives."""
        from services.pipeline.board import CLOSED_CARDS_SHOWN, load_board_snapshot

        self.today = date.today()
        if self._pipelines_pending:
            return  # the first load, queued in the constructor, reads everything
        if self.pipeline is None:
            self._load.start(lambda: None)  # supersedes a load still on its way
            return
        store, pipeline_id, today = self.ctx.store, self.pipeline.id, self.today
        filters = self.filter_bar.filters(today, self.ctx.current_person_id)
        self.summary.setText(self.tr("Loading…"))
        self._load.start(lambda: load_board_snapshot(store, pipeline_id, today, filters,
                                                     closed_limit=CLOSED_CARDS_SHOWN))

    def reload_now(self) -> None:
        """:meth:`reload` on the GUI thread (the pipeline-board benchmark times exactly this)."""
        from services.pipeline.board import CLOSED_CARDS_SHOWN, load_board_snapshot

        self.today = date.today()
        snapshot = None if self.pipeline is None else load_board_snapshot(
            self.ctx.store, self.pipeline.id, self.today,
            self.filter_bar.filters(self.today, self.ctx.current_person_id),
            closed_limit=CLOSED_CARDS_SHOWN)
        self._snapshot_loaded(snapshot)

    def is_loading(self) -> bool:
        """Whether the pipelines or a snapshot are still being read."""
        return self._pipelines_pending or self._load.is_loading()

    def _snapshot_loaded(self, snapshot: BoardSnapshot | None) -> None:
        self._closed_spare = {}
        if snapshot is None:
            self.cards, self.closed_totals, self.closed_limit = [], {}, None
            self._read_totals = {}
        else:
            self.cards, self.closed_totals = list(snapshot.cards), dict(snapshot.closed_totals)
            self._read_totals = dict(snapshot.open_totals)
            self.closed_limit = snapshot.closed_limit
        self.show_snapshot()
        area = self.stack.currentWidget()
        if isinstance(area, BoardView | ForecastView) and area.hasFocus():
            target = area.focus_target()  # the board had the focus while its cards loaded
            if target is not None:
                target.setFocus()
        self.loaded.emit()
        if self._show_after is not None:
            deal_id, self._show_after = self._show_after, None
            self.show_item("deal", deal_id)

    def _snapshot_failed(self, exc: BaseException, details: str) -> None:
        self.summary.setText("")
        Messages.show_error(self, self.tr("Pipeline"), self.tr(
            "The deals could not be loaded: %1").replace("%1", str(exc)), details)

    def card(self, deal_id: str) -> DealCard | None:
        """The snapshot's card of a deal, if the board shows it."""
        pos = self._position.get(deal_id)
        return self.cards[pos] if pos is not None else None

    def show_snapshot(self) -> None:
        """Push the snapshot to the visible view now and mark the hidden ones stale."""
        self._position = {c.id: i for i, c in enumerate(self.cards)}
        self._dirty = set(VIEWS)
        self._refresh_view(self.current_view())
        self._update_summary()

    def patch_deals(self, deal_ids: set[str], lines_unchanged: bool = False) -> None:
        """Re-read these deals as this board shows them and patch them in (``lines_unchanged``:
        the change touched no deal lines, so the cards' product names are kept).
        """
        from services.pipeline.board import load_cards

        if self.pipeline is None:
            return
        if self.is_loading():  # a snapshot read before this change is on its way: read again
            self.reload()
            return
        filters = self.filter_bar.filters(self.today, self.ctx.current_person_id)
        known = None
        if lines_unchanged:
            known = {c.id: c.products for i in deal_ids if (c := self.card(i)) is not None}
        self.patch_snapshot(deal_ids, load_cards(self.ctx.store, self.pipeline.id, deal_ids,
                                                 self.today, filters, stages=self.stages,
                                                 known_products=known))

    def patch_snapshot(self, deal_ids: set[str], current: list[DealCard]) -> None:
        """Swap the cards of ``deal_ids`` for ``current`` (their new versions; a deal left out
        of it has left the board) and refresh only what they touch: the board columns they
        leave or enter now, the other views when next shown.
        """
        if self.is_loading():
            self.reload()
            return
        previous = [self.cards[p] for i in deal_ids if (p := self._position.get(i)) is not None]
        self._read_totals = {}  # the cards change: the columns add themselves up again
        for aside in self._closed_spare.values():  # their fresh versions are in ``current``
            aside[:] = [c for c in aside if c.id not in deal_ids]
        touched = {c.stage_id for c in previous} | {c.stage_id for c in current}
        closed = [s.id for s in self.stages if not s.is_open and s.id in touched]
        if len(previous) == len(current) and all(c.id in self._position for c in current):
            for card in current:
                self.cards[self._position[card.id]] = card
            cards, hidden, shown = keep_closed_limit(self.cards, closed, self.closed_limit,
                                                     self._closed_spare)
        else:  # cards arrive or leave
            cards, hidden, shown = keep_closed_limit(
                [c for c in self.cards if c.id not in deal_ids] + current, closed,
                self.closed_limit, self._closed_spare)
        if cards is not self.cards:  # keep the snapshot in board order
            order = {s.id: s.sort_order for s in self.stages}
            self.cards = sorted(cards, key=lambda c: (order.get(c.stage_id, 0),
                                                      c.expected_close or date.max, c.name))
            self._position = {c.id: i for i, c in enumerate(self.cards)}
        self.closed_totals = patched_totals(self.closed_totals, previous, current)
        self._dirty = set(VIEWS)
        if self.current_view() == "board":
            self._dirty.discard("board")
            self.board.update_cards(previous, current)
            self.board.swap_out_of_sight(hidden, shown)
        else:
            self._refresh_view(self.current_view())
        self._update_summary()

    def _update_summary(self) -> None:
        open_ids = {s.id for s in self.stages if s.is_open}
        n = (self.board.open_count() if "board" not in self._dirty
             else sum(1 for c in self.cards if c.stage_id in open_ids))
        self.summary.setText(self.tr("%Ln open deal(s)", "", n))
        self._update_list_note()

    def _update_list_note(self) -> None:
        """In the list: say so when won/lost deals are only the newest of each stage."""
        if self.current_view() != "list":  # counted when the list is shown, not on every move
            self.list_note.hide()
            return
        from services.pipeline.board import closed_counts

        shown, total = closed_counts(self.cards, self.closed_totals)
        self.list_note.setText(
            self.tr("Won and lost: the newest %1 of %2 deals closed in the last 30 days are "
                    "listed").replace("%1", f"{shown:,}").replace("%2", f"{total:,}"))
        self.list_note.setVisible(shown < total)

    def _refresh_view(self, view: str) -> None:
        if view not in self._dirty:
            return
        self._dirty.discard(view)
        if view == "board":
            self.board.set_cards(self.cards, {**self._read_totals, **self.closed_totals})
        elif view == "list":
            self.list_view.model().set_cards(self.cards)
        else:
            from services.pipeline.settings import get_forecast_bands

            self.forecast.bands = get_forecast_bands(self.ctx.store)
            self.forecast.set_cards(self.cards, {s.id for s in self.stages if s.is_open},
                                    self.today)

    # -- views, folding, filters --------------------------------------------------------------
    def current_view(self) -> str:
        """"board", "list" or "forecast"."""
        return VIEWS[self.stack.currentIndex()]

    def default_focus(self) -> QWidget:
        """Where the keyboard goes when the page is opened: the cards (the deal list in the
        List view); the board itself while its cards load (it passes the focus on).
        """
        area = self.stack.currentWidget()
        if not isinstance(area, BoardView | ForecastView):
            return self.list_view
        target = area.focus_target()
        return target if target is not None else area

    def _view_by_key(self, view: str) -> None:
        """Ctrl+Shift+1/2/3: switch the view and put the keyboard in it."""
        self.set_view(view)
        self.default_focus().setFocus()

    def set_view(self, view: str) -> None:
        """Switch between board, list and forecast."""
        i = VIEWS.index(view)
        self.stack.setCurrentIndex(i)
        self.view_group.button(i).setChecked(True)
        self._refresh_view(view)
        self._update_list_note()
        self.save_state()

    def folded_ids(self) -> set[str]:
        """Stage ids shown folded: the user's choice, else the stage's configured default."""
        return {s.id for s in self.stages
                if s.id in self.folded or (s.folded and s.id not in self.unfolded)}

    def set_folded(self, stage_id: str, folded: bool) -> None:
        """Fold or unfold one column and remember it."""
        (self.folded.add if folded else self.folded.discard)(stage_id)
        (self.unfolded.discard if folded else self.unfolded.add)(stage_id)
        self.board.set_folded(stage_id, folded)
        self._sync_fold_button()
        self.save_state()

    def _sync_fold_button(self) -> None:
        """"Fold won/lost" is checked while every won/lost column shows folded."""
        closed = [s.id for s in self.stages if not s.is_open]
        self.fold_button.blockSignals(True)
        self.fold_button.setChecked(bool(closed) and all(self.board.shows_folded(c)
                                                         for c in closed))
        self.fold_button.blockSignals(False)

    def _fold_closed(self, folded: bool) -> None:
        for s in self.stages:
            if not s.is_open:
                self.set_folded(s.id, folded)

    def _filters_changed(self) -> None:
        self.reload()
        self.save_state()

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        """Refresh from what a change says (the page's own changes included: it never shows a
        result before the service made it).
        """
        if changes.everything or changes.touches("pipelines", "stages"):
            if changes.everything:
                self.reload_choices()
            self.reload_pipelines()
            return
        if changes.touches("people", "org_units", "products"):
            self.reload_choices()
        keys = changes.ids("app_settings")
        if keys is None or any(k == "user/person_id" or k.startswith("pipeline") for k in keys):
            self._update_me()
            self.reload()
            return
        if changes.touches("followups", "people", "org_units", "products"):
            self.reload()  # rotting flags, owner and product names, team filters
            return
        ids: set[str] = set()
        if changes.touches("deals", "deal_lines"):
            deals = changes.ids("deals")
            if deals is None or (changes.touches("deal_lines") and not deals):
                self.reload()
                return
            ids |= deals
        if changes.touches("customers"):
            customers = changes.ids("customers")
            f = self.filter_bar.filters(self.today, self.ctx.current_person_id)
            if customers is None or (customers and (f.customer_tiers or f.text.strip())):
                self.reload()  # the customers may now match the filters, or stop matching
                return
            ids |= {c.id for c in self.cards if c.customer_id in customers}
        if ids:
            self.patch_deals(ids, lines_unchanged=not changes.touches("deal_lines"))

    # -- navigation ------------------------------------------------------------------------
    def new_record(self) -> None:
        """File ▸ New (Ctrl+N) on this page: a new deal, typed on the quick-create card of
        the first open stage.
        """
        if self.pipeline is None:
            return
        if self.current_view() != "board":
            self.set_view("board")
        self.board.start_create()

    def new_record_text(self) -> str:
        """What File ▸ New makes here."""
        return self.tr("New deal…")

    def show_item(self, kind: str, item_id: str) -> None:
        """Select a deal's card (switching pipeline if needed) and open its detail."""
        if kind != "deal":
            return
        if self.is_loading():
            self._show_after = item_id
            return
        if not any(c.id == item_id for c in self.cards):
            from services.core.errors import SailplanError
            from services.pipeline.details import read_deal_detail

            try:
                detail = read_deal_detail(self.ctx.store, item_id)
            except SailplanError as exc:
                Messages.show_error(self, self.tr("Deal not found"), str(exc))
                return
            i = self.pipeline_combo.findData(detail.pipeline_id)
            if i >= 0 and i != self.pipeline_combo.currentIndex():
                self._show_after = item_id
                self.pipeline_combo.setCurrentIndex(i)  # reads that pipeline's board
                return
        if self.current_view() == "board":
            self.board.select_deal(item_id)
        elif self.current_view() == "forecast":
            self.forecast.select_deal(item_id)
        else:
            self.list_view.select_deal(item_id)
        self.deal_actions.open_detail(item_id)


def _id_set(value: Any) -> set[str]:
    """A set of ids from QSettings (INI files return a one-element list as plain text)."""
    if not value:
        return set()
    if isinstance(value, str):
        value = [value]
    return {str(x) for x in value if x}
