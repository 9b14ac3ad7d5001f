"""Merge a unit into another: choose the unit that receives its people, sub-units, customers
and targets.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from services.org.lookup import unit_path
from services.org.units import UnitInfo


class MergeUnitDialog(QDialog):
    """A choice among ``targets`` (open units outside the merged unit's own subtree)."""

    def __init__(self, name: str, targets: Sequence[UnitInfo],
                 everyone: Sequence[UnitInfo] = (), parent: QWidget | None = None):
        super().__init__(parent)
        everyone = list(everyone or targets)
        self.setObjectName("mergeUnitDialog")
        self.setWindowTitle(self.tr("Merge unit"))
        self.target = QComboBox(self)
        for u in targets:
            self.target.addItem(u.name if u.parent_id is None
                                else unit_path(everyone, u.id).split(" / ", 1)[-1], u.id)
        hint = QLabel(self.tr("The people, sub-units, customers and target nodes of “{name}” "
                              "move to the unit chosen here, and “{name}” is removed. "
                              "Ctrl+Z undoes it.").format(name=name), self)
        hint.setWordWrap(True)
        hint.setObjectName("hintText")
        form = QFormLayout(self)
        form.addRow(hint)
        form.addRow(self.tr("Merge into:"), self.target)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.target.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, name: str, targets: Sequence[UnitInfo],
            everyone: Sequence[UnitInfo] = ()) -> str | None:
        """Show the dialog modally; the chosen unit's id, or None when cancelled.

        ``everyone`` (the whole tree) names each choice by its path below the company.
        """
        dialog = cls(name, targets, everyone or targets, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return str(dialog.target.currentData())
