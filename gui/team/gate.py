"""Who may use a database the window has just opened: nobody asked on a personal file, a
sign-in on a team database (PostgreSQL, or a file switched to team mode).

:func:`sign_in_then` reads the mode on the worker, then shows :class:`SignInDialog` (a team
database without any owner account first asks for one, :class:`TeamInitDialog`) and calls
``on_done(account, store)`` — ``None`` for a personal file — or ``on_cancel()`` when the user
gives up. The window gets the store only in ``on_done``, so nothing of a team's data is on screen
before someone signed in; it is the store the account works in
(:func:`services.team.signin.open_as_account`: on PostgreSQL a new connection as the account's
login role, the one given is closed; on a SQLite file the same store, keeping to the scope).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QWidget

from gui.common.messages import Messages
from gui.common.tasks import TaskRunner

if TYPE_CHECKING:
    from services.core.store import Store
    from services.team.accounts import AccountInfo


@dataclass(frozen=True)
class GateState:
    """What the gate reads before it asks anything."""

    team_mode: bool
    owner_accounts: int
    owners: tuple[tuple[str, str], ...]
    """(id, name) of the people whose role is owner (for a first owner account)."""


def gate_state(store: Store) -> GateState:
    """The mode, the enabled owner accounts and the owners (on the worker). A personal file
    costs one small read: nothing else is imported or asked.
    """
    from services.team.mode import team_mode

    if not team_mode(store):
        return GateState(False, 0, ())
    from services.org.people import list_people
    from services.team.mode import team_state

    state = team_state(store)
    owners = () if state.owner_accounts else tuple(
        (p.id, p.name) for p in list_people(store) if p.role == "owner")
    return GateState(True, state.owner_accounts, owners)


class _Gate(QObject):
    def __init__(self, tasks: TaskRunner, store: Store, parent: QWidget | None,
                 on_done: Callable[[AccountInfo | None, Store], None],
                 on_cancel: Callable[[], None], on_ask: Callable[[], None] | None):
        super().__init__(parent)
        self.on_ask = on_ask
        self.store = store
        self.parent_widget = parent
        self.on_done = on_done
        self.on_cancel = on_cancel
        self.dialog: QDialog | None = None
        handle = tasks.submit(lambda **_: gate_state(store))
        handle.finished.connect(self._read)
        handle.failed.connect(self._failed)

    def _read(self, state: GateState) -> None:
        if not state.team_mode:
            self._finish(lambda: self.on_done(None, self.store))
        elif not state.owner_accounts:
            from gui.team.team_init_dialog import TeamInitDialog

            self._show(TeamInitDialog(self.store, state.owners, self.parent_widget,
                                      required=True), self._first_owner)
        else:
            self._ask()

    def _ask(self) -> None:
        from gui.team.signin_dialog import SignInDialog

        self._show(SignInDialog(self.store, self.parent_widget), self._signed_in)

    def _show(self, dialog: QDialog, then: Callable[[int], None]) -> None:
        if self.on_ask is not None:
            self.on_ask()
        self.dialog = dialog
        dialog.finished.connect(then)
        dialog.open()

    def _first_owner(self, result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            self._ask()
        else:
            self._finish(self.on_cancel)

    def _signed_in(self, result: int) -> None:
        dialog: Any = self.dialog
        if result == QDialog.DialogCode.Accepted and dialog.account is not None:
            account, own = dialog.account, dialog.signed_store or self.store
            if own is not self.store:
                self.store.close()
            self._finish(lambda: self.on_done(account, own))
        else:
            self._finish(self.on_cancel)

    def _failed(self, exc: BaseException, tb: str) -> None:
        Messages.show_error(self.parent_widget, QCoreApplication.translate(
            "SignInGate", "Sign In"), QCoreApplication.translate(
            "SignInGate", "Sailplan could not read who may use this database: {error}"
        ).format(error=exc), tb)
        self._finish(self.on_cancel)

    def _finish(self, then: Callable[[], None]) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
        self.deleteLater()
        then()


def sign_in_then(tasks: TaskRunner, store: Store, parent: QWidget | None,
                 on_done: Callable[[AccountInfo | None, Store], None],
                 on_cancel: Callable[[], None],
                 on_ask: Callable[[], None] | None = None) -> QObject:
    """See the module docstring; ``on_ask()`` runs before a dialog is shown (a personal file
    never calls it). Returns the gate (a QObject parented to ``parent``).
    """
    return _Gate(tasks, store, parent, on_done, on_cancel, on_ask)
