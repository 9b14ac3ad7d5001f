"""Today: reminders from every feature, grouped by kind, opened with a double-click or Enter.

Nothing is read while the page is built: reminders load on the worker once the page is first
shown, and again (debounced) when customers, follow-ups or deals change.
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
from services.today.reminders import ReminderResult, collect_reminders

ONLY_MINE_KEY = "today/only_mine"
AUTO_EXPAND_MAX = 2000
"""Kinds with more reminders than this start folded (their count shows on the group row):
laying out 19,000 stale customers of the demo firm takes the GUI thread half a second, and
nobody reads such a list top to bottom. Expanding it is one click."""


class TodayPage(QWidget):
    """The first page: what needs attention today."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self._loaded_once = False
        self._dirty = True
        self._waiting = False  # a load is on the worker
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
        events = ctx.events
        for signal in (events.customers_changed, events.followups_changed, events.deals_changed):
            signal.connect(self._data_changed)
        events.store_replaced.connect(self._data_changed)
        events.settings_changed.connect(self._setting_changed)

    # --- loading -------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
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

    def _data_changed(self, *_args: object) -> None:
        self._dirty = True
        self._debounce.start()

    def _reload_if_visible(self) -> None:
        if self.isVisible():
            self.reload()

    def _setting_changed(self, key: str, _initiator: object) -> None:
        if key == "user/person_id":
            self._update_date_and_mine()
            self._data_changed()

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
