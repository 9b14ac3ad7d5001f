"""Settings → Backups: the list of backups, back up now, restore one, open the folder.

The list is a directory listing (cheap): it is read when the section is shown, after a backup it
started, and when ``events.changed`` says the whole database changed (a restore or a switch).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from gui.shell.backup_ops import backup_function
from services.core.changes import Changes


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
            "Sailplan backs up this database once a day when it opens and keeps 12 daily, 10 "
            "weekly and 9 monthly copies. Restoring keeps the current state as a backup too."),
            self)
        self.intro.setWordWrap(True)
        self.intro.setObjectName("hintText")
        self.folder_label = QLabel(self)
        self.folder_label.setWordWrap(True)
        self.view = QTableView(self)
        self.view.setObjectName("backupsView")
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

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
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
        self._update_buttons()

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
