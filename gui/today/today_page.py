"""Today: reminders from every feature, grouped by kind, opened with a double-click or Enter.

Nothing is read while the page is built: reminders load on the worker once the page is first
shown, and again (debounced, on the worker) when ``events.changed`` says that records reminders
are made of changed — customers, follow-ups, deals, plan checkpoints and action items, the
stale-customer rules, who uses this computer. A page out of sight only notes it and reloads when
shown (also when the person "I am" changed meanwhile).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from gui.common.context import AppContext
from gui.common.ui_settings import read_bool, ui_settings
from gui.today.reminders_model import RemindersModel
from services.core.changes import Changes
from services.customers.stale import STALE_RULES_KEY
from services.today.reminders import ReminderResult, collect_reminders

ONLY_MINE_KEY = "today/only_mine"
AUTO_EXPAND_MAX = 2000
"""Kinds with more reminders than this start folded (their count shows on the group row):
laying out 19,000 stale customers of the demo firm takes the GUI thread half a second, and
nobody reads such a list top to bottom. Expanding it is one click."""
REMINDER_KINDS = ("customers", "followups", "deals", "stage_history", "plan_checkpoints",
                  "action_items", "action_checkpoints", "target_plans")
"""Kinds of record the reminders are gathered from: a change to any of them reloads."""
REMINDER_SETTINGS = frozenset({STALE_RULES_KEY, "user/person_id"})
"""Settings the reminders depend on: the stale-customer rules and who uses this computer."""


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
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.header().setStretchLastSection(False)
        self.view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # Fit the due column to the rows on screen and 100 more, not to all 36,000.
        self.view.header().setResizeContentsPrecision(100)
        self.view.activated.connect(self.open_index)  # double-click or Enter

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
        layout.addWidget(self.warning)
        layout.addWidget(self.stack, 1)
        self._show_message(self.tr("Loading reminders…"))
        self._update_date_and_mine()

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self._reload_if_visible)
        ctx.events.changed.connect(self._on_changed)

    # --- loading -------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._update_date_and_mine()
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

        def job(progress: Any, is_cancelled: Any) -> tuple[int, date, ReminderResult]:
            return generation, today, collect_reminders(store, today, person)

        # Bound methods, not lambdas: Qt drops them if this page is deleted meanwhile
        # (a language switch or a restore rebuilds the pages while a load may be running).
        handle = self.ctx.tasks.submit(job)
        handle.finished.connect(self._loaded)
        handle.failed.connect(self._failed)

    def _loaded(self, payload: tuple[int, date, ReminderResult]) -> None:
        generation, today, result = payload
        if generation != self._generation:
            return
        self._waiting = False
        self._loaded_once = True
        self.model.set_reminders(result.reminders, today)
        for row in range(self.model.rowCount()):
            group = self.model.index(row, 0)
            if self.model.rowCount(group) <= AUTO_EXPAND_MAX:
                self.view.expand(group)
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
        self.only_mine.setToolTip("" if has_person else self.tr(
            "Choose who you are in Settings → General to see only your reminders."))
        total = self.model.total()
        day = locale.toString(QDate.currentDate(), QLocale.FormatType.LongFormat)
        if self._loaded_once and total:
            count = (self.tr("1 reminder") if total == 1 else
                     self.tr("{count} reminders").format(count=total))
            self.date_label.setText(f"{day} · {count}")
        else:
            self.date_label.setText(day)

    # --- opening -------------------------------------------------------------------------------
    def open_index(self, index: QModelIndex | QPersistentModelIndex) -> None:
        """Ask the main window to show the reminder's item."""
        reminder = self.model.reminder(index)
        if reminder is not None:
            self.ctx.events.open_requested.emit(reminder.item_kind, reminder.item_id)
