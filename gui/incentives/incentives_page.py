"""The Incentives page (绩效与激励, Ctrl+7): a tab per screen, built on first show.

The tabs are listed in :data:`TABS` as ``("module:Class", title)``; a tab class takes
``(ctx: AppContext, parent: QWidget | None)`` like a page, and is imported and built the first
time its tab is shown, so opening the page costs only the tab on screen: 方案 Schemes, 提成核算
Payout runs, 排行榜 Leaderboard, 我的提成 My commission, 方案测算 Modelling. A tab may offer what
the page forwards to it: ``default_focus()``, ``is_loading()``, ``new_record()`` /
``new_record_text()`` (File ▸ New, Ctrl+N) and ``show_item(kind, id)``.
"""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from gui.common.context import AppContext

TABS: tuple[tuple[str, str], ...] = (
    ("gui.incentives.schemes_tab:SchemesTab",
     str(QT_TRANSLATE_NOOP("IncentivesPage", "Schemes"))),
    ("gui.incentives.runs_tab:RunsTab",
     str(QT_TRANSLATE_NOOP("IncentivesPage", "Payout runs"))),
    ("gui.incentives.leaderboard_tab:LeaderboardTab",
     str(QT_TRANSLATE_NOOP("IncentivesPage", "Leaderboard"))),
    ("gui.incentives.my_commission_tab:MyCommissionTab",
     str(QT_TRANSLATE_NOOP("IncentivesPage", "My commission"))),
    ("gui.incentives.modelling_tab:ModellingTab",
     str(QT_TRANSLATE_NOOP("IncentivesPage", "Modelling"))),
)
"""The page's tabs in order: (factory "module:Class", English title in context
IncentivesPage)."""

PRELOAD_MODULES = tuple(factory.partition(":")[0] for factory, _title in TABS)
"""The tabs' modules, imported by the start-up preloader (gui.shell.preload) off the GUI
thread: building the first tab then costs its widgets only."""

ITEM_TABS = {"scheme": 0, "scheme_version": 0}
"""Which tab shows an item of each kind (``show_item``)."""


def _build(factory: str, ctx: AppContext, parent: QWidget) -> QWidget:
    module, _, name = factory.partition(":")
    cls: Any = getattr(importlib.import_module(module), name)
    return cls(ctx, parent)


class IncentivesPage(QWidget):
    """A tab widget of the incentives screens; see the module docstring."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self._holders: list[QWidget] = []
        self._built: dict[int, QWidget] = {}
        for _factory, title in TABS:
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self._holders.append(holder)
            self.tabs.addTab(holder, QCoreApplication.translate("IncentivesPage", title))
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
            built = _build(TABS[index][0], self.ctx, holder)
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
        """Ctrl+N: a new record of the open tab (a scheme on the schemes tab)."""
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
        """Show a scheme (or one of its versions) asked for from elsewhere."""
        tab = self.show_tab(ITEM_TABS.get(kind, 0))
        show = getattr(tab, "show_item", None)
        if callable(show):
            show(kind, item_id)
