"""The Dashboard & Reviews page (仪表盘与复盘, Ctrl+8): a tab per screen, built on first show.

The tabs are listed in :data:`TABS` as ``("module:Class", title)`` and built on first show by
:class:`gui.common.tab_page.TabPage`: 看板 Dashboard, 复盘 Reviews.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from gui.common.tab_page import TabPage, preload_modules

TABS: tuple[tuple[str, str], ...] = (
    ("gui.dashboard.dashboard_tab:DashboardTab",
     str(QT_TRANSLATE_NOOP("DashboardPage", "Dashboard"))),
    ("gui.dashboard.reviews_tab:ReviewsTab",
     str(QT_TRANSLATE_NOOP("DashboardPage", "Reviews"))),
)
"""The page's tabs in order: (factory "module:Class", English title in context
DashboardPage)."""

PRELOAD_MODULES = preload_modules(TABS)
"""The tabs' modules, imported by the start-up preloader (gui.shell.preload) off the GUI
thread: building the first tab then costs its widgets only."""

ITEM_TABS: dict[str, int] = {"review": 1}
"""Which tab shows an item of each kind (``show_item``)."""


class DashboardPage(TabPage):
    """The dashboard and the reviews as tabs (gui.common.tab_page)."""

    TABS = TABS
    CONTEXT = "DashboardPage"
    ITEM_TABS = ITEM_TABS
