"""Choosing a file to open or save: the one place Sailplan asks for a path.

Where the desktop offers a native file chooser Qt uses it. Elsewhere (Linux without a desktop
portal, Windows and macOS never) Qt's own dialog appears, and three things are set right here:
its columns fit their contents (the size and date were cut at the default widths), its places
("Computer", the home folder) show whole, and it speaks the interface language (Qt's
``qtbase`` catalogue lacks a few of its labels; Sailplan's ``qt_extra_<lang>.ts`` adds them,
see :mod:`gui.common.i18n`).

The functions are module-level so tests replace them (``monkeypatch.setattr``).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QListView,
    QSplitter,
    QTreeView,
    QWidget,
)


def _ask(dialog: QFileDialog) -> str:
    dialog.resize(860, 520)
    tree = dialog.findChild(QTreeView, "treeView")
    splitter = dialog.findChild(QSplitter, "splitter")
    sidebar = dialog.findChild(QListView, "sidebar")
    if splitter is not None and sidebar is not None:  # places ("计算机", "Computer") whole
        width = max(170, sidebar.sizeHintForColumn(0) + 2 * sidebar.frameWidth() + 24)
        splitter.setSizes([width, max(dialog.width() - width, 400)])
    if tree is not None:  # Qt's own dialog (a native one has no widgets)
        header = tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return ""
    chosen = dialog.selectedFiles()
    return chosen[0] if chosen else ""


def save_file_name(parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
    """A path to write to ("" when cancelled); the dialog asks before replacing a file."""
    dialog = QFileDialog(parent, title, suggested, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    return _ask(dialog)


def open_file_name(parent: QWidget | None, title: str, directory: str, filters: str) -> str:
    """An existing file to read ("" when cancelled)."""
    dialog = QFileDialog(parent, title, directory, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _ask(dialog)
