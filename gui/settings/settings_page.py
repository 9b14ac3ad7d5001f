"""Settings: a list of sections on the left, the chosen section on the right."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gui.common.context import AppContext
from gui.common.ui_settings import ui_settings
from gui.settings import sections as registry
from gui.settings.section_list_model import SectionListModel
from gui.shell.page_host import import_factory

log = logging.getLogger(__name__)
LAST_SECTION_KEY = "settings/last_section"


class SettingsPage(QWidget):
    """Hosts the registered sections, each created on first visit."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._sections: dict[str, QWidget] = {}
        self.title = QLabel(self.tr("Settings"), self)
        self.title.setObjectName("pageTitle")
        self.model = SectionListModel(self)
        self.model.set_sections(self._available())
        self.list = QListView(self)
        self.list.setObjectName("settingsSections")
        self.list.setModel(self.model)
        self.list.setFixedWidth(180)
        self.list.selectionModel().currentRowChanged.connect(self._on_row)
        self.stack = QStackedWidget(self)

        body = QHBoxLayout()
        body.addWidget(self.list)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.addWidget(self.title)
        layout.addLayout(body, 1)

        last = ui_settings().value(LAST_SECTION_KEY)
        names = [self.model.name_at(r) for r in range(self.model.rowCount())]
        row = names.index(last) if last in names else 0
        if names:
            self.list.setCurrentIndex(self.model.index(row))

    def _available(self) -> list[tuple[str, str]]:
        rows = []
        for name in registry.SECTIONS:
            try:
                cls = import_factory(name)
                rows.append((name, str(cls.title())))  # type: ignore[attr-defined]
            except Exception:  # a broken section must not hide the others
                log.exception("settings section %s failed to load", name)
        return rows

    def default_focus(self) -> QWidget:
        """Where the keyboard goes when the page is opened: the list of sections."""
        return self.list

    def section(self, name: str) -> QWidget | None:
        """The created section widget called ``name``."""
        return self._sections.get(name)

    def show_section(self, name: str) -> QWidget:
        """Show section ``name`` (creating it on first visit)."""
        row = [self.model.name_at(r) for r in range(self.model.rowCount())].index(name)
        if self.list.currentIndex().row() != row:
            self.list.setCurrentIndex(self.model.index(row))
        return self._sections[name]

    def _on_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        name = self.model.name_at(current.row())
        if name is None:
            return
        widget = self._sections.get(name)
        if widget is None:
            try:
                widget = import_factory(name)(self.ctx, self.stack)
            except Exception as exc:
                log.exception("settings section %s failed", name)
                widget = QLabel(self.tr("This section could not be opened: {error}").format(
                    error="".join(traceback.format_exception_only(type(exc), exc)).strip()))
                widget.setWordWrap(True)  # type: ignore[attr-defined]
            self._sections[name] = widget
            self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        ui_settings().setValue(LAST_SECTION_KEY, name)
