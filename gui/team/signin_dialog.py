"""The sign-in dialog a team database shows before the main window gets it.

User name (the last one used with this database is filled in, from QSettings; the password
never is) and password; Enter signs in. A refusal is shown in the dialog, and after a failed
attempt the Sign In button counts down the wait the account now has (stored with the account,
so reopening Sailplan does not shorten it).
"""

from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.common.error_texts import error_text
from gui.common.ui_settings import location_key, ui_settings
from services.core.errors import SailplanError
from services.team.signin import SignInError, open_as_account, sign_in

if TYPE_CHECKING:
    from services.core.store import Store
    from services.team.accounts import AccountInfo


WAIT_MARGIN = 0.3
"""Seconds the Sign In button stays disabled past the wait the refusal named."""


def last_user_key(location: str) -> str:
    """QSettings key of the last user name signed in with the database at ``location``."""
    return f"team/last_user/{location_key(location)}"


class SignInDialog(QDialog):
    """Asks for a user name and password until they are right or the user cancels;
    :attr:`account` is the signed-in account once accepted.
    """

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Sign In — Sailplan"))
        self.setMinimumWidth(440)
        self.store = store
        self.account: AccountInfo | None = None
        #: the store the account works in (services.team.signin.open_as_account)
        self.signed_store: Store | None = None
        self._wait_left = 0
        self._wait_until = 0.0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._tick)

        intro = QLabel(self.tr("This database is shared by a team. Sign in to open it."), self)
        intro.setWordWrap(True)
        where = QLabel(store.location, self)
        where.setObjectName("hintText")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.user = QLineEdit(self)
        self.user.setObjectName("signInUser")
        self.user.setMaxLength(64)
        self.password = QLineEdit(self)
        self.password.setObjectName("signInPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("User name:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        self.message = QLabel(self)
        self.message.setObjectName("warningText")
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(self)
        self.sign_in_button: QPushButton = self.buttons.addButton(
            self.tr("Sign In"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(where)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        last = ui_settings().value(last_user_key(store.location))
        if last:
            self.user.setText(str(last))
            self.password.setFocus()
        else:
            self.user.setFocus()

    def try_sign_in(self) -> None:
        """Check the user name and password (Enter or Sign In)."""
        if self._wait_left:
            return
        user = self.user.text().strip()
        if not user:
            self._say(self.tr("Type your user name."))
            self.user.setFocus()
            return
        if not self.password.text():
            self._say(self.tr("Type your password."))
            self.password.setFocus()
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            account = sign_in(self.store, user, self.password.text()).value
            self.signed_store = open_as_account(self.store, account, self.password.text())
            self.account = account
        except SignInError as exc:
            self._refused(error_text(exc), exc.wait_seconds)
            return
        except SailplanError as exc:
            self._refused(error_text(exc), 0)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        ui_settings().setValue(last_user_key(self.store.location), self.account.user_name)
        self.password.clear()
        self.accept()

    def _refused(self, text: str, wait: int) -> None:
        self.password.clear()
        self.password.setFocus()
        self._say(text)
        if wait > 0:
            # counted from now, a little past the stored time (which was taken before the
            # refusal came back), so the button never comes back before the account allows
            self._wait_until = time.monotonic() + wait + WAIT_MARGIN
            self._wait_left = wait
            self._show_wait()
            self._timer.start()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _tick(self) -> None:
        left = self._wait_until - time.monotonic()
        self._wait_left = max(1, math.ceil(left - WAIT_MARGIN)) if left > 0 else 0
        self._show_wait()
        if not self._wait_left:
            self._timer.stop()

    def _show_wait(self) -> None:
        waiting = self._wait_left > 0
        self.sign_in_button.setEnabled(not waiting)
        self.sign_in_button.setText(
            self.tr("Sign In (%n s)", "", self._wait_left) if waiting else self.tr("Sign In"))

    @property
    def wait_left(self) -> int:
        """Seconds until Sign In is enabled again (0: now)."""
        return self._wait_left
