"""Add a unit under the selected one: its name and kind (区域, 渠道, 事业部, 团队…)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from gui.common.theme import ink_css
from gui.org.labels import kind_label
from services.org.units import UNIT_KINDS


class AddUnitDialog(QDialog):
    """Name and kind of a new sub-unit of ``parent_name`` (None: the firm's company unit, the
    top of a tree that is still empty).
    """

    def __init__(self, parent_name: str | None, suggested_kind: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("addUnitDialog")
        self.setWindowTitle(self.tr("Add unit"))
        self.name = QLineEdit(self)
        self.kind = QComboBox(self)
        for code in UNIT_KINDS:
            if (code == "company") == (parent_name is None):
                self.kind.addItem(kind_label(code), code)
        self.kind.setCurrentIndex(max(self.kind.findData(suggested_kind), 0))
        self.error = QLabel(self)
        self.error.setStyleSheet(f"color: {ink_css('#b00020')}")
        self.error.hide()
        form = QFormLayout(self)
        if parent_name is not None:
            form.addRow(self.tr("Under:"), QLabel(parent_name, self))
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.name.setFocus()

    def accept(self) -> None:
        if not self.name.text().strip():
            self.error.setText(self.tr("The unit needs a name."))
            self.error.show()
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, parent_name: str | None, suggested_kind: str
            ) -> tuple[str, str] | None:
        """Show the dialog modally; (name, kind), or None when cancelled."""
        dialog = cls(parent_name, suggested_kind, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.name.text().strip(), str(dialog.kind.currentData())
