"""Settings sections, in order. A feature adds its section by appending one line.

Each entry is "module:Class". The class is a QWidget taking ``(ctx: AppContext, parent)`` with a
classmethod ``title() -> str`` returning its translated name; it is created on first visit.
"""

from __future__ import annotations

SECTIONS: list[str] = [
    "gui.settings.general_section:GeneralSection",
    "gui.settings.backups_section:BackupsSection",
    "gui.pipeline.settings_section:PipelineSettingsSection",
    "gui.settings.customer_rules_section:CustomerRulesSection",
    "gui.plans.settings_section:PlanSettingsSection",
    "gui.targets.settings_section:TargetSettingsSection",
    "gui.org.org_section:OrgSection",
    "gui.products.settings_section:ProductsSection",
    "gui.orders.contract_settings_section:ContractSettingsSection",
    "gui.orders.quote_settings_section:QuoteSettingsSection",
    "gui.orders.reminder_settings:PaymentReminderSection",
    "gui.incentives.settings_section:IncentiveSettingsSection",
    "gui.team.accounts_section:AccountsSection",
    "gui.team.audit_section:AuditLogSection",
]
