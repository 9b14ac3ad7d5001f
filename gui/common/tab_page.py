"""A page made of tabs, each built the first time it is shown (Orders & Payments, Incentives).

A tab class takes ``(ctx: AppContext, parent: QWidget | None)`` like a page, and is imported and
built the first time its tab is shown, so opening the page costs only the tab on screen. A tab
may offer what the page forwards to it: ``default_focus()``, ``is_loading()``, ``new_record()`` /
``new_record_text()`` (File ▸ New, Ctrl+N) and ``show_item(kind, id)``.
"""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from gui.common.context import AppContext


def preload_modules(tabs: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """The tabs' modules, for the start-up preloader (gui.shell.preload)."""
    return tuple(factory.partition(":")[0] for factory, _title in tabs)


def _build(factory: str, ctx: AppContext, parent: QWidget) -> QWidget:
    module, _, name = factory.partition(":")
    cls: Any = getattr(importlib.import_module(module), name)
    return cls(ctx, parent)


class TabPage(QWidget):
    """A page of tabs built on first show; see the module docstring. Subclasses set
    :attr:`TABS`, :attr:`CONTEXT` and :attr:`ITEM_TABS`.
    """

    TABS: tuple[tuple[str, str], ...] = ()
    """The tabs in order: (factory "module:Class", English title in context CONTEXT)."""
    CONTEXT = ""
    """The translation context of the titles."""
    ITEM_TABS: dict[str, int] = {}
    """Which tab shows an item of each kind (``show_item``)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self._holders: list[QWidget] = []
        self._built: dict[int, QWidget] = {}
        for _factory, title in self.TABS:
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self._holders.append(holder)
            self.tabs.addTab(holder, QCoreApplication.translate(self.CONTEXT, title))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.tabs)
        self.tabs.currentChanged.connect(self._shown)
        self._shown(self.tabs.currentIndex())

    def tab(self, index: int) -> QWidget:
        """The widget of tab ``index``, built now if it was not yet."""
        built = self._built.get(index)
        if built is None:
            holder = self._holders[index]
            built = _build(self.TABS[index][0], self.ctx, holder)
            layout = holder.layout()
            assert layout is not None
            layout.addWidget(built)
            self._built[index] = built
        return built

    def current_tab(self) -> QWidget:
        """The tab on screen (built)."""
        return self.tab(max(self.tabs.currentIndex(), 0))

    def show_tab(self, index: int) -> QWidget:
        """Bring tab ``index`` on screen; returns it."""
        self.tabs.setCurrentIndex(index)
        return self.tab(index)

    def _shown(self, index: int) -> None:
        if index >= 0:
            self.tab(index)

    def _ask(self, name: str, *args: Any) -> Any:
        fn = getattr(self.current_tab(), name, None)
        return fn(*args) if callable(fn) else None

    # --- what the main window asks of a page --------------------------------------------

    def default_focus(self) -> QWidget:
        """The open tab's main list."""
        focus = self._ask("default_focus")
        return focus if isinstance(focus, QWidget) else self.tabs

    def is_loading(self) -> bool:
        """Whether a built tab is still reading its data."""
        return any(bool(getattr(t, "is_loading", lambda: False)()) for t in self._built.values())

    def new_record(self) -> None:
        """Ctrl+N: a new record of the open tab (else of the first tab)."""
        if not callable(getattr(self.current_tab(), "new_record", None)):
            self.show_tab(0)
        self._ask("new_record")

    def new_record_text(self) -> str:
        """What File ▸ New makes here."""
        text = self._ask("new_record_text")
        if isinstance(text, str):
            return text
        fallback = getattr(self.tab(0), "new_record_text", None)
        return str(fallback()) if callable(fallback) else ""

    def show_item(self, kind: str, item_id: str) -> None:
        """Show an item asked for from elsewhere, on the tab of its kind."""
        tab = self.show_tab(self.ITEM_TABS.get(kind, 0))
        show = getattr(tab, "show_item", None)
        if callable(show):
            show(kind, item_id)
