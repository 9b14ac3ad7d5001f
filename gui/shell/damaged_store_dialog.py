"""The damaged-database dialog: what is wrong, the backups as their checks come in, Restore.

It only shows state; :mod:`gui.shell.damaged_recovery` runs the checks and the restore in the
background and tells it what happened. It opens at once (window-modal, not blocking the event
loop) saying "Checking backups…", lists every backup of the file as soon as they are known,
marks each one good or damaged as its check finishes and selects the newest good one when it is
found; the user can restore that one while older ones are still being checked. While a restore
runs it says so; Cancel (or Escape) stops whatever runs and changes no file.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate

PENDING, CHECKING, GOOD, DAMAGED = range(4)
"""States of a listed backup."""
_STATE = Qt.ItemDataRole.UserRole + 1
_PATH = Qt.ItemDataRole.UserRole


class DamagedStoreDialog(QDialog):
    """What is wrong with the file, and a choice of backups (the newest good one selected).

    ``restore_requested(Path)`` is emitted when the user clicks Restore; Cancel, Escape and
    closing the window reject the dialog (``rejected``).
    """

    restore_requested = Signal(object)

    def __init__(self, parent: QWidget | None, location: str, cause: str, details: str):
        super().__init__(parent)
        self.location = location
        self.setWindowTitle(self.tr("The database is damaged"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        # Grow with the texts as they change (word-wrapped labels would be squeezed otherwise).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.message = QLabel(self.tr("{location} cannot be used: {cause}.").format(
            location=location, cause=cause))
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.advice = QLabel(self.tr(
            "Checking backups… The newest good one is selected as soon as it is found; "
            "checking a large backup takes a while."))
        self.advice.setWordWrap(True)
        layout.addWidget(self.advice)
        self._infos: list[Any] = []
        self._items = QStandardItemModel(self)
        self.backups = QComboBox()
        self.backups.setModel(self._items)
        self.backups.setVisible(False)
        self.backups.currentIndexChanged.connect(self._update_restore_button)
        layout.addWidget(self.backups)
        self.progress_label = QLabel(self.tr("Looking for backups…"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: a check reports no fraction done
        self.progress.setTextVisible(False)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(110)
        self.details.setMinimumWidth(540)  # (the layout sets the dialog's minimum size)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(self.tr("Restore This Backup"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._restore_clicked)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._restoring = False

    # -- what the checks found -------------------------------------------------------------

    def show_backups(self, infos: list[Any]) -> None:
        """List the backups (newest first), none checked yet."""
        self._infos = list(infos)
        blocked = self.backups.blockSignals(True)  # a selection is the user's, not the fill's
        self._items.clear()
        for row, info in enumerate(self._infos):
            item = QStandardItem()
            item.setData(os.fspath(info.path), _PATH)
            self._items.appendRow(item)
            self._set_state(row, PENDING)
        self.backups.setCurrentIndex(0 if self._infos else -1)
        self.backups.blockSignals(blocked)
        self.backups.setVisible(bool(self._infos))
        if not self._infos:
            self.checks_done()

    def checking(self, row: int) -> None:
        """The backup in ``row`` is being checked now."""
        self._set_state(row, CHECKING)
        self.progress_label.setText(self.tr(
            "Checking the backup of {when} ({n} of {total})…").format(
                when=self._when(row), n=self._checked_count() + 1, total=len(self._infos)))
        self._show_progress(True)

    def checked(self, row: int, problem: str) -> None:
        """The check of ``row`` finished: good (``problem`` empty) or not, and why."""
        self._set_state(row, DAMAGED if problem else GOOD)
        if problem:
            self.details.appendPlainText(problem)
        if not problem and self._first_good() == row and not self._restoring:
            self.backups.setCurrentIndex(row)  # the newest good one
            self._say_good_found()
        self._update_restore_button()

    def checks_done(self) -> None:
        """Nothing is being checked any more (every backup checked, or none to check)."""
        if self._restoring:
            return
        self._show_progress(False)
        if self._first_good() is None:
            self.advice.setText(self.tr(
                "No good backup of this file was found in {folder}. Copy a backup you keep "
                "elsewhere into that folder, or open another database.").format(
                    folder=Path(self.location).parent / "backups"))
        self.cancel_button.setText(self.tr("Close"))

    def next_to_check(self) -> int | None:
        """The row to check next: the selected one if unchecked, else the newest unchecked."""
        current = self.backups.currentIndex()
        if current >= 0 and self._state(current) == PENDING:
            return current
        return next((r for r in range(len(self._infos)) if self._state(r) == PENDING), None)

    def backup_at(self, row: int) -> Any:
        """The backup listed in ``row`` (a ``BackupInfo``)."""
        return self._infos[row]

    # -- the restore ------------------------------------------------------------------------

    def restoring(self, name: str) -> None:
        """A restore of ``name`` runs: say so; only Cancel stays available."""
        self._restoring = True
        self.backups.setEnabled(False)
        self.restore_button.setEnabled(False)
        self.restore_button.setVisible(False)  # Cancel is the one thing left to do
        self.cancel_button.setText(self.tr("Cancel"))
        self.advice.setText(self.tr(
            "Restoring {backup}: it is copied beside the damaged file and checked there; "
            "then the damaged file is renamed aside and the copy takes its place. Cancel "
            "stops it before any file is changed.").format(backup=name))
        self.progress_label.setText(self.tr("Restoring {backup}…").format(backup=name))
        self._show_progress(True)

    def chosen_backup(self) -> Path | None:
        """The backup the user picked (None when there is none)."""
        data = self.backups.currentData(_PATH)
        return Path(data) if data else None

    # -- internals --------------------------------------------------------------------------

    def _restore_clicked(self) -> None:
        chosen = self.chosen_backup()
        if chosen is not None and self.restore_button.isEnabled():
            self.restore_requested.emit(chosen)

    def _update_restore_button(self, *_args: object) -> None:
        row = self.backups.currentIndex()
        self.restore_button.setEnabled(
            not self._restoring and row >= 0 and self._state(row) == GOOD)

    def _say_good_found(self) -> None:
        self.advice.setText(self.tr(
            "Sailplan can put back a backup. The newest good one is selected: it passed an "
            "integrity check. Changes made after it was taken are not in it. The damaged "
            "file is kept beside it, renamed with today's date, and is never deleted."))

    def _show_progress(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.progress_label.setVisible(on)

    def _state(self, row: int) -> int:
        item = self._items.item(row)
        state = item.data(_STATE) if item is not None else None
        return int(state) if state is not None else DAMAGED

    def _checked_count(self) -> int:
        return sum(self._state(r) in (GOOD, DAMAGED) for r in range(len(self._infos)))

    def _first_good(self) -> int | None:
        return next((r for r in range(len(self._infos)) if self._state(r) == GOOD), None)

    def _when(self, row: int) -> str:
        from gui.common.formatting import day_time

        return day_time(self._infos[row].created)

    def _set_state(self, row: int, state: int) -> None:
        from gui.settings.backups_model import kind_label
        from gui.shell.backup_ops import data_size

        info, item = self._infos[row], self._items.item(row)
        label = self.tr("{when} ({kind}, {size})").format(
            when=self._when(row), kind=kind_label(info.kind), size=data_size(info.size_bytes))
        suffix = {
            PENDING: self.tr("{label} — not checked yet"),
            CHECKING: self.tr("{label} — checking…"),
            GOOD: self.tr("{label} — checked, good"),
            DAMAGED: self.tr("{label} — damaged, cannot be restored"),
        }[state]
        item.setText(suffix.format(label=label))
        item.setData(state, _STATE)
        item.setEnabled(state != DAMAGED)
        item.setToolTip(os.fspath(info.path))


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
