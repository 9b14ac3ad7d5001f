"""The Incentives page (绩效与激励, Ctrl+7): a tab per screen, built on first show.

The tabs are listed in :data:`TABS` as ``("module:Class", title)`` and built on first show by
:class:`gui.common.tab_page.TabPage`: 方案 Schemes, 提成核算 Payout runs, 排行榜 Leaderboard,
我的提成 My commission, 方案测算 Modelling.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from gui.common.tab_page import TabPage, preload_modules

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

PRELOAD_MODULES = preload_modules(TABS)
"""The tabs' modules, imported by the start-up preloader (gui.shell.preload) off the GUI
thread: building the first tab then costs its widgets only."""

ITEM_TABS = {"scheme": 0, "scheme_version": 0}
"""Which tab shows an item of each kind (``show_item``)."""


class IncentivesPage(TabPage):
    """The incentives screens as tabs (gui.common.tab_page)."""

    TABS = TABS
    CONTEXT = "IncentivesPage"
    ITEM_TABS = ITEM_TABS
