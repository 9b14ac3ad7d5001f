"""File choosers for New/Open database (classmethods so tests can patch them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from gui.common.file_dialogs import open_file_name, save_file_name
from services.core.paths import data_dir

translate = QCoreApplication.translate


class DatabaseDialogs:
    """Ask the user for a database file."""

    @classmethod
    def choose_new(cls, parent: QWidget) -> str | None:
        """A path for a new database file, or None if cancelled."""
        path = save_file_name(
            parent, translate("DatabaseDialogs", "New Database"),
            str(data_dir() / "sailplan-new.sqlite3"),
            translate("DatabaseDialogs", "Sailplan database (*.sqlite3 *.db);;All files (*)"))
        return path or None

    @classmethod
    def choose_open(cls, parent: QWidget) -> str | None:
        """An existing database file, or None if cancelled."""
        path = open_file_name(
            parent, translate("DatabaseDialogs", "Open Database"), str(data_dir()),
            translate("DatabaseDialogs", "Sailplan database (*.sqlite3 *.db);;All files (*)"))
        return path or None
