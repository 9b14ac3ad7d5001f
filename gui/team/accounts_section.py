"""Settings ▸ Accounts (账号与登录): team mode and the people's accounts.

On a personal file: what team mode is and "Switch This Database to Team Mode…" (the owner's
first account, :class:`~gui.team.team_init_dialog.TeamInitDialog`). On a team database the
owner sees every account and creates, resets, disables and enables them; anyone else sees
that only the owner manages accounts. Account changes are settings, saved at once and never on
the undo stack; the section tells the pages through ``ctx.events.changed``. A small firm has a
few dozen accounts, read on the GUI thread like the other settings sections.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.common.context import AppContext
from gui.common.error_texts import error_text
from gui.common.formatting import day_time
from gui.common.messages import Messages
from gui.common.row_table_model import Column, RowTableModel
from gui.org.labels import role_label
from gui.team.account_dialog import AccountDialog
from services.core.changes import Changes
from services.core.errors import SailplanError
from services.team import accounts as A
from services.team.mode import team_mode


class AccountsSection(QWidget):
    """See the module docstring."""

    @classmethod
    def title(cls) -> str:
        """The section's name in the settings list."""
        return QCoreApplication.translate("AccountsSection", "Accounts")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._accounts: list[A.AccountInfo] = []
        self.mode_text = QLabel(self)
        self.mode_text.setObjectName("teamModeText")
        self.mode_text.setWordWrap(True)
        self.switch_button = QPushButton(self.tr("Switch This Database to Team Mode…"), self)
        self.switch_button.setObjectName("switchToTeamMode")
        self.switch_button.clicked.connect(self.switch_to_team_mode)
        self.model = RowTableModel([
            Column(self.tr("User name"), lambda a: a.user_name),
            Column(self.tr("Person"), lambda a: a.person_name),
            Column(self.tr("Role"), lambda a: role_label(a.role)),
            Column(self.tr("State"), self._state),
            Column(self.tr("Last sign-in"), lambda a: day_time(a.last_sign_in_at)),
        ], self)
        self.table = QTableView(self)
        self.table.setObjectName("accountsTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode
                                                           .ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._enable_buttons())
        self.add_button = QPushButton(self.tr("New Account…"), self)
        self.add_button.setObjectName("newAccount")
        self.add_button.clicked.connect(self.add_account)
        self.reset_button = QPushButton(self.tr("Reset Password…"), self)
        self.reset_button.setObjectName("resetPassword")
        self.reset_button.clicked.connect(self.reset_password)
        self.disable_button = QPushButton(self.tr("Disable"), self)
        self.disable_button.setObjectName("disableAccount")
        self.disable_button.clicked.connect(lambda: self._set_disabled(True))
        self.enable_button = QPushButton(self.tr("Enable"), self)
        self.enable_button.setObjectName("enableAccount")
        self.enable_button.clicked.connect(lambda: self._set_disabled(False))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.reset_button, self.disable_button,
                  self.enable_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.coming = QLabel(self.tr("Each person sees and changes what their role allows "
                                     "(their data scope); every change of theirs is in "
                                     "Settings ▸ Audit Log."), self)
        self.coming.setObjectName("hintText")
        self.coming.setWordWrap(True)
        switch_row = QHBoxLayout()
        switch_row.addWidget(self.switch_button)
        switch_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.addWidget(self.mode_text)
        layout.addLayout(switch_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.coming)
        self._stretch = QWidget(self)
        layout.addWidget(self._stretch, 1)
        self.reload()

    # --- reading ---------------------------------------------------------------------------
    def _is_owner(self) -> bool:
        account = self.ctx.account
        return account is not None and account.is_owner

    def reload(self) -> None:
        """Read the mode and the accounts again."""
        store = self.ctx.store
        team = team_mode(store)
        owner = team and self._is_owner()
        self._accounts = A.list_accounts(store) if owner else []
        account = self.ctx.account
        if not team:
            text = self.tr("This database is personal: Sailplan opens it without asking who "
                           "you are. When several people share it (a file on a shared folder, "
                           "or a PostgreSQL server), switch it to team mode: everyone then "
                           "signs in with their own account.")
        elif account is None:
            text = self.tr("Team mode: everyone signs in.")
        else:
            who = self.tr("Signed in as {user} ({person}, {role}).").format(
                user=account.user_name, person=account.person_name,
                role=role_label(account.role))
            text = self.tr("Team mode: everyone signs in.") + " " + who
            if not owner:
                text += " " + self.tr("Only the owner manages accounts.")
        self.mode_text.setText(text)
        self.switch_button.setVisible(not team)
        for widget in (self.table, self.add_button, self.reset_button, self.disable_button,
                       self.enable_button):
            widget.setVisible(owner)
        self._stretch.setVisible(not owner)
        self._fill()

    def _fill(self) -> None:
        self.model.set_rows(self._accounts)
        self._enable_buttons()

    def _state(self, a: A.AccountInfo) -> str:
        if a.disabled:
            return self.tr("Disabled")
        if a.failed_attempts:
            return self.tr("%n failed attempt(s)", "", a.failed_attempts)
        return self.tr("Active")

    def selected(self) -> A.AccountInfo | None:
        """The account of the selected row."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(rows[0].row())

    def select_user(self, user_name: str) -> None:
        """Select the row of ``user_name``."""
        for row, a in enumerate(self._accounts):
            if a.user_name == user_name:
                self.table.selectRow(row)

    def _enable_buttons(self) -> None:
        chosen = self.selected()
        self.reset_button.setEnabled(chosen is not None)
        self.disable_button.setEnabled(chosen is not None and not chosen.disabled)
        self.enable_button.setEnabled(chosen is not None and chosen.disabled)

    # --- writing ---------------------------------------------------------------------------
    def _done(self, op: Any) -> None:
        self.ctx.events.changed.emit(op.changes, self)
        chosen = self.selected()
        self.reload()
        if chosen is not None:
            self.select_user(chosen.user_name)

    def _by(self) -> str | None:
        return self.ctx.account.id if self.ctx.account is not None else None

    def add_account(self) -> None:
        """New Account…: a person still without one, a user name and a password."""
        people = A.account_candidates(self.ctx.store)
        if not people:
            Messages.show_info(self, self.tr("New Account"), self.tr(
                "Everyone already has an account. Add people in Settings ▸ Org & people."))
            return
        dialog = AccountDialog(self, people=people)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            person_id, user, password = dialog.values()
            try:
                op = A.create_account(self.ctx.store, str(person_id), user, password,
                                      by=self._by())
            except SailplanError as exc:
                dialog.say(error_text(exc))
                continue
            self._done(op)
            self.select_user(op.value.user_name)
            return

    def reset_password(self) -> None:
        """Reset Password…: the selected account gets a new password (and no wait)."""
        chosen = self.selected()
        if chosen is None:
            return
        dialog = AccountDialog(self, user=chosen.user_name)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                op = A.reset_password(self.ctx.store, chosen.id, dialog.values()[2],
                                      by=self._by())
            except SailplanError as exc:
                dialog.say(error_text(exc))
                continue
            self._done(op)
            self.ctx.events.status_message.emit(
                self.tr("New password set for {user}.").format(user=chosen.user_name), 5000)
            return

    def _set_disabled(self, disabled: bool) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        try:
            op = A.set_disabled(self.ctx.store, chosen.id, disabled, by=self._by())
        except SailplanError as exc:
            Messages.show_refused(self, self.tr("Accounts"), error_text(exc))
            return
        self._done(op)

    def switch_to_team_mode(self) -> None:
        """Switch This Database to Team Mode…: the owner's first account; the one who made it
        is signed in with it from now on.
        """
        from gui.team.team_init_dialog import TeamInitDialog
        from services.org.people import list_people

        owners = [(p.id, p.name) for p in list_people(self.ctx.store) if p.role == "owner"]
        dialog = TeamInitDialog(self.ctx.store, owners, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.done_init is None:
            return
        account = dialog.done_init.account
        shell = self.ctx.extras.get("shell")
        setter = getattr(shell, "set_account", None)
        if callable(setter):
            setter(account)
        else:
            self.ctx.account = account
            self.ctx.current_person_id = account.person_id
        self.ctx.events.changed.emit(Changes.setting("team.mode"), self)
        self.reload()
        Messages.show_info(self, self.tr("Team Mode"), self.tr(
            "This database is in team mode now. You are signed in as {user}; from the next "
            "start on, everyone signs in. Give the others their accounts here.").format(
            user=account.user_name))
