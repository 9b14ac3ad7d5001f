"""Add or edit a contact (联系人)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from gui.common.theme import ink_css
from services.customers.queries import ContactRow


class ContactDialog(QDialog):
    """Name, title, phone, WeChat, email, primary flag."""

    def __init__(self, existing: ContactRow | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit contact") if existing else self.tr("New contact"))
        self.name = QLineEdit(self)
        self.title_edit = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.wechat = QLineEdit(self)
        self.email = QLineEdit(self)
        self.primary = QCheckBox(self.tr("Primary contact"), self)
        self.error = QLabel(self)
        self.error.setStyleSheet(f"color: {ink_css('#b00020')}")
        self.error.hide()
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("WeChat"), self.wechat)
        form.addRow(self.tr("Email"), self.email)
        form.addRow("", self.primary)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        if existing is not None:
            self.name.setText(existing.name)
            self.title_edit.setText(existing.title)
            self.phone.setText(existing.phone)
            self.wechat.setText(existing.wechat)
            self.email.setText(existing.email)
            self.primary.setChecked(existing.is_primary)
        self.name.setFocus()

    def accept(self) -> None:
        if not self.name.text().strip():
            self.error.setText(self.tr("The contact needs a name."))
            self.error.show()
            self.name.setFocus()
            return
        super().accept()

    def values(self) -> dict[str, Any]:
        """Fields for ``add_contact``/``update_contact``."""
        return {"name": self.name.text(), "title": self.title_edit.text(),
                "phone": self.phone.text(), "wechat": self.wechat.text(),
                "email": self.email.text(), "is_primary": self.primary.isChecked()}

    @classmethod
    def ask(cls, parent: QWidget | None, existing: ContactRow | None = None
            ) -> dict[str, Any] | None:
        """Show the dialog modally; the values, or None when cancelled."""
        dialog = cls(existing, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
