"""Codes the CLI prints (a role, a unit kind, a plan's status), as people read them.

In English the commands print the code itself (``rep``, ``region``, ``draft``: what the options
take and scripts match); in Chinese the word the GUI shows for it (一线销售, 区域, 草稿), looked up
in the GUI's own contexts so both say the same. A code without a word stays as it is.
"""

from __future__ import annotations

from services.cli._i18n import is_chinese, translate

TABLES: dict[str, tuple[str, dict[str, str]]] = {
    "kind": ("OrgLabels", {"company": "Company", "region": "Region", "channel": "Channel",
                           "product_line": "Product line", "department": "Division",
                           "team": "Team"}),
    "role": ("OrgLabels", {"owner": "Owner / administrator", "director": "Sales director",
                           "manager": "Sales manager", "rep": "Sales rep",
                           "analyst": "Data analyst"}),
    "tier": ("OrgLabels", {"novice": "Novice", "intermediate": "Intermediate",
                           "senior": "Senior"}),
    "status": ("TargetsText", {"draft": "Draft", "published": "Published"}),
    "metric": ("TargetsText", {
        "signed_amount": "Signed amount", "collected_amount": "Collected amount",
        "deal_count": "Deals won", "new_customers": "New customers", "followups": "Follow-ups",
        "leads": "Leads", "first_contacts": "First contacts", "quotes": "Quotes",
        "negotiations": "Negotiations", "wins": "Wins", "conversion_rate": "Conversion rate",
        "repurchase_rate": "Repurchase rate"}),
    "cut": ("TargetsText", {"product_line": "Product line", "channel": "Channel",
                            "customer_tier": "Customer tier"}),
    "level": ("TargetTreeModel", {"floor": "Floor", "target": "Target", "challenge": "Challenge"}),
}
"""What each code is called in the GUI: table → (context, code → English word)."""


def code_label(table: str, code: str | None) -> str:
    """``code`` as the run's language shows it (see the module docstring)."""
    if code is None:
        return ""
    if not is_chinese():
        return code
    context, words = TABLES[table]
    source = words.get(code)
    return translate(context, source) if source else code
