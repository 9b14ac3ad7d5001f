"""Switching a database to team mode from the window: the owner's first account.

The owner is chosen among the people whose role is owner (老板/管理员); the password is typed
twice. The switch itself is :func:`services.team.mode.init_team`, the same as
``python main.py team init``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
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

from gui.common.error_texts import error_text
from services.core.errors import SailplanError
from services.team.mode import TeamInit, init_team

if TYPE_CHECKING:
    from services.core.store import Store

WIDTH = 520


class TeamInitDialog(QDialog):
    """See the module docstring; :attr:`done` is what the switch did once accepted."""

    def __init__(self, store: Store, owners: Sequence[tuple[str, str]],
                 parent: QWidget | None = None, *, required: bool = False):
        super().__init__(parent)
        self.setObjectName("teamInitDialog")
        self.setWindowTitle(self.tr("Team Mode — the Owner's Account"))
        self.setMinimumWidth(WIDTH)
        self.store = store
        self.done_init: TeamInit | None = None
        if required:
            text = self.tr("This database is shared by a team but has no owner account yet. "
                           "Create it now: from then on everyone signs in, and the owner "
                           "gives the others their accounts in Settings ▸ Accounts.")
        else:
            text = self.tr("In team mode everyone signs in before Sailplan opens this "
                           "database. First create the owner's account; the owner then gives "
                           "the others their accounts in Settings ▸ Accounts.")
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        # a wrapped label does not make the dialog taller by itself: the fields were squeezed
        intro.setMinimumHeight(intro.heightForWidth(WIDTH - 24))
        self.person = QComboBox(self)
        self.person.setObjectName("ownerCombo")
        for person_id, name in owners:
            self.person.addItem(name, person_id)
        self.user = QLineEdit(self)
        self.user.setObjectName("ownerUser")
        self.user.setMaxLength(64)
        self.password = QLineEdit(self)
        self.password.setObjectName("ownerPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("ownerPasswordRepeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Owner:"), self.person)
        form.addRow(self.tr("User name:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Password again:"), self.repeat)
        self.message = QLabel(self)
        self.message.setObjectName("warningText")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton(self.tr("Switch to Team Mode"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.switch)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if not owners:
            self.message.setText(self.tr("Nobody is the owner yet: give someone the role "
                                         "Owner / administrator in Settings ▸ Org & people "
                                         "first."))
            self.ok.setEnabled(False)
        else:
            self.message.hide()
        self.user.setFocus()

    def switch(self) -> None:
        """Check the two passwords, then switch (the service checks the rest)."""
        if self.password.text() != self.repeat.text():
            self._say(self.tr("The two passwords differ."))
            self.repeat.clear()
            self.repeat.setFocus()
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.done_init = init_team(self.store, str(self.person.currentData()),
                                       self.user.text(), self.password.text()).value
        except SailplanError as exc:
            self._say(error_text(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
