"""Today's getting-started list (入门清单): the first steps of a new firm, ticked by the data.

The steps and whether each is done come from
:func:`services.firstrun.checklist.getting_started`, read on the worker when Today is shown and
(debounced) when records a step depends on change. Each step is a button that goes where the
step is done; "Hide" dismisses the list on this database as one undo step. The panel is
hidden on a database that did not start with the setup (the demo firm, a database in use
before), once every step is done, and once dismissed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.common.context import AppContext
from gui.common.lazy_text import LazyText
from gui.common.undo import push_op
from gui.firstrun.labels import step_hint, step_title
from services.core.changes import Changes, call
from services.firstrun.checklist import Checklist, dismiss_checklist, getting_started

WATCHED = ("customers", "deals", "people", "org_units", "target_plans", "action_items",
           "app_settings")
"""Kinds of record the steps are read from: a change to any of them reloads the list."""
COLUMNS = 4
BACKUPS_SECTION = "gui.settings.backups_section:BackupsSection"
GENERAL_SECTION = "gui.settings.general_section:GeneralSection"


class ChecklistPanel(QFrame):
    """The getting-started list on Today; hidden until a load says it should show."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("gettingStarted")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.checklist: Checklist | None = None
        self._generation = 0
        self.buttons: dict[str, QPushButton] = {}

        self.title = QLabel(self.tr("Getting started"), self)
        self.title.setObjectName("checklistTitle")
        self.progress = QLabel(self)
        self.progress.setObjectName("hintText")
        self.hide_button = QPushButton(self.tr("Hide"), self)
        self.hide_button.setObjectName("hideChecklist")
        self.hide_button.setToolTip(self.tr("Hide this list on this database (Edit ▸ Undo "
                                            "shows it again)"))
        self.hide_button.clicked.connect(self.dismiss)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.progress)
        header.addStretch(1)
        header.addWidget(self.hide_button)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.addLayout(header)
        layout.addLayout(self.grid)
        self.hide()

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.reload)
        ctx.events.changed.connect(self._on_changed)

    # --- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the steps on the worker; a newer read supersedes an older one."""
        self._generation += 1
        generation, store = self._generation, self.ctx.store

        def job(progress: Any, is_cancelled: Any) -> tuple[int, Checklist]:
            return generation, getting_started(store)

        handle = self.ctx.tasks.submit(job)
        handle.finished.connect(self._loaded)

    def _loaded(self, payload: tuple[int, Checklist]) -> None:
        generation, checklist = payload
        if generation != self._generation:
            return
        self.checklist = checklist
        self._fill(checklist)
        self.setVisible(checklist.visible)

    def _fill(self, checklist: Checklist) -> None:
        keys = [i.key for i in checklist.items]
        if keys != list(self.buttons):
            for button in self.buttons.values():
                self.grid.removeWidget(button)
                button.deleteLater()
            self.buttons = {}
            for n, key in enumerate(keys):
                button = QPushButton(self)
                button.setObjectName("checklistItem")
                button.setToolTip(step_hint(key))
                button.setCursor(Qt.CursorShape.PointingHandCursor)
                button.clicked.connect(lambda _c=False, k=key: self.go(k))
                self.grid.addWidget(button, n // COLUMNS, n % COLUMNS)
                self.buttons[key] = button
            for column in range(COLUMNS):
                self.grid.setColumnStretch(column, 1)
        for item in checklist.items:
            button = self.buttons[item.key]
            button.setText(("✓ " if item.done else "○ ") + step_title(item.key))
            button.setProperty("done", item.done)
            button.style().unpolish(button)
            button.style().polish(button)
        self.progress.setText(self.tr("%1 of %2 done").replace(
            "%1", str(checklist.done_count)).replace("%2", str(len(checklist.items))))

    def page_shown(self) -> None:
        """Today came into view: read the steps again (a backup leaves no change behind)."""
        self._debounce.stop()
        QTimer.singleShot(0, self.reload)

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(*WATCHED):
            self._debounce.start()

    # --- actions -------------------------------------------------------------------------------
    def dismiss(self) -> None:
        """Hide the list on this database (one undo step)."""
        self.hide()
        push_op(self.ctx.undo_stack, self.ctx.store, self.ctx.events,
                LazyText.translate("ChecklistPanel", "Hide the getting-started list"),
                call(dismiss_checklist), initiator=self)

    def go(self, key: str) -> None:
        """Go where step ``key`` is done."""
        shell: Any = self.ctx.extras.get("shell")
        if shell is None:
            return
        if key == "setup":
            from gui.firstrun.launch import open_setup

            open_setup(shell)
        elif key == "customers":
            shell.show_page("customers")
            shell.open_import("customers")
        elif key == "team":
            self._settings_section(shell, _org_section() or GENERAL_SECTION)
        elif key == "backup":
            self._settings_section(shell, BACKUPS_SECTION)
        else:
            shell.show_page({"targets": "targets", "deal": "pipeline", "plan": "plans"}[key])

    @staticmethod
    def _settings_section(shell: Any, name: str) -> None:
        page = shell.show_page("settings")
        show = getattr(page, "show_section", None)
        if callable(show):
            try:
                show(name)
            except ValueError:  # a build without that section: the settings page it is
                pass


def _org_section() -> str | None:
    """The Settings section that edits the org and people, if this build has one."""
    from gui.settings import sections

    return next((s for s in sections.SECTIONS if "org" in s.split(":")[-1].lower()), None)
