"""The stack of pages, each created on its first visit from its ``factory`` name."""

from __future__ import annotations

import importlib
import logging
import traceback
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from gui.common import memory
from gui.common.context import AppContext
from gui.pages import PageSpec
from gui.shell.coming_page import ComingPage

log = logging.getLogger(__name__)


class PageLoadErrorPage(QWidget):
    """Shown instead of a page whose module failed to load, so the rest of the app still works."""

    def __init__(self, spec: PageSpec, error: str, parent: QWidget | None = None):
        from PySide6.QtCore import Qt

        super().__init__(parent)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("This page could not be opened."), self)
        title.setObjectName("pageTitle")
        detail = QLabel(error, self)
        detail.setWordWrap(True)
        detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(title)
        layout.addWidget(detail)
        layout.addStretch(1)


def import_factory(name: str) -> Callable[[AppContext, QWidget], QWidget]:
    """Import ``"module:Class"``."""
    module_name, _, attr = name.partition(":")
    return getattr(importlib.import_module(module_name), attr)  # type: ignore[no-any-return]


class PageHost(QStackedWidget):
    """Creates pages lazily and switches between them; ``page_shown(key)`` after each switch."""

    page_shown = Signal(str)

    def __init__(self, ctx: AppContext | None, pages: tuple[PageSpec, ...],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.specs = {spec.key: spec for spec in pages}
        self._pages: dict[str, QWidget] = {}
        self.current_key: str | None = None
        self.placeholder = QLabel(self)
        self.placeholder.setObjectName("emptyState")
        # Centred through the style system: this label is on screen before anything else
        # touches PySide6's Qt namespace, whose first use costs ~20 ms (see nav_model).
        self.placeholder.setStyleSheet("qproperty-alignment: AlignCenter;")
        self.addWidget(self.placeholder)

    def show_placeholder(self, text: str) -> None:
        """Show a short note (e.g. "Opening Customers…") until a page is shown."""
        self.placeholder.setText(text)
        self.setCurrentWidget(self.placeholder)

    def page(self, key: str) -> QWidget | None:
        """The page widget for ``key`` if it has been created."""
        return self._pages.get(key)

    def created_keys(self) -> list[str]:
        """Keys of pages created so far."""
        return list(self._pages)

    def show_page(self, key: str) -> QWidget:
        """Switch to page ``key``, creating it on its first visit."""
        widget = self._pages.get(key)
        if widget is None:
            widget = self._create(self.specs[key])
            self._pages[key] = widget
            self.addWidget(widget)
        self.setCurrentWidget(widget)
        self.current_key = key
        self.page_shown.emit(key)
        return widget

    def _create(self, spec: PageSpec) -> QWidget:
        if spec.factory is None:
            return ComingPage(spec, self)
        if self.ctx is None:
            raise RuntimeError("pages need the AppContext: the database is not open yet")
        try:
            cls = import_factory(spec.factory)
            page = cls(self.ctx, self)
        except Exception as exc:  # a broken feature must not take the whole window down
            log.exception("page %s failed to load", spec.key)
            detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
            return PageLoadErrorPage(spec, detail, self)
        page.setObjectName(f"page_{spec.key}")
        return page

    def clear(self) -> None:
        """Delete every created page (language switch, database replaced)."""
        for widget in self._pages.values():
            self.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self._pages.clear()
        memory.release()  # the deleted pages' reference cycles must be collectable again
