"""When the setup is offered: the main window opened a brand-new database (not the demo).

:func:`offer_setup` asks on the worker whether the open database is brand-new
(:func:`services.firstrun.setup.needs_setup`) and, if so, opens the :class:`SetupWizard` over
the window. A database set up before (also with ``main.py setup``) whose window has nobody
chosen as "I am" gets the person the setup was done for.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from services.firstrun.setup import needs_setup, setup_person


def offer_setup(window: Any) -> None:
    """Check the open database on the worker; open the setup if it is brand-new."""
    store = window.ctx.store

    def job(progress: Any, is_cancelled: Any) -> tuple[bool, str | None]:
        return needs_setup(store), setup_person(store)

    handle = window.ctx.tasks.submit(job)
    receiver = _Receiver(window, store)
    _waiting.add(receiver)  # a slot's object is held weakly: keep it until the answer
    handle.finished.connect(receiver.checked)
    handle.failed.connect(receiver.failed)


_waiting: set[QObject] = set()


class _Receiver(QObject):
    """Gets the worker's answer on the GUI thread (dies with the window)."""

    def __init__(self, window: Any, store: Any):
        super().__init__(window)
        self.window = window
        self.store = store

    def failed(self, *_args: Any) -> None:
        """Done with (a failed check offers nothing: the next start asks again)."""
        _waiting.discard(self)
        self.deleteLater()

    def checked(self, result: tuple[bool, str | None]) -> None:
        fresh, me = result
        window = self.window
        self.failed()
        if not window.ready or window.ctx.store is not self.store or not window.isVisible():
            return  # another database was opened meanwhile, or the window was closed
        if fresh:
            open_setup(window)
        elif me and not window.ctx.current_person_id:
            window.set_current_person(me)


def open_setup(window: Any) -> Any:
    """Open the setup wizard over ``window`` (window-modal); returns it."""
    from gui.firstrun.setup_wizard import SetupWizard

    current = window.findChild(SetupWizard)
    if current is not None and current.isVisible():
        current.raise_()
        current.activateWindow()
        return current
    wizard = SetupWizard(window.ctx, window)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard
