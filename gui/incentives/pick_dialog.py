"""Choosing several of a list (roles, teams, people, key accounts), with a filter box.

The list is a small checkable model over plain ``(id, name, detail)`` choices; the filter keeps
the rows whose name or detail contains the typed text (a firm's customers are thousands, so the
rows are filtered in Python and shown with one reset, not through a proxy).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from services.incentives.choices import Choice

Index = QModelIndex | QPersistentModelIndex


class CheckListModel(QAbstractListModel):
    """Choices with a check box each; ``chosen`` is the set of checked ids."""

    def __init__(self, choices: Sequence[Choice], chosen: Sequence[str], parent: Any = None):
        super().__init__(parent)
        self.choices = list(choices)
        self.chosen = set(chosen)
        self._shown = list(range(len(self.choices)))

    def set_filter(self, text: str) -> None:
        """Show only the choices whose name or detail contains ``text`` (case-insensitive)."""
        needle = text.strip().casefold()
        self.beginResetModel()
        self._shown = [i for i, c in enumerate(self.choices)
                       if not needle or needle in c.name.casefold()
                       or needle in c.detail.casefold()]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.isValid() else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        choice = self.choices[self._shown[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{choice.name} · {choice.detail}" if choice.detail else choice.name
        if role == Qt.ItemDataRole.CheckStateRole:
            return (Qt.CheckState.Checked if choice.id in self.chosen
                    else Qt.CheckState.Unchecked)
        if role == Qt.ItemDataRole.UserRole:
            return choice.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        choice = self.choices[self._shown[index.row()]]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.chosen.add(choice.id)
        else:
            self.chosen.discard(choice.id)
        self.dataChanged.emit(index, index, [role])
        return True

    def chosen_ids(self) -> list[str]:
        """The checked ids, in the list's order; ids the list no longer has (a deleted person)
        stay chosen, after them.
        """
        known = [c.id for c in self.choices if c.id in self.chosen]
        listed = {c.id for c in self.choices}
        return known + sorted(i for i in self.chosen if i not in listed)


class PickDialog(QDialog):
    """A filter box, the checkable list and OK / Cancel."""

    def __init__(self, title: str, choices: Sequence[Choice], chosen: Sequence[str],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(420, 480)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Type to filter"))
        self.filter.setClearButtonEnabled(True)
        self.model = CheckListModel(choices, chosen, self)
        self.view = QListView(self)
        self.view.setObjectName("pickList")
        self.view.setModel(self.model)
        self.filter.textChanged.connect(self.model.set_filter)
        count = QLabel(self.tr("%n to choose from", "", len(self.model.choices)), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        lay = QVBoxLayout(self)
        lay.addWidget(self.filter)
        lay.addWidget(self.view, 1)
        lay.addWidget(count)
        lay.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, choices: Sequence[Choice],
            chosen: Sequence[str]) -> list[str] | None:
        """The ids checked, or None when the user cancelled."""
        dialog = cls(title, choices, chosen, parent)
        try:  # deleted on the GUI thread, not whenever a collection finds its cycles
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.model.chosen_ids() if accepted else None
        finally:
            dialog.deleteLater()
