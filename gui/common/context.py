"""What every page receives through its constructor (no global app object)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack

from gui.common.events import AppEvents
from gui.common.tasks import TaskRunner

if TYPE_CHECKING:  # importing the store layer (SQLAlchemy) waits until it is opened
    from services.core.store import Store
    from services.team.accounts import AccountInfo


@dataclass
class AppContext:
    """The open store plus the window-wide undo stack, events and background task runner.

    ``current_person_id`` is who is using Sailplan on this machine (Settings → "I am"), used for
    "my customers/deals" and as the author of follow-ups and stage changes. On a team database
    ``account`` is who signed in (gui/team/gate.py), and ``current_person_id`` is their person.
    """

    store: Store
    events: AppEvents
    undo_stack: QUndoStack
    tasks: TaskRunner
    current_person_id: str | None = None
    account: AccountInfo | None = None
    extras: dict[str, object] = field(default_factory=dict)

    def remember_person(self, person_id: str) -> None:
        """Remember ``person_id`` as who uses this computer ("I am"), as Settings does: through
        the main window when there is one (stored per database, the status bar told), and the
        pages are told either way.
        """
        shell = self.extras.get("shell")
        setter = getattr(shell, "set_current_person", None)
        if callable(setter):
            setter(person_id)
            return
        from services.core.changes import Changes

        self.current_person_id = person_id
        self.events.changed.emit(Changes.setting("user/person_id"), None)
