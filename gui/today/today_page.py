"""Today: what is due today and overdue, what comes up, and the backlog — with actions.

The reminders every feature gathers are shown in sections (``RemindersModel``): due today and
overdue open, with their counts in the title line; the backlog of standing conditions (customers
nobody followed up for too long, 停滞 deals) folded and grouped by kind. A reminder is marked
done, snoozed, followed up, won or lost, or opened from the toolbar, its context menu or the
keyboard (:class:`~gui.today.reminder_actions.ReminderActions`; deals:
:class:`~gui.today.deal_actions.TodayDealActions`); each action is one undo step, and the
reminders it dealt with leave the list at once, the selection moving on to the next one.
"Only mine" shows the reminders of the person "I am" — for a manager, their team's deals.

Nothing is read while the page is built: reminders load on the worker once the page is first
shown, and again (debounced, on the worker) when ``events.changed`` says that records reminders
are made of changed — customers, follow-ups, deals and stages, plan checkpoints and action items,
adjustment requests, people and org units, the stale-customer rules, who uses this computer.
A page out of sight only notes it and reloads when shown (also when the person "I am" changed
meanwhile). A reload keeps what was unfolded and which reminder was current.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QDate,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from gui.common.context import AppContext
from gui.common.formatting import count
from gui.common.ui_settings import read_bool, ui_settings
from gui.firstrun.checklist_panel import ChecklistPanel
from gui.today.deal_actions import TodayDealActions
from gui.today.reminder_actions import ReminderActions
from gui.today.reminders_model import Arranged, RemindersModel, arrange, reminder_key
from services.core.changes import Changes
from services.customers.stale import STALE_RULES_KEY
from services.orders.reminders import SETTING_KEY as PAYMENT_REMINDERS_KEY
from services.today.reminders import (
    SECTION_BACKLOG,
    SECTION_OVERDUE,
    SECTION_TODAY,
    Reminder,
    ReminderResult,
    collect_reminders,
)

ONLY_MINE_KEY = "today/only_mine"
AUTO_EXPAND_MAX = 1000
"""Sections with more reminders than this start folded (their count shows on the row):
laying out the 1,757 follow-ups due today of the large demo firm (everyone's) takes the GUI
thread a tenth of a second, 19,000 stale customers half a second, and nobody reads such a list
top to bottom. Expanding it is one click. The backlog starts folded whatever its size."""
REMINDER_KINDS = ("customers", "followups", "deals", "stage_history", "stages", "pipelines",
                  "plan_checkpoints", "action_items", "action_checkpoints", "target_plans",
                  "target_nodes", "target_adjustments", "people", "org_units",
                  "contracts", "payment_instalments", "payments", "payment_allocations")
"""Kinds of record the reminders are gathered from: a change to any of them reloads."""
REMINDER_SETTINGS = frozenset({STALE_RULES_KEY, "user/person_id", PAYMENT_REMINDERS_KEY})
"""Settings the reminders depend on: the stale-customer rules, who uses this computer and how
far ahead payments due are reminded of."""


class TodayPage(QWidget):
    """The first page: what needs attention today."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self._loaded_once = False
        self._dirty = True
        self._waiting = False  # a load is on the worker
        self._loaded_person: str | None = None  # whose reminders the last load asked for
        self._day = date.today()  # the day the shown reminders were gathered for
        self._expanded: dict[str, bool] = {}  # node key → unfolded, as the user left it
        self.followup_editor: QDialog | None = None
        self.model = RemindersModel(self)

        self.title = QLabel(self.tr("Today"), self)
        self.title.setObjectName("pageTitle")
        self.date_label = QLabel(self)
        self.date_label.setObjectName("pageSubtitle")
        self.only_mine = QCheckBox(self.tr("Only mine"), self)
        self.only_mine.setObjectName("onlyMine")
        self.only_mine.setChecked(read_bool(ui_settings(), ONLY_MINE_KEY, False))
        self.only_mine.toggled.connect(self._on_only_mine)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setShortcut("F5")
        self.refresh_button.setToolTip(self.tr("Reload reminders (F5)"))
        self.refresh_button.clicked.connect(self.reload)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.date_label)
        header.addLayout(titles)
        header.addStretch(1)
        header.addWidget(self.only_mine)
        header.addWidget(self.refresh_button)

        self.view = QTreeView(self)
        self.view.setObjectName("remindersView")
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._show_menu)
        head = self.view.header()
        head.setStretchLastSection(False)
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self._fit_columns()
        self.view.activated.connect(self.open_index)  # double-click or Enter

        self.deal_actions = TodayDealActions(self)
        self.actions_ = ReminderActions(self)
        self.view.selectionModel().selectionChanged.connect(
            lambda *_a: self.actions_.update_enabled())
        self.view.selectionModel().currentChanged.connect(
            lambda *_a: self.actions_.update_enabled())
        toolbar = QHBoxLayout()
        toolbar.setSpacing(6)
        self.done_button = self._button(self.actions_.done)
        self.snooze_button = QToolButton(self)
        self.snooze_button.setText(self.tr("Snooze") + " ▾")
        self.snooze_button.setToolTip(self.tr(
            "Move the reminder to a later day: tomorrow (Ctrl+T), in a week (Ctrl+Shift+T) "
            "or a day you pick"))
        self.snooze_button.setMenu(self.actions_.snooze_menu)
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.log_button = self._button(self.actions_.log)
        self.won_button = self._button(self.actions_.won)
        self.lost_button = self._button(self.actions_.lost)
        self.open_button = self._button(self.actions_.open)
        for b in (self.done_button, self.snooze_button, self.log_button, self.won_button,
                  self.lost_button, self.open_button):
            toolbar.addWidget(b)
        toolbar.addStretch(1)
        chain = (self.only_mine, self.refresh_button, self.done_button, self.snooze_button,
                 self.log_button, self.open_button, self.view)
        for before, after in zip(chain, chain[1:], strict=False):  # Tab in reading order
            QWidget.setTabOrder(before, after)
        self.actions_.update_enabled()

        self.message = QLabel(self)
        self.message.setObjectName("emptyState")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.view)
        self.warning = QLabel(self)
        self.warning.setObjectName("warningText")
        self.warning.setWordWrap(True)
        self.warning.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.addLayout(header)
        self.getting_started = ChecklistPanel(ctx, self)  # a new firm's first steps
        layout.addWidget(self.getting_started)
        layout.addWidget(self.warning)
        layout.addLayout(toolbar)
        layout.addWidget(self.stack, 1)
        self._show_message(self.tr("Loading reminders…"))
        self._update_date_and_mine()

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self._reload_if_visible)
        ctx.events.changed.connect(self._on_changed)

    def _fit_columns(self) -> None:
        """Type and due columns as wide as the longest text they can show, measured once from
        the labels. Fitting them to the rows (ResizeToContents) asked the model for 8,000 cells
        on every load and took the GUI thread 100–170 ms for a manager's 1,000 reminders.
        """
        head = self.view.header()
        bold = QFont(self.view.font())
        bold.setBold(True)
        for column in (1, 3):
            texts = [*self.model.column_texts(column),
                     str(self.model.headerData(column, Qt.Orientation.Horizontal))]
            width = max(QFontMetrics(bold).horizontalAdvance(t) for t in texts)
            head.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            head.resizeSection(column, width + 28)  # cell padding and the sort indicator

    def _button(self, action: Any) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def today(self) -> date:
        """The day the reminders were gathered for (what "tomorrow" counts from)."""
        return self._day

    # --- loading -------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._update_date_and_mine()
        self.getting_started.page_shown()
        if self._dirty or self.person_filter() != self._loaded_person:
            QTimer.singleShot(0, self.reload)  # after the window has painted

    def person_filter(self) -> str | None:
        """The person to filter by, or None for everyone."""
        if self.only_mine.isChecked() and self.ctx.current_person_id:
            return self.ctx.current_person_id
        return None

    def reload(self) -> None:
        """Collect reminders on the worker; a newer request supersedes an older one."""
        self._dirty = False
        self._waiting = True
        self._generation += 1
        generation = self._generation
        store, person, today = self.ctx.store, self.person_filter(), date.today()
        self._loaded_person = person
        if not self._loaded_once:
            self._show_message(self.tr("Loading reminders…"))

        def job(progress: Any, is_cancelled: Any
                ) -> tuple[int, date, ReminderResult, Arranged]:
            result = collect_reminders(store, today, person)
            return generation, today, result, arrange(result.reminders, today)

        # Bound methods, not lambdas: Qt drops them if this page is deleted meanwhile
        # (a language switch or a restore rebuilds the pages while a load may be running).
        handle = self.ctx.tasks.submit(job)
        handle.finished.connect(self._loaded)
        handle.failed.connect(self._failed)

    def _loaded(self, payload: tuple[int, date, ReminderResult, Arranged]) -> None:
        generation, today, result, arranged = payload
        if generation != self._generation:
            return
        self._waiting = False
        first = not self._loaded_once
        self._loaded_once = True
        current, place = self._remember_view()
        self._day = today
        self.model.set_arranged(arranged)
        if self.model.total():
            self.stack.setCurrentWidget(self.view)  # laid out before rows are scrolled to
        self._restore_view(current, place, first)
        if result.failed:
            self.warning.setText(self.tr("Some reminders could not be loaded ({names}).").format(
                names=", ".join(result.failed)))
            self.warning.show()
        else:
            self.warning.hide()
        if self.model.total() == 0:
            if self.person_filter():
                text = self.tr("All clear — nothing of yours needs attention today.")
            else:
                text = self.tr("All clear — nothing needs attention today.")
            self._show_message(text)
        else:
            self.stack.setCurrentWidget(self.view)
        self._update_date_and_mine()
        self.actions_.update_enabled()

    def _remember_view(self) -> tuple[tuple[str, str, str, str] | None, tuple[str, int] | None]:
        """Fold state of every section and group, the current reminder and where it sits."""
        for key, index in self.model.node_keys():
            self._expanded[key] = self.view.isExpanded(index)
        index = self.view.currentIndex()
        reminder = self.model.reminder(index)
        if reminder is None:
            return None, None
        parent_key = self.model.node_key(index.parent())
        return reminder_key(reminder), (parent_key, index.row()) if parent_key else None

    def _restore_view(self, current: tuple[str, str, str, str] | None,
                      place: tuple[str, int] | None, first: bool) -> None:
        for key, index in self.model.node_keys():
            if key in self._expanded:
                unfold = self._expanded[key]
            else:  # first seen: today, overdue and coming up open unless huge; backlog folded
                unfold = (not key.startswith(SECTION_BACKLOG)
                          and self.model.rowCount(index) <= AUTO_EXPAND_MAX)
            if unfold:
                self.view.expand(index)
        target = self.model.find(current) if current else QModelIndex()
        if not target.isValid() and place is not None:
            target = self._row_near(*place)
        if not target.isValid() and first:
            target = self._first_reminder()
        if target.isValid():
            self._select(target)
        if first:
            self.view.scrollToTop()  # the first section's title in sight

    def _row_near(self, parent_key: str, row: int) -> QModelIndex:
        """The reminder now at ``row`` (or the last one) of the section or group ``parent_key``."""
        for key, index in self.model.node_keys():
            if key == parent_key and self.view.isExpanded(index):
                n = self.model.rowCount(index)
                return self.model.index(min(row, n - 1), 0, index) if n else QModelIndex()
        return QModelIndex()

    def _first_reminder(self) -> QModelIndex:
        for _key, index in self.model.node_keys():
            if self.view.isExpanded(index) and self.model.rowCount(index):
                first = self.model.index(0, 0, index)
                if self.model.reminder(first) is not None:
                    return first
        return QModelIndex()

    def _select(self, index: QModelIndex) -> None:
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)

    def default_focus(self) -> QWidget:
        """Where the keyboard goes when the page is opened: the reminders."""
        return self.view

    def is_loading(self) -> bool:
        """Whether reminders are being read (or are due to be, the page being shown)."""
        return self._waiting or (self._dirty and self.isVisible())

    def _failed(self, exc: BaseException, _traceback: str) -> None:
        self._waiting = False
        self._show_message(self.tr("Reminders could not be loaded: {error}").format(error=exc))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        """Reload (debounced, on the worker) when records reminders come from changed."""
        settings = changes.ids("app_settings")
        if changes.touches(*REMINDER_KINDS) or (changes.touches("app_settings") and (
                settings is None or settings & REMINDER_SETTINGS)):
            self._update_date_and_mine()  # "only mine" needs someone chosen
            self._data_changed()

    def _data_changed(self) -> None:
        self._dirty = True
        self._debounce.start()

    def _reload_if_visible(self) -> None:
        if self.isVisible():
            self.reload()

    def _on_only_mine(self, checked: bool) -> None:
        ui_settings().setValue(ONLY_MINE_KEY, checked)
        self.reload()

    def _update_date_and_mine(self) -> None:
        locale = QLocale()
        has_person = bool(self.ctx.current_person_id)
        self.only_mine.setEnabled(has_person)
        self.only_mine.setToolTip(self.tr(
            "Your reminders only; a manager also sees the team's deals") if has_person
            else self.tr("Choose who you are in Settings → General to see only your reminders."))
        day = locale.toString(QDate.currentDate(), QLocale.FormatType.LongFormat)
        if self._loaded_once and self.model.total():
            parts = [day, self.tr("%1 due today").replace(
                "%1", count(self.model.section_count(SECTION_TODAY))),
                self.tr("%1 overdue").replace(
                    "%1", count(self.model.section_count(SECTION_OVERDUE)))]
            backlog = self.model.section_count(SECTION_BACKLOG)
            if backlog:
                parts.append(self.tr("%1 in the backlog").replace("%1", count(backlog)))
            self.date_label.setText(" · ".join(parts))
        else:
            self.date_label.setText(day)

    # --- selection and actions -----------------------------------------------------------------
    def selected_reminders(self) -> list[Reminder]:
        """The selected reminders in view order (section and group rows left out); the current
        one when nothing is selected.
        """
        rows = self.view.selectionModel().selectedRows(0)
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex()]
        found = [r for i in rows if (r := self.model.reminder(i)) is not None]
        return list(dict.fromkeys(found))

    def reminders_handled(self, items: Sequence[Reminder]) -> None:
        """The reminders an action dealt with leave the list now; the next one becomes current
        (the reload the change triggers then brings the counts up to date).
        """
        current = self.view.currentIndex()
        parent_key = self.model.node_key(current.parent()) if current.isValid() else None
        row = current.row()
        self.model.remove_reminders(set(items))
        self.view.selectionModel().clearSelection()
        if parent_key is not None:
            target = self._row_near(parent_key, row)
            if target.isValid():
                self._select(target)
        self._update_date_and_mine()
        self.actions_.update_enabled()

    def _show_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if self.model.reminder(index) is None:
            return
        if not self.view.selectionModel().isSelected(index):
            self._select(index)
        self.actions_.update_enabled()
        menu = self.actions_.context_menu()
        menu.exec(self.view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def open_index(self, index: QModelIndex | QPersistentModelIndex) -> None:
        """Show the reminder's item: a deal in the deal detail window over Today, anything
        else on its page (the main window routes ``open_requested``).
        """
        reminder = self.model.reminder(index)
        if reminder is None:
            return
        if reminder.item_kind == "deal":
            self.deal_actions.open_detail(reminder.item_id)
        elif reminder.item_kind == "quote":  # a quote approval: decide it here
            from gui.orders.quote_approval_dialog import decide

            decide(self.ctx, self, reminder.item_id)
        else:
            self.ctx.events.open_requested.emit(reminder.item_kind, reminder.item_id)
