"""Settings → Backups: the list of backups, the space they take, back up now, restore one.

The list is a directory listing (cheap): it is read when the section is shown, after a backup it
started, and when ``events.changed`` says the whole database changed (a restore or a switch).
The space automatic backups may take (their budget) is a per-computer preference
(``gui.shell.backup_ops.backup_budget``); applying a smaller one removes the oldest automatic
backups that no longer fit, after asking.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from gui.common.context import AppContext
from gui.common.messages import Messages
from gui.settings.backups_model import BackupsModel, kind_label
from gui.shell.backup_ops import backup_budget, backup_function, data_size, set_backup_budget
from services.core.changes import Changes

GB = 1024 ** 3


class BackupsSection(QWidget):
    """Backups of the open SQLite database (a server database is backed up by its admin)."""

    @classmethod
    def title(cls) -> str:
        """The section's name in the list."""
        return QCoreApplication.translate("BackupsSection", "Backups")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.shell: Any = ctx.extras.get("shell")
        self.model = BackupsModel(self)
        self.intro = QLabel(self.tr(
            "Sailplan backs up this database once a day when it opens (compressed, in the "
            "background) and keeps up to 12 daily, 10 weekly and 9 monthly copies within the "
            "space set below. When a backup would leave the disk nearly full it is skipped and "
            "the status bar says so. Restoring keeps the current state as a backup too."),
            self)
        self.intro.setWordWrap(True)
        self.intro.setObjectName("hintText")
        self.folder_label = QLabel(self)
        self.folder_label.setWordWrap(True)
        self.view = QTableView(self)
        self.view.setObjectName("backupsView")
        self.view.setTabKeyNavigation(False)  # Tab leaves the table (arrows move)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.view.doubleClicked.connect(lambda _i: self.restore_selected())

        self.backup_button = QPushButton(self.tr("Back Up Now"), self)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("Restore Selected…"), self)
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button = QPushButton(self.tr("Open Backup Folder"), self)
        self.folder_button.clicked.connect(self.open_folder)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.usage_label = QLabel(self)
        self.usage_label.setObjectName("backupUsage")
        self.usage_label.setWordWrap(True)
        self.budget = QDoubleSpinBox(self)
        self.budget.setObjectName("backupBudget")
        self.budget.setDecimals(2)
        self.budget.setRange(0.0, 10_000.0)
        self.budget.setSingleStep(0.5)
        self.budget.setSuffix(" GB")
        self.budget.setSpecialValueText(self.tr("Automatic"))
        self.budget.setMinimumWidth(140)
        chosen = backup_budget()
        self.budget.setValue(chosen / GB if chosen else 0.0)
        self.apply_budget_button = QPushButton(self.tr("Apply"), self)
        self.apply_budget_button.clicked.connect(self.apply_budget)
        self.budget_hint = QLabel(self)
        self.budget_hint.setObjectName("hintText")
        self.budget_hint.setWordWrap(True)
        budget_row = QHBoxLayout()
        budget_row.addWidget(self.budget)
        budget_row.addWidget(self.apply_budget_button)
        budget_row.addStretch(1)
        space = QFormLayout()
        space.addRow(self.tr("Space for automatic backups:"), budget_row)
        space.addRow("", self.budget_hint)
        space.addRow(self.tr("In use:"), self.usage_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.folder_label)
        layout.addLayout(space)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        chain = (self.budget, self.apply_budget_button, self.view, self.backup_button,
                 self.restore_button, self.folder_button)
        for before, after in zip(chain, chain[1:], strict=False):  # Tab in reading order
            QWidget.setTabOrder(before, after)
        self.reload()
        ctx.events.changed.connect(self._on_changed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()  # a backup taken from the File menu meanwhile shows up

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.everything:  # restored or switched: other files, another folder
            self.reload()

    def available(self) -> bool:
        """Whether this database has a backup folder and this build manages backups."""
        store = self.ctx.store
        return (store.path is not None and store.backup_dir is not None
                and backup_function("list_backups") is not None)

    def reload(self) -> None:
        """List the backups (a directory listing: cheap)."""
        store = self.ctx.store
        if not self.available():
            self.model.set_backups([])
            self.folder_label.setText(self.tr(
                "Backups are managed by the database server's administrator."))
        else:
            list_backups = backup_function("list_backups")
            assert list_backups is not None and store.backup_dir is not None
            self.model.set_backups(list_backups(store.backup_dir, store.path))
            self.folder_label.setText(self.tr("Backup folder: {folder}").format(
                folder=store.backup_dir))
        self._show_usage()
        self._update_buttons()

    def _show_usage(self) -> None:
        """What the backups take, the budget in force and the room on their disk."""
        store = self.ctx.store
        usage_of = backup_function("backup_usage")
        if not self.available() or usage_of is None or store.path is None:
            self.usage_label.setText("")
            self.budget_hint.setText("")
            return
        usage = usage_of(store.backup_dir, store.path, backup_budget())
        automatic = usage_of(store.backup_dir, store.path, None).budget_bytes
        self.budget_hint.setText(self.tr(
            "Automatic: the smaller of 2 GB and a tenth of the disk space they could use ({size} "
            "now). The oldest automatic backups are removed first; the newest one is always "
            "kept. Manual backups and those taken before an upgrade or a restore are never "
            "removed.").format(size=data_size(automatic)))
        self.usage_label.setText(self.tr(
            "Automatic backups: {count}, {used} of {budget}; other backups: {others}, "
            "{others_used}; {free} free on this disk (Sailplan leaves {margin} free).").format(
                count=usage.auto_count, used=data_size(usage.auto_bytes),
                budget=data_size(usage.budget_bytes), others=usage.other_count,
                others_used=data_size(usage.other_bytes), free=data_size(usage.free_bytes),
                margin=data_size(usage.margin_bytes)))

    def chosen_budget(self) -> int | None:
        """The budget typed in the box, in bytes (None: automatic)."""
        value = self.budget.value()
        return int(value * GB) if value > 0 else None

    def apply_budget(self) -> None:
        """Keep the budget typed; remove the automatic backups that no longer fit (asked)."""
        store = self.ctx.store
        budget = self.chosen_budget()
        to_prune = backup_function("backups_to_prune")
        list_backups = backup_function("list_backups")
        if not self.available() or to_prune is None or list_backups is None:
            return
        autos = [b for b in list_backups(store.backup_dir, store.path) if b.kind == "daily"]
        going = to_prune(autos, store.backup_dir, budget)
        if going:
            size = data_size(sum(b.size_bytes for b in going))
            question = self.tr(
                "%n older automatic backup(s) (%1) do not fit in this space and will be "
                "removed now. Continue?", "", len(going)).replace("%1", size)
            if not Messages.ask(self, self.tr("Space for Backups"), question):
                return
        set_backup_budget(budget)
        for backup in going:
            backup.path.unlink(missing_ok=True)
        self.reload()
        if self.shell is not None:
            self.shell.show_status(self.tr("Space for automatic backups: {budget}.").format(
                budget=data_size(budget) if budget else self.tr("automatic")), 5000)

    def _update_buttons(self) -> None:
        ok = self.available()
        self.backup_button.setEnabled(ok)
        self.folder_button.setEnabled(ok)
        self.restore_button.setEnabled(ok and self.selected_row() is not None)

    def selected_row(self) -> int | None:
        """The selected backup's row."""
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def backup_now(self) -> None:
        """Write a manual backup, then refresh the list."""
        if self.shell is None:
            return
        from gui.shell.maintenance import backup_now

        backup_now(self.shell, on_done=self._backed_up)

    def _backed_up(self, _path: object) -> None:
        if isValid(self):  # the section may have been rebuilt while the backup ran
            self.reload()

    def restore_selected(self) -> None:
        """Confirm, then restore the selected backup through the main window."""
        row = self.selected_row()
        if row is None or self.shell is None:
            return
        info = self.model.backup(row)
        when = self.model.index(row, 0).data()
        question = self.tr(
            "Restore the {kind} backup taken {when}?\n\nEverything entered since then is "
            "replaced. The current state is first saved as a \"before restore\" backup, so this "
            "can be undone by restoring that one.").format(kind=kind_label(info.kind),
                                                          when=when)
        if not Messages.ask(self, self.tr("Restore Backup"), question):
            return
        self.shell.restore_backup(Path(info.path))

    def open_folder(self) -> None:
        """Show the backup folder in the file manager."""
        folder = self.ctx.store.backup_dir
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
