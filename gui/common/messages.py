"""Message boxes behind classmethods, so tests can patch what the user would see.

House rule: dialogs are opened through ``ask()``/``show_error()``-style classmethods; a test
replaces the classmethod and records the call instead of clicking a real modal box.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget


class Messages:
    """The shell's standard message boxes."""

    @classmethod
    def show_error(cls, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        """A modal error box; ``details`` goes behind "Show Details…"."""
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok,
                          parent)
        if details:
            box.setDetailedText(details)
        box.exec()

    @classmethod
    def show_refused(cls, parent: QWidget | None, title: str, text: str) -> QMessageBox:
        """A window-modal, non-blocking warning: an action or undo the data no longer allows.

        Opened with ``open()`` rather than ``exec()``, so it never runs a nested event loop inside
        the undo stack's undo/redo.
        """
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                          parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    @classmethod
    def show_info(cls, parent: QWidget | None, title: str, text: str) -> None:
        """A modal information box."""
        QMessageBox.information(parent, title, text)

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str) -> bool:
        """A Yes/No question defaulting to No; True when the user chose Yes."""
        answer = QMessageBox.question(
            parent, title, text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def show_saved(cls, parent: QWidget | None, title: str, text: str, path: str | Path
                   ) -> QMessageBox:
        """A file was written: says where, with "Open File" and "Show in Folder" (which hand
        the file or its folder to the desktop) and Close. Non-blocking (``open()``).
        """
        translate = QCoreApplication.translate
        box = QMessageBox(QMessageBox.Icon.Information, title, text,
                          QMessageBox.StandardButton.Close, parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        open_file = box.addButton(translate("Messages", "Open File"),
                                  QMessageBox.ButtonRole.ActionRole)
        show_folder = box.addButton(translate("Messages", "Show in Folder"),
                                    QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(open_file)
        target = Path(path)
        open_file.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))))
        show_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(target.parent))))
        box.open()
        return box
