"""A new account for a person, or a new password for an account (typed twice)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gui.org.labels import role_label

WIDTH = 440


class AccountDialog(QDialog):
    """With ``people`` (id, name, role): a new account (person, user name, password); without:
    a new password for ``user``. :meth:`values` once accepted.
    """

    def __init__(self, parent: QWidget | None = None, *,
                 people: Sequence[tuple[str, str, str]] = (), user: str = ""):
        super().__init__(parent)
        self.setObjectName("accountDialog")
        self.new = not user
        self.setWindowTitle(self.tr("New Account") if self.new
                            else self.tr("Reset Password of {user}").format(user=user))
        self.setMinimumWidth(WIDTH)
        form = QFormLayout()
        self.person = QComboBox(self)
        self.person.setObjectName("accountPerson")
        self.user = QLineEdit(self)
        self.user.setObjectName("accountUser")
        self.user.setMaxLength(64)
        if self.new:
            for person_id, name, role in people:
                self.person.addItem(f"{name} · {role_label(role)}", person_id)
            form.addRow(self.tr("Person:"), self.person)
            form.addRow(self.tr("User name:"), self.user)
        else:
            self.person.hide()
            self.user.hide()
        self.password = QLineEdit(self)
        self.password.setObjectName("accountPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("accountPasswordRepeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Password:") if self.new else self.tr("New password:"),
                    self.password)
        form.addRow(self.tr("Password again:"), self.repeat)
        hint = QLabel(self.tr("At least 8 characters. Tell the person their password in "
                              "person or by phone, never in a group chat."), self)
        hint.setObjectName("hintText")
        hint.setWordWrap(True)
        hint.setMinimumHeight(hint.heightForWidth(WIDTH - 24))  # else the fields are squeezed
        self.message = QLabel(self)
        self.message.setObjectName("warningText")
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        (self.person if self.new else self.password).setFocus()

    def _check(self) -> None:
        if self.password.text() != self.repeat.text():
            self.say(self.tr("The two passwords differ."))
            self.repeat.clear()
            self.repeat.setFocus()
            return
        self.accept()

    def say(self, text: str) -> None:
        """Show a refusal under the fields."""
        self.message.setText(text)
        self.message.show()

    def values(self) -> tuple[str | None, str, str]:
        """(person id or None, user name, password)."""
        person = self.person.currentData() if self.new else None
        return (str(person) if person else None, self.user.text(), self.password.text())
