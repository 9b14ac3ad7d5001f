"""The sidebar's areas, in order. A feature becomes reachable by naming its page class here.

``factory`` is "module:Class" imported on first visit (keeps start-up light); None shows the
honest "coming" page. Page classes take ``(ctx: AppContext, parent: QWidget | None)``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PageSpec:
    """One sidebar entry."""

    key: str
    title: str  # English source text, translated in context "Pages"
    icon: str  # resources/icons/<icon>.svg
    factory: str | None
    shortcut: str  # Ctrl+<n> on every platform (Cmd on macOS)


PAGES: tuple[PageSpec, ...] = (
    PageSpec("today", str(QT_TRANSLATE_NOOP("Pages", "Today")), "today",
             "gui.today.today_page:TodayPage", "Ctrl+1"),
    PageSpec("customers", str(QT_TRANSLATE_NOOP("Pages", "Customers")), "customers",
             "gui.customers.customers_page:CustomersPage", "Ctrl+2"),
    PageSpec("pipeline", str(QT_TRANSLATE_NOOP("Pages", "Pipeline")), "pipeline",
             "gui.pipeline.pipeline_page:PipelinePage", "Ctrl+3"),
    PageSpec("targets", str(QT_TRANSLATE_NOOP("Pages", "Targets")), "targets",
             "gui.targets.targets_page:TargetsPage", "Ctrl+4"),
    PageSpec("plans", str(QT_TRANSLATE_NOOP("Pages", "Plans")), "plans",
             "gui.plans.plans_page:PlansPage", "Ctrl+5"),
    PageSpec("orders", str(QT_TRANSLATE_NOOP("Pages", "Orders & Payments")), "orders",
             "gui.orders.orders_page:OrdersPage", "Ctrl+6"),
    PageSpec("incentives", str(QT_TRANSLATE_NOOP("Pages", "Incentives")), "incentives",
             "gui.incentives.incentives_page:IncentivesPage", "Ctrl+7"),
    PageSpec("dashboard", str(QT_TRANSLATE_NOOP("Pages", "Dashboard & Reviews")), "dashboard",
             "gui.dashboard.dashboard_page:DashboardPage", "Ctrl+8"),
    PageSpec("settings", str(QT_TRANSLATE_NOOP("Pages", "Settings")), "settings",
             "gui.settings.settings_page:SettingsPage", "Ctrl+9"),
)
