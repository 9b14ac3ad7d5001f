"""The Orders & Payments page (成交与回款, Ctrl+6): a tab per screen, built on first show.

The tabs are listed in :data:`TABS` as ``("module:Class", title)`` and built on first show by
:class:`gui.common.tab_page.TabPage`. Adding a screen (quotes, after-sales, the risk list) is one
line here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from gui.common.tab_page import TabPage, preload_modules

TABS: tuple[tuple[str, str], ...] = (
    ("gui.orders.contracts_tab:ContractsTab",
     str(QT_TRANSLATE_NOOP("OrdersPage", "Contracts"))),
    ("gui.orders.receivables_tab:ReceivablesTab",
     str(QT_TRANSLATE_NOOP("OrdersPage", "Receivables"))),
    ("gui.orders.quotes_tab:QuotesTab", str(QT_TRANSLATE_NOOP("OrdersPage", "Quotes"))),
    ("gui.orders.risk_tab:RiskTab", str(QT_TRANSLATE_NOOP("OrdersPage", "Credit risk"))),
    ("gui.aftersales.tickets_tab:TicketsTab",
     str(QT_TRANSLATE_NOOP("OrdersPage", "After-sales"))),
)
"""The page's tabs in order: (factory "module:Class", English title in context OrdersPage)."""

PRELOAD_MODULES = preload_modules(TABS)
"""The tabs' modules, imported by the start-up preloader (gui.shell.preload) off the GUI
thread: building the first tab then costs its widgets only."""

ITEM_TABS = {"order": 0, "contract": 0, "payment": 0, "quote": 2, "ticket": 4}
"""Which tab shows an item of each kind (``show_item``)."""


class OrdersPage(TabPage):
    """The orders and cash screens as tabs (gui.common.tab_page)."""

    TABS = TABS
    CONTEXT = "OrdersPage"
    ITEM_TABS = ITEM_TABS
