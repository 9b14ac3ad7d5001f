"""A damaged database: say what is wrong in plain words and put the newest good backup back.

Two ways in. ``gui.shell.open_errors.explain_open_failure``, the open path's failure hook, asks
:func:`damage_of` whether a file that would not open is damaged and then
:func:`restore_damaged_file`: the dialog offers the newest backup that passes an integrity
check and restores it without ever opening the damaged file (renamed aside with a time stamp,
never deleted); the hook then opens the restored database.
:func:`offer_restore_for_open_store` is the same offer for a file that opened but failed the
quick check run after start-up.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from gui.common.messages import Messages

if TYPE_CHECKING:
    from gui.main_window import MainWindow
    from services.core.recover import BackupOffer, Health
    from services.core.store import Store

translate = QCoreApplication.translate


class DamagedStoreDialog(QDialog):
    """What is wrong with the file, and a choice of backups (the newest good one first)."""

    def __init__(self, parent: QWidget | None, location: str, cause: str, details: str,
                 offer: BackupOffer):
        super().__init__(parent)
        self.setWindowTitle(self.tr("The database is damaged"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.message = QLabel(self.tr("{location} cannot be used: {cause}.").format(
            location=location, cause=cause))
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.backups = QComboBox()
        for info in ([offer.good] if offer.good else []) + offer.others:
            self.backups.addItem(self._label(info, info is offer.good), os.fspath(info.path))
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        if offer.good is not None:
            self.advice.setText(self.tr(
                "Sailplan can put back a backup. The newest good one is selected: it passed an "
                "integrity check. Changes made after it was taken are not in it. The damaged "
                "file is kept beside it, renamed with today's date, and is never deleted."))
        else:
            self.advice.setText(self.tr(
                "No good backup of this file was found in {folder}. Copy a backup you keep "
                "elsewhere into that folder, or open another database.").format(
                    folder=Path(location).parent / "backups"))
        layout.addWidget(self.advice)
        layout.addWidget(self.backups)
        self.backups.setVisible(self.backups.count() > 0)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(110)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(self.tr("Restore This Backup"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(self.backups.count() > 0)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _label(self, info: Any, verified: bool) -> str:
        when = info.created.astimezone().strftime("%Y-%m-%d %H:%M")
        size = f"{info.size_bytes / 1024 / 1024:.1f} MB"
        if verified:
            return self.tr("{when} ({kind}, {size}) — checked, good").format(
                when=when, kind=info.kind, size=size)
        return self.tr("{when} ({kind}, {size})").format(when=when, kind=info.kind, size=size)

    def chosen_backup(self) -> Path | None:
        """The backup the user picked (None when there is none)."""
        data = self.backups.currentData()
        return Path(data) if data else None

    @classmethod
    def ask(cls, parent: QWidget | None, location: str, cause: str, details: str,
            offer: BackupOffer) -> Path | None:
        """Show the dialog; the backup to restore, or None if the user closed it."""
        dialog = cls(parent, location, cause, details, offer)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.chosen_backup()
        finally:
            dialog.deleteLater()


def cause_text(kind: str, english: str, wal_frame: int = 0) -> str:
    """What is wrong with a database file, in the current language (``kind``: see
    :func:`services.core.recover.cause_kind`; ``english`` is used for an unknown kind).
    """
    texts = {
        "not_database": translate(
            "DamagedStore", "the file is not a Sailplan database, or its first page (the header "
            "that describes the rest of the file) is damaged"),
        "malformed": translate(
            "DamagedStore", "parts of the file can no longer be read (SQLite reports "
            "\"database disk image is malformed\")"),
        "io": translate("DamagedStore", "the disk reported an error while reading the file"),
        "cannot_open": translate(
            "DamagedStore", "the file or its folder cannot be opened: check it exists and you "
            "may write there"),
        "read_only": translate(
            "DamagedStore", "the file or its folder is read-only: Sailplan needs to write there"),
        "wal_header": translate(
            "DamagedStore", "the header of its write-ahead log (the -wal file beside it) is "
            "damaged: changes saved since the last checkpoint cannot be read"),
        "wal_frame": translate(
            "DamagedStore", "its write-ahead log (the -wal file beside it) is damaged at frame "
            "{frame}: changes saved after that point cannot be read").format(frame=wal_frame),
        "wal_unreadable": translate(
            "DamagedStore", "its write-ahead log (the -wal file beside it) cannot be read"),
    }
    return texts.get(kind, english)


def damage_of(target: str | os.PathLike[str], exc: BaseException) -> tuple[str, Health] | None:
    """The SQLite file behind ``target`` and its health, if it is damaged."""
    from services.core.db import normalise_url, sqlite_path
    from services.core.errors import NewerSchemaError, StoreLockedError
    from services.core.recover import sqlite_health

    if isinstance(exc, (StoreLockedError, NewerSchemaError)):
        return None
    path = sqlite_path(normalise_url(target))
    if path is None or not os.path.isfile(path):
        return None
    health = sqlite_health(path, quick=True)
    return None if health.ok else (path, health)


def _choose_backup(parent: QWidget | None, path: str, health: Health,
                   details: str) -> Path | None:
    """Check the backups (newest first, until one is good) and let the user pick one."""
    from services.core.recover import offer_backups

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        offer = offer_backups(path)
    finally:
        QGuiApplication.restoreOverrideCursor()
    lines = [*health.problems, details] if details and details not in health.problems \
        else health.problems
    return DamagedStoreDialog.ask(parent, path,
                                  cause_text(health.kind, health.cause, health.wal_frame),
                                  "\n".join(lines), offer)


def restore_damaged_file(parent: QWidget | None, path: str, health: Health,
                         details: str) -> bool:
    """Offer the backups of the closed, damaged file ``path``; restore the one chosen.

    True when a backup was put in place (the damaged file kept aside).
    """
    backup = _choose_backup(parent, path, health, details)
    return backup is not None and _restore(parent, path, backup)


def _restore(parent: QWidget | None, path: str, backup: Path) -> bool:
    """Restore ``backup`` over the (closed) damaged file, keeping that file aside."""
    from services.core.errors import SailplanError
    from services.core.recover import restore_over_damaged

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        recovered = restore_over_damaged(path, backup)
    except (SailplanError, OSError) as exc:
        QGuiApplication.restoreOverrideCursor()
        Messages.show_error(parent, translate("DamagedStore", "Restore"), translate(
            "DamagedStore", "The backup could not be restored: {error}. The damaged file was "
            "not changed.").format(error=exc), str(exc))
        return False
    QGuiApplication.restoreOverrideCursor()
    aside = recovered.kept_aside.name if recovered.kept_aside else ""
    Messages.show_info(parent, translate("DamagedStore", "Restore"), translate(
        "DamagedStore", "{backup} was restored. The damaged file was kept as {aside}.").format(
            backup=backup.name, aside=aside))
    return True


def offer_restore_for_open_store(window: MainWindow, health: Health,
                                 reopen: Callable[[str, QWidget], Store | None]) -> None:
    """The open database failed its quick check: offer the backup, restore it and reopen.

    ``reopen(path, parent)`` opens the restored (or, on failure, the old) file again
    (``gui.shell.open_errors.open_store_or_explain``).
    """
    store = window.ctx.store
    path = store.path
    if path is None:
        return
    message = translate("DamagedStore", "The database is damaged: {cause}").format(
        cause=cause_text(health.kind, health.cause, health.wal_frame))
    window.show_status(message, 0)
    backup = _choose_backup(window, path, health, "")
    if backup is None:
        return
    # Close first: the restore takes the file's lock and renames the damaged file aside.
    window.ctx.tasks.wait()
    window.host.clear()
    store.close()
    restored = _restore(window, path, backup)
    reopened = reopen(path, window)
    if reopened is None:
        window.close()
        return
    window.replace_store(reopened)
    if not restored:
        window.show_status(message, 0)
