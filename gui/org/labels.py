"""The words for unit kinds, roles and capacity tiers, in the interface language.

The database keeps the English codes of :mod:`models.enums`; people read 区域, 销售经理, 资深.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "OrgLabels"

KINDS: dict[str, str] = {
    "company": str(QT_TRANSLATE_NOOP("OrgLabels", "Company")),
    "region": str(QT_TRANSLATE_NOOP("OrgLabels", "Region")),
    "channel": str(QT_TRANSLATE_NOOP("OrgLabels", "Channel")),
    "product_line": str(QT_TRANSLATE_NOOP("OrgLabels", "Product line")),
    "department": str(QT_TRANSLATE_NOOP("OrgLabels", "Division")),
    "team": str(QT_TRANSLATE_NOOP("OrgLabels", "Team")),
}
ROLES: dict[str, str] = {
    "owner": str(QT_TRANSLATE_NOOP("OrgLabels", "Owner / administrator")),
    "director": str(QT_TRANSLATE_NOOP("OrgLabels", "Sales director")),
    "manager": str(QT_TRANSLATE_NOOP("OrgLabels", "Sales manager")),
    "rep": str(QT_TRANSLATE_NOOP("OrgLabels", "Sales rep")),
    "analyst": str(QT_TRANSLATE_NOOP("OrgLabels", "Data analyst")),
}
TIERS: dict[str, str] = {
    "novice": str(QT_TRANSLATE_NOOP("OrgLabels", "Novice")),
    "intermediate": str(QT_TRANSLATE_NOOP("OrgLabels", "Intermediate")),
    "senior": str(QT_TRANSLATE_NOOP("OrgLabels", "Senior")),
}


def _label(table: dict[str, str], code: str | None) -> str:
    if code is None:
        return ""
    source = table.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else code


def kind_label(code: str | None) -> str:
    """区域 / Region for ``region``."""
    return _label(KINDS, code)


def role_label(code: str | None) -> str:
    """销售经理 / Sales manager for ``manager``."""
    return _label(ROLES, code)


def tier_label(code: str | None) -> str:
    """资深 / Senior for ``senior``."""
    return _label(TIERS, code)
