"""Message boxes behind classmethods, so tests can patch what the user would see.

House rule: dialogs are opened through ``ask()``/``show_error()``-style classmethods; a test
replaces the classmethod and records the call instead of clicking a real modal box.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
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
